"""Cue words for ``names``: the words around a name that say it is one.

The lists live in four modules, one kind each: people (``names_cues_people``), places and
employers (``names_cues_places``), grammar words (``names_cues_function``) and words that
only look like names (``names_cues_never``). This module gathers them under the one name
some twenty finders import, so none of them has to know where each list lives.
"""

from __future__ import annotations

from app.redact.names_cues_function import CLOSED_CLASS, FUNCTION
from app.redact.names_cues_never import GERMAN_WORDS, LANGUAGES, NOT_NAMES, TEXTSPEAK
from app.redact.names_cues_people import CREDENTIALS, KIN, TITLES
from app.redact.names_cues_places import (
    COMPANY,
    EMPLOY_CUES,
    INSTITUTIONS,
    MOVES,
    PLACE_PREPS,
    SAINTS,
)

__all__ = [
    "CLOSED_CLASS",
    "COMPANY",
    "CREDENTIALS",
    "EMPLOY_CUES",
    "FUNCTION",
    "GERMAN_WORDS",
    "INSTITUTIONS",
    "KIN",
    "LANGUAGES",
    "MOVES",
    "NOT_NAMES",
    "PLACE_PREPS",
    "SAINTS",
    "TEXTSPEAK",
    "TITLES",
]
