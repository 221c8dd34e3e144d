"""A person cue just before a word: a title, a relation or a friend ("Dr Bell", "my
sister Echo", "Nurse Paxman", "Frau Stent").

The medicine rules of issue #9 each take a capitalised word for medicine by the words
around it, and each must leave a person a person whatever the words after say
("Dr Bell says Bell's palsy", "Nurse Paxman fitted the Paxman cold cap"). They ask
this one test, so the cue words are kept in one place.
"""

from __future__ import annotations

import re

from app.redact.names_cues import KIN, TITLES

_CUE_BEFORE = re.compile(r"([A-Za-zäöüß]+)\.?[ \t]+$")
PEOPLE_CUES = (
    KIN
    | TITLES
    | frozenset(
        "friend mate colleague neighbour neighbor named boss frau herr freund freundin".split()
    )
)


def person_cue_before(text: str, start: int) -> bool:
    """Whether a title, a relation or a friend stands just before ``start``."""
    cue = _CUE_BEFORE.search(text, max(0, start - 16), start)
    return cue is not None and cue.group(1).lower() in PEOPLE_CUES
