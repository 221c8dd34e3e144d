"""Detectors for identifiers with a shape: e-mail, URL, handle, phone, IDs, dates, ages
(addresses are in ``addresses``).

Each is one precompiled regex pass plus, where one exists, a checksum or a context
cue, because a shape alone ("ten digits") is too weak to redact on and too strong to
ignore. Medical numbers ("15 mg", "BP 130/85", "CRP 45", "3pm") never match: dates
need a plausible month/day, and counts need a cue word.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

import phonenumbers

from app.redact import ids
from app.redact import validators as v
from app.redact.date_words import MONTH_WORDS
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import CAPS_NEAR_DIGIT, DIGITS, BeforeDigits, Started, Triggered
from app.redact.windows_tokens import token_set

T = SpanType
_I = re.IGNORECASE

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL = re.compile(
    r"\b(?:(?:https?|ftp)://|www\.)[^\s<>\"']+"
    r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|info|io|co\.uk|org\.uk|nhs\.uk|"
    r"social|app|me|blog|health|edu|gov)(?:/[^\s<>\"']*)?\b",
    _I,
)
# A link with neither "https://" nor "www." on a country's or a short link's ending
# ("bit.ly/3Kq9xRt", "linktr.ee/stomastella", "discord.gg/x", "spoonfulofsam.ca"), or on
# any ending when a path follows ("lnkd.in/abc", "mytherapy.ie/clinic/galway-east").
_COUNTRY_ENDINGS = r"ie|ca|au|nz|za|de|uk|ly|ee|gg|tv|fm|link|site|online|page|ch|nl"
BARE_URL = re.compile(
    r"(?<![\w@.-])(?=[\w-]*[A-Za-z])[A-Za-z0-9-]{2,}(?:\.[A-Za-z0-9-]+)*\."
    rf"(?:(?:{_COUNTRY_ENDINGS})\b(?!\.\w)(?:/[^\s<>\"']*)?|[a-z]{{2,6}}/[^\s<>\"'/][^\s<>\"']*)",
    _I,
)
# A link spelt out so that bots miss it: "gofundme [dot] com/f/jesslyme".
SPELT_URL = re.compile(
    r"\b[A-Za-z0-9-]{2,}\s*(?:\[dot\]|\(dot\))\s*"
    rf"(?:com|org|net|io|me|co\.uk|org\.uk|{_COUNTRY_ENDINGS})\b(?:/[^\s<>\"']*)?",
    _I,
)
_BARE_HINT = re.compile(rf"\.(?:{_COUNTRY_ENDINGS})\b|\.[a-z]{{2,6}}/|\[dot\]|\(dot\)", _I)
HANDLE = re.compile(
    r"(?<![\w@/])@(?=[A-Za-z0-9_.]*[a-z])[A-Za-z_][A-Za-z0-9_]*(?:[.-][A-Za-z0-9_]+)*(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?"
    r"|\b(?:u|user)/[A-Za-z0-9_-]{3,30}\b"
)
# A payment app's name for a person: "CashApp $kaylarx" (never "$50", "$4.99").
CASHTAG = re.compile(r"(?<![\w$])\$(?=[A-Za-z0-9_]*[a-z])[A-Za-z][A-Za-z0-9_]{2,19}\b")
DISCORD_TAG = re.compile(r"(?<![\w#])[A-Za-z][\w.]{1,31}#\d{4}\b")  # "leafy#4471"
CARD = re.compile(r"\b(?:\d[ -]?){12,18}\d\b")
# Written in capitals or not ("gb42nawi0445..."): the checksum decides.
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", re.IGNORECASE)
# "6e40:4041:c617:e898:c11:40d2:c669:2eb4", "fe80::1c2a:99": checked by ``ipaddress``.
IPV6 = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])")
SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
NHS = re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b")
IPV4 = re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")
LETTER_ID = re.compile(r"\b[A-Z]{1,3}-?\d{6,}\b")
LONG_DIGITS = re.compile(r"\b\d{8,}\b")
_PHONE_CANDIDATE = re.compile(
    r"(?<![\w/.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?|\(0\)\s?)?\d{2,5}"
    r"(?:[\s.-]{1,2}\d{2,6}){0,4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w/])",
    _I,
)
_DATE_LIKE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d|\d{1,2}([-.])\d{1,2}\1(?:19|20)?\d\d")
_TIME_RANGE = re.compile(r"(?:[01]\d|2[0-4])[0-5]\d\s?-\s?(?:[01]\d|2[0-4])[0-5]\d")
# The characters that group a phone number's digits ("0161 496 0000", "(0)20").
_GROUPING = frozenset(" .-()+")
_PHONE_CUE = re.compile(
    r"(?:phone|tel|telephone|cell|mobile|mob|pager|pg|pgr|beeper|bleep|fax|call|ext|contact|number|"
    r"home|work|#)\W{0,3}$",
    _I,
)

_MONTHS = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sep(?:t(?:ember)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# A year's two digits are no count or measure: "born 14 October, 28 weeks, 1.1 kg".
_NO_UNIT = (
    r"(?!\s*(?:\+\d|weeks?\b|wks?\b|w\b|days?\b|d\b|months?\b|kg\b|g\b|lbs?\b|"
    r"%|mg\b|cm\b|mm\b|years?\b|yrs?\b|y\.?o\b))"
)
DATE_TEXT = re.compile(
    rf"\b(?:{_DAYNUM}\s*(?:-|–|to)\s*{_DAYNUM}\s+(?:of\s+)?(?:{_MONTHS})\b"
    rf"|(?:{_MONTHS})\s+{_DAYNUM}\s*(?:-|–|to)\s*{_DAYNUM}\b(?![:.]\d)"
    # a form's day, month and year joined: "DOB 11-JUN-1984", "03-OKT-1990"
    rf"|\b\d{{1,2}}[-/](?:{_MONTHS}|mrz|mär|mai|okt|dez)[-/](?:(?:19|20)\d{{2}}|\d{{2}})\b"
    rf"|{_DAYNUM}(?:\s+of)?\s+(?:{_MONTHS})\b(?:,?\s+(?:1[89]|20)\d{{2}}\b|,\s*'?\d{{2}}\b{_NO_UNIT})?"
    rf"|(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Weds|Thu|Thur|"
    rf"Thurs|Fri|Sat|Sun)\.?,?\s+)?(?:{_MONTHS})\s+{_DAYNUM}\b(?:,?\s+(?:1[89]|20)\d{{2}}\b)?"
    rf"|(?:{_MONTHS})\s+(?:19|20)\d{{2}}\b"
    rf"|(?:{_MONTHS})\s+'\d{{2}}\b"
    rf"|(?:{_MONTHS}),\s*'?\d{{2}}\b(?![:.]\d){_NO_UNIT}"
    rf"|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+(?:the\s+)?{_DAYNUM}\b(?![:.]\d)"
    rf"(?:\s+(?:of\s+)?(?:{_MONTHS})\b(?:,?\s+(?:19|20)\d{{2}}\b)?)?"
    rf"|(?:{_MONTHS})\s+of\s+(?:1[89]|20)\d{{2}}\b"
    rf"|\b(?:1[89]|20)\d0'?s\b"
    rf"|(?<![\d/])\d{{2}}'(?!\w))",
    _I,
)
MONTH_AFTER_CUE = re.compile(
    rf"\b(?:in|since|until|during|early|late|mid|end of|beginning of|of|by|before|after|till|"
    rf"til|from|last|next|this|through|due)\s+((?:{_MONTHS})(?!\w))",
    _I,
)
_DE_MONTH_WORDS = frozenset(
    "januar jänner februar märz april mai juni juli august september oktober november dezember".split()
)
# German months after a cue ("im Juni", "seit März", "Mitte Mai"): "Mai" and "August"
# alone are names as often as months.
DE_MONTH_AFTER_CUE = re.compile(
    r"\b(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Vv]om|[Zz]um|Anfang|Mitte|Ende|[Nn]ach|[Vv]or|"
    r"[Ll]etzten|[Nn]ächsten|[Dd]iesen)\s+"
    r"(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)\b"
)
LONE_MONTH = re.compile(
    r"\b(?:January|February|April|June|July|August|September|October|November|December)\b"
    # the short forms no one is named: "Thesis due Feb", "since Sept" (not "Jan", "Mar",
    # "May", "Jun", "Jul": names and words as often)
    r"|\b(?:Feb|Apr|Aug|Sept?|Oct|Nov|Dec)\b(?![.-]?\d|['’]\w)"
)
# A weekday alone ("on Tuesday") is not a date: it names no day of the year.
# Never glued to a capital that makes it a measure: the spine's levels "L4/5", "C5/6",
# "T11/12", pressure support "PS15/5", sizes "1X1/2", "AC/600X12/40", oxygen "O2/2l".
# (A date typed onto a lower-case word, "fx4/97", "on10/14/82", stays a date.)
DATE_NUM = re.compile(
    r"(?<![\d/LCTSXO])(?<!\d[.:-])(\d{1,4})([/.-])(\d{1,2})(?:\2(\d{2,4}))?"
    r"(?:[ T](\d{1,2}:\d{2}(?::\d{2})?))?(?![\d/]|[:.]\d)"
)
# "6/30-7/2", "10/15 - 10/16", "3/4 to 3/9": the second date of a range.
DATE_RANGE = re.compile(
    r"(?<![\d/])(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])\s*(?:-|–|to)\s*"
    r"((?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?:/\d{2,4})?)(?![\d/])"
)
SEASON = re.compile(
    r"\b(?:(?:early|late|mid)[\s-])?(?:spring|summer|autumn|fall|winter|christmas|easter)"
    r"(?:\s+of)?\s+(?:(?:19|20)\d{2}(?:/\d{2})?|'\d{2})\b"
    r"|\b(?:early|late|mid)[\s-](?:19|20)\d{2}s?\b",
    _I,
)
# "4/10 pain", "6/10 fatigue today": the measure named after the score.
_SCORE_AFTER = re.compile(
    r"\s*(?:pain|fatigue|on the pain|for pain|mood|sleep|energy|"
    r"on the (?:left|right|lower|upper|worst|bad|good)|today|tonight|this morning)\b",
    _I,
)
# Symptoms scored out of ten before the score: "Endometriosis flare, 8/10", German
# "Gelenkschmerzen 6/10" (unbounded: inside compounds too, "headache", "Kopfschmerz").
_SCORE_CUE = re.compile(
    r"pain|score|scale|rated?|rating|level|severity|fatigue|mood|"
    r"sleep|energy|was|at|of|about|around|\d/10|flare|ache|cramp|migraine|nausea|itch|"
    r"anxiety|schmerz|übelkeit|symptom",
    _I,
)
YEAR = re.compile(r"(?<![\d/.:$£€-])(?:'\d{2}|(?:19[3-9]\d|20[0-4]\d))(?![\d/:%]|\.\d)")
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\bat|@|\buntil|\btil|\bby|\bapprox\.?|\baround|\bfrom|-|\bto|\bx|\bbefore|\bafter)\s*$", _I
)
_TIME_AFTER = re.compile(r"\s*(?:-|–|to\b|till\b|until\b|hrs?\b|h\b)", re.IGNORECASE)
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:-\s*\d{3,4}|hrs?\b|h\b|mg|mcg|ml|cc|units?|u\b|kg|g\b|cal|kcal|steps|mls?|%)", _I
)
ORDINAL = re.compile(
    r"\b(?:on|the|since|until|by)\s+(?:the\s+)?((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))\b"
    r"(?!\s+(?:degree|line|dose|time|floor|opinion|round|cycle|infusion|trimester|week|day)s?\b)",
    _I,
)
BIRTH_YEAR = re.compile(r"\b(?:born(?:\s+in)?|b\.|dob:?|d\.o\.b\.?:?)\s*((?:19|20)\d{2})\b", _I)

_WEEKDAYS = r"mon|tues|wednes|thurs|fri|satur|sun"
_DATE_TEXT_FAST = Triggered(
    DATE_TEXT,
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    rf"(?:{_WEEKDAYS})day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun",
    # a number opens a day (one or two digits, then a dash or "to", or a word), a
    # decade ("1990s") or a year ("90'"); the regex runs only at those
    digits=r"(?i:\d\d?(?:st|nd|rd|th)?(?:\s*(?:-|–|to)|\s+\w)|\d\d'|\d{3}0'?s)",
)
_SEASON_FAST = Triggered(
    SEASON, r"early|late|mid|spring|summer|autumn|fall|winter|christmas|easter"
)
# The same matches as each regex's own finditer, tried only where one can start (see
# ``Started``; a case-insensitive first word may hold a letter outside ASCII that
# folds onto one of its letters, so those words are tried too).
_RUN = r"\d+"  # a match opening with a digit after no word character or digit
_ODD = r"|.*[^\x00-\x7f].*"
_CARD_FAST = Started(CARD, _RUN)
_NHS_FAST = Started(NHS, _RUN)
_SSN_FAST = Started(SSN, _RUN)
_IPV4_FAST = Started(IPV4, _RUN)
_LETTER_ID_FAST = Started(LETTER_ID, CAPS_NEAR_DIGIT)
_LONG_DIGITS_FAST = Started(LONG_DIGITS, _RUN)
# Two letters, then the run of digits it is tried before (see ``BeforeDigits``).
_IBAN_FAST = BeforeDigits(IBAN, 2)
_PHONE_FAST = Started(_PHONE_CANDIDATE, r"[+(]|\d+")
_DATE_NUM_FAST = Started(DATE_NUM, _RUN)
_DATE_RANGE_FAST = Started(DATE_RANGE, _RUN)
# ``YEAR`` written to open with the quote or digit every match opens with, each
# lookbehind checked just after it (one character further back): the same match at
# every place, found by one scan that skips to each quote, "1" and "2" in C, instead
# of a try at each quote and run of digits (two scans merged) from Python.
_YEAR_FAST = re.compile(
    r"(?:'(?<![\d/.:$£€-]')\d{2}|1(?<![\d/.:$£€-]1)9[3-9]\d|2(?<![\d/.:$£€-]2)0[0-4]\d)"
    r"(?![\d/:%]|\.\d)"
)
_ORDINAL_FAST = Triggered(ORDINAL, "on|the|since|until|by" + _ODD)
_BIRTH_YEAR_FAST = Triggered(BIRTH_YEAR, "born|b|dob|d" + _ODD)
# The month patterns open with a word: tried where one of their first words starts,
# not at every place of a text that names a month.
_MONTH_AFTER_CUE_FAST = Triggered(
    MONTH_AFTER_CUE,
    "in|since|until|during|early|late|mid|end|beginning|of|by|before|after|till|til|from|"
    "last|next|this|through|due" + _ODD,
)
_LONE_MONTH_FAST = Triggered(
    LONE_MONTH,
    "january|february|april|june|july|august|september|october|november|december|"
    "feb|apr|aug|sep|sept|oct|nov|dec",
)
_HANDLE_FAST = Started(HANDLE, r"@|u(?:ser)?/")
# Every URL holds "://", "www." or a dot before one of the endings it knows. Each
# shape opens with its ":" or a dot (a "www." is found at its dot, by a look back),
# so a search skips in C to the few colons and dots of a text and tries only there.
_URL_HINT = re.compile(
    r":(?=//)|\.(?:(?<=www\.)|com|org|net|info|io|co\.uk|org\.uk|nhs\.uk|social|app|me|blog|"
    r"health|edu|gov)",
    _I,
)


def _span(
    t: SpanType,
    start: int,
    end: int,
    text: str,
    source: Source = Source.PATTERN,
    confidence: float = 0.95,
    uncertain: bool = False,
) -> Span:
    return Span(start, end, t, source, confidence, text[start:end], uncertain)


# What every Discord tag holds: its "#" and four digits (the pattern opens with a
# lookbehind, and was tried at every place of every text holding a "#").
_DISCORD_HINT = re.compile(r"#\d{4}")


def find_contacts(text: str) -> Iterator[Span]:
    # a handle holds its "@" or the "/" of "u/": most texts hold neither
    for m in _HANDLE_FAST.finditer(text) if "@" in text or "/" in text else ():
        yield _span(T.HANDLE, m.start(), m.end(), text)
    for m in CASHTAG.finditer(text) if "$" in text else ():
        yield _span(T.HANDLE, m.start(), m.end(), text)
    if "#" in text and _DISCORD_HINT.search(text) is not None:
        for m in DISCORD_TAG.finditer(text):
            yield _span(T.HANDLE, m.start(), m.end(), text)
    for m in EMAIL.finditer(text) if "@" in text else ():
        yield _span(T.EMAIL, m.start(), m.end(), text)
    for m in URL.finditer(text) if _URL_HINT.search(text) else ():
        end = _url_end(text, m.start(), m.end())
        if not _email_domain(text, m.start(), end):
            yield _span(T.URL, m.start(), end, text)
    if _BARE_HINT.search(text) is not None:
        for regex in (BARE_URL, SPELT_URL):
            for m in regex.finditer(text):
                end = _url_end(text, m.start(), m.end())
                if not _email_domain(text, m.start(), end):
                    yield _span(T.URL, m.start(), end, text)


def _url_end(text: str, start: int, end: int) -> int:
    """Where a link ends: without the punctuation of the sentence after it."""
    while end > start and text[end - 1] in ".,;:!?)]}'\"":
        end -= 1
    return end


def _email_domain(text: str, start: int, end: int) -> bool:
    """Whether the link found is an e-mail's domain ("jane@gmail.com"): an "@" before
    it or inside its host. One in its path is a profile's ("medium.com/@leahwrites",
    "tiktok.com/@endo.ella/video/7321"), the link a person pastes most."""
    if text[start - 1 : start] == "@":
        return True
    link = text[start:end]
    at = link.find("@")
    if at < 0:
        return False
    scheme = link.find("://")
    slash = link.find("/", scheme + 3 if scheme >= 0 else 0)
    return slash < 0 or at < slash


def find_ids(text: str, region: str) -> Iterator[Span]:
    if DIGITS.search(text) is not None:
        # six digits in a row, or split by single spaces or dashes: every card, NHS,
        # social security and long number holds them; four texts in five do not
        long = ids.SIX_DIGITS.search(text) is not None
        for m in _CARD_FAST.finditer(text) if long else ():
            if v.luhn_valid(m.group()):
                yield _span(T.ID, m.start(), m.end(), text, confidence=0.99)
        for m in _NHS_FAST.finditer(text) if long else ():
            if v.nhs_valid(m.group()) and (
                region == "GB" or "nhs" in text[max(0, m.start() - 30) : m.start()].lower()
            ):
                yield _span(T.ID, m.start(), m.end(), text, confidence=0.9)
        for m in _SSN_FAST.finditer(text) if long else ():
            if v.ssn_plausible(m.group()):
                yield _span(T.ID, m.start(), m.end(), text)
        for m in _IPV4_FAST.finditer(text):
            yield _span(T.ID, m.start(), m.end(), text)
        if text.count(":") >= 3:
            for m in IPV6.finditer(text):
                if _ipv6(m.group()):
                    yield _span(T.ID, m.start(), m.end(), text)
        if long:
            for m in _LETTER_ID_FAST.finditer(text):
                yield _span(T.ID, m.start(), m.end(), text, confidence=0.8)
            for m in _LONG_DIGITS_FAST.finditer(text):
                yield _span(T.ID, m.start(), m.end(), text, confidence=0.6, uncertain=True)
        yield from ids.find_labelled(text)
        yield from ids.find_acronym_labelled(text)
        yield from ids.find_structured(text)
        yield from ids.find_codes(text)
        yield from ids.find_checked(text, region, long=long)
    for m in _IBAN_FAST.finditer(text):
        if v.iban_valid(m.group()):
            yield _span(T.ID, m.start(), m.end(), text, confidence=0.99)


def find_phones(text: str, region: str) -> Iterator[Span]:
    for m in _PHONE_FAST.finditer(text):
        raw = m.group()
        if len(raw) < 3:
            continue  # "45", "7": fewer than three digits, as counted below
        digits = sum(map(str.isdigit, raw))
        grouped = not _GROUPING.isdisjoint(raw)
        if digits < 3 or grouped and digits < 7:
            continue  # neither shape below: most numbers ("45", "2.5") stop here
        if _TIME_RANGE.fullmatch(raw) or _DATE_LIKE.fullmatch(raw):
            continue
        # a cue counts only for a number not grouped (a grouped one needs none)
        cue = not grouped and _PHONE_CUE.search(text, max(0, m.start() - 20), m.start()) is not None
        if digits >= 7 and (grouped or cue) and _possible_phone(raw, region):
            yield _span(T.PHONE, m.start(), m.end(), text, confidence=0.9)
        elif cue and 3 <= digits and not grouped and text[m.end() : m.end() + 1] != ":":
            yield _span(T.PHONE, m.start(), m.end(), text, Source.CONTEXT, 0.7, uncertain=True)


def _ipv6(raw: str) -> bool:
    """Eight groups, or fewer around "::" with a letter in them: never a time ("10:30:45")."""
    if raw.count(":") < 7 and ("::" not in raw or not re.search(r"[A-Fa-f]", raw)):
        return False
    try:
        ipaddress.IPv6Address(raw)
    except ValueError:
        return False
    return True


def _possible_phone(raw: str, region: str) -> bool:
    if raw.count(".") and raw.replace(".", "").isdigit() and raw.count(".") < 2:
        return False  # a decimal number
    try:
        number = phonenumbers.parse(raw, region or "GB")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number) or len(str(number.national_number)) >= 7


def find_dates(text: str) -> Iterator[Span]:
    months = not token_set(text).isdisjoint(MONTH_WORDS)
    digits = DIGITS.search(text) is not None
    for m in _DATE_TEXT_FAST.finditer(text):
        word = m.group().split()[0].lower()
        if word in ("may", "march", "mar") and not any(c.isdigit() for c in m.group()):
            continue
        yield _span(T.DATE, m.start(), m.end(), text)
    for m in _MONTH_AFTER_CUE_FAST.finditer(text) if months else ():
        if m.group(1) != "may":  # "in May" is a month; "in may" is too often the verb
            yield _span(T.DATE, m.start(1), m.end(1), text, confidence=0.7)
    if not token_set(text).isdisjoint(_DE_MONTH_WORDS):
        for m in DE_MONTH_AFTER_CUE.finditer(text):
            yield _span(T.DATE, m.start(1), m.end(1), text, confidence=0.7)
    for m in _LONE_MONTH_FAST.finditer(text) if months else ():
        yield _span(T.DATE, m.start(), m.end(), text, confidence=0.6)
    if not digits:
        return  # every pattern below needs a number
    for m in _DATE_NUM_FAST.finditer(text):
        a, sep, b, c = m.group(1), m.group(2), int(m.group(3)), m.group(4)
        if len(a) == 4:  # ISO 2023-04-05, 2023/04/05
            if c is None or not (1 <= b <= 12) or not (1 <= int(c) <= 31):
                continue
        elif c is None:
            month_first = 1 <= int(a) <= 12 and (1 <= b <= 31 or len(m.group(3)) == 2)
            day_first = 13 <= int(a) <= 31 and 1 <= b <= 12  # "23/04" where days come first
            if sep != "/" or not (month_first or day_first):
                continue
            if b == 10 and (
                _SCORE_CUE.search(text, max(0, m.start() - 25), m.start())
                or _SCORE_AFTER.match(text, m.end())
            ):
                continue  # "pain 7/10" is a score, not the 10th of July
        elif not ((1 <= int(a) <= 31) and 1 <= b <= 31 and (int(a) <= 12 or b <= 12)):
            continue
        yield _span(T.DATE, m.start(), m.end(), text)
    for m in _DATE_RANGE_FAST.finditer(text):
        yield _span(T.DATE, m.start(1), m.end(1), text, confidence=0.8)
    for m in _SEASON_FAST.finditer(text):
        yield _span(T.DATE, m.start(), m.end(), text, confidence=0.8)
    for m in _YEAR_FAST.finditer(text):
        before = _NOT_YEAR_BEFORE.search(text, max(0, m.start() - 10), m.start())
        if before and not (
            before.group().strip().lower() == "from"
            and len(m.group()) == 4
            and not _TIME_AFTER.match(text, m.end())
        ):
            continue  # "from 2017" is a year; "from 1900 to 2100" are times
        if _NOT_YEAR_AFTER.match(text, m.end()):
            continue
        yield _span(T.DATE, m.start(), m.end(), text, confidence=0.7)
    for m in _ORDINAL_FAST.finditer(text):
        yield _span(T.DATE, m.start(1), m.end(1), text, confidence=0.6, uncertain=True)
    for m in _BIRTH_YEAR_FAST.finditer(text):
        yield _span(T.DATE, m.start(1), m.end(1), text, Source.CONTEXT, 0.9)
