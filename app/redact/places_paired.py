"""Towns named by ordinary words, told by the town beside them: "from March to
Peterborough", "commute Reading to Paddington", "Orange base hospital".

"March", "Reading", "Sale", "Hope" and "Orange" are towns and ordinary words (or
months); alone they are left to the words. A journey between two places makes both
places: in "X to Y" with Y a listed town, X is one too when the lexicon lists it as a
town ("from March to Peterborough"), and neither may be a month's or a day's place
("from January to March" is two months: January is no town). An Australian "base
hospital" is named by its town ("Orange base hospital").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import COUNTRY, PLACE, REGION, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.spans import Source, Span, SpanType

_WORD = r"[A-Z][a-z]{2,}"
_PAIR = re.compile(rf"(?<![\w'’.-])({_WORD})\s+to\s+({_WORD})\b(?!['’-])")
# "moved in March to Peterborough": a month after a preposition of time is the month
_TIME_BEFORE = re.compile(
    r"\b(?:in|since|by|during|until|till|last|next|early|late|mid|of|end|start)\s+$", re.I
)
_BASE_HOSPITAL = re.compile(rf"(?<![\w'’.-])({_WORD})\s+[Bb]ase\s+[Hh]ospital\b")


def _town(word: str, lex: Lexicon) -> bool:
    flags = lex.flag(word.lower())
    return bool(flags & PLACE) and not flags & (REGION | COUNTRY)


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """PLACE spans for towns told by the town beside them (see above)."""
    if " to " in text:
        for m in _PAIR.finditer(text):
            x, y = m.group(1), m.group(2)
            if y.lower() in CALENDAR or not _town(y, lex):
                continue
            if (
                not _town(x, lex)
                or x.lower() in CALENDAR
                and _TIME_BEFORE.search(text, max(0, m.start() - 12), m.start())
            ):
                continue
            for g in (1, 2):
                yield Span(m.start(g), m.end(g), SpanType.PLACE, Source.CONTEXT, 0.7, m.group(g))
    if "ase" in text:
        for m in _BASE_HOSPITAL.finditer(text):
            if _town(m.group(1), lex):
                yield Span(m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.7, m.group(1))
