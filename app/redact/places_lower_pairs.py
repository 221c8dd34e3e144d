"""Two-word places written in lower case: "in kelby green", "at russells hall", "at the
tarnwood hotel".

People who write without capitals name suburbs and hospitals the same way, and the
word that ends such a name ("oak", "heath", "hall", "green") is an ordinary word while
the word before it is one no reader would use in its place: a surname, a town's stem or
a word the frequency table hardly knows. After a place preposition the pair is a place;
an everyday word before the tail ("the village hall", "sports hall", "new cross") is
not taken, nor a drug.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, default_lexicon
from app.redact.names_context import CALENDAR, medical_shape
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import token_set

_TAILS = frozenset(
    "oak oaks heath hall green park cross hill hills end bridge wood woods common vale moor "
    "heights gate field fields brook dale ford mead marsh grange hotel nagar colony layout".split()
)
# "from camp hill or carina heights": a second place listed after "or"/"and" is one too.
_PAIR = re.compile(
    r"\b(?:in|at|from|near|outside|round|around|to|or|and)\s+(?:the\s+)?([a-z][a-z'’]{2,})\s+("
    + "|".join(sorted(_TAILS))
    + r")\b"
)


# Indian suburbs by their kind or their numbered block, in either case: "HSR Layout",
# "Anand Nagar", "in koramangala 4th block", "Jayanagar 9th Block".
_SUBURB = re.compile(r"\b([A-Z]{2,5}|[A-Z][a-z]{2,}) (?:Layout|Nagar|Colony)\b")
_BLOCK = re.compile(
    r"\b([A-Za-z][a-z]{3,}) \d{1,2}(?:st|nd|rd|th) (?:block|stage|phase|sector)\b",
    re.IGNORECASE,
)
_SUBURB_WORDS = frozenset("layout nagar colony block stage phase sector".split())
# A place named by the way to it: "anyone up kelso way", "out Tarrant way".
_WAY = re.compile(r"\b(?:up|down|out|round|over|around)\s+([A-Za-z][a-z]{2,})\s+way\b")


def find(text: str) -> Iterator[Span]:
    tokens = token_set(text)
    if not _SUBURB_WORDS.isdisjoint(tokens):
        yield from _suburbs(text)
    if "way" in tokens:
        yield from _ways(text)
    if _TAILS.isdisjoint(tokens):
        return
    lex = default_lexicon()
    for m in _PAIR.finditer(text):
        word = m.group(1)
        key = word.rstrip("'’")
        if key in FUNCTION or key in CLOSED_CLASS or key in CALENDAR or key in KIN:
            continue
        flags = lex.flags.get(key, 0)
        zipf = lex.zipf.get(key, 0.0)
        if flags & DRUG or not (zipf < 3.0 or flags & (FIRST | LAST | PLACE) and zipf < 4.0):
            continue
        yield Span(
            m.start(1),
            m.end(2),
            SpanType.PLACE,
            Source.CONTEXT,
            0.5,
            text[m.start(1) : m.end(2)],
            True,
        )


def _suburbs(text: str) -> Iterator[Span]:
    """A suburb named by its kind or its block; an everyday word before it ("the New
    Layout", "our 2nd phase"), a drug or a disease ("Lymphoma 2nd stage") is not one."""
    lex = default_lexicon()
    for m in (*_SUBURB.finditer(text), *_BLOCK.finditer(text)):
        key = m.group(1).lower()
        if key in FUNCTION or key in CLOSED_CLASS or key in CALENDAR:
            continue
        if lex.flags.get(key, 0) & (DRUG | MEDICAL) or lex.zipf.get(key, 0.0) >= 3.5:
            continue  # "Carcinoma 3rd stage": a disease's stage
        if medical_shape(key):
            continue
        yield Span(m.start(), m.end(), SpanType.PLACE, Source.CONTEXT, 0.5, m.group(0), True)


def _ways(text: str) -> Iterator[Span]:
    """The word between "up" and "way" when no everyday word: "up kelso way", not "up
    the way" or "out each way"."""
    lex = default_lexicon()
    for m in _WAY.finditer(text):
        key = m.group(1).lower()
        if key in FUNCTION or key in CLOSED_CLASS or key in CALENDAR or key in KIN:
            continue
        flags = lex.flags.get(key, 0)
        if flags & DRUG or lex.zipf.get(key, 0.0) >= (4.0 if flags & PLACE else 3.0):
            continue
        yield Span(m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.5, m.group(1), True)
