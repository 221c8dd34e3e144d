"""Date phrases as one span: "the second week of March", "a fortnight before Easter".

The date finders find the core of a date ("March", "Easter", "the 14th"); people write
it inside a phrase that narrows it ("the weekend of the 14th", "the Tuesday after the
June bank holiday", "early last spring"). Redacting the core alone leaves "the second
week of [date]", which still says a lot and reads badly, so a date span grows over the
phrase around it, and phrases that name a time without a core of their own ("early
last spring", "3 days after my birthday") are dates too. German day-month dates
("am 20. April") are one date: the "20." is a day, never an age.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, KeysView
from operator import attrgetter

from app.redact.regex_reverse import ending_at, may_end
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import token_set

_ORDINAL = r"(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)"
_WEEKDAY = r"(?:mon|tues?|wednes|weds|thurs?|fri|satur|sun)(?:day)?"
_UNIT = r"(?:days?|nights?|weeks?|fortnights?|months?)"
_COUNT = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|"
    r"couple of|\d{1,2})"
)
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_PART = r"(?:start|(?:tail\s+|very\s+)?end|beginning|middle|turn)"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

# Words before a date that narrow it; tried again and again, so they chain ("the
# Tuesday after the June bank holiday", "just before last Easter").
_BEFORE = re.compile(
    r"(?:"
    rf"(?:the\s+)?{_ORDINAL}\s+(?:week|weekend|fortnight|day|night|month|{_WEEKDAY})\s+"
    r"(?:of|in|after|before)"
    rf"|(?:the\s+)?(?:week|weekend|day|night|morning|evening|{_WEEKDAY})\s+(?:of|after|before)"
    rf"|(?:every\s+(?:other\s+)?)?{_WEEKDAY}s?\s+(?:until|till|til)"
    rf"|(?:the\s+)?{_PART}\s+of"
    r"|the\s+(?:run|lead)[- ]up\s+to"
    rf"|{_COUNT}\s+(?:{_UNIT}|years?)\s+(?:before|after|from)"
    r"|(?:just|right|straight|shortly|the\s+day)\s+(?:before|after)"
    r"|(?:early|mid|late)(?:-|\s+)"
    r"|(?:Anfang|Mitte|Ende)\s+"  # German: "Anfang März", "Ende Oktober"
    r")(?:\s+the)?\s*$",
    re.IGNORECASE,
)
# The last word of every _BEFORE phrase: the quick test before the costly search.
# Read backwards: most searches find nothing, and say so in one try (see regex_reverse).
_BEFORE_REVERSED = ending_at(_BEFORE)
_BEFORE_CUE = re.compile(
    r"(?:of|in|after|before|from|the|early|mid|late|until|till|til|to|"
    r"Anfang|Mitte|Ende)[\s-]+$",
    re.IGNORECASE,
)
# "last September", "this June": a month is pinned to its year by the word before it
# (holidays and weekdays are left as they are written).
_RELATIVE_MONTH = re.compile(r"\b(?:last|this|next|coming|past)\s+$", re.IGNORECASE)
_MONTH_START = re.compile(rf"{_MONTH}\b", re.IGNORECASE)
# Words after a date that belong to it ("the May bank holiday weekend", "Eid last year").
_AFTER = re.compile(
    r"[ \t]+(?:bank\s+holiday(?:\s+weekend)?|(?:long\s+)?weekend|"
    r"(?:last|this|next)\s+year|of\s+(?:next|last|this|the\s+following)\s+month|(?<=[^\d\s][ \t])(?:(?:19|20)\d\d(?![\d/:.])|['’]\d\d(?!\w)))\b",
    re.IGNORECASE,
)
# A date that ends in a noun is a noun phrase with its article: "the August bank holiday".
_NOUN_END = re.compile(r"(?:holiday|weekend)$", re.IGNORECASE)
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A holiday named "Day of ..." takes its article: "the Day of Reconciliation".
_NAMED_OF = re.compile(r"(?:Day|Feast|Festival|Night|Week)\s+of\s+[A-Z]")

# Phrases that are a date without any core the finders know.
_EVENT = (
    r"(?:op|operation|surgery|diagnosis|dx|transplant|wedding|birthday|divorce|stroke|"
    r"heart attack|accident|fall|crash|graduation|retirement|move|baby|miscarriage|"
    r"c-section|delivery|biopsy|scan|referral|admission|discharge|relapse|flare)"
)
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_REL = frozenset({"last", "next", "this"})
_ORDINALS = frozenset("first second third fourth fifth last final 1st 2nd 3rd 4th 5th".split())
_PERIODS = _SEASONS | {"term", "semester", "holidays", "hols", "ramadan"}
_WHEN_NOUNS = _SEASONS | {"year", "month", "week", "day", "christmas", "easter"}


def _phrase(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


# Phrases that are a date without any core the finders know, each with the sets of
# words that must all occur for it to be tried (most entries hold none of them).
_STANDALONE: list[tuple[tuple[frozenset[str], ...], re.Pattern[str]]] = [
    # "early last spring", "late next year", "mid next month"
    (
        (frozenset({"early", "mid", "late"}), _REL),
        _phrase(rf"(?:early|mid|late)[- ]?(?:last|next|this)\s+(?:{_SEASON}|year|month|term)"),
    ),
    # "the end of last year", "the start of next month"
    (
        (frozenset({"start", "end", "beginning", "middle", "turn"}), _REL),
        _phrase(
            rf"(?:the\s+)?{_PART}\s+of\s+(?:last|next|this)\s+(?:{_SEASON}|year|month|week|term)"
        ),
    ),
    # "the first Monday of next month", "the third Thursday of every month"
    (
        (_ORDINALS, frozenset({"month"})),
        _phrase(
            rf"(?:the\s+)?{_ORDINAL}\s+(?:week|weekend|day|{_WEEKDAY})\s+of\s+"
            r"(?:next|last|this|the|every|each)\s+month"
        ),
    ),
    # "the first week of spring", "the last week of term", "the second week of the holidays"
    (
        (_ORDINALS, _PERIODS),
        _phrase(
            rf"(?:the\s+)?{_ORDINAL}\s+(?:week|weekend|day|fortnight|{_WEEKDAY})\s+"
            rf"(?:of|in|after|before)\s+(?:the\s+)?(?:(?:last|next|this)\s+)?(?:{_SEASON}|"
            r"(?:half[- ])?term|semester|(?:school\s+|summer\s+|winter\s+|easter\s+)?holidays|"
            r"hols|ramadan)"
        ),
    ),
    # "Sunday week": a week on from Sunday, a day of the year (British)
    (
        (frozenset({"week"}),),
        _phrase(r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+week(?![\s-]+\d)"),
    ),
    # "3 days after my birthday": the birthday is the identifier
    (
        (frozenset({"birthday"}),),
        _phrase(
            rf"(?:{_COUNT}\s+{_UNIT}\s+(?:before|after)\s+|the\s+day\s+(?:before|after)\s+)"
            r"(?:my|his|her|their|our)\s+(?:\w+['’]s\s+)?birthday"
        ),
    ),
    # "over the bank holiday", "after half-term": a break that says when, after a word of
    # time ("bank holiday opening hours" stays words)
    (
        (frozenset({"bank", "half", "half-term", "halfterm"}),),
        _phrase(
            r"(?:over|on|after|before|since|until|till|by|during|at|for|from|of|in|"
            r"this|next|last)\s+((?:the\s+)?(?:(?:may|august|spring|summer|easter|christmas|"
            r"june|october|february)\s+)?(?:bank\s+holiday|half[- ]?term)"
            r"(?:\s+(?:weekend|monday|holidays?|break))?)"
        ),
    ),
    # "two years from now"
    (
        (frozenset({"now"}), frozenset({"from"})),
        _phrase(rf"{_COUNT}\s+(?:years?|months?)\s+from\s+now"),
    ),
    # "two Christmases ago"
    (
        (frozenset({"ago"}),),
        _phrase(
            r"(?:a|one|two|three|four|five|\d)\s+(?:christmases|easters|summers|winters|springs|"
            r"autumns|birthdays|thanksgivings|diwalis|eids)\s+ago"
        ),
    ),
    # "the summer I turned 30"
    (
        (frozenset({"turned"}), _WHEN_NOUNS),
        _phrase(
            rf"the\s+(?:{_SEASON}|year|month|week|christmas|easter)\s+(?:i|we|he|she|they|you)\s+"
            r"turned\s+(?:\d{1,2}|[a-z]+-?[a-z]*)(?=\W)"
        ),
    ),
    # "last spring", "this winter", "that summer", "last summer holidays": a season
    # pinned to its year by the word before it
    (
        (frozenset({"last", "next", "this", "that", "past"}), _SEASONS),
        _phrase(
            rf"(?<!the\s)(?<!The\s)(?:last|next|this|that|past)\s+{_SEASON}"
            r"(?:\s+(?:holidays|hols|break|term|semester|vacation))?(?![-'’])"
        ),
    ),
    # "since the summer holidays", "over the school hols", "last term break": a break in
    # the year after a word of time ("we saw him in the summer hols" stays); a holiday's
    # own name is its date ("the Christmas break" is Christmas)
    (
        (frozenset({"holidays", "hols", "break", "vacation"}),),
        _phrase(
            r"(?:(?:(?<=since\s)|(?<=until\s)|(?<=till\s)|(?<=over\s)|(?<=after\s)|"
            r"(?<=before\s)|(?<=during\s))the|last|next|this|that)"
            rf"\s+(?:{_SEASON}|school|october|"
            r"mid-?year|term|uni|festive)\s+"
            r"(?:holidays|hols|break|vacation)"
        ),
    ),
    # "since year 9", "until Year 11": a school year as a point in time ("she's in year 7
    # now" is a class, no date)
    (
        (frozenset({"year", "yr"}), frozenset({"since", "from", "until", "till"})),
        re.compile(
            r"\b(?:since|from|until|till)\s+((?:[Yy]ear|[Yy]r)\s+(?:[1-9]|1[0-3])"
            r"|(?i:year|yr)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve|thirteen))\b(?!\s*(?:of|on|in|at|into|post|after|before|since|/)\b)",
        ),
    ),
    # "since junior year", "during my senior year of college", "since term 3": a school
    # year or term as a point in time
    (
        (
            frozenset({"freshman", "sophomore", "junior", "senior", "term"}),
            frozenset({"since", "during", "until", "till", "from", "in", "it", "back"}),
        ),
        re.compile(
            r"\b(?:since|during|until|till|from|in|it|back\s+in)\s+((?:(?:my|his|her|their)\s+)?"
            r"(?i:freshman|sophomore|junior|senior)\s+(?i:year)"
            r"(?:\s+(?i:of)\s+(?i:college|uni|university|high\s+school))?"
            r"|(?<!in\s)(?i:term)\s+[1-4](?![\d.]))\b",
            re.IGNORECASE,
        ),
    ),
    # German seasons with their year: "seit Herbst 2022", "im Frühjahr 2021"
    (
        (frozenset({"frühling", "frühjahr", "sommer", "herbst", "winter"}),),
        re.compile(r"\b(?:Frühling|Frühjahr|Sommer|Herbst|Winter)\s+(?:19|20)\d\d\b"),
    ),
    # "the year after my op", "the winter before last"
    (
        (frozenset({"before", "after"}), _WHEN_NOUNS),
        _phrase(
            rf"the\s+(?:{_SEASON}|year|month|week|day|christmas|easter)\s+(?:before|after)\s+"
            rf"(?:last|(?:my|his|her|their|our)\s+(?:\w+['’]s\s+)?{_EVENT})"
        ),
    ),
]

_DE_MONTH = (
    r"(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)"
)
# "20. April", "3. Mai 2024", "am 1. Sept."
_DE_DAY_MONTH = re.compile(rf"(?<![\d.])([0-3]?\d)\.\s?{_DE_MONTH}\b\.?(?:\s+(?:19|20)\d\d\b)?")

# Every word some gate of ``_STANDALONE`` asks for: a gate meets the text's words where
# it meets those of them the text holds.
_STANDALONE_WORDS = frozenset().union(*(g for gates, _ in _STANDALONE for g in gates))


def _standalone(words: KeysView[str]) -> tuple[re.Pattern[str], ...]:
    """The ``_STANDALONE`` phrases whose gates all meet ``words``: asked of the few
    gate words the text holds (most texts none), not of all its words once per gate,
    and learnt once for each set of them (a few dozen sets cover most texts)."""
    present = _STANDALONE_WORDS.intersection(words)
    if not present:
        return ()
    found = _STANDALONE_OF.get(present)
    if found is None:
        found = tuple(
            r for gates, r in _STANDALONE if all(not present.isdisjoint(g) for g in gates)
        )
        if len(_STANDALONE_OF) < 4096:  # remember, within bounds
            _STANDALONE_OF[present] = found
    return found


# The phrases ``_standalone`` chose for each set of gate words met (see there).
_STANDALONE_OF: dict[frozenset[str], tuple[re.Pattern[str], ...]] = {}


# Tokens without which no German date can match (a quick test before the regex).
_DE_MONTHS = frozenset(
    """januar jänner februar märz maerz april mai juni juli august september oktober
    november dezember jan feb mär apr jun jul aug sep sept okt nov dez""".split()
)

# Guesses a date phrase overrules where they overlap it: "Am 20. April" has no age,
# "Seit Anfang März" no name. The profile's and the user's own spans always stand.
_OVERRULED = (SpanType.AGE, SpanType.ID, SpanType.PHONE, SpanType.NAME, SpanType.PLACE)

_SEEN = threading.local()  # per thread: (text, {place: its _BEFORE search})


def _before(text: str, start: int) -> re.Match[str] | None:
    """``_BEFORE`` searched in the 60 characters before ``start``, once per text and
    place: the spans of one date, found by several finders, start at the same place,
    and a third of these 45-microsecond searches repeated one already made."""
    last = getattr(_SEEN, "value", None)
    if last is None or last[0] is not text:
        last = (text, {})
        _SEEN.value = last
    known = last[1]
    if start not in known:
        lo = max(0, start - 60)
        found = may_end(_BEFORE_REVERSED, text, lo, start) if _BEFORE_REVERSED else True
        known[start] = _BEFORE.search(text, lo, start) if found else None
    return known[start]


def _grow(span: Span, text: str) -> Span:
    start, end = span.start, span.end
    if _MONTH_START.match(text, start):
        rel = _RELATIVE_MONTH.search(text, max(0, start - 8), start)
        if rel:
            start = rel.start()
    while _BEFORE_CUE.search(text, max(0, start - 9), start):
        m = _before(text, start)
        if m is None or m.end() != start or m.start() == start:
            break
        start = m.start()
    after = _AFTER.match(text, end)
    if after:
        end = after.end()
    if _NOUN_END.search(text, start, end) or _NAMED_OF.match(text, start):
        the = _THE.search(text, max(0, start - 5), start)
        if the:
            start = the.start()
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, SpanType.DATE, span.source, span.confidence, text[start:end])


# "the 3rd and 17th", "the 5th/6th": more days of the same month after a day.
_ENDS_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$")
_MORE_DAY = re.compile(
    r"\s*(?:,|and|&|or|/|-|–|to|then)\s*(?:the\s+)?((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def _more_days(span: Span, text: str) -> list[Span]:
    out = []
    end = span.end
    while m := _MORE_DAY.match(text, end):
        out.append(Span(m.start(1), m.end(1), SpanType.DATE, Source.PATTERN, 0.7, m.group(1)))
        end = m.end()
    return out


def grow_dates(spans: Iterable[Span], text: str) -> list[Span]:
    """``spans`` with each date grown over its phrase, phrase-only dates and German
    day-month dates added, and ages or IDs inside a date dropped ("Am 20. April")."""
    out = list(spans)
    added: list[Span] = []
    more: list[Span] = []  # days after an ordinal, added after every grown date
    date, user, ordinal = SpanType.DATE, Source.USER, _ENDS_ORDINAL.search
    # only the dates need a look (most spans are not): each in its place, in order
    for i in [i for i, s in enumerate(out) if s.type is date]:
        s = out[i]
        if s.source is not user:
            grown = _grow(s, text)
            if grown is not s:
                added.append(grown)
                out[i] = s = grown
        if ordinal(s.text):
            more.extend(_more_days(s, text))
    added.extend(more)
    words = token_set(text)
    for regex in _standalone(words):
        for m in regex.finditer(text):
            a, b = m.span(m.lastindex or 0)  # a phrase's cue word may lie outside
            found = Span(a, b, SpanType.DATE, Source.PATTERN, 0.8, text[a:b])
            added.append(_grow(found, text))  # "the Wednesday after the bank holiday"
    if not words.isdisjoint(_DE_MONTHS):
        for m in _DE_DAY_MONTH.finditer(text):
            added.append(Span(m.start(), m.end(), SpanType.DATE, Source.PATTERN, 0.9, m.group()))
    if not added:
        return _join_on(out, text)
    out.extend(a for a in added if a not in out)
    # no added span reaches a span ending by ``lo`` or starting from ``hi``: those need
    # no look at each added span
    lo, hi = min(a.start for a in added), max(a.end for a in added)
    return _join_on(
        [
            s
            for s in out
            if s.source in (Source.USER, Source.PROFILE)
            or s.type not in _OVERRULED
            or s.end <= lo
            or s.start >= hi
            or not any(a.start < s.end and s.start < a.end for a in added)
        ],
        text,
    )


_START = attrgetter("start")
# "the day before my scan on the 3rd", "the week after Easter, on the 21st": one date
# narrowed twice; left apart, "on the" between two placeholders still reads as a day.
_ON_GAP = re.compile(r",?\s+on\s+(?:the\s+)?", re.IGNORECASE)


def _join_on(spans: list[Span], text: str) -> list[Span]:
    date = SpanType.DATE
    dates = [s for s in spans if s.type is date]
    if len(dates) < 2:
        return spans
    dates.sort(key=_START)  # stable, as the sorted() of the same spans it replaces
    for a, b in zip(dates, dates[1:]):
        gap = _ON_GAP.fullmatch(text, a.end, b.start)
        if gap and a.source is not Source.USER and b.source is not Source.USER:
            joined = Span(
                a.start, b.end, SpanType.DATE, a.source, a.confidence, text[a.start : b.end]
            )
            return _join_on([s for s in spans if s is not a and s is not b] + [joined], text)
    return spans
