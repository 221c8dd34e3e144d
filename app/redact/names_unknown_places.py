"""Two-word places that one word heads: "in Sea Point", "near Mount Eden", "Chennai,
Anna Nagar".

The unknown-word net (``names_unknown``) looks at one capitalised word at a time, and a
suburb's name is often two listed words ("Sea" and "Point", "Anna"), each explained
alone. A word that heads place names ("Mount", "Port", "Point", "Nagar") after a place
preposition, "the" or a comma makes the pair a place. Kept apart from the net because it
reads word pairs by their own regex, and only texts holding such a head word as a token
are searched at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import Lexicon
from app.redact.names_unknown_classes import known_class
from app.redact.names_unknown_tiers import GROW_STOP
from app.redact.normalise import fold_term
from app.redact.overlap_index import OverlapIndex
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import token_set

# "in Sea Point", "near Mount Eden", "at Kings Cross": two capitalised words after a
# place preposition, one of them a word that heads place names.
_PLACE_HEADS = (
    "Mount Mt Port Fort Lake Glen Cape Upper Lower Great Little Bad Sankt San Santa Bel"
).split()
_PLACE_TAILS = (
    "Point Park Hill Hills Bay Beach Vale Valley Heights Springs Falls Creek Harbour Harbor "
    "Island Bridge Green Cross Heath Grove Downs Plains Flats Ridge Gardens Village Junction "
    "Crossing Landing Estate Township Sands Rocks Head Heads Mills Wells Common Marsh Forest "
    "Fields Nagar Colony Layout Block Sector Puram Vihar Enclave Bagh Ganj Chowk Kunj Halli "
    "Palya Kloof Rand Kop Vlei Strand"
).split()
HEADED_PLACE = re.compile(
    r"(?:\b(?:in|at|near|from|to|outside|around|nr|the)\s+(?:the\s+)?|,\s*)"
    rf"((?:(?:{'|'.join(_PLACE_HEADS)})\s+[A-Z][a-z]+|[A-Z][a-z]+\s+(?:{'|'.join(_PLACE_TAILS)})))\b"
)
# Each match holds a head or a tail word as a whole token (a space before it, a space or
# a \b after it): a text with none among its tokens is not searched.
PLACE_KEYS = frozenset(w.lower() for w in _PLACE_HEADS + _PLACE_TAILS)


def headed_places(text: str, taken: OverlapIndex, lex: Lexicon) -> Iterator[Span]:
    """Two-word places after a place preposition, "the" or a comma, one word heading
    place names ("in Sea Point", "near Mount Eden", "Chennai, Anna Nagar"); neither word
    medicine, a country or a region. A part found already ("Anna") is joined, not left."""
    if PLACE_KEYS.isdisjoint(token_set(text)):
        return
    for m in HEADED_PLACE.finditer(text):
        start, end = m.span(1)
        words = m.group(1).split()
        if taken.contains(start, end) or any(
            lex.flag(fold_term(w)) & GROW_STOP or known_class(fold_term(w)) for w in words
        ):
            continue
        yield Span(start, end, SpanType.PLACE, Source.UNKNOWN_WORD, 0.4, m.group(1), True)
