"""An ordinary-word chain where it is visited or worked at, for ``employers_slots``.

"Boots", "Target", "Shoppers", "Fortis" and "Spire" are ordinary words, so the chain
finder takes them only in a slot. Two more slots leave little doubt: the place a
thing is got or done ("got it from Boots", "a box at Target", "Fortis hospital",
"Spire clinic"), and a work cue in brackets or a clause straight after the chain
("Target (I work stocking overnight)", "Kroger, where I work").
"""

from __future__ import annotations

import re

from app.redact.lexicon import DICT_WORD, DRUG, FIRST, LAST, MEDICAL, PLACE
from app.redact.names_context import CALENDAR

# A chain visited, by the preposition right before it: "got it from Boots", "a box at
# Target", "Fortis hospital"; capitalised as listed, so "aim at target" stays.
_VISIT_BEFORE = re.compile(r"\b(?:at|from|outside)\s+$")
_VISIT_AFTER = re.compile(
    r"\s+(?:hospital|clinic|pharmacy|chemist|endo|neuro|cardio|onc|oncology|ward|branch|"
    r"opticians?|pharmacist|lab|labs|outlet|store|shop|superstore|pick-?up|online|order|"
    r"orders|delivery|deliveries|click\s+(?:and|&|n)\s+collect|app|website|refill|refills)\b"
    # a chain's counter inside a hospital: "Costa in the atrium", "the Subway by A&E"
    r"|\s+(?:in|by|near)\s+(?:the\s+)?(?:atrium|foyer|lobby|concourse|canteen|food\s+court|"
    r"main\s+entrance|hospital|outpatients|A&E)\b",
    re.IGNORECASE,
)
# A work cue in brackets or a clause right after it: "Target (I work stocking
# overnight)", "Kroger, where I work", "Kroger (I'm a cashier there)".
_WORK_AFTER = re.compile(
    r"\s*(?:\(\s*|,\s*|\s-\s)(?:where\s+)?(?:I|i)\s*(?:work|worked|'m\s+a|’m\s+a|am\s+a|was\s+a)\b"
)


_PICKING = frozenset("next first last new same main other another every each this that".split())
_TOWN_AFTER = re.compile(r"[ ]([A-Z][a-z]{2,})\b(?![\w'’-])")


def visited(text: str, start: int, end: int, flags: dict[str, int]) -> bool:
    """An ordinary-word chain written as listed where a shop or hospital is visited:
    right after "at", "from", before a care or shop noun or before its town. A word listed as a given
    name, a surname or a place counts only before the noun ("at Apollo" may be a son,
    "from Iceland" a country, "from Bayer" the maker of a medicine); a possessive
    never ("at Apollo's")."""
    if text.startswith(("'s", "’s"), end):
        return False
    if _VISIT_AFTER.match(text, end) is not None:
        # "Next clinic is Fri 4th", "Next ward round": a sentence opened by a word that
        # picks one out is that word, not the shop ("Target pharmacy had it" is)
        return not (_sentence_start(text, start) and text[start:end].lower() in _PICKING)
    town = _TOWN_AFTER.match(text, end)
    if town is not None:
        town_flags = flags.get(town.group(1).lower(), 0)
        if town_flags & PLACE and not town_flags & (DICT_WORD | FIRST | MEDICAL | DRUG):
            return True  # "Fortis Mohali", "Spire Leeds": a branch named by its town
    key = text[start:end].lower()
    if key in CALENDAR or flags.get(key, 0) & (FIRST | LAST | PLACE | MEDICAL | DRUG):
        return False
    return _VISIT_BEFORE.search(text, max(0, start - 9), start) is not None


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'‘“(")
    return not before or before[-1] in ".!?:\n"


def work_cue_after(text: str, end: int) -> bool:
    """ "Target (I work stocking overnight)": the writer works where the chain is."""
    return _WORK_AFTER.match(text, end) is not None
