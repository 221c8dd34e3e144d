"""Relative dates that read as English in the sentence around them.

A date is a noun ("since 3 May", "3 May was awful") or an adverbial ("on 3 May"), or
it describes a noun ("the 14 May dose"). "Week 3" is a noun, "two months later" an
adverbial, so the replacement depends on the words around the date:

    on 3 May            → in week 2 / on day 3 / on the first day / two months later
    since 3 May         → since week 2 / since month 3 / since the first day
    the 14 May dose     → the dose in week 7 / the dose two months later
    3 May (a heading)   → Week 2 / Day 1 / Month 3

``phrase`` returns the replacement and how many characters before and after the span
it also replaces (the preposition "on", or the noun "dose").
"""

from __future__ import annotations

import re
from datetime import date

from app.redact.names_cues import CLOSED_CLASS

_NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
# A preposition that takes a point in time and reads wrong before "week 2" or "two
# months later"; the replacement brings its own.
_POINT_PREP = re.compile(r"(?:^|(?<=[\s(]))(on|in|at|during)\s+(?:the\s+)?$", re.IGNORECASE)
_THE = re.compile(r"(?:^|(?<=[\s(]))(the)\s+$", re.IGNORECASE)
# The noun a date describes: "the 14 May dose", "the 3/5 appointment".
_NOUN_AFTER = re.compile(r"\s+([a-z]{3,})\b(?!['’-])")
_LINE_START = re.compile(r"(?:^|\n)[ \t#>*_-]*$")


def number_word(n: int) -> str:
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def distance(days: int) -> tuple[str, int]:
    """The unit and count of a distance in days: ("day", 3), ("week", 2), ("month", 4)."""
    days = abs(days)
    if days < 7:
        return "day", days
    if days < 56:
        return "week", days // 7
    if days < 335:
        return "month", round(days / 30.44)
    return "year", round(days / 365.25)


def _amount(unit: str, n: int) -> str:
    if n == 1:
        return f"{'an' if unit == 'hour' else 'a'} {unit}"
    return f"{number_word(n)} {unit}s"


def noun(when: date, anchor: date, *, heading: bool = False) -> str:
    """The date as a noun: "the first day", "day 3", "week 2", "month 4", "year 2"."""
    days = (when - anchor).days
    if days == 0:
        return "day 1" if heading else "the first day"
    unit, n = distance(days)
    if days < 0:
        return f"{_amount(unit, n)} before the first day"
    return f"{unit} {n + 1}"


def adverbial(when: date, anchor: date) -> str:
    """The date as "when": "on the first day", "on day 3", "in week 2", "two months later"."""
    days = (when - anchor).days
    if days == 0:
        return "on the first day"
    unit, n = distance(days)
    if days < 0:
        return f"{_amount(unit, n)} earlier"
    if unit == "day":
        return f"on day {n + 1}"
    if unit == "week":
        return f"in week {n + 1}"
    return f"{_amount(unit, n)} later"


def relative_phrase(when: date, anchor: date) -> str:
    """A date on its own, as a noun (kept for callers that have no sentence)."""
    return noun(when, anchor)


def phrase(text: str, start: int, end: int, when: date, anchor: date) -> tuple[str, int, int]:
    """The relative date for ``text[start:end]``, fitted to the words around it.

    Returns the replacement, the characters after ``end`` and before ``start`` it also
    replaces.
    """
    lo = max(0, start - 16)
    noun_after = _NOUN_AFTER.match(text, end)
    the = _THE.search(text, lo, start)
    if the and noun_after and noun_after.group(1) not in CLOSED_CLASS:
        # "the 14 May dose" → "the dose in week 7"
        return (f"{noun_after.group(1)} {adverbial(when, anchor)}", noun_after.end() - end, 0)
    prep = _POINT_PREP.search(text, lo, start)
    if prep:
        out = adverbial(when, anchor)
        if prep.group(1)[0].isupper():
            out = out[0].upper() + out[1:]
        return out, 0, start - prep.start(1)
    if the:
        out = noun(when, anchor)  # "after the 3 May" → "after the first day", "after week 2"
        return out, 0, 0 if out.startswith("the ") else start - the.start(1)
    heading = _LINE_START.search(text, lo, start) is not None
    out = noun(when, anchor, heading=heading)
    if heading:
        out = out[0].upper() + out[1:]
    return out, 0, 0


def in_month(text: str, start: int, coarse: str) -> tuple[str, int, int]:
    """ "on 3 May" coarsened is "in May 2026", not "on May 2026"."""
    prep = _POINT_PREP.search(text, max(0, start - 16), start)
    if prep is None or prep.group(1).lower() != "on" or "the" in prep.group().lower():
        return coarse, 0, 0
    word = "In" if prep.group(1)[0].isupper() else "in"
    return f"{word} {coarse}", 0, start - prep.start(1)
