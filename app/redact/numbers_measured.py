"""Numbers the age nets take that the words right after them make a measure.

The number safety net (``numbers_age``) calls every bare number in no safe context a
possible age, and "I'm N" is an age cue. Some shapes are never an age, whatever stood
before the number, and are read off the words right after it:

- a pregnancy's weeks and days, "11+5", "SSW 27+1", "we're 31+4 today";
- a volume or a length, "1 litre a day", "19 in long";
- a count out of a count, "matched 3 of 6";
- a treatment's days on and off, "14 days on 7 off", "2 weeks on, 1 off".

Written from how patients write these, not from any set of records.
"""

from __future__ import annotations

import re

from app.redact.spans import Source, Span, SpanType

_GESTATION = re.compile(r"\+\d")
_MEASURED_AFTER = re.compile(
    r"\s*(?:litres?|liters?|ltrs?|pints?|inch(?:es)?|in(?=\s+(?:long|tall|length)\b)|ft|feet)\b"
    r"|\s+(?:out\s+)?of\s+\d",
    re.IGNORECASE,
)
_OFF_AFTER = re.compile(r"\s+off\b", re.IGNORECASE)
_ON_BEFORE = re.compile(r"\bon,?\s+$", re.IGNORECASE)


def drop_measures(spans: list[Span], text: str) -> list[Span]:
    """``spans`` without the ages that the words after them make a measure (above)."""
    return [s for s in spans if not (s.type is SpanType.AGE and _measure(s, text))]


def _measure(span: Span, text: str) -> bool:
    if span.source not in (Source.UNKNOWN_WORD, Source.CONTEXT) or not span.text.isdigit():
        return False
    if _GESTATION.match(text, span.end):
        return True
    if span.source is not Source.UNKNOWN_WORD:
        return False  # "I'm 34 of them"? a cued age stays, but for a pregnancy's weeks
    if _MEASURED_AFTER.match(text, span.end):
        return True
    return bool(_OFF_AFTER.match(text, span.end)) and bool(
        _ON_BEFORE.search(text, max(0, span.start - 6), span.start)
    )
