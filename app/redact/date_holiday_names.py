"""Holiday names as dates: "Christmas", "St Patrick's Day", "Labor Day weekend", "Eid".

Holiday names come from the ``holidays`` package (MIT; every country's calendar ships in
the wheel) for the regions the profile can name and a few whose festivals patients in
those regions keep (Eid, Diwali, Hanukkah, Lunar New Year), plus observances that are
not public holidays ("Halloween", "Mother's Day"). A holiday pins a post to a day as
surely as "25/12" does. Split from ``date_words``: the holiday list, its regex and the
months used to coarsen a holiday are one concern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from app.redact import date_holidays
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Triggered

_REGIONS = (
    "GB",
    "US",
    "CA",
    "IE",
    "AU",
    "NZ",
    "IN",
    "ZA",
    "DE",
    "IL",
    "SG",
    "MY",
    "PK",
    "NG",
    "KE",
    "JM",
    "PH",
)
# Observances that are not public holidays, with their month (for coarsening).
_OBSERVANCES = {
    "Halloween": 10,
    "Valentine's Day": 2,
    "Mother's Day": 3,
    "Mothering Sunday": 3,
    "Father's Day": 6,
    "Remembrance Day": 11,
    "Remembrance Sunday": 11,
    "Bonfire Night": 11,
    "Guy Fawkes Night": 11,
    "Hogmanay": 12,
    "New Year's Eve": 12,
    "Christmas Eve": 12,
    "Christmas": 12,
    "Xmas": 12,
    "Easter": 4,
    "Easter Sunday": 4,
    "Easter weekend": 4,
    "Easter Tuesday": 4,
    "Shrove Tuesday": 2,
    "Pancake Day": 2,
    "Ash Wednesday": 2,
    "Palm Sunday": 4,
    "Maundy Thursday": 4,
    "Ramadan": 3,
    "Lent": 3,
    "Advent": 12,
    "Hanukkah": 12,
    "Chanukah": 12,
    "Passover": 4,
    "Yom Kippur": 10,
    "Rosh Hashanah": 9,
    "Lunar New Year": 2,
    "Chinese New Year": 2,
    "Fourth of July": 7,
    "4th of July": 7,
    "Eid": 4,
    "Vesak": 5,
    "Navratri": 10,
    "Onam": 9,
    "Pongal": 1,
    "Lohri": 1,
    "Raksha Bandhan": 8,
    "Karva Chauth": 10,
    "Thanksgiving": 11,
    "Black Friday": 11,
    "Burns Night": 1,
    "St Andrew's Day": 11,
    "St David's Day": 3,
    "St George's Day": 4,
    "Victoria Day": 5,
    "Bank Holiday Monday": 5,
    "Boxing Day": 12,
    "Diwali": 11,
    "Holi": 3,
    "Vaisakhi": 4,
    "Baisakhi": 4,
    "Eid al-Fitr": 4,
    "Eid al-Adha": 6,
    "Purim": 3,
    "Sukkot": 10,
    "Epiphany": 1,
    "Twelfth Night": 1,
    "Midsummer": 6,
    "Mardi Gras": 2,
    "Day of the Dead": 11,
    "Juneteenth": 6,
    "St Patrick's Day": 3,
    "St. Patrick's Day": 3,
    "Paddy's Day": 3,
    "St Paddy's Day": 3,
    "Patrick's Day": 3,
    "New Year's": 1,
    "New Year": 1,
    "New Year's Day": 1,
    "Summer solstice": 6,
    "Winter solstice": 12,
    "Good Friday": 4,
    "Easter Monday": 4,
    "Christmas Day": 12,
    "MLK Day": 1,
    "Presidents Day": 2,
    "Presidents' Day": 2,
    "Queen's Birthday": 6,
    "Melbourne Cup Day": 11,
    "Melbourne Cup": 11,
    "Grand Final Day": 9,
    "Spring Break": 3,
    "Labor Day": 9,
    "Labour Day": 5,
    "Memorial Day": 5,
    "Australia Day": 1,
    "Anzac Day": 4,
    "Waitangi Day": 2,
    "Heritage Day": 9,
    "Freedom Day": 4,
    "Canada Day": 7,
    "Remembrance weekend": 11,
    "NYE": 12,
    "Mother's Day weekend": 5,
    "Halloween night": 10,
}
_SKIP = re.compile(r"\(.*?\)|\bobserved\b|^Day after |^Second Day of ")


@cache
def holiday_months() -> dict[str, int]:
    """Holiday name (as written in English) → its usual month."""
    import holidays

    out: dict[str, int] = {}
    for code in _REGIONS:
        try:
            days = holidays.country_holidays(code, years=2025, language="en_US")
        except (NotImplementedError, KeyError, AttributeError):
            continue
        for when, names in sorted(days.items()):
            for name in names.split(";"):
                name = _SKIP.sub("", name).strip()
                if len(name) >= 4 and not name.lower().startswith(("national and", "election")):
                    out.setdefault(name, when.month)
    for name, month in _OBSERVANCES.items():
        out.setdefault(name, month)
    return out


def _pattern(name: str) -> str:
    """ "Saint Patrick's Day" also as "St Patricks Day", "st. patrick's day"."""
    words = []
    split = name.split()
    for i, word in enumerate(split):
        if word == "Day" and i == len(split) - 1 and re.search(r"['’]s$", split[i - 1]):
            words.append("(?:Day|weekend|night)")  # "Paddy's weekend", "Valentine's night"
        elif word in ("Saint", "St"):
            words.append(r"(?:Saint|St\.?)")
        else:
            words.append(re.escape(word).replace("'", "['’]?").replace("’", "['’]?"))
    return r"[ -]".join(words)


def _holiday_regex(alternatives: list[str]) -> re.Pattern[str]:
    body = "|".join(alternatives)
    return re.compile(rf"\b(?:(?:{body})(?:\s+(?:19|20)\d{{2}})?)(?!['’\w-])", re.IGNORECASE)


@cache
def holiday_regex() -> re.Pattern[str]:
    return _holiday_regex([_pattern(n) for n in sorted(holiday_months(), key=len, reverse=True)])


class _ByFirstChar:
    """The holiday regex, split by the character a holiday opens with.

    With ``re.IGNORECASE`` Python's engine enters every one of the 170 alternatives at
    each place it is tried; here only those that open with the text's character (and
    those that open otherwise, with a group or an escape) are. Kept in their order, so
    a match is exactly the full regex's; a character outside ASCII uses the full one.
    """

    def __init__(self) -> None:
        self._full = holiday_regex()
        alternatives = [_pattern(n) for n in sorted(holiday_months(), key=len, reverse=True)]
        keyed = {
            a: a[0].lower() if a[0].isascii() and a[0].isalnum() else None for a in alternatives
        }
        keys = {k for k in keyed.values() if k is not None}
        self._by: dict[str, re.Pattern[str] | None] = {}
        for key in keys:
            some = [a for a in alternatives if keyed[a] in (key, None)]
            self._by[key] = _holiday_regex(some)
        rest = [a for a in alternatives if keyed[a] is None]
        self._rest = _holiday_regex(rest) if rest else None

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        ch = text[pos : pos + 1]
        if not ch.isascii():
            return self._full.match(text, pos)
        regex = self._by.get(ch.lower(), self._rest)
        return regex.match(text, pos) if regex is not None else None


@cache
def _holiday_fast() -> Triggered:
    firsts = {
        re.match(r"[^\W_]+", form).group().lower()
        for n in holiday_months()
        for form in (n, re.sub("['’]", "", n))  # "Mothers Day" as well as "Mother's Day"
        if re.match(r"[^\W_]+", form)
    } | {"st", "saint"}
    # A holiday that opens a number opens with its digit ("4th of July"); every other
    # one with a letter, "Saint" or a mark: only numbers opening with one of those
    # digits are tried, not every number of a text.
    opening = sorted({n[0] for n in holiday_months() if n[:1].isdigit()})
    return Triggered(
        _ByFirstChar(),  # type: ignore[arg-type]  # only its match is used
        "|".join(sorted(map(re.escape, firsts))),
        digits=f"[{re.escape(''.join(opening))}]" if opening else False,
    )


def holiday_month(text: str) -> int | None:
    """The usual month of a holiday span ("Easter Monday" → 4), or None."""
    key = re.sub(r"\s+(?:19|20)\d{2}$", "", text.strip()).lower().replace("’", "'")
    key = re.sub(r"^st\.? ", "saint ", key)
    key = re.sub(r"(['’]?s) (?:weekend|night)$", r"\1 day", key)  # "paddy's weekend"
    month = _months_by_key().get(key)
    return month if month is not None else date_holidays.month_of(text)


@cache
def _months_by_key() -> dict[str, int]:
    """Each holiday's lower-case name, without apostrophes and with "St" as "saint" →
    its month; the first holiday to give a form keeps it (one lookup per date, not a
    pass over every holiday)."""
    out: dict[str, int] = {}
    for name, month in holiday_months().items():
        low = name.lower()
        for form in (low, low.replace("'", ""), re.sub(r"^st\.? ", "saint ", low)):
            out.setdefault(form, month)
    return out


# A word of time before a holiday in lower case makes it the holiday: "since labor day",
# "over memorial day weekend", "had it labor day".
_TIME_CUE = re.compile(
    r"\b(?:since|on|over|after|before|until|till|by|at|this|last|next|during|around|it|"
    r"for|from|of)\s+$",
    re.IGNORECASE,
)
# First words of holidays that are ordinary words: the holiday only in title case.
_ORDINARY_FIRST = frozenset(
    """family heritage freedom memorial victory labour labor national independence
    youth unity constitution republic sports culture children's women's""".split()
)


def find(text: str) -> Iterator[Span]:
    """The holidays of the profile's regions and the observances, by name."""
    for m in _holiday_fast().finditer(text):
        raw = m.group()
        if raw.islower() and raw in ("eid", "holi", "lent", "advent", "onam"):
            continue  # lower-case words that are also ordinary words or names
        if raw.lower() in ("lent", "advent", "holi") and not raw[0].isupper():
            continue
        if (
            raw.split()[0].lower() in _ORDINARY_FIRST
            and not raw.istitle()
            and not (_TIME_CUE.search(text, max(0, m.start() - 12), m.start()) and " " in raw)
        ):
            continue  # "family day out", "Labour day rates"; not "since labor day"
        yield Span(m.start(), m.end(), SpanType.DATE, Source.PATTERN, 0.85, raw)
