"""Years and days written the way people type them, not the way forms print them.

"from 2019 to 2021" (the year finder takes "from 1900 to 2100" for clock times and
drops both), "in 09", "since 2k19", "Autumn 23", "Xmas 22"; a day in ordinal words
("the second of January", "May twenty-third"); German holidays the holiday lists do
not hold ("am zweiten Weihnachtstag", "Osterferien"). Each search starts only at its
vocabulary's words or at digits, so a text without them costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Started, Triggered

_I = re.IGNORECASE
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# Two years joined by a range word, the second after the first and not far: a clock
# range ("1930-2000", "from 2000 to 2030") falls outside or is rejected by its spread.
_YEAR_RANGE = Started(
    re.compile(
        r"(?<![\d/.:$£€-])(" + _YEAR + r")\s*(?:-|–|to|till|until|thru|through|and)\s*"
        r"(" + _YEAR + r")(?![\d/:%]|\.\d)"
    ),
    r"\d+",
)
_CLOCK_BEFORE = re.compile(r"(?:\bat|@|\bby)\s*$", _I)
_CLOCK_AFTER = re.compile(r"\s*(?:hrs?\b|h\b|hours\b|o'?clock)", _I)
# "in 09", "since 07": a zero-led two-digit year after a word of time (no age or count
# is written with a leading zero); "2k19" in text-speak.
_SHORT_YEAR = Triggered(
    re.compile(r"0\d\b(?![.,:]\d|\s*(?:%|mg|ml|units?|hrs?|h\b|am\b|pm\b|:|/))", _I), r"0\d"
)
_SHORT_YEAR_CUE = re.compile(r"\b(?:since|in|from|until|till|of|back\s+in)\s+$", _I)
_TEXT_YEAR = Triggered(re.compile(r"2[kK][0-4]\d\b"), r"2k[0-4]\d")
# "Autumn 23", "Xmas 22", "summer 19": a season or a holiday with a bare two-digit year.
_SEASON_YEAR = Triggered(
    re.compile(
        r"(?:spring|summer|autumn|fall|winter|xmas|christmas|easter)\s+([0-4]\d)\b"
        r"(?![.,:]\d|\s*(?:%|mg|ml|units?|hrs?|h\b|am\b|pm\b|:|/|days?|weeks?|years?|"
        r"months?|mins?|minutes|times|x\b|people|kids|children))",
        _I,
    ),
    "spring|summer|autumn|fall|winter|xmas|christmas|easter",
)
_ORDINAL_WORDS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth))"
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_MONTH_FIRSTS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# "the second of January", "the twenty-third of May": tried at the ordinal word.
_ORDINAL_OF_MONTH = Triggered(
    re.compile(_ORDINAL_WORDS + r"\s+of\s+" + _MONTHS + r"\b", _I),
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|twenty|thirty",
)
_THE_BEFORE = re.compile(r"\bthe\s+$", _I)
# "January second", "May the twenty-third": a capitalised month and its day in words.
_MONTH_ORDINAL = Triggered(
    re.compile(_MONTHS + r"\s+(?:the\s+)?" + _ORDINAL_WORDS + r"\b"),
    _MONTH_FIRSTS,
)
# German calendar weeks ("KW 12", "in der 14. KW", "Kalenderwoche 20") and birth years
# by "Jahrgang" ("Jahrgang 48", "ein 85er Jahrgang").
_WEEK_OR_VINTAGE_DE = Triggered(
    re.compile(
        r"KW\s?\d{1,2}\b|Kalenderwoche\s+\d{1,2}\b"
        r"|Jahrgang\s+(?:19|20)?\d{2}\b|(?:19|20)?\d{2}er(?:\s+|-)Jahrgang\b"
    ),
    r"kw|kw\d{1,2}|kalenderwoche|jahrgang|\d{2,4}er",
)
# "in der 14. KW": the week's number before it.
_KW_AFTER_NUMBER = Triggered(re.compile(r"KW\b"), "kw")
_NUMBER_DOT_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\.\s?$")
# German holidays and holiday weeks the holiday lists leave out.
_HOLIDAYS_DE = Triggered(
    re.compile(
        r"Weihnachts(?:tag|feiertag)(?:e|en)?\b"
        r"|(?:Oster|Pfingst|Weihnachts|Faschings|Herbst|Sommer|Winter)(?:wochenende|ferien|"
        r"feiertage?n?)\b|Maifeiertag\b|(?:Alt)?[Ww]eiberfastnacht\b|Fas(?:t)?nacht\b|"
        r"Vatertag\b|Muttertag\b|Valentinstag\b|Sankt\s+Martin\b|Martinstag\b|"
        r"Karnevalsdienstag\b|Silvesterabend\b|Totensonntag\b|Volkstrauertag\b|"
        r"Erntedank(?:fest)?\b|Adventszeit\b|Adventswochenende\b|Nikolausabend\b"
    ),
    "weihnachtstag|weihnachtsfeiertag|weihnachtsfeiertage|weihnachtsfeiertagen|"
    "osterwochenende|osterferien|osterfeiertage|pfingstwochenende|pfingstferien|"
    "weihnachtswochenende|weihnachtsferien|faschingsferien|herbstferien|sommerferien|"
    "winterferien|maifeiertag|altweiberfastnacht|weiberfastnacht|fastnacht|fasnacht|vatertag|"
    "muttertag|valentinstag|sankt|martinstag|karnevalsdienstag|silvesterabend|totensonntag|"
    "volkstrauertag|erntedank|erntedankfest|adventszeit|adventswochenende|nikolausabend",
)
_WHICH_DAY_BEFORE = re.compile(r"(?:\b(?:ersten|zweiten)|(?<!\d)[12]\.)\s+$")


def _span(start: int, end: int, text: str, confidence: float = 0.7) -> Span:
    return Span(start, end, SpanType.DATE, Source.PATTERN, confidence, text[start:end])


def find(text: str) -> Iterator[Span]:
    """Date spans; overlapping ones from other finders are merged later."""
    for m in _YEAR_RANGE.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if _CLOCK_BEFORE.search(text, max(0, m.start() - 6), m.start()) or _CLOCK_AFTER.match(
            text, m.end()
        ):
            continue  # "at 2000-2030 hrs": a shift, not two years
        if first < second <= first + 40:
            yield _span(m.start(1), m.end(1), text)
            yield _span(m.start(2), m.end(2), text)
    for m in _SHORT_YEAR.finditer(text):
        if _SHORT_YEAR_CUE.search(text, max(0, m.start() - 10), m.start()):
            yield _span(m.start(), m.end(), text, 0.6)
    for m in _TEXT_YEAR.finditer(text):
        yield _span(m.start(), m.end(), text, 0.6)
    for m in _SEASON_YEAR.finditer(text):
        yield _span(m.start(), m.end(), text, 0.6)
    for m in _ORDINAL_OF_MONTH.finditer(text):
        the = _THE_BEFORE.search(text, max(0, m.start() - 6), m.start())
        if the is not None:
            yield _span(the.start(), m.end(), text)
    for m in _MONTH_ORDINAL.finditer(text):
        yield _span(m.start(), m.end(), text)
    for m in _WEEK_OR_VINTAGE_DE.finditer(text):
        yield _span(m.start(), m.end(), text, 0.8)
    for m in _KW_AFTER_NUMBER.finditer(text):
        number = _NUMBER_DOT_BEFORE.search(text, max(0, m.start() - 5), m.start())
        if number is not None:
            yield _span(number.start(), m.end(), text, 0.8)
    for m in _HOLIDAYS_DE.finditer(text):  # "am zweiten Weihnachtstag": which one, too
        which = _WHICH_DAY_BEFORE.search(text, max(0, m.start() - 9), m.start())
        yield _span(which.start() if which else m.start(), m.end(), text, 0.8)
