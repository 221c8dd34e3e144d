"""Days known by a name, seasons and foreign months used as the time of something.

The holiday finders (``date_holiday_names``, ``date_holidays``) take the public holidays
and observances of the ``holidays`` package, in title case where a name is also a
phrase. Patients pin a post to a day in other ways that are as telling:

- a named day that is no public holiday: "Election day", "Leap day", "Pi day",
  "Groundhog Day", "world cancer day", "International Nurses Day", "rare disease day";
- a holiday in lower case, where the writer leaves capitals out: "republic day
  holiday", "happy valentines", "on independence day"; French and Spanish holidays
  ("la Toussaint", "Nochebuena") and a student's "freshers week";
- a season as the time something happens: "since spring", "by summer", "seit Herbst",
  "they said spring." (the marking rules make any part of a date a date; a season
  that describes, "in winter my hands go white", stays);
- a month in French or Spanish ("next visit avril", "en février", "hasta marzo");
- a year after "before", "until", "till", "by" ("not fit before 2027");
- a German day of the month with its dot, "am 28.", "bis zum 3.": the month is said
  elsewhere or understood.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import _tokens

# Named days from general knowledge: observances, events and days people name.
_NAMED = (
    r"election|polling|leap|pi|groundhog|earth|april\s+fools['’]?|armistice|v[ej]|"
    r"census|star\s+wars|towel|bastille|republic|independence|rare\s+disease|purple|"
    r"red\s+nose|pink\s+shirt|odd\s+socks|nurses['’]?|singles['’]?|valentine['’]?s?|"
    r"(?:world|international|national|global)(?:\s+[A-Za-z'’-]+){1,3}"
)
# Holidays of French and Spanish calendars and weeks of a student's year that the
# holiday package does not spell as people write them.
_OTHER_HOLIDAYS = re.compile(
    r"\b(?:Toussaint|P[âa]ques|Pentec[ôo]te|r[ée]veillon|"
    r"Saint[\s-]Sylvestre|Semana\s+Santa|Nochebuena|Nochevieja|"
    r"(?:D[ií]a\s+de\s+)?Reyes(?:\s+Magos)?|Navidad|Pascua|A[ñn]o\s+Nuevo|"
    r"freshers['’]?\s+week)\b",
    re.IGNORECASE,
)
_OTHER_HOLIDAY_WORDS = frozenset(
    """toussaint pâques paques pentecôte pentecote réveillon reveillon sylvestre semana
    nochebuena nochevieja reyes navidad pascua año ano freshers""".split()
)
# "Valentines" alone, after a word of when or a wish: "happy valentines", "on valentines".
_VALENTINES = re.compile(
    r"\b(?:happy|on|for|over|since|after|before|at|this|last|next|till|until)\s+"
    r"(valentine['’]?s|valentines|galentines)\b",
    re.IGNORECASE,
)
_SEASON = (
    r"spring|summer|autumn|winter|frühling|frühjahr|sommer|herbst|printemps|été|automne|"
    r"hiver|primavera|verano|otoño|invierno"
)
# A word of when before a season: "since (last) spring", "by summer", "seit Herbst".
_SEASON_TIME = re.compile(
    rf"\b(?:since|by|until|till|til|before|seit|bis|ab|depuis|desde|hasta)\s+"
    rf"(?:(?:the|last|this|next|early|late|mid|letzten|letztem|diesem|nächsten|dem)\s+)?"
    rf"({_SEASON})\b(?!\s+(?:of\s+(?:my|his|her|our|their)|break|term|camp|school|holidays?|"
    rf"hols|clothes|flu|allerg\w*|asthma|sad|blues|flare|rolls?|onions?|ferien|grippe)\b)",
    re.IGNORECASE,
)
# "They said spring." "Hopefully autumn.": a season given as the answer to "when".
_SEASON_ANSWER = re.compile(
    rf"\b(?:said|says|told\s+(?:me|us|him|her)|hopefully|maybe|probably|expected|expect|"
    rf"likely|planned\s+for|booked\s+for|scheduled\s+for)\s+({_SEASON})(?=\s*[.!?]|$)",
    re.IGNORECASE,
)
# Months that are no other word in lower case ("mars", "mai", "mayo" are).
_MONTHS_PLAIN = (
    r"janvier|février|fevrier|avril|juin|juillet|août|aout|septembre|octobre|novembre|"
    r"décembre|decembre|enero|febrero|marzo|abril|junio|julio|agosto|septiembre|setiembre|"
    r"octubre|noviembre|diciembre"
)
_MONTH_LOWER = re.compile(rf"(?<![\w-])(?-i:{_MONTHS_PLAIN})(?![\w-])")
# "en mars", "début mai", "en mayo": the ambiguous months after a word of when.
_MONTH_CUED = re.compile(
    r"\b(?:en|début|debut|fin|mi|depuis|jusqu['’]en|d['’]ici|desde|hasta|de|el|para|"
    r"principios\s+de|finales\s+de|mediados\s+de)[\s-]+(mars|mai|mayo)\b(?!\s+(?:bar|clinic))",
)
_YEAR_AFTER = re.compile(
    r"\b(?:before|until|till|til|by|prior\s+to|not\s+until|ahead\s+of)\s+"
    r"((?:19[5-9]\d|20[0-4]\d))\b(?!\d|[.,:/]\d|\s*(?:mg|ml|kcal|steps|units|calories|iu)\b)",
    re.IGNORECASE,
)
# German "am 28.", "bis zum 3.", "vom 12. bis": a day of the month with its dot, not an
# age, a count or a list's number (what follows the dot is no digit and no month word,
# which ``patterns`` takes whole with the day).
_GERMAN_DAY = re.compile(
    r"\b(?:am|vom|bis\s+zum|zum|ab\s+dem|ab|seit\s+dem|Am|Vom|Ab)\s+([1-9]|[12]\d|3[01])\."
    r"(?=\s+(?:[a-zäöüß]|Uhr|Termin|im|in|bei|beim|zur|zum|und|bis|oder)|\s*[,;)]|\s*$)"
)
# A named day's words before "day", read back from each "day" of the text.
_NAMED_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_NAMED})[\s-]+$", re.IGNORECASE)
_NOT_A_DAY_AFTER = re.compile(
    r"\s*(?:ward|unit|case|surgery|procedure|care|centre|center|clinic|patient|off|trip|job|"
    r"rate|pass)s?\b",
    re.IGNORECASE,
)
# The words each shape needs among the text's tokens: most texts hold none of them.
_SEASONS = frozenset(_SEASON.split("|"))
_MONTHS = frozenset(_MONTHS_PLAIN.split("|"))
_AMBIGUOUS_MONTHS = frozenset(("mars", "mai", "mayo"))
_VALENTINE_WORDS = frozenset(("valentine", "valentines", "galentines"))
_YEAR_CUES = frozenset(("before", "until", "till", "til", "by", "prior", "ahead"))
_GERMAN_DAY_CUES = frozenset(("am", "vom", "zum", "ab"))


def find(text: str) -> Iterator[Span]:
    """Named days, seasons of an event, foreign months, years after "before", German
    days of the month. Each shape is read only where the text holds its words."""
    tokens = _tokens(text)
    words = tokens.at.keys()
    for at in tokens.at.get("day", ()):
        m = _NAMED_BEFORE.search(text, max(0, at - 50), at)
        if (
            m
            and not _NOT_A_DAY_AFTER.match(text, at + 3)
            and text[at + 3 : at + 4].isalnum() is False
        ):
            yield _date(text, m.start(), at + 3, 0.8)
    cued: list[re.Pattern[str]] = []
    if not words.isdisjoint(_AMBIGUOUS_MONTHS):
        cued.append(_MONTH_CUED)
    if not words.isdisjoint(_YEAR_CUES) and any(
        text[d : d + 2] in ("19", "20") for d in tokens.digits
    ):
        cued.append(_YEAR_AFTER)
    if not words.isdisjoint(_OTHER_HOLIDAY_WORDS):
        for m in _OTHER_HOLIDAYS.finditer(text):
            if "Reyes" not in m.group() or m.group()[:1] in "Dd" or "Magos" in m.group():
                yield _date(text, m.start(), m.end(), 0.8)  # "Reyes" alone is a surname
    if not words.isdisjoint(_VALENTINE_WORDS):
        cued.append(_VALENTINES)
    if not words.isdisjoint(_SEASONS):
        cued.extend((_SEASON_TIME, _SEASON_ANSWER))
    for regex in cued:
        for m in regex.finditer(text):
            yield _date(text, m.start(1), m.end(1), 0.75)
    if not words.isdisjoint(_MONTHS):
        for m in _MONTH_LOWER.finditer(text):
            yield _date(text, m.start(), m.end(), 0.75)
    if not words.isdisjoint(_GERMAN_DAY_CUES):
        for m in _GERMAN_DAY.finditer(text):
            yield _date(text, m.start(1), m.end(1), 0.85)


def _date(text: str, start: int, end: int, confidence: float) -> Span:
    return Span(start, end, SpanType.DATE, Source.PATTERN, confidence, text[start:end])
