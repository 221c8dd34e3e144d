"""Relative dates for a post written in German: ``date_phrases``' counterpart.

German marks case on the article before a date, so the replacement takes the article
(or the contracted preposition) with it where the new words need another one:

    am 5. März          → am ersten Tag / an Tag 3 / in Woche 2 / zwei Monate später
    seit dem 1. Februar → seit dem ersten Tag / seit Woche 2
    vom 3. März         → vom ersten Tag / von Woche 2
    3. März 2026 (Überschrift) → Tag 1 / Woche 2 / Monat 3

The words come from the post's table (``app.posts.words``); ``phrase`` and ``in_month``
return the replacement and how many characters before and after the span it also
replaces, as ``date_phrases`` does.
"""

from __future__ import annotations

import re
from datetime import date

from app.posts.words import GERMAN, post_words, word_list
from app.redact.date_phrases import distance

# "am"/"im"/"um": a point in time; the replacement brings its own preposition.
_POINT = re.compile(r"(?:^|(?<=[\s(]))([AaIiUu]m)\s+(?:[Jj]ahre?\s+)?$")  # "im Jahr 2021"
# A preposition that asks for the dative: "seit sechs Jahren", "von einem Jahr".
_DATIVE = re.compile(
    r"(?:^|(?<=[\s(]))(?:[Ss]eit|[Vv]on|[Vv]or|[Nn]ach|[Aa]b|[Mm]it|[Aa]us|[Ii]n)\s+$"
)
# An article that the new words may not want: "seit dem 1. Februar", "für den 3. Mai".
_ARTICLE = re.compile(r"(?:^|(?<=[\s(]))([Dd]e[mnr])\s+$")
# A preposition with the article inside it: "vom", "zum", "beim".
_CONTRACTED = re.compile(r"(?:^|(?<=[\s(]))([Vv]om|[Zz]um|[Bb]eim)\s+$")
_OPEN = {"vom": "von", "zum": "zu", "beim": "bei"}
_LINE_START = re.compile(r"(?:^|\n)[ \t#>*_-]*$")


def _amount(unit: str, n: int, case: str = "") -> str:
    """ "ein Jahr", "sechs Jahre"; with ``case`` "_dative": "einem Jahr", "sechs Jahren"."""
    words = post_words(GERMAN)
    if n == 1:
        return words[f"one_{unit}{case}"]
    numbers = word_list(GERMAN, "numbers")
    return words[f"n_{unit}s{case}"].format(n=numbers[n] if n < len(numbers) else n)


def _count(days: int, case: str = "") -> str:
    """ "Woche 2", "Tag 3", "vier Wochen vor dem ersten Tag" (``days`` is not 0)."""
    words = post_words(GERMAN)
    unit, n = distance(days)
    if days < 0:
        return words["before_first_day"].format(amount=_amount(unit, n, case))
    return words[f"{unit}_n"].format(n=n + 1)


def noun(when: date, anchor: date, *, heading: bool = False, dative: bool = False) -> str:
    """The date as a noun (nominative, or ``dative`` after "seit", "von", "vor"): "der
    erste Tag", "Tag 1" in a heading, "Woche 2", "seit sechs Jahren vor dem ersten Tag"."""
    days = (when - anchor).days
    if days == 0:
        return (
            post_words(GERMAN)["day_n"].format(n=1) if heading else post_words(GERMAN)["first_day"]
        )
    return _count(days, "_dative" if dative else "")


def adverbial(when: date, anchor: date) -> str:
    """The date as "when": "am ersten Tag", "an Tag 3", "in Woche 2", "zwei Monate später"."""
    words = post_words(GERMAN)
    days = (when - anchor).days
    if days == 0:
        return words["on_first_day"]
    unit, n = distance(days)
    if days < 0:
        return words["earlier"].format(amount=_amount(unit, n))
    if unit == "day":
        return words["on_day_n"].format(n=n + 1)
    if unit == "week":
        return words["in_week_n"].format(n=n + 1)
    return words["later"].format(amount=_amount(unit, n))


def _upper_first(text: str, like: str) -> str:
    return text[:1].upper() + text[1:] if like[:1].isupper() else text


def phrase(text: str, start: int, end: int, when: date, anchor: date) -> tuple[str, int, int]:
    """The relative date for ``text[start:end]`` in a German sentence; returns the
    replacement, the characters after ``end`` and before ``start`` it also replaces."""
    lo = max(0, start - 16)
    first_day = (when - anchor).days == 0
    point = _POINT.search(text, lo, start)
    if point:
        return _upper_first(adverbial(when, anchor), point.group(1)), 0, start - point.start(1)
    contracted = _CONTRACTED.search(text, lo, start)
    if contracted:
        word = contracted.group(1)
        if first_day:  # "vom ersten Tag": the contraction still fits
            return post_words(GERMAN)["on_first_day"].split(" ", 1)[1], 0, 0
        opened = _upper_first(_OPEN[word.lower()], word)
        return f"{opened} {noun(when, anchor)}", 0, start - contracted.start(1)
    article = _ARTICLE.search(text, lo, start)
    if article:
        if first_day:  # "seit dem ersten Tag": the article stays, in its own case
            ending = "ersten Tag" if article.group(1).lower() in ("dem", "den") else "erste Tag"
            return ending, 0, 0
        dative = article.group(1).lower() == "dem" or _DATIVE.search(text, lo, article.start(1))
        out = noun(when, anchor, dative=bool(dative))  # "seit dem 3. Mai 2023": "seit zwei Jahren"
        return _upper_first(out, article.group(1)), 0, start - article.start(1)
    heading = _LINE_START.search(text, lo, start) is not None
    out = noun(when, anchor, heading=heading, dative=_DATIVE.search(text, lo, start) is not None)
    if heading or start == 0 or text[:start].rstrip()[-1:] in ".!?":
        out = out[:1].upper() + out[1:]
    return out, 0, 0


def in_month(text: str, start: int, coarse: str) -> tuple[str, int, int]:
    """ "am 3. März" coarsened is "im März 2026"; "seit dem 3. März" is "seit März"."""
    lo = max(0, start - 16)
    point = _POINT.search(text, lo, start)
    if point:
        word = post_words(GERMAN)["in_month"].format(coarse=coarse)
        return _upper_first(word, point.group(1)), 0, start - point.start(1)
    article = _ARTICLE.search(text, lo, start) or _CONTRACTED.search(text, lo, start)
    if article and article.group(1).lower() in _OPEN:
        opened = _upper_first(_OPEN[article.group(1).lower()], article.group(1))
        return f"{opened} {coarse}", 0, start - article.start(1)
    if article:
        return coarse, 0, start - article.start(1)
    return coarse, 0, 0
