"""Scores and marker results written with a slash are medicine, not a day and a month.

A test or a sign that is graded out of a small total is written as a fraction: hormone
receptors ("ER positive 8/8", an Allred score), a thyroid eye disease activity score
("CAS 5/7"), muscle power ("Power 5/5", "4/5 power"), immunoblot bands ("IgM 3/3
bands"), classification criteria ("2/3 of the ACR criteria"). The date pattern read
each as a day and a month. Only a score is at most its total and only straight after
the grade's own name, or before the word of what was graded: "on 5/7", "seen 4/5",
"born 3/7/1981", "back in the ER 2/9" and "on 3/4 power cut" stay dates.
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


# Grades named before their score; immunoglobulins and MRC in capitals only ("Cas", a
# given name, stays as it is).
_GRADE = (
    r"(?-i:CAS|HER2|IgM|IgG|MRC)|power|motor\s+power|reflexes|allred(?:\s+score)?"
    r"|(?:o?estrogen|progesterone|androgen|hormone)\s+receptors?"  # "progesterone receptor 5/8"
)
# A score may end its sentence ("Allred 6/8."), which SLASH's decimals rule out.
_SCORE = r"(?<![\w/.,:-])\d{1,2}\s?/\s?\d{1,3}(?![\d/:-]|[.,]\d)"
_LINK = r"positive|negative|pos|neg|score|was|is|of|at|now|today"
_BEFORE = re.compile(
    rf"\b(?:{_GRADE})(?:\s+(?:{_LINK}))?\s*[:=]?\s*({_SCORE})",
    re.IGNORECASE,
)
# ER and PR are also the emergency room and public relations: "back in the ER 2/9" and
# "ER today 1/15" are dates. A receptor takes its score only after a receptor's own
# word ("ER positive 8/8", "PR status 6/8", "ER Allred 7/8"), bare where the other
# receptors are named too ("ER 8/8 PR 6/8 HER2 neg") or where the score is out of ten
# ("PR 5/10, weakly positive") and no word of a visit follows ("PR 5/10 with Dr Alvarez",
# "ER 2/10 for chest pain"), and never after a word of going or being somewhere ("in the
# ER 7/9", "back ER 2/9"; a result that "came back PR 4/10" is a score).
_RECEPTOR = re.compile(
    r"(?<![\w-])(?P<before>(?:the|in|at|to|(?<!came\s)(?<!come\s)(?<!comes\s)back|an|my)\s+)?"
    r"(?-i:ER|PR)\+?"
    r"(?P<cue>\s+(?:receptors?\s+)?(?:positive|negative|pos|neg|status|score|"
    r"allred(?:\s+score)?))?\s*[:=]?\s*"
    rf"({_SCORE})",
    re.IGNORECASE,
)
# The other receptors named beside one, in capitals.
_RECEPTORS = re.compile(r"(?<![\w-])(?-i:ER|PR|HER2|HER-2)(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _receptor_ranges(text: str) -> list[tuple[int, int]]:
    """The receptors' scores: after a receptor's word, or bare where another receptor
    is named in the same sentence ("ER 8/8 PR 6/8"). The same name twice is no other
    receptor: a post's title repeats its first line ("ER 3/9 again", twice)."""
    out: list[tuple[int, int]] = []
    for m in _RECEPTOR.finditer(text):
        if m.group("before") or not not_over(m.group(3)):
            continue
        if m.group("cue") or _other_receptor(text, m.start()) or _out_of_ten(text, m):
            out.append(m.span(3))
    return out


# What follows a visit's date, not a score: who it was with, what for, when.
_VISIT_AFTER = re.compile(
    r"\s*,?\s*(?:with|for|after|because|cos|due|again|today|tonight|yesterday|last|this|"
    r"at|in|to|till|until|-|–)\b",
    re.IGNORECASE,
)


# What makes "ER 9/10" a pathology report's score rather than a visit's date: its
# sentence speaks of the tumour's tissue (review 16b: "ER 2/10 was a nightmare",
# "PR 5/10 went smoothly" are visits and exams).
_PATHOLOGY = re.compile(
    r"\b(?:positive|negative|pos|neg|weakly|strongly|allred|receptors?|her2|biopsy|path|"
    r"pathology|ihc|status|tumou?r|cancer|carcinoma|breast|ki-?67|hormone)\b",
    re.IGNORECASE,
)


def _out_of_ten(text: str, m: re.Match[str]) -> bool:
    """A bare receptor's score out of ten in a sentence about pathology that no word of
    a visit follows."""
    if not m.group(3).replace(" ", "").endswith("/10"):
        return False
    if _VISIT_AFTER.match(text, m.end()) is not None:
        return False
    return _PATHOLOGY.search(_sentence(text, m.start(), m.end())) is not None


def _other_receptor(text: str, start: int) -> bool:
    """A receptor other than the one named at ``start`` is named in its sentence."""
    own = text[start : start + 2]  # "ER" or "PR"
    return any(n.replace("-", "") != own for n in _RECEPTORS.findall(_sentence(text, start, start)))


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence holding ``start:end``, its closing mark included."""
    ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, start)]
    stop = _SENTENCE_END.search(text, end)
    return text[ends[-1] if ends else 0 : stop.start() + 1 if stop else len(text)]


# "Power" after a date is the mains: "3/4 power cut", "1/12 power out".
_AFTER = re.compile(
    rf"({_SCORE})(?=\s+(?:bands|power(?!\s+(?:cuts?|out|outage|failure|went|off)\b))\b|"
    r"\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}criteria\b)",
    re.IGNORECASE,
)

# A word that puts a date after it: "on 3/4 power cut", "since 1/12".
_DATE_WORD = re.compile(r"\b(?:on|since|from|until|till|by|before|after)\s*$", re.IGNORECASE)


# What every score holds ("8/8", "4 / 5"), found by a scan that skips to digits.
_NUMBER_SLASH = re.compile(r"\d\s?/\s?\d")


def score_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the scores out of a small total in ``text``."""
    if "/" not in text or _NUMBER_SLASH.search(text) is None:
        return []  # most texts: no pattern is tried (each holds a number, a slash, a number)
    out = [m.span(1) for m in _BEFORE.finditer(text) if not_over(m.group(1))]
    out.extend(_receptor_ranges(text))
    out.extend(
        m.span(1)
        for m in _AFTER.finditer(text)
        if not_over(m.group(1)) and not _DATE_WORD.search(text, 0, m.start(1))
    )
    return out
