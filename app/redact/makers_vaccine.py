"""A vaccine maker's name in a sentence about the vaccine.

"Had the Pfizer for the first two, then Moderna for the booster" names two vaccines,
not two employers: the maker stands alone, with its product noun further on in the
sentence ("booster", "jab", "dose") or a word of vaccination near it. Where the maker
follows a preposition of place ("my boss at Pfizer", "a contract with Moderna") it is
the firm, whatever the sentence says about boosters.
"""

from __future__ import annotations

import re

_VACCINE_WORD = re.compile(
    r"\b(?:vaccin\w*|vax\w*|jabs?|jabbed|boost(?:ers?|ed)|covid\w*|mrna|shots?|doses?)\b",
    re.IGNORECASE,
)
_FIRM_BEFORE = re.compile(r"\b(?:at|for|with|by|from)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_SENTENCE_EDGE = re.compile(r"[.!?\n]")


def vaccine_said(text: str, start: int, end: int) -> bool:
    """Whether the maker at ``start:end`` sits in a sentence that speaks of a vaccine
    and not after a preposition that makes it a place of work."""
    if _FIRM_BEFORE.search(text, max(0, start - 12), start):
        return False
    lo = max(0, start - 120)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, lo, start)]
    lo = edges[-1] if edges else lo
    nxt = _SENTENCE_EDGE.search(text, end, end + 120)
    hi = nxt.start() if nxt else min(len(text), end + 120)
    return _VACCINE_WORD.search(text, lo, hi) is not None
