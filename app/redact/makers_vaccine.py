"""A vaccine maker's name in a sentence about the vaccine.

"Had the Pfizer for the first two, then Moderna for the booster" names two vaccines,
not two employers: the maker stands alone, with its product noun further on in the
sentence ("booster", "jab", "dose") or a word of vaccination near it. Where the maker
follows a preposition of place ("my boss at Pfizer", "a contract with Moderna") or
"for" after a word of working ("works for Pfizer") it is the firm, whatever the
sentence says about boosters.
"""

from __future__ import annotations

import re

from app.redact.sentences import SENTENCE_MARK

_VACCINE_WORD = re.compile(
    r"\b(?:vaccin\w*|vax\w*|jabs?|jabbed|boost(?:ers?|ed)|covid\w*|mrna|shots?|doses?)\b",
    re.IGNORECASE,
)
# "for" makes a firm only after a word of working: "works for Moderna", not "went for
# the Pfizer" or "hoping for Pfizer", which ask for the vaccine.
_FIRM_BEFORE = re.compile(
    r"\b(?:at|with|by|from|(?:work(?:s|ed|ing)?|jobs?|reps?|contract(?:s|ed|ing|or)?|"
    r"consult(?:s|ed|ing|ant)?|temp(?:s|ed|ing)?|volunteer(?:s|ed|ing)?)[ \t]+for)"
    r"[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def vaccine_said(text: str, start: int, end: int) -> bool:
    """Whether the maker at ``start:end`` sits in a sentence that speaks of a vaccine
    and not after a preposition that makes it a place of work."""
    if _FIRM_BEFORE.search(text, max(0, start - 28), start):
        return False
    lo = max(0, start - 120)
    edges = [m.end() for m in SENTENCE_MARK.finditer(text, lo, start)]
    lo = edges[-1] if edges else lo
    nxt = SENTENCE_MARK.search(text, end, end + 120)
    hi = nxt.start() if nxt else min(len(text), end + 120)
    return _VACCINE_WORD.search(text, lo, hi) is not None
