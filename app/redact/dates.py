"""Read a detected date back into a ``datetime.date`` so it can be made relative or coarse."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {m: i for i, names in enumerate(
    ["jan january", "feb february", "mar march", "apr april", "may", "jun june",
     "jul july", "aug august", "sep sept september", "oct october", "nov november",
     "dec december"], 1) for m in names.split()}
_NUM = re.compile(r"(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?")
_WORDS = re.compile(r"[a-z]+|\d+", re.IGNORECASE)


def _year(raw: str, fallback: int) -> int:
    y = int(raw)
    if len(raw) == 2:
        y += 2000 if y <= fallback % 100 + 1 else 1900
    return y


def parse_date(text: str, *, region: str = "GB", ref: date | None = None) -> tuple[date, str] | None:
    """The date and its precision ("day", "month" or "year"), or None if unreadable.

    Day-month order follows the region (US writes month first). Missing years come from
    ``ref`` (the entry's date), since "7/22" in an entry means that entry's year.
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
            if c is None and (day > 31 or len(m.group(2)) == 2 and day > 31):
                return None
            year = _year(c, ref.year) if c else ref.year
            return date(year, month, day), "day"
        words = [w.lower() for w in _WORDS.findall(text)]
        month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
        nums = [w for w in words if w.isdigit()]
        year = next((int(n) for n in nums if len(n) == 4), None)
        day = next((int(n) for n in nums if len(n) <= 2 and 1 <= int(n) <= 31), None)
        if month is None:
            return (date(year, 1, 1), "year") if year else None
        if day is None:
            return date(year or ref.year, month, 1), "month"
        return date(year or ref.year, month, day), "day"
    except ValueError:
        return None
