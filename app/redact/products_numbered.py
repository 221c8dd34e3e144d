"""A word, a number and a product's noun: "Liv 52 tablets", "Liv 52 and Himalaya syrup".

Ayurvedic and over-the-counter products are often named by a word and a number, and the
word may be a given name ("Liv"). Where a product's noun (tablets, syrup, drops...) comes
within two words after the number, the word and its number are the product's name, not
a person and an age; "Liv 52 here" and "Liv, 52, loves her tablets" stay a name and an age.
"""

from __future__ import annotations

import re

_PRODUCT_AFTER = re.compile(
    r"[ \t]+\d{1,3}(?:[ \t]+(?:and|&|or|\+)?[ \t]*(?!(?:her|his|my|their|our|your|the|a|an|"
    r"is|was|has|had|and|here|loves?|takes?|took|needs?|gets?|got)\b)[A-Za-z][\w-]*){0,2}"
    r"[ \t]+(?:tablets?|tabs?|capsules?|caps|syrup|tonic|drops|pills?|sachets?|powder|"
    r"granules|supplements?|lozenges?|ointment|churna|vati|ras|kadha|gummies|chewables)\b",
    re.IGNORECASE,
)


def numbered_product(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is followed by a number and a product's noun."""
    return _PRODUCT_AFTER.match(text, end) is not None


def product_number(text: str, start: int) -> bool:
    """Whether the number starting at ``start`` is a product's, after a capitalised word
    ("Liv 52 and Himalaya tablets")."""
    m = re.search(r"([A-Z][\w-]*)[ \t]+$", text[max(0, start - 30) : start])
    return m is not None and numbered_product(text, start - len(m.group(0)) + len(m.group(1)))
