"""Grow an address from its anchor (a street, "Apt 4", a postcode) over the lines after it.

Addresses are written as blocks: street, unit, town, region, postcode, country, split
by commas or new lines. Once one part is certain, the capitalised words and numbers
that follow it, up to the first ordinary lower-case word, belong to it too.
"""

from __future__ import annotations

import re

from app.redact.spans import Source, Span, SpanType

# One address part: a capitalised word (any script), a number or code, a unit.
_PART = re.compile(
    r"(?:[,\n]\s*|\s+)(?:(?:apt|suite|unit|flat|box)\.?\s*\d+[A-Za-z]?"
    r"|\(?[^\W\d_][^\W\d_'’.-]*(?:[-'’.][^\W\d_]+)*\)?\.?"
    r"|\d[\dA-Z-]{0,9})", re.IGNORECASE)
_LOWER_OK = frozenset("de del della di da du des la le van von der den nad u ul of the y e "
                      "st".split())
_LEAD = re.compile(r"(?:\b(?:the corner of|corner of)\s+)?(?:\b\d{1,6}\s+)?"
                   r"(?:\b(?:ul|u|rue|via|calle|piazza|vicolo)\.?\s+)?$", re.IGNORECASE)
_MAX_PARTS = 12


def grow_address(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    lead = _LEAD.search(text, max(0, start - 40), start)
    if lead and lead.start() < start:
        start = lead.start()
    parts = 0
    while parts < _MAX_PARTS:
        m = _PART.match(text, end)
        if m is None:
            break
        word = m.group().strip(" ,\n()")
        if m.group().count("\n") > 1 or not word:
            break
        if word.isupper() and len(word) > 3 and not m.group().lstrip(" ").startswith((",", "\n")):
            break  # capitals run on only as a line of their own ("SPÅNGA"), not in a note
        if word[0].isalpha() and word[0].islower() and word.lower().rstrip(".") not in _LOWER_OK \
                and not word.lower().startswith(("apt", "suite", "unit", "flat", "box")):
            break
        end = m.end()
        parts += 1
    while end > start and text[end - 1] in ".,( \n":
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, SpanType.ADDRESS, Source.PATTERN, span.confidence, text[start:end],
                span.uncertain)
