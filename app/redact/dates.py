"""Read a detected date back into a ``datetime.date`` so it can be made relative or coarse."""

from __future__ import annotations

import re
from datetime import date

from app.redact.date_holiday_names import holiday_month
from app.redact.date_words import _FOREIGN_MONTHS, nearest_year

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ],
        1,
    )
    for m in names.split()
}
_MONTHS.update(_FOREIGN_MONTHS)
_NUM = re.compile(r"(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\.?")
_WORDS = re.compile(r"[^\W\d_]+|\d+")
_SAYS_YEAR = re.compile(r"(?:19|20)\d{2}|['’]\d{2}\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|,\s*\d{2}\b")


def _year(raw: str, fallback: int) -> int:
    y = int(raw)
    if len(raw) == 2:
        y += 2000 if y <= fallback % 100 + 1 else 1900
    return y


# "last September", "März letzten Jahres", "voriges Jahr im Mai"; "next March".
_LAST_WORDS = frozenset(["last", "past", "letzten", "letztes", "vorigen", "voriges", "vergangenen"])
_NEXT_WORDS = frozenset(["next", "coming", "nächsten", "nächstes", "kommenden"])


def _relative_year(words: list[str], month: int, day: int, ref: date) -> int:
    """ "last September" is the one before the entry, "next March" the one after it;
    a month alone is the nearest one."""
    later = (month, day) > (ref.month, ref.day)
    if not _LAST_WORDS.isdisjoint(words):
        return ref.year - 1 if later else ref.year
    if not _NEXT_WORDS.isdisjoint(words):
        return ref.year if later else ref.year + 1
    return nearest_year(month, day, ref)


def says_year(text: str) -> bool:
    """Whether the date as written names its year ("3 May 2024", "3/5/24")."""
    return _SAYS_YEAR.search(text) is not None


def parse_date(
    text: str, *, region: str = "GB", ref: date | None = None
) -> tuple[date, str] | None:
    """The date and its precision ("day", "month", "year" or "holiday"), or None.

    Day-month order follows the region (US writes month first). A missing year is the
    one that puts the date nearest ``ref`` (the entry's date), since "7/22" or
    "October" in an entry means the nearest one, usually the past one.
    """
    ref = ref or date.today()
    m = _NUM.fullmatch(text.strip())
    try:
        if m:
            a, b, c = m.group(1), int(m.group(2)), m.group(3)
            if len(a) == 4:
                return date(int(a), b, int(c or 1)), "day"
            first, second = (int(a), b) if region.upper() == "US" else (b, int(a))
            month, day = first, second
            if month > 12 and day <= 12:
                month, day = day, month
            if c is None and day > 31:
                return None
            year = _year(c, ref.year) if c else nearest_year(month, day, ref)
            return date(year, month, day), "day"
        month_of_holiday = holiday_month(text)
        if month_of_holiday is not None:
            return date(ref.year, month_of_holiday, 1), "holiday"
        words = [w.lower() for w in _WORDS.findall(text)]
        month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
        nums = [w for w in words if w.isdigit()]
        year = next((int(n) for n in nums if len(n) == 4), None)
        day = next((int(n) for n in nums if len(n) <= 2 and 1 <= int(n) <= 31), None)
        if month is None:
            return (date(year, 1, 1), "year") if year else None
        if year is None:
            year = _relative_year(words, month, day or 15, ref)
        if day is None:
            return date(year, month, 1), "month"
        return date(year, month, day), "day"
    except ValueError:
        return None
