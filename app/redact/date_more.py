"""Dates as patients type them, which the pattern and word finders leave out.

Each rule is a closed vocabulary (months, weekdays, seasons, years, holidays) plus the
words around it that decide whether it is a date: "in may" is a month, "I may" a verb;
"in the spring" is one spring of the writer's life, "bad in winter" is every winter.

Seasons: a season with a determiner or a pointing word ("in the spring", "last
winter", "since the summer", "letzten Herbst") names one time in the writer's life,
so it is a date like a month and is coarsened the same way; a bare season ("worse in
winter") is habitual and stays. A weekday alone is not a date; "since Sunday night"
pins one past day, so a weekday with a part of the day after "since" or "last" is.

Each search starts only at its vocabulary's words (``windows.Triggered``) or digits
(``windows.Started``) and looks back from there, so a text without them costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact import date_relative, date_years
from app.redact.date_words import MONTH_DE, MONTH_WORDS, WEEKDAY_DE
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Started, Triggered

_I = re.IGNORECASE
_MONTH_WORDS = sorted(MONTH_WORDS)
_MONTH = r"(?:" + "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)) + r")"
_MONTH_AT = Triggered(re.compile(_MONTH + r"(?=\.?(?![\w'’-]))", _I), "|".join(_MONTH_WORDS))
# A month after a word of time ("in may", "since march", "end of june", "mid-aug").
_CUE_BEFORE = re.compile(
    r"\b(?:in|since|until|till|til|by|for|from|during|before|after|through|thru|around|between|"
    r"last|next|early|late|mid|(?:the\s+)?(?:end|start|beginning|middle)\s+of)(?:\s+|-)$",
    _I,
)
# The first month of a range before this one ("from jan to march", "feb-mar").
_RANGE_BEFORE = re.compile(
    r"\b(" + _MONTH + r")\.?\s*(?:to|till|until|through|thru|-|–|and|or|&)\s*$", _I
)
# After "may" a verb says it is the modal ("in may be", "by may have").
_MODAL_AFTER = re.compile(
    r"\s+(?:be|been|have|not|also|just|still|well|need|want|help|take|get|go|try|cause|"
    r"make|feel|come|know|see|say|find|work|do|seem|lead|affect|happen)\b",
    _I,
)
_VERBS = frozenset(("may", "march", "mar"))  # "I'll march", "to march", "it may"
# "March and April were bad", "may to early june", "March and Easter": a month opening
# its sentence and joined to another month or a date word is a month, even one that is
# a verb too; no sentence opens with the verb that way.
_OPENS = re.compile(r"(?:^|[.!?][\"'’”)]?\s+|\n\s*)$")
_JOINED_DATE = re.compile(
    r"\.?\s*(?:,|and|or|&|to|till|until|through|thru|into|-|–)\s*(?:the\s+)?"
    r"(?:(?:early|mid|late|(?:end|start|beginning|middle)\s+of)[\s-]+(?:the\s+)?)?"
    r"(" + _MONTH + r"|spring|summer|autumn|winter|easter|christmas|xmas|new\s+year|ramadan|"
    r"eid|diwali|passover|hanukkah|thanksgiving|half[\s-]term)\b",
    _I,
)
# "March was rough", "Dec has been hard": a capitalised month as the subject (a "May"
# that is a person is redacted all the same).
_BEING_AFTER = re.compile(r"\s+(?:was|is|has\s+been|had\s+been|will\s+be|were)\b")
# "the March appointment", "my March bloods": a month before the noun it dates.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|my|our|his|her|their|your|this|that)\s+$", _I)
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b(?<!\bof)")
_YEAR = r"(?:19[0-9]\d|20[0-4]\d)"
# "2019's flare", "1990's": a year with a possessive; "2019/20", "2019-20": a season of
# two years, the second one after the first.
_YEAR_POSSESSIVE = Started(re.compile(r"(?<![\d/.:$£€-])(" + _YEAR + r")['’]s\b"), r"\d+")
_YEAR_PAIR = Started(
    re.compile(r"(?<![\d/.:$£€-])(" + _YEAR + r")[/-](\d{2})(?![\d/:%.]\d?)"), r"\d+"
)
# "the '80s", "in the ’90s": the decade with its apostrophe, as one word.
_DECADE = Started(re.compile(r"(?<![\w'’])['’]\d0s\b"), r"['’]")
# A season that names one time: "in the spring", "last winter", "since the summer",
# "this autumn", "early last spring"; not "the winter energy payment".
_SEASON_AT = Triggered(
    re.compile(
        r"(?:spring|summer|autumn|winter|fall)\b(?!\s+(?:term|semester|clothes|coat|jacket|"
        r"tyres|sales?|school|holidays?|hols|break|months|weather|sun|flu|virus|bugs?|energy|"
        r"fuel|heating|payments?|allowance|bonus|camp|league|season|timetable|menu|uniform|"
        r"olympics|games|solstice|equinox|festival|fair|wedding|collection|edition|blues|time|"
        r"vomiting|colds?|allergies|hay|range|shoes|boots|wardrobe|pressures|surge)\b)",
        _I,
    ),
    "spring|summer|autumn|winter|fall",
)
_SEASON_BEFORE = re.compile(
    r"(?:\b(?:early|late|mid)[\s-])?\b(?:the|last|this|next|that)\s+(?:(?:early|late)\s+)?$", _I
)
# "the fall" only after "in" or "during", never "had a fall" or "since the fall" (a fall
# is an injury as often as a season).
_FALL_BEFORE = re.compile(
    r"(?:(?<=\bin\s)|(?<=\bduring\s))the\s+(?:(?:early|late)\s+)?$|\b(?:last|this|next)\s+$", _I
)
# "the last summer I had with him" is no date.
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:the|my|our|his|her|their|a|one)\s+$", _I)
_WEEKDAY_PART = Triggered(
    re.compile(
        r"(?:since|last|from)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day\s+"
        r"(?:night|morning|evening|afternoon|arvo|lunchtime))\b(?!s)",
        _I,
    ),
    "since|last|from",
)
# German: "im Herbst", "letzten Winter", "seit dem Frühjahr", "seit Sonntagnacht",
# "am Sonntag, 22.12.", "Montag den 4. März" (the weekday belongs to its date).
_SEASON_DE = re.compile(
    r"\b(?i:im|seit\s+dem|bis\s+zum|(letzten|diesen|nächsten|vergangenen))\s+"
    r"(?:(?:frühen|späten)\s+)?(Frühjahr|Frühling|Sommer|Herbst|Winter)\b"
    r"(?!\s*(?:-|und)?\s*(?:urlaub|ferien|reifen|grippe)|[a-zäöü])",
)
# "born in the 60s", "born in the early eighties": a birth decade is a date.
_BORN_DECADE = Triggered(
    re.compile(
        r"born\s+in\s+the\s+((?:early|mid|late)[\s-])?(?:\d0s|twenties|thirties|forties|fifties|"
        r"sixties|seventies|eighties|nineties)\b",
        _I,
    ),
    "born",
)
_WEEKDAY_PART_DE = re.compile(
    r"\b(?i:seit|letzten|vergangenen|in\s+der)\s+(" + WEEKDAY_DE + r"(?:nacht|abend|morgen|"
    r"vormittag|nachmittag|mittag)|" + WEEKDAY_DE + r"\s+(?:Nacht|Abend|Morgen))\b"
)
_WEEKDAY_DATE_DE = re.compile(
    r"\b" + WEEKDAY_DE + r",?\s+(?:den\s+)?(?:[12]\d|3[01]|0?[1-9])\.\s?"
    r"(?:(?:1[0-2]|0?[1-9])\.(?:\s?(?:19|20)?\d{2}\b)?|" + MONTH_DE + r"\b(?:\s+(?:19|20)\d{2}\b)?)"
)
# "on the 3rd", "the 14th of January": a date's "the" goes with it; not "the 3rd dose".
_NOT_DAYS = (
    r"(?:degree|line|dose|time|floor|opinion|round|cycle|infusion|trimester|week|day|month|"
    r"year|attempt|try|go|one|child|baby|kid|grandchild|session|shot|jab|injection|treatment|"
    r"course|scan|lap|operation|surgery|op|birthday|bday|percentile|centile|place|stage|grade|"
    r"generation|century|visit|appointment|pregnancy|ivf|transfer|flare|relapse|bout|episode|"
    r"test|vial|pen|box|pack|lot|ventricle|rib|toe|finger|digit|metatarsal|metacarpal|"
    r"vertebra|nerve|intercostal|molar|premolar|sister|brother|son|daughter|wife|husband|"
    r"person|patient|row|bed|level|step|point|question|item)s?\b"
)
_ORD = r"(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)"
# "the 2nd and 3rd infusions": a list of ordinals that count things, not days.
_ORDINAL_AT = Started(
    re.compile(
        r"(?<![\w/.])" + _ORD + r"\b(?!\s+" + _NOT_DAYS + r")"
        r"(?!\s*(?:and|&|,|or|-|–|to)\s*" + _ORD + r"\s+" + _NOT_DAYS + r")",
        _I,
    ),
    r"\d+",
)
_THE_BEFORE = re.compile(r"\bthe\s+$", _I)
# What may follow a day's ordinal: the clause's end, its month, or a closed-class word;
# a noun after it makes it a count ("the 2nd unit").
_DAY_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?)\]–-]|(?:of|at|in|on|for|to|and|or|till|until|morning|afternoon|evening|"
    r"night|then|but|so|when|because|if|as|we|i|he|she|they|it|my|is|was|will|with|after|"
    r"before|from|since|onwards?|by|about|next|this|that|you|our|his|her|their|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    _I,
)
# "till 12th", "w/c 12th", "from 3rd to 5th": a bare ordinal after a word of time, or
# the second of a range of them.
_ORDINAL_CUE_BEFORE = re.compile(
    r"(?:\b(?:from|till|til|until|before|after|since|through|thru|by|w/c|wc|w/b|wb|w/e)\s+"
    r"|(?<![\w/.])(" + _ORD + r")\s*(?:to|till|until|-|–|and|&)\s*)$",
    _I,
)
# Holidays and observances the holiday finder's lists leave out, in any case where the
# words are not ordinary ones, else with their capitals.
_MORE_HOLIDAYS = Triggered(
    re.compile(
        r"(?i:whit\s+(?:monday|sunday|weekend)|whitsun(?:tide)?|pancake\s+(?:tuesday|day)|"
        r"civic\s+holiday|march\s+break|nollaig\s+na\s+mban|(?:xmas|christmas|hallowe'?en)\s+eve|"
        r"(?:st\.?\s+)?stephen['’]?s\s+day|guru\s+nanak\s+jayanti|bakri?\s*eid|"
        r"veterans['’]?\s+day|hari\s+raya(?:\s+(?:puasa|haji|aidilfitri|aidiladha))?|"
        r"guy\s+fawkes(?:\s+night|\s+day)?|hallowe['’]en|braai\s+day|invasion\s+day|"
        r"armistice\s+day|cyber\s+monday|super\s+bowl\s+sunday)\b"
        r"|(?:Show\s+Day|Cup\s+Day|Yule|Orange\s+Day)\b"
    ),
    "whit|whitsun|whitsuntide|pancake|civic|march|nollaig|xmas|christmas|halloween|hallowe|st|"
    "stephen|stephens|guru|bakri|bakr|bakrid|bakreid|bakrieid|veterans|hari|guy|braai|invasion|"
    "armistice|cyber|super|show|cup|yule|orange",
)
# A German weekday or season word (alone or in a compound: "Sonntagnacht"): the
# German rules are tried only then.
_DE_HINT = Triggered(
    re.compile(r"\w"),
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|frühjahr|"
    r"frühling|sommer|herbst|winter)\w*",
)


def _span(start: int, end: int, text: str, confidence: float = 0.7) -> Span:
    return Span(start, end, SpanType.DATE, Source.PATTERN, confidence, text[start:end])


def find(text: str, region: str = "GB") -> Iterator[Span]:
    """Date spans the other date finders miss; overlapping ones are merged later."""
    del region  # day-first German dates are German in every region
    yield from _months(text)
    yield from date_years.find(text)
    yield from date_relative.find(text)  # "last Thurs", "vom 2. bis 9. Mai"
    for m in _YEAR_POSSESSIVE.finditer(text):
        yield _span(m.start(1), m.end(1), text)
    for m in _YEAR_PAIR.finditer(text):
        if (int(m.group(1)) + 1) % 100 == int(m.group(2)):
            yield _span(m.start(), m.end(), text)
    for m in _BORN_DECADE.finditer(text):
        yield _span(m.start() + m.group().lower().index("the") + 4, m.end(), text, 0.7)
    for m in _DECADE.finditer(text):
        yield _span(m.start(), m.end(), text, 0.6)
    for m in _SEASON_AT.finditer(text):
        start = m.start()
        word = m.group().lower()
        before = (_FALL_BEFORE if word == "fall" else _SEASON_BEFORE).search(
            text, max(0, start - 24), start
        )
        if before is None or _SUPERLATIVE_BEFORE.search(
            text, max(0, before.start() - 8), before.start()
        ):
            continue
        yield _span(before.start(), m.end(), text, 0.6)
    for m in _WEEKDAY_PART.finditer(text):
        yield _span(m.start(1), m.end(1), text, 0.6)
    if next(iter(_DE_HINT.finditer(text)), None) is not None:
        yield from _german(text)
    for m in _MORE_HOLIDAYS.finditer(text):
        yield _span(m.start(), m.end(), text, 0.8)
    for m in _ORDINAL_AT.finditer(text):
        if not _DAY_AFTER.match(text, m.end()):
            continue  # "after 2nd unit", "from 3rd spare bed": a count, whatever the noun
        lo = max(0, m.start() - 12)
        the = _THE_BEFORE.search(text, lo, m.start())
        if the is not None:
            yield _span(the.start(), m.end(), text, 0.6)
            continue
        cue = _ORDINAL_CUE_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if cue is not None:
            if cue.group(1):  # "12th-14th": the first of the range too
                yield _span(cue.start(1), cue.end(1), text, 0.6)
            yield _span(m.start(), m.end(), text, 0.6)


def _months(text: str) -> Iterator[Span]:
    cued: set[int] = set()
    for m in _MONTH_AT.finditer(text):
        start, end = m.start(), m.end()
        if m.group().lower() == "may" and _MODAL_AFTER.match(text, end):
            continue
        if _CUE_BEFORE.search(text, max(0, start - 24), start) or _opens_joined(text, start, end):
            cued.add(start)
            yield _span(start, end, text)
            continue
        first = _RANGE_BEFORE.search(text, max(0, start - 16), start)
        if first is None:
            if _named_month(text, m.group(), start, end):
                yield _span(start, end, text)
            continue
        word, opening = first.group(1), first.start(1)
        if (
            opening not in cued
            and (word.lower() in _VERBS or not word[0].isupper())
            and not _opens_joined(text, opening, first.end(1))  # "Mar-Apr I barely slept"
        ):
            continue  # "I'll march. to march on": the first month must be a date too
        yield _span(first.start(1), first.end(1), text)
        yield _span(start, end, text)


def _opens_joined(text: str, start: int, end: int) -> bool:
    """A month opening its sentence, joined to a month or a date word after it (see
    ``_OPENS``); "May or may not" joins no month."""
    if _OPENS.search(text, max(0, start - 4), start) is None:
        return False
    joined = _JOINED_DATE.match(text, end)
    if joined is None:
        return False
    return joined.group(1).lower() != "may" or _MODAL_AFTER.match(text, joined.end()) is None


def _german(text: str) -> Iterator[Span]:
    for m in _WEEKDAY_DATE_DE.finditer(text):
        yield _span(m.start(), m.end(), text, 0.8)
    for m in _WEEKDAY_PART_DE.finditer(text):
        yield _span(m.start(1), m.end(1), text, 0.6)
    for m in _SEASON_DE.finditer(text):
        yield _span(m.start(1) if m.group(1) else m.start(2), m.end(2), text, 0.6)


def _named_month(text: str, word: str, start: int, end: int) -> bool:
    """A month without a word of time before it: the subject of "was", or a month
    before the noun it dates ("the March appointment"); capitalised, or a month that
    is no verb ("my sept bloods")."""
    if not word[0].isupper():
        return word.lower() not in _VERBS and bool(
            _DETERMINER_BEFORE.search(text, max(0, start - 8), start)
            and _NOUN_AFTER.match(text, end)
        )
    if word.isupper() and len(word) <= 4:
        return False  # "the MAR chart", "JAN was" in capitals: an acronym as often as not
    if _BEING_AFTER.match(text, end):
        return True
    return bool(
        _DETERMINER_BEFORE.search(text, max(0, start - 8), start) and _NOUN_AFTER.match(text, end)
    )
