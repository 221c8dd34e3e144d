"""Dates in the words of a search: "headache november", "last month", "fatigue 2025".

A tired user types what they mean, not a filter. ``understand`` takes the date
words out of a query and returns them as a date range, so "headache november"
searches for "headache" in the last November (this one if it has begun, else last
year's) and "last week" lists last week's entries. Only bare words count: a quoted
"march" is searched as text. "may" is a date only when it is the whole query, has
a year ("may 2025") or follows "in"/"during", since "may" is an ordinary word.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from app.models import EntryFilter

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
_PHRASES = re.compile(
    r'"[^"]*"?'  # a quoted phrase: kept as text
    r"|\b(?P<rel>(?:last|this|past|previous)\s+(?:week|month|year))\b"
    r"|\b(?P<days>(?:last|past)\s+(?P<n>\d{1,3})\s+days)\b"
    r"|\b(?P<day>yesterday|today)\b"
    rf"|\b(?P<month>{_MONTH_WORD})\b\.?(?:\s+(?P<myear>(?:19|20)\d\d)\b)?"
    r"|\b(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_LEAD_IN = re.compile(r"\b(?:in|during|since|from)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Understood:
    """What a query means: the words to search for and the date range its date words give."""

    text: str
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    date_words: str = ""  # the words that gave the range, as typed

    def apply(self, flt: EntryFilter) -> EntryFilter:
        """``flt`` limited to this range too (a range chosen on screen wins)."""
        if self.date_from is None or flt.date_from or flt.date_to:
            return flt
        return replace(flt, date_from=self.date_from, date_to=self.date_to)


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _range(m: re.Match, today: dt.date) -> tuple[dt.date, dt.date] | None:
    if m.group("rel"):
        which, unit = m.group("rel").lower().split()
        back = which != "this"
        if unit == "week":
            monday = today - dt.timedelta(days=today.weekday())
            start = monday - dt.timedelta(days=7) if back else monday
            return start, start + dt.timedelta(days=6)
        if unit == "month":
            first = today.replace(day=1)
            if back:
                first = (first - dt.timedelta(days=1)).replace(day=1)
            return _month(first.year, first.month)
        year = today.year - 1 if back else today.year
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if m.group("days"):
        n = max(1, int(m.group("n")))
        return today - dt.timedelta(days=n - 1), today
    if m.group("day"):
        day = today if m.group("day").lower() == "today" else today - dt.timedelta(days=1)
        return day, day
    if m.group("month"):
        month = _MONTHS[m.group("month").lower()]
        if m.group("myear"):
            return _month(int(m.group("myear")), month)
        year = today.year if month <= today.month else today.year - 1
        return _month(year, month)
    if m.group("year"):
        year = int(m.group("year"))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None


def understand(query: str, today: dt.date | None = None) -> Understood:
    """Split ``query`` into search words and one date range (the last date words win)."""
    today = today or dt.date.today()
    found: tuple[re.Match, tuple[dt.date, dt.date]] | None = None
    for m in _PHRASES.finditer(query):
        if m.group(0).startswith('"'):
            continue
        if (
            m.group("month")
            and m.group("month").lower() == "may"
            and not m.group("myear")
            and query.strip().lower() != "may"
            and not _LEAD_IN.search(query[: m.start()])
        ):
            continue
        span = _range(m, today)
        if span is not None:
            found = (m, span)
    if found is None:
        return Understood(query)
    m, (start, end) = found
    rest = query[: m.start()] + " " + query[m.end() :]
    rest = re.sub(r"\b(in|during|from|since|of)\s*$", "", rest.strip(), flags=re.IGNORECASE)
    rest = re.sub(r"^\s*(in|during)\b", "", rest, flags=re.IGNORECASE)
    return Understood(" ".join(rest.split()), start, end, m.group(0).strip())
