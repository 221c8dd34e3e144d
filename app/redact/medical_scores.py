"""Scores and marker results written with a slash are medicine, not a day and a month.

A test or a sign that is graded out of a small total is written as a fraction: hormone
receptors ("ER positive 8/8", an Allred score), a thyroid eye disease activity score
("CAS 5/7"), muscle power ("Power 5/5", "4/5 power"), immunoblot bands ("IgM 3/3
bands"), classification criteria ("2/3 of the ACR criteria"). The date pattern read
each as a day and a month. Only a score is at most its total and only straight after
the grade's own name, or before the word of what was graded: "on 5/7", "seen 4/5" and
"born 3/7/1981" stay dates.
"""

from __future__ import annotations

import re

# A slash between small numbers, neither a part of a longer number or date nor a
# decimal: "8/8", "4 / 5", never "3/7/1981" or "1/2.5".
SLASH = r"(?<![\w/.,:-])\d{1,2}\s?/\s?\d{1,3}(?![\d/.:-]|[.,]\d)"


def not_over(pair: str) -> bool:
    """A score is at most its total ("9/9"), a date often not ("25/12")."""
    top, _, bottom = pair.replace(" ", "").partition("/")
    return int(top) <= int(bottom)


# Grades named before their score; the receptors and immunoglobulins in capitals only
# ("Cas", a given name, or "er", a word, stay as they are).
_GRADE = r"(?-i:CAS|ER|PR|HER2|IgM|IgG|MRC)|power|motor\s+power|reflexes|allred(?:\s+score)?"
# A score may end its sentence ("Allred 6/8."), which SLASH's decimals rule out.
_SCORE = r"(?<![\w/.,:-])\d{1,2}\s?/\s?\d{1,3}(?![\d/:-]|[.,]\d)"
_LINK = r"positive|negative|pos|neg|score|was|is|of|at|now|today"
_BEFORE = re.compile(
    rf"\b(?:{_GRADE})(?:\s+(?:{_LINK}))?\s*[:=]?\s*({_SCORE})",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"({_SCORE})(?=\s+(?:bands|power)\b|\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}"
    rf"criteria\b)",
    re.IGNORECASE,
)


def score_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the scores out of a small total in ``text``."""
    if "/" not in text:  # most texts: neither pattern is tried
        return []
    out = [m.span(1) for m in _BEFORE.finditer(text) if not_over(m.group(1))]
    out.extend(m.span(1) for m in _AFTER.finditer(text) if not_over(m.group(1)))
    return out
