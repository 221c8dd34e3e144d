"""Dates as patients type them, which the pattern and word finders leave out.

Each rule is a closed vocabulary (months, weekdays, seasons, years) plus the words
around it that decide whether it is a date: "in may" is a month, "I may" a verb;
"in the spring" is one spring of the writer's life, "bad in winter" is every winter.

Seasons: a season with a determiner or a pointing word ("in the spring", "last
winter", "since the summer", "letzten Herbst") names one time in the writer's life,
so it is a date like a month and is coarsened the same way; a bare season ("worse in
winter") is habitual and stays. A weekday alone is not a date; "since Sunday night"
pins one past day, so a weekday with a part of the day after "since" or "last" is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.spans import Source, Span, SpanType
from app.redact.windows import token_set

_I = re.IGNORECASE
_MONTH_WORDS = (
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_MONTH = r"(?:" + "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)) + r")"
# A month after a word of time ("in may", "since march", "end of june", "mid-aug").
_MONTH_CUED = re.compile(
    r"\b(?:in|since|until|till|til|by|from|during|before|after|through|thru|around|between|"
    r"last|next|early|late|mid|(?:the\s+)?(?:end|start|beginning|middle)\s+of)"
    r"(?:\s+|-)(" + _MONTH + r")\.?(?![\w'’-])",
    _I,
)
# The second month of a range ("from jan to march", "feb-mar").
_MONTH_RANGE = re.compile(
    r"\b(" + _MONTH + r")\.?\s*(?:to|till|until|through|thru|-|–|and|or|&)\s*(" + _MONTH + r")\b"
    r"(?![\w'’-])",
    _I,
)
# After "may" a verb says it is the modal ("in may be", "by may have").
_MODAL_AFTER = re.compile(
    r"\s+(?:be|been|have|not|also|just|still|well|need|want|help|take|get|go|try|cause|"
    r"make|feel|come|know|see|say|find|work|do|seem|need|lead|affect|happen)\b",
    _I,
)
# "I'll march", "to march", "marching on": the verb, never after a word of time.
_YEAR = r"(?:19[0-9]\d|20[0-4]\d)"
# "2019's flare", "1990's": a year with a possessive; "2019/20", "2019-20": a season of
# two years, the second one after the first.
_YEAR_POSSESSIVE = re.compile(r"(?<![\d/.:$£€-])(" + _YEAR + r")['’]s\b")
_YEAR_PAIR = re.compile(r"(?<![\d/.:$£€-])(" + _YEAR + r")[/-](\d{2})(?![\d/:%.]\d?)")
# "the '80s", "in the ’90s": the decade with its apostrophe, as one word.
_DECADE = re.compile(r"(?<![\w'’])['’]\d0s\b")
_SEASON = r"(?:spring|summer|autumn|winter|fall)"
# A season that names one time: "in the spring", "last winter", "since the summer",
# "this autumn", "early last spring". "the fall" only after "in", never "had a fall",
# "since the fall" (a fall is an injury as often as a season).
_SEASON_ONE = re.compile(
    r"\b(?:(?:in|during|over|since|until|till|by|before|after|through)\s+)?"
    r"((?:(?:early|late|mid)[\s-])?(?:the|last|this|next|that)\s+"
    r"(?:(?:early|late)\s+)?(?:spring|summer|autumn|winter)"
    r"|(?<=in\s)the\s+(?:early\s+|late\s+)?fall|(?<=during\s)the\s+(?:early\s+|late\s+)?fall"
    r"|(?:last|this|next)\s+fall)\b(?!\s+(?:term|semester|clothes|coat|jacket|tyres|sales?|"
    r"school|holidays?|hols|break|months|weather|sun|flu|virus|bugs?|energy|fuel|heating|"
    r"payments?|allowance|bonus|camp|league|season|timetable|menu|uniform|olympics|games|"
    r"solstice|equinox|festival|fair|wedding|collection|edition|blues|time|vomiting|colds?|"
    r"allergies|hay|range|shoes|boots|wardrobe|pressures|surge)\b)",
    _I,
)
# German: "im Herbst", "letzten Winter", "diesen Sommer", "seit dem Frühjahr".
_SEASON_DE = re.compile(
    r"\b(?i:im|seit\s+dem|bis\s+zum|(letzten|diesen|nächsten|vergangenen))\s+"
    r"(?:(?:frühen|späten)\s+)?(Frühjahr|Frühling|Sommer|Herbst|Winter)\b"
    r"(?!\s*(?:-|und)?\s*(?:urlaub|ferien|reifen|grippe)|[a-zäöü])",
)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:the|my|our|his|her|their|a|one)\s+$", re.IGNORECASE)
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PARTS = r"(?:night|morning|evening|afternoon|arvo|lunchtime)"
_WEEKDAY_PART = re.compile(
    r"\b(?:since|last|from)\s+(" + _WEEKDAYS + r"\s+" + _PARTS + r")\b(?!s)", _I
)
_DE_WEEKDAY = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
_WEEKDAY_PART_DE = re.compile(
    r"\b(?i:seit|letzten|vergangenen|in\s+der)\s+(" + _DE_WEEKDAY + r"(?:nacht|abend|morgen|"
    r"vormittag|nachmittag|mittag)|" + _DE_WEEKDAY + r"\s+(?:Nacht|Abend|Morgen))\b"
)
# "am Sonntag, 22.12.", "Dienstag, den 8.4.": the weekday belongs to its day-first date.
_WEEKDAY_DATE_DE = re.compile(
    r"\b" + _DE_WEEKDAY + r",?\s+(?:den\s+)?(?:[12]\d|3[01]|0?[1-9])\.\s?(?:1[0-2]|0?[1-9])\."
    r"(?:\s?(?:19|20)?\d{2}\b)?"
)
# "on the 3rd", "the 14th of January": a date's "the" goes with it.
_THE_ORDINAL = re.compile(
    r"\b(the\s+)(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"
    r"(?!\s+(?:degree|line|dose|time|floor|opinion|round|cycle|infusion|trimester|week|day|"
    r"month|year|attempt|try|go|one|child|baby|kid|grandchild|session|shot|jab|injection|"
    r"treatment|course|scan|lap|operation|surgery|op|birthday|bday|percentile|centile|"
    r"place|stage|grade|generation|century|visit|appointment|pregnancy|ivf|transfer|"
    r"flare|relapse|bout|episode|test|vial|pen|box|pack|dose|lot)s?\b)",
    _I,
)
_MONTH_KEYS = frozenset(_MONTH_WORDS)
_VERBS = frozenset(("may", "march", "mar"))
_SEASON_KEYS = frozenset(("spring", "summer", "autumn", "winter", "fall"))
_SEASON_DE_KEYS = frozenset(("frühjahr", "frühling", "sommer", "herbst", "winter"))
_DE_WEEKDAY_KEYS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag".split()
)


def _span(start: int, end: int, text: str, confidence: float = 0.7) -> Span:
    return Span(start, end, SpanType.DATE, Source.PATTERN, confidence, text[start:end])


def find(text: str, region: str = "GB") -> Iterator[Span]:
    """Date spans the other date finders miss; overlapping ones are merged later."""
    del region  # day-first German dates are German in every region
    words = token_set(text)
    lower = text.lower()
    if not _MONTH_KEYS.isdisjoint(words):
        yield from _months(text)
    if "'" in text or "’" in text or "/" in text or "-" in text:
        for m in _YEAR_POSSESSIVE.finditer(text):
            yield _span(m.start(1), m.end(1), text)
        for m in _YEAR_PAIR.finditer(text):
            if (int(m.group(1)) + 1) % 100 == int(m.group(2)):
                yield _span(m.start(), m.end(), text)
        for m in _DECADE.finditer(text):
            yield _span(m.start(), m.end(), text, 0.6)
    if not _SEASON_KEYS.isdisjoint(words):
        for m in _SEASON_ONE.finditer(text):
            if _SUPERLATIVE_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)):
                continue  # "the last summer I had with him" is no date
            yield _span(m.start(1), m.end(1), text, 0.6)
        for m in _WEEKDAY_PART.finditer(text):
            yield _span(m.start(1), m.end(1), text, 0.6)
    elif "day " in lower:
        for m in _WEEKDAY_PART.finditer(text):
            yield _span(m.start(1), m.end(1), text, 0.6)
    if any(w.startswith(_DE_PREFIXES) for w in words):
        yield from _german(text, words)
    if "the" in words:
        for m in _THE_ORDINAL.finditer(text):
            yield _span(m.start(), m.end(), text, 0.6)


_DE_PREFIXES = tuple(sorted(_DE_WEEKDAY_KEYS | _SEASON_DE_KEYS))


def _months(text: str) -> Iterator[Span]:
    cued = set()
    for m in _MONTH_CUED.finditer(text):
        if m.group(1).lower() == "may" and _MODAL_AFTER.match(text, m.end()):
            continue
        cued.add(m.start(1))
        yield _span(m.start(1), m.end(1), text)
    for m in _MONTH_RANGE.finditer(text):
        first, second = m.group(1).lower(), m.group(2).lower()
        if m.start(1) not in cued and (first in _VERBS or not m.group(1)[0].isupper()):
            continue  # "I'll march. to march on": the first month must be a date too
        if second == "may" and _MODAL_AFTER.match(text, m.end()):
            continue
        yield _span(m.start(1), m.end(1), text)
        yield _span(m.start(2), m.end(2), text)


def _german(text: str, words: object) -> Iterator[Span]:
    for m in _WEEKDAY_DATE_DE.finditer(text):
        yield _span(m.start(), m.end(), text, 0.8)
    for m in _WEEKDAY_PART_DE.finditer(text):
        yield _span(m.start(1), m.end(1), text, 0.6)
    for m in _SEASON_DE.finditer(text):
        yield _span(m.start(1) if m.group(1) else m.start(2), m.end(2), text, 0.6)
