"""Which year a month without one belongs to, when the sentence says it is past or ahead.

A month with no year is read as the nearest one to the entry, so "we moved in may"
written in February became "three months later", a year the text never said. When
the clause before the date is in the past tense ("started", "was", "since") and no
future word contradicts it, the month is the last one before the entry instead.
Straight after "since" or "seit" a month named without its day is never ahead of the
entry, however near: "seit März" written in February is last March (a day with its
number, "seit dem 17. März", keeps the nearest reading). The other way round, a date
with no year that lies well before the entry is next year's when the clause says it is
ahead ("will", "booked", "next") and nothing in it is past.
"""

from __future__ import annotations

import re
from datetime import date

_NEAR_DAYS = 45
_CLAUSE_END = re.compile(r"[.!?](?=\s)|[;\n]")
_PAST = re.compile(
    r"\b(?:was|were|had|did|got|started|began|moved|stopped|switched|diagnosed|dx'?d|went|"
    r"came|left|ended|finished|died|passed|happened|broke|fell|spent|took|tried|quit|lost|"
    r"gave|saw|told|said|admitted|discharged|married|upped|increased|reduced|weaned|since|"
    r"lasted|seen|been|felt|hated|loved|"
    r"ago|seit|war|hatte|wurde|bekam|begann|ist\s+\w+\s+(?:gestorben|geboren))\b",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(
    r"\b(?:since|seit)\s+(?:(?:the|dem|early|late|mid|anfang|ende|mitte)\s+)?$", re.I
)
# A date that opens with a word and no day number after it: a month ("März", "March
# last year"), not "the 3rd of March" or "March 3".
_MONTH_FIRST = re.compile(r"[^\W\d]+\b(?!\s+\d)")
_FUTURE = re.compile(
    r"\b(?:will|won'?t|going\s+to|gonna|'ll|booked|scheduled|due|next|planned|plan|hoping|"
    r"hope|until|till|til|by|wird|werde|soll|bis|nächsten|geplant)\b|’ll",
    re.IGNORECASE,
)


def settle(text: str, start: int, when: date, ref: date | None, has_year: bool) -> date:
    """``when``, or the same day a year earlier if it lies well after the entry (more
    than ``_NEAR_DAYS``) and the clause before ``start`` says it is past; or a year later
    if it lies well before the entry and the clause says it is ahead ("Elsie will be 2
    in March" written in June is next March)."""
    if has_year or ref is None:
        return when
    if when <= ref:
        if (ref - when).days <= _NEAR_DAYS:
            return when  # a day just before the entry: written late, or this week
        clause = _clause_before(text, start)
        sentence = clause + _rest_of_sentence(text, start)
        if (
            _AHEAD.search(clause)
            and not _PAST.search(sentence)
            and not _REMEMBERED.search(sentence)
        ):
            return _shift_year(when, 1)
        return when
    if _MONTH_FIRST.match(text, start) and _SINCE_BEFORE.search(text, max(0, start - 20), start):
        return _shift_year(when, -1)
    if (when - ref).days <= _NEAR_DAYS:
        return when  # a day just after the entry: an entry written late, not last year
    clause = _clause_before(text, start)
    if _FUTURE.search(clause) or not _PAST.search(clause):
        return when
    return _shift_year(when, -1)


def _rest_of_sentence(text: str, start: int) -> str:
    m = _CLAUSE_END.search(text, start)
    return text[start : m.start() if m else min(len(text), start + 120)]


# Words that put a date ahead on their own: not "by", "until", "bis" ("By March I had lost
# 2 stone", "Until March I was fine"), nor "next to", "hope" or "plan".
_AHEAD = re.compile(
    r"\b(?:will|going\s+to|gonna|booked|scheduled|due|next(?!\s+to\b)|wird|nächsten|"
    r"geplant)\b|['’]ll\b",
    re.IGNORECASE,
)
# A date remembered is past, whatever tense the remembering is in ("I will never forget
# March 3rd", "Ich werde den 3. März nie vergessen").
_REMEMBERED = re.compile(r"\b(?:forget|remember|vergessen|erinnern)\b", re.IGNORECASE)


def _clause_before(text: str, start: int) -> str:
    lo = max(0, start - 80)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    return text[ends[-1] if ends else lo : start]


def _shift_year(when: date, years: int) -> date:
    try:
        return when.replace(year=when.year + years)
    except ValueError:  # 29 February
        return when.replace(year=when.year + years, day=28)
