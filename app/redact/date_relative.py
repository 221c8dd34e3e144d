"""Dates that name one day by pointing from today, and German day ranges.

- a weekday before its date goes with it: "Thurs 3/7", "Mon 1 Dec", "Fri 7th Feb";
- a weekday counted forward names one day: "this coming Friday", "nächsten Mittwoch",
  "kommenden Montag" ("last Friday I fell" stays words, as the date tests say); a
  weekday alone ("on Tuesday", "I inject Sunday nights", "every other Friday") is a
  habit or a guess and stays, as the marking rules say;
- "a fortnight Tuesday", "a week Friday": a day counted from the next one;
- a break of the school year after a word of time: "in reading week", "to do half
  term";
- a month and year in figures: "03/2023", "7.2021"; "the week of 3/10";
- a decade after a word of time: "back in the 80s", "since the nineties";
- the new year after Christmas in its short forms ("between Xmas and NY") and German
  "zwischen den Jahren";
- a German month with its year in words: "März letzten Jahres";
- German ranges of days are one date: "vom 2. bis 9. Mai", "10.–12. März";
- German "ab dem 20.", "bis zum 3.": a day's ordinal after a preposition and its
  article (the dot is the ordinal's, not the sentence's).

Each search starts only at its own words (``windows.Triggered``), so a text without
them costs nothing.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterator

from app.redact.date_words import (
    MONTH_DE,
    MONTH_DE_WHOLE,
    MONTHS,
    WEEKDAY_DE,
    WEEKDAY_DE_ABBR,
    WEEKDAY_EN,
)
from app.redact.numbers_readings import READINGS, reading_before
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Started, Triggered
from app.redact.windows_at import digit_starts
from app.redact.windows_tokens import lowered, token_set

_I = re.IGNORECASE
# "this coming Friday", "a fortnight Tuesday"; not "... Tuesday of every month".
_POINTED = Triggered(
    re.compile(
        r"\b(?:this\s+coming|(?:a\s+)?fortnight|a\s+week)\s+"
        r"(" + WEEKDAY_EN + r")\b\.?(?!\s+of\s+(?:every|each)\b)",
        _I,
    ),
    "this|fortnight|a",
)
# "once a week Friday nights", "twice a fortnight": how often, a routine, not one day.
_HOW_OFTEN = re.compile(r"\b(?:once|twice|thrice|times|x|\d+)\s*$", _I)
_MONTH_EN = r"(?:" + MONTHS + r")\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
# "Thurs 3/7", "Mon 1 Dec", "Fri 7th Feb", "Thu Oct 30": the weekday belongs to the
# date it names (as "Sonntag, 22.12." in German), so it goes with it. A day and month
# in figures takes a slash here ("Thurs 3/7"; "Mon 2.5" is a dose, and a dotted date
# with its closing dot is ``date_words.WEEKDAY_DAY``'s) and is checked in ``find``.
_WEEKDAY_DATE = Triggered(
    re.compile(
        r"\b" + WEEKDAY_EN + r"\.?,?\s+(?:the\s+)?"
        r"(?:(\d{1,2})/(\d{1,2})(/(?:19|20)?\d{2})?(?![\d/.]\d)"
        r"|"
        + _DAY
        + r"(?:st|nd|rd|th)\s+(?:of\s+)?"
        + _MONTH_EN
        + r"|"
        + _DAY
        + r"\s+(?:of\s+)?"
        + _MONTH_EN
        + r"|"
        + _MONTH_EN
        + r"\s+"
        + _DAY
        + r"(?:st|nd|rd|th)?)\b",
        _I,
    ),
    "mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|"
    "saturday|sun|sunday",
)
# What makes a weekday's "7/10" or "2/3" no date: a unit or "of" after it ("Sun 2/3 of a
# tab", "Mon 12/5 mg").
_AMOUNT_AFTER = re.compile(
    r"\s*(?:mg|mcg|µg|ug|g|ml|mls|iu|units?|u|tabs?|tablets?|pills?|caps?|capsules?|"
    r"puffs?|drops?|%|of\s+(?:a|an|the|my|one|it)\b)(?![a-z])",
    _I,
)
# "Pain: Mon 7/10, Tue 5/10" is a score; "on Mon 2/10" is the day.
_ON_BEFORE = re.compile(r"\b(?:on|by|till|until|til|from|next|this|before|after|is)\s+$", _I)
# "in reading week", "over half term", "to do half term": a break of the school or
# university year, after a word of time or doing ("a half term report" stays words).
# "home for reading week" is how long, a period with no day in the calendar: no date.
_TERM_BREAK = Triggered(
    re.compile(
        r"\b(?:in|during|over|after|before|since|until|till|by|from|do|doing|this|next|"
        r"last)\s+(?:the\s+)?(reading\s+week|half[- ]?term|fresher'?s['’]?\s+week)"
        r"(?!\s+(?:report|reports|homework|project|test|exam|assessment)s?\b)",
        _I,
    ),
    "in|during|over|after|before|since|until|till|by|from|do|doing|this|next|last",
)
# "between Xmas and NY": the new year after Christmas, whatever its short form; German
# "zwischen den Jahren" is the same week.
_AFTER_CHRISTMAS = Triggered(
    re.compile(
        r"\b(?:xmas|christmas|crimbo|chrimbo)\s+(?:and|&|-|–|to|till|until|thru|through)\s+"
        r"(NYE?|ny|new\s+year(?:['’]s)?(?:\s+(?:day|eve))?)\b",
        _I,
    ),
    "xmas|christmas|crimbo|chrimbo",
)
_BETWEEN_YEARS_DE = Triggered(re.compile(r"\bzwischen\s+den\s+Jahren\b", _I), "zwischen")
# "back in the 80s", "since the nineties", "in the early 90s": a decade of the past
# after a word of time. A plain "in the 90s" is left alone: sats, temperatures and
# sugars sit "in the 90s" too ("in her 90s" is an age, found elsewhere).
_DECADES = frozenset(
    "twenties thirties forties fifties sixties seventies eighties nineties".split()
)
_DECADE_WORDS = r"(?:" + "|".join(sorted(_DECADES)) + r")"
_PAST_DECADE = Triggered(
    re.compile(
        r"\b(?:(?:back|way\s+back)\s+in|since|during|throughout|through|thru)\s+the\s+"
        r"((?:(?:early|mid|late)[\s-])?(?:\d0s|" + _DECADE_WORDS + r"))\b"
        r"|\bin\s+the\s+((?:early|mid|late)[\s-](?:[2-9]0s|" + _DECADE_WORDS + r"))\b",
        _I,
    ),
    "back|way|since|during|throughout|through|thru|in",
)
# "in the 90s", "the 80s were", "since the noughties", "a 70s kid", "late 90s baby": a
# decade of the past without a word of time, where no reading names a band before it
# and no word of weather does ("it's been in the 90s all week": Fahrenheit).
_PLAIN_DECADE = Triggered(
    re.compile(
        r"\bthe\s+((?:[4-9]0|00)['’]?s|noughties|forties|fifties|sixties|seventies|eighties|"
        r"nineties)\b"
        r"|\b((?:(?:early|mid|late)[\s-])?(?:[1-9]0['’]?s|noughties|sixties|seventies|eighties|"
        r"nineties))\s+(?:kid|baby|babies|child|children|girl|boy|born)s?\b",
        _I,
    ),
    "the|early|mid|late|noughties|sixties|seventies|eighties|nineties",
    digits=True,
)
_WEATHER_BEFORE = re.compile(
    r"\b(?:weather|heat|hot|humid|outside|degrees|temps?|it['’]?s\s+been|it\s+was|highs?|"
    r"lows?|forecast)\b[^.!?\n]{0,30}$",
    _I,
)
# What else sits "in the 60s": a room, grades, a price, a speed.
_MEASURED_BEFORE = re.compile(
    r"\b(?:room|house|flat|office|ward|grades?|marks|scores?|percent|iq|kg|lbs|mph|speed|"
    r"prices?|cost|costs|bill|rent|pounds|dollars|euros|percentile)\b[^.!?\n]{0,30}$",
    _I,
)
_RANGE_AFTER = re.compile(r"\s*(?:[-–/]|to\s+(?:the\s+)?\d)")
_CLAUSE_AFTER = re.compile(r"[^.,;:!?\n]{0,40}")


def _reading_after(text: str, end: int) -> bool:
    """A reading named later in the clause: "back to the 90s once the sats settled"."""
    clause = _CLAUSE_AFTER.match(text, end)
    words = re.findall(r"[a-z][a-z0-9]*", clause.group().lower()) if clause else []
    return any(w in READINGS or w.startswith("desat") for w in words)


# "in 03/2023", "dx 2/2019", "relapse 7.2021": a month and a year in figures (a
# dilution is 1/1000, never a year).
_MONTH_YEAR = Started(
    re.compile(r"(?<![\w/.,-])((?:0?[1-9]|1[0-2])[/.](?:19[5-9]\d|20[0-3]\d))(?![\w/]|[.,]\d)"),
    r"\d+",
)
_DILUTION = re.compile(r"0?1[/.]\d\d00")
# "the week of 3/10": after "week of" a pair of numbers is a day, never a score.
_WEEK_OF = Triggered(
    re.compile(r"\b(?:the\s+)?week(?:end)?\s+of\s+(?:the\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", _I),
    "the|week|weekend",
)
# "März letzten Jahres", "im Mai vorigen Jahres": the year belongs to the month.
_MONTH_YEAR_DE = Triggered(
    re.compile(
        r"\b" + MONTH_DE_WHOLE + r"\s+(?:letzten|vorigen|vergangenen|nächsten|kommenden|dieses)"
        r"\s+Jahres\b",
        _I,
    ),
    "januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember",
)
_POINTED_DE = Triggered(
    re.compile(
        r"\b(?:nächsten|nächster|kommenden)\s+"
        r"(" + WEEKDAY_DE + r"|" + WEEKDAY_DE_ABBR + r")\b\.?",
        _I,
    ),
    "nächsten|nächster|kommenden",
)
# "vom 2. bis 9. Mai", "2.-9.5.", "10.–12. März 2025", "03.07.-24.07.2025"
_RANGE_DE = Started(
    re.compile(
        r"(?<![\w.])("
        + _DAY
        + r"\.(?:\s?(?:1[0-2]|0?[1-9])\.)?\s?(?:bis(?:\s+zum)?|-|–)\s?"
        + _DAY
        + r"\.\s?"
        r"(?:" + MONTH_DE + r"\.?(?:\s+(?:19|20)\d{2})?|(?:1[0-2]|0?[1-9])\.(?:(?:19|20)?\d{2})?))"
        r"(?![\w-])",
    ),
    r"\d+",
)
# "ab dem 20.", "bis zum 3.", "seit dem 14." followed by more words, not a full stop
# that ends the sentence with a count ("ab dem 20. Lebensjahr" is an age: excluded).
_ARTICLE_DAY_DE = Triggered(
    re.compile(
        r"\b(?:ab|bis|seit|vor|nach|an|zu)\s+(?:dem|den|zum|am)\s+(" + _DAY + r"\.)"
        r"(?=\s+(?:wieder|bin|ist|sind|hat|habe|haben|wird|werde|muss|kann|soll|geht|"
        r"gibt|komme|kommt|und|oder|dann|noch|nicht|frei|zurück|im|in|bei|zu|um)\b)",
        _I,
    ),
    "ab|bis|seit|vor|nach|an|zu",
)


def _span(start: int, end: int, text: str, confidence: float) -> Span:
    return Span(start, end, SpanType.DATE, Source.PATTERN, confidence, text[start:end])


def _day_and_month(text: str, m: re.Match[str]) -> bool:
    """Whether a weekday's "3/7" is its date: a day and month that exist either way
    round (US or day first), and neither a score ("Mon 7/10, Tue 5/10", unless "on Mon
    2/10") nor an amount ("Sun 2/3 of a tab", "Mon 12/5 mg")."""
    a, b = int(m.group(1)), int(m.group(2))
    if not (_exists(a, b) or _exists(b, a)):
        return False
    if m.group(3):
        return True  # "Thu 4/5/2024": a year makes it a date
    if _AMOUNT_AFTER.match(text, m.end()):
        return False
    return b != 10 or _ON_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None


def _exists(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= monthrange(2024, month)[1]  # a leap year


def find(text: str) -> Iterator[Span]:
    """Date spans for the shapes above; overlapping ones are merged later. The rarer
    shapes are tried only where a plain substring test or the text's words say they may
    occur."""
    low = lowered(text)
    words = token_set(text)
    digits = bool(digit_starts(text))
    pointed = "fortnight" in words or "this coming" in low or "a week " in low
    for m in _POINTED.finditer(text) if pointed else ():
        if not _HOW_OFTEN.search(text, max(0, m.start() - 12), m.start()):
            yield _span(m.start(), m.end(1), text, 0.7)
    for m in _WEEKDAY_DATE.finditer(text) if digits else ():
        if m.group(1) is None or _day_and_month(text, m):
            yield _span(m.start(), m.end(), text, 0.7)
    breaks = "reading week" in low or "half" in low or "fresher" in low
    for m in _TERM_BREAK.finditer(text) if breaks else ():
        yield _span(m.start(1), m.end(1), text, 0.7)
    if "0s" in low or not words.isdisjoint(_DECADES):
        for m in _PAST_DECADE.finditer(text):
            group = 1 if m.group(1) else 2
            if reading_before(text, m.start(group)):
                continue  # "sats in the mid 90s": a reading, not a decade
            yield _span(m.start(group), m.end(group), text, 0.7)
    if (
        "0s" in low
        or "0'" in low
        or "0’" in low
        or not words.isdisjoint(_DECADES)
        or "noughties" in words
    ):
        for m in _PLAIN_DECADE.finditer(text):
            group = 1 if m.group(1) else 2
            if (
                reading_before(text, m.start(group))
                or _WEATHER_BEFORE.search(text, max(0, m.start() - 40), m.start())
                or _RANGE_AFTER.match(text, m.end(group))
                or _reading_after(text, m.end())
                or _MEASURED_BEFORE.search(text, max(0, m.start() - 40), m.start())
            ):
                continue  # "sats in the 90s", "it's been in the 90s all week", "the 70s-80s"
            yield _span(m.start(group), m.end(group), text, 0.7)
    for m in _AFTER_CHRISTMAS.finditer(text):
        yield _span(m.start(1), m.end(1), text, 0.8)
    for m in _BETWEEN_YEARS_DE.finditer(text):
        yield _span(m.start(), m.end(), text, 0.8)
    if "jahres" in low:
        for m in _MONTH_YEAR_DE.finditer(text):
            yield _span(m.start(), m.end(), text, 0.8)
    for m in _POINTED_DE.finditer(text):
        yield _span(m.start(), m.end(1), text, 0.7)
    if not digits:
        return
    if "/" in text or "." in text:
        for m in _MONTH_YEAR.finditer(text):
            if not _DILUTION.fullmatch(m.group(1)):
                yield _span(m.start(1), m.end(1), text, 0.8)  # "1/2000" is a dilution
    if "week" in low and "/" in text:
        for m in _WEEK_OF.finditer(text):
            yield _span(m.start(), m.end(), text, 0.8)
    if " bis " in text or ".-" in text or ".–" in text or ". -" in text or ". –" in text:
        for m in _RANGE_DE.finditer(text):
            yield _span(m.start(1), m.end(1), text, 0.8)
    for m in _ARTICLE_DAY_DE.finditer(text):
        yield _span(m.start(1), m.end(1), text, 0.7)
