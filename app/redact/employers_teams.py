"""Sports teams by their town and nickname: "plays for sandgate hawks", "training with
the Kelso Sharks".

A team's nickname is a plural that says nothing by itself ("Hawks", "Lions"), and the
word before it is its town or suburb, which a list may not know, least of all in lower
case. After "for", "with" or "at" the pair is the club someone plays or volunteers for,
a workplace as far as the post goes. An everyday word before the nickname ("for the
big lions", "with two sharks") or a drug is not a town.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import DRUG, MEDICAL, default_lexicon
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import token_set

# A team's nickname after its town: "Kelso Sharks", "Tarrant Lions". Said of a place,
# these plurals name the club someone plays or volunteers for, never the place itself.
TEAM_TAILS = frozenset(
    """Sharks Seals Hawks Lions Tigers Eagles Bears Wolves Wildcats Panthers Falcons
    Magpies Bulldogs Warriors Knights Raiders Dragons Titans Cougars Jets Bombers Dynamos
    Rovers Rangers Wanderers Moose Roosters Rabbitohs Dolphins Stingers Pirates
    Vikings Spartans Crusaders Gladiators""".split()
)
_LOWER_TAILS = frozenset(t.lower() for t in TEAM_TAILS)
_TEAM = re.compile(
    r"\b(?:for|with|at)\s+(?:the\s+)?([A-Za-z][a-z]{2,})\s+("
    + "|".join(sorted(TEAM_TAILS | _LOWER_TAILS))
    + r")\b(?!['’-])"
)


def find(text: str) -> Iterator[Span]:
    if _LOWER_TAILS.isdisjoint(token_set(text)):
        return
    lex = default_lexicon()
    for m in _TEAM.finditer(text):
        town, tail = m.group(1), m.group(2)
        if town.islower() != tail.islower():
            continue  # "for Kelso sharks" is no one team's name
        key = town.lower()
        if lex.zipf.get(key, 0.0) >= 3.5 or lex.flags.get(key, 0) & (MEDICAL | DRUG):
            continue
        yield Span(
            m.start(1),
            m.end(2),
            SpanType.EMPLOYER,
            Source.CONTEXT,
            0.6,
            text[m.start(1) : m.end(2)],
            True,
        )
