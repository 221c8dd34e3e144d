"""Towns named as the goal of a trip: "off to Knock for the day".

A small town whose name is an ordinary word ("Knock", "Cobh" is rare, but "Bray",
"Tramore", "Nobber" are not all listed) is left readable when no list holds it. A
capitalised word after "off to", "went to", "heading to" and before "for the day",
"for the weekend" or "for a few days" can only be somewhere: the trip's length leaves
no other reading. Kin ("off to Mum for the weekend"), countries and states (no
identifiers), days, medical words and the commonest words ("Off to Bed for the
night") are not taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from app.redact.lexicon import COUNTRY, DRUG, MEDICAL, REGION, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, KIN
from app.redact.spans import Source, Span, SpanType

_TRIP = re.compile(
    r"\b(?i:off|went|go|going|goes|gone|headed|heading|drove|driving|drive|popped|popping|"
    r"nipped|back)\s+(?i:up\s+|down\s+|over\s+|out\s+)?to\s+"
    r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+for\s+(?:the|a|an)\s+(?:few\s+|couple\s+of\s+)?"
    r"(?:day|days|night|nights|weekend|week|fortnight|long\s+weekend|holidays?)\b"
)
_NOT_TOWN = COUNTRY | REGION | MEDICAL | DRUG
_LENGTHS = frozenset("day days night nights weekend week fortnight holiday holidays".split())


def find(text: str, at: Mapping[str, list[int]], lex: Lexicon) -> Iterator[Span]:
    """PLACE spans of trip goals; ``at`` is the text's lower-case tokens, a gate."""
    if "to" not in at or "for" not in at or _LENGTHS.isdisjoint(at.keys()):
        return
    for m in _TRIP.finditer(text):
        words = m.group(1).split()
        if all(_town_word(w, lex) for w in words):
            yield Span(m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.5, m.group(1), True)


def _town_word(word: str, lex: Lexicon) -> bool:
    key = word.lower().removesuffix("'s").removesuffix("’s")
    if key in CALENDAR or key in CLOSED_CLASS or key in KIN:
        return False
    if lex.zipf.get(key, 0.0) >= 5.0:
        return False  # "Off to Bed for the night": a word that common is the thing
    return not lex.flags.get(key, 0) & _NOT_TOWN
