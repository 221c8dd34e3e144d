"""Dates written in words: holidays, abbreviated weekdays with a day, "mid-March".

Holidays by name are found by ``date_holiday_names`` (and ``date_holidays``); this module
runs them and adds the month words: a weekday with a day ("Thurs 22nd"), part of a month
("mid-March"), a month in another language ("3. März") and a day-first "12.09.". A
weekday alone ("on Tuesday") is not a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from app.redact import date_holiday_names, date_holidays
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import DIGITS, Started, Triggered
from app.redact.windows_tokens import token_set

# English weekdays, short and whole, in any case: the one spelling of them the date
# finders share ("Thurs", "weds", "Saturday").
WEEKDAY_EN = (
    r"(?i:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
)
# German two-letter weekdays, capitalised only ("So" and "Do" are words in lower case).
WEEKDAY_DE_ABBR = r"(?:Mo|Di|Mi|Do|Fr|Sa|So)"
# German weekdays and months, as the German date finders (``date_more``,
# ``date_relative``) spell them.
WEEKDAY_DE = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
MONTH_DE_WHOLE = (
    r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
)
MONTH_DE = r"(?:" + MONTH_DE_WHOLE + r"|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)"
# Month names and their short forms, lower case: the words that make a number near
# them a date, not a postcode or a count.
MONTH_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)

MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# "Thurs 22nd", "Fri 3rd", "Mon the 4th", "Fr. 15.3."
WEEKDAY_DAY = re.compile(
    rf"\b(?:{WEEKDAY_EN}|{WEEKDAY_DE_ABBR})\.?,?\s+(?:the\s+)?"
    rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b|(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:\d{{2,4}})?)"
)
# "mid-March", "early October", "late Sept", "the end of May", "beginning of June".
MONTH_PART = re.compile(
    rf"\b(?:(?:early|mid|late)[\s-]|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)"
    rf"(?:{MONTHS})\b",
    re.IGNORECASE,
)
_MAY_VERB = re.compile(r"\s+(?:i|we|you|he|she|they|be|have|not|well|also)\b", re.IGNORECASE)
# Months in German, French, Spanish, Italian, Dutch and Portuguese, with a year or a day
# ("Oktober 2022", "3. März", "12 juillet"); alone only where no English word is spelt
# the same ("Dezember", but not "mars" or "mai").
_FOREIGN_MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "gennaio": 1,
    "febbraio": 2,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "settembre": 9,
    "ottobre": 10,
    "dicembre": 12,
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "mei": 5,
    "augustus": 8,
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "setembro": 9,
    "outubro": 10,
    "dezembro": 12,
}
_AMBIGUOUS_ALONE = frozenset(
    [
        "mai",
        "mars",
        "mayo",
        "mei",
        "juni",
        "juli",
        "abril",
        "agosto",
        "januari",
        "februari",
        "maart",
        "augustus",
    ]
)
_FOREIGN = "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
FOREIGN_MONTH = re.compile(
    rf"\b(?:(?:[12]\d|3[01]|0?[1-9])\.?\s+(?:de\s+)?)?({_FOREIGN})\b(?:\s+(?:de\s+)?(?:19|20)\d{{2}}\b)?",
    re.IGNORECASE,
)
# "12.09." and "15.3." in day-first regions: a day, a month, a closing dot.
DAY_MONTH_DOT = re.compile(r"(?<![\d.])((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.)(?![\d])")
_FOREIGN_WORDS = frozenset(_FOREIGN_MONTHS)
# A "3.5." whose last dot may end the sentence, after a word that gives a value
# ("bei", "auf", "liegt", "ist", "="), is a decimal number, not the 3rd of May.
_DECIMAL_ENDING = re.compile(r"(?:\s+[A-ZÄÖÜ]|\s*$)")
_VALUE_BEFORE = re.compile(
    r"(?:\b(?:bei|auf|von|ist|war|liegt|lag|jetzt|nun|nur|noch|score|wert|at|of|is|was)|[=:])\s*$",
    re.IGNORECASE,
)
# Each tried only where it can start, for the same matches as its own finditer (see
# ``Triggered`` and ``Started``). A case-insensitive first word may hold a letter
# outside ASCII that folds onto one of its letters, so those words are tried too.
_ODD = r"|.*[^\x00-\x7f].*"
_WEEKDAY_FIRST = (
    r"mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
)
_WEEKDAY_DAY_FAST = Triggered(WEEKDAY_DAY, _WEEKDAY_FIRST + _ODD)
_MONTH_PART_FAST = Triggered(MONTH_PART, "early|mid|late|the|end|beginning|start|middle" + _ODD)
_FOREIGN_MONTH_FAST = Triggered(FOREIGN_MONTH, _FOREIGN + _ODD, digits=True)
_DAY_MONTH_DOT_FAST = Started(DAY_MONTH_DOT, r"\d+")
_EQUIV = [  # checked against the regexes themselves by the tests
    ("WEEKDAY_DAY", "_WEEKDAY_DAY_FAST"),
    ("MONTH_PART", "_MONTH_PART_FAST"),
    ("FOREIGN_MONTH", "_FOREIGN_MONTH_FAST"),
    ("DAY_MONTH_DOT", "_DAY_MONTH_DOT_FAST"),
]
_DAY_FIRST = frozenset(
    [
        "DE",
        "AT",
        "CH",
        "NL",
        "BE",
        "DK",
        "NO",
        "SE",
        "FI",
        "PL",
        "CZ",
        "SK",
        "HU",
        "RU",
        "UA",
        "TR",
        "FR",
        "IT",
        "ES",
        "PT",
        "HR",
        "SI",
        "RO",
        "BG",
        "GR",
        "IS",
        "LT",
        "LV",
        "EE",
    ]
)


_PART_WORDS = frozenset(["early", "mid", "late", "end", "beginning", "start", "middle"])


def find(text: str, region: str) -> Iterator[Span]:
    yield from date_holiday_names.find(text)
    yield from date_holidays.find(text)
    words = token_set(text)
    digits = DIGITS.search(text) is not None
    for regex in (
        _WEEKDAY_DAY_FAST if digits else None,
        _MONTH_PART_FAST if not words.isdisjoint(_PART_WORDS) else None,
    ):
        for m in regex.finditer(text) if regex is not None else ():
            if m.group().endswith("may") and _MAY_VERB.match(text, m.end()):
                continue  # "at the start of may i ..." is "may I"
            yield Span(m.start(), m.end(), SpanType.DATE, Source.PATTERN, 0.85, m.group())
    if not text.isascii() or not words.isdisjoint(_FOREIGN_WORDS):
        for m in _FOREIGN_MONTH_FAST.finditer(text):
            alone = m.group() == m.group(1)
            if alone and (m.group(1).lower() in _AMBIGUOUS_ALONE or not m.group(1)[0].isupper()):
                continue
            yield Span(m.start(), m.end(), SpanType.DATE, Source.PATTERN, 0.8, m.group())
    if digits and (region in _DAY_FIRST or "." in text):
        for m in _DAY_MONTH_DOT_FAST.finditer(text):
            if _DECIMAL_ENDING.match(text, m.end()) and _VALUE_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # "der EDSS ist bei 3.5. Die Praxis": a value and a full stop
            before = text[max(0, m.start() - 4) : m.start()]
            if region in _DAY_FIRST or re.search(r"\b(?:am|on|vom|bis|ab|le|el|il)\s$", before):
                yield Span(m.start(1), m.end(1), SpanType.DATE, Source.PATTERN, 0.8, m.group(1))


def nearest_year(month: int, day: int, ref: date) -> int:
    """The year that puts a day written without one nearest the entry's date: a past
    "October" in a February entry is last October, not next."""
    best = ref.year
    best_gap = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            gap = abs((date(year, month, min(day, 28)) - ref).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best
