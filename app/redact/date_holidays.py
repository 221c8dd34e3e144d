"""More holidays: every region's state and school holidays, festivals and German names.

``date_holiday_names`` matches the national holidays of the profile's regions in any case. This
adds, case-sensitively (so "family day out" or "sacred heart" stay words), what the
``holidays`` package (MIT, data in the wheel) knows beyond them: state and provincial
holidays ("Melbourne Cup Day", "Family Day"), optional and religious festivals ("Guru
Purnima", "Thaipusam"), school breaks, and German, Austrian and Swiss names in German
("Pfingstmontag", "Heiligabend"). A holiday's "weekend" or short form pins a date as
well as its name does ("Labour Weekend", "Paddy's weekend", "Melbourne Cup").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import _tokens

_REGIONS = "GB US CA IE AU NZ IN ZA DE IL SG MY PK NG KE JM PH AT CH LK BD AE SA EG TR".split()
_GERMAN = frozenset({"DE", "AT", "CH"})
# Names that are also ordinary phrases, places or someone's own day: left to the cues.
_SKIP = re.compile(
    r"\(|observed|estimated|^Additional|^Day off|^(?:Bank|Bridge|State|Civic|Public) Holiday$|"
    r"^Post |^Sacred Heart$|^Corpus Christi$|^(?:Election|Victory|Liberty|Discovery|Natal|"
    r"Transfer|Restoration|Inauguration|Players['’]|Drivers['’]|Missionary|Picnic) Day$|"
    r"['’]s Birthday$|^Hl\. |^Birthday of|^Anniversary|^\d|Jahrestag|anniversary|,"
)
# Short forms people write that the package does not spell (month for coarsening).
_ALIASES = {
    "MLK Day": 1,
    "Deepavali": 11,
    "Valentine's": 2,
    "Valentines": 2,
    "Noël": 12,
    "Pfingsten": 5,
    "Ostern": 4,
    "Fasching": 2,
    "Karneval": 2,
    "Rosenmontag": 2,
    "Labour Weekend": 10,
    "Queen's Birthday": 6,
    "King's Birthday": 6,
    "Melbourne Cup": 11,
    "Yom Kippur": 10,
    "Eid ul-Fitr": 4,
    "Eid ul-Adha": 6,
    "Chhath": 11,
    "Durga Puja": 10,
    "Ganpati": 9,
    "Bakrid": 6,
    "Thanksgiving weekend": 10,
    "Canada Day weekend": 7,
}


@cache
def extra_months() -> dict[str, int]:
    """Holiday name → its usual month, for the names ``date_holiday_names`` does not hold.

    Read from ``data/holiday_months.txt``, which ``data/make_holiday_months.py`` writes
    from the ``holidays`` package: asking the package for 25 regions, their
    subdivisions and categories cost half a second of the first share in a process."""
    text = resources.files("app.redact.data").joinpath("holiday_months.txt").read_text("utf-8")
    out: dict[str, int] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, month = line.rsplit("\t", 1)
            out[name] = int(month)
    out.update(_ALIASES)
    return out


def months_from_package() -> dict[str, int]:
    """What ``data/holiday_months.txt`` holds, asked of the installed ``holidays``
    package (a developer tool, and the test that the file is current)."""
    import holidays

    out: dict[str, int] = {}
    for code in _REGIONS:
        try:
            cls = holidays.country_holidays(code, years=2025)
        except (NotImplementedError, KeyError, AttributeError):
            continue
        subdivisions = [None, *getattr(cls, "subdivisions", ())]
        categories = getattr(cls, "supported_categories", ("public",))
        languages = ("en_US", "de") if code in _GERMAN else ("en_US",)
        for sub in subdivisions:
            for lang in languages:
                try:
                    days = holidays.country_holidays(
                        code, subdiv=sub, years=2025, language=lang, categories=categories
                    )
                except (NotImplementedError, KeyError, AttributeError, ValueError):
                    continue
                for name, month in _usual_months(days).items():
                    out.setdefault(name, month)
    for name, month in list(out.items()):
        if name.endswith(" Day") and len(name) > 8:
            stem = name[:-4]
            out.setdefault(f"{stem} weekend", month)  # "Labour weekend", "Paddy's weekend"
            out.setdefault(f"{stem} Weekend", month)
    return out


def _usual_months(days: dict) -> dict[str, int]:  # type: ignore[type-arg]
    """Each usable name → the month holding most of its days, the earlier on a tie
    ("Hanukkah": eight days of December 2025 outweigh two of January). Taking the first
    day the package gave depended on the order of its categories, a set: the month
    changed with the hash seed."""
    counts: dict[str, dict[int, int]] = {}
    for when, names in sorted(days.items()):
        for name in names.split(";"):
            name = name.strip()
            if _usable(name):
                per_month = counts.setdefault(name, {})
                per_month[when.month] = per_month.get(when.month, 0) + 1
    return {name: max(m, key=lambda k: (m[k], -k)) for name, m in counts.items()}


def _usable(name: str) -> bool:
    if _SKIP.search(name) or len(name) < 5:
        return False
    return len(name.split()) > 1 or len(name) >= 6


def _pattern(name: str) -> str:
    return r"\s+".join(
        re.escape(w).replace("'", "['’]?").replace("’", "['’]?") for w in name.split()
    )


@cache
def _by_first() -> dict[str, re.Pattern[str]]:
    """First token as written → a regex of the names that start with it. Matching only
    there, with a few names each, is what keeps 600 names cheap."""
    groups: dict[str, list[str]] = {}
    for name in extra_months():
        for form in {name, re.sub("['’]", "", name)}:
            first = re.match(r"[^\W_]+", form)
            if first and first.group()[0].isupper():
                groups.setdefault(first.group(), []).append(name)
    return {
        first: re.compile(
            r"(?:"
            + "|".join(_pattern(n) for n in sorted(set(names), key=len, reverse=True))
            + r")(?:\s+(?:19|20)\d{2})?(?![\w'’-])"
        )
        for first, names in groups.items()
    }


_FIRST = re.compile(r"[^\W_]+")


def find(text: str) -> Iterator[Span]:
    """Holidays of the extra list, as written (case-sensitive)."""
    by_first = _by_first()
    at = _tokens(text).at
    # the frozenset asked of the text's words: ``at.keys() & frozenset`` walks all 400
    starts = sorted(start for low in _firsts_lower().intersection(at) for start in at[low])
    end = 0
    for start in starts:
        if not text[start].isupper():
            m = _LOWER_GERMAN.match(text, start)  # "seit ostern": no word but the day
            if m:
                yield Span(m.start(), m.end(), SpanType.DATE, Source.PATTERN, 0.8, m.group())
            continue  # every other name is written with a capital
        word = _FIRST.match(text, start)
        regex = by_first.get(word.group()) if word else None
        if regex is None or start < end or start and text[start - 1] in "-_":
            continue
        m = regex.match(text, start)
        if m:
            end = m.end()
            yield Span(m.start(), m.end(), SpanType.DATE, Source.PATTERN, 0.8, m.group())


# German feast days that are no other word, typed in lower case as chats are.
_LOWER_GERMAN = re.compile(
    r"(?:ostern|weihnachten|pfingsten|silvester|heiligabend|neujahr|fasching|karneval|fastnacht|"
    r"rosenmontag|karfreitag|ostermontag)\b"
)


@cache
def _firsts_lower() -> frozenset[str]:
    return frozenset(w.lower() for w in _by_first())


def month_of(text: str) -> int | None:
    """The usual month of an extra holiday span, or None."""
    key = re.sub(r"\s+(?:19|20)\d{2}$", "", " ".join(text.split())).replace("’", "'")
    months = extra_months()
    if key in months:
        return months[key]
    return _months_lower().get(key.lower())


@cache
def _months_lower() -> dict[str, int]:
    """``extra_months`` by lower-cased name; the first name of a spelling wins."""
    return {n.lower().replace("’", "'"): m for n, m in reversed(list(extra_months().items()))}
