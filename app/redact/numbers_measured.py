"""Numbers the age nets take that the words right after them make a measure.

The number safety net (``numbers_age``) calls every bare number in no safe context a
possible age, and "I'm N" is an age cue. Some shapes are never an age, whatever stood
before the number, and are read off the words right after it:

- a pregnancy's weeks and days, "11+5", "SSW 27+1", "we're 31+4 today" (not after
  "aged" or "turned");
- a volume or a length, "1 litre a day", "19 in long";
- a count out of a count, "3 out of 10", "matched 3 of 6" (after a word of counting,
  never after a person: "Grandad 91 of 5 siblings" is his age);
- a treatment's days on and off, "14 days on 7 off", "2 weeks on, 1 off".

Written from how patients write these, not from any set of records.
"""

from __future__ import annotations

import re

from app.redact.spans import Source, Span, SpanType

_GESTATION = re.compile(r"\+\d")
# A cue that makes the number how old someone is, whatever follows ("Aged 45+3 weeks").
_AGE_BEFORE = re.compile(r"\b(?:aged?|turned|turning|turns)\s+$", re.IGNORECASE)
_MEASURED_AFTER = re.compile(
    r"\s*(?:litres?|liters?|ltrs?|pints?|inch(?:es)?|in(?=\s+(?:long|tall|length)\b)|ft|feet)\b"
    r"|\s+out\s+of\s+\d",
    re.IGNORECASE,
)
# "matched 3 of 6": a count of a count, after a word of counting or scoring, never after
# a person ("Grandad 91 of 5 siblings", "Jack 12 of 3 boys").
_OF_AFTER = re.compile(r"\s+of\s+\d", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(
    r"\b(?:matched|scored|score|got|passed|failed|hit|missed|took|taken|done|completed|"
    r"ticked|met|meets|day|days|week|weeks|cycle|round|dose|session|visit)\s+$",
    re.IGNORECASE,
)
_OFF_AFTER = re.compile(r"\s+off\b", re.IGNORECASE)
# "14 days on 7 off", "2 weeks on, 1 off": a schedule's time on before the number.
_ON_BEFORE = re.compile(r"\b\d+\s*(?:days?|d|weeks?|wks?|w)?\s+on,?\s+$", re.IGNORECASE)


def drop_measures(spans: list[Span], text: str) -> list[Span]:
    """``spans`` without the ages that the words after them make a measure (above)."""
    return [s for s in spans if not (s.type is SpanType.AGE and _measure(s, text))]


def _measure(span: Span, text: str) -> bool:
    if span.source not in (Source.UNKNOWN_WORD, Source.CONTEXT) or not span.text.isdigit():
        return False
    before = text[max(0, span.start - 24) : span.start]
    if _GESTATION.match(text, span.end):
        return not _AGE_BEFORE.search(before)  # "I'm 11+5"; "Aged 45+3 weeks" stays
    if span.source is not Source.UNKNOWN_WORD:
        return False  # a cued age stays, but for a pregnancy's weeks
    if _MEASURED_AFTER.match(text, span.end):
        return True
    if _OF_AFTER.match(text, span.end):
        return _COUNTED_BEFORE.search(before) is not None
    return bool(_OFF_AFTER.match(text, span.end)) and bool(_ON_BEFORE.search(before))
