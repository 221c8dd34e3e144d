"""Symptom trends aggregated in SQL: what the summary and the Trends view plot.

Every function takes the journal's database connection and returns plain data,
so it can run on the worker thread (the app) or inline (the CLI, tests).

- ``daily_stats``: per symptom and day, the average, lowest and highest rating and
  how many ratings there were.
- ``binned_stats``: the same per run of ``bucket`` days (a week, 30 days), for long
  ranges: ten years are ~520 weekly points instead of ~3,650 daily ones.
- ``moving_average``: a trailing mean over calendar days (pure Python, on the above).
- ``symptom_days_by_month``: days with a rating above 0, per symptom and month.
- ``before_after``: the average rating in a window before a day against a window
  from that day on, with the number of ratings behind each figure.
- ``entry_days``: the days that have any entry (the rest are gaps in the record).
- ``day_peaks``: the highest rating per day across some symptoms (calendar heatmap).

Ranges are inclusive (``start`` … ``end``). Queries range over ``entries.at``,
which the ``entries_at`` index covers together with the id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class DailyStat:
    """Ratings of one day, or of a bin of days (``days`` of them rated); ``mean`` is
    then the mean of the daily averages and ``day`` the middle of the bin."""

    day: dt.date
    mean: float
    low: int
    high: int
    n: int
    days: int = 1


@dataclass(frozen=True)
class Rolling:
    """Trailing window ending on ``day``: mean of daily means, lowest and highest rating."""

    day: dt.date
    mean: float
    low: int
    high: int


@dataclass(frozen=True)
class Window:
    """Ratings of one symptom in a window of days; ``mean`` is None when ``n`` is 0."""

    start: dt.date
    end: dt.date
    mean: float | None
    n: int


@dataclass(frozen=True)
class BeforeAfter:
    symptom_id: int
    day: dt.date
    before: Window
    after: Window

    @property
    def change(self) -> float | None:
        if self.before.mean is None or self.after.mean is None:
            return None
        return self.after.mean - self.before.mean


def _bounds(start: dt.date, end: dt.date) -> tuple[str, str]:
    """``entries.at`` bounds for an inclusive day range."""
    return start.isoformat(), (end + dt.timedelta(days=1)).isoformat()


def _in(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


def daily_stats(
    db, symptom_ids: Sequence[int], start: dt.date, end: dt.date
) -> dict[int, list[DailyStat]]:
    """Per symptom, one ``DailyStat`` for each day that has a rating, oldest first."""
    out: dict[int, list[DailyStat]] = {sid: [] for sid in symptom_ids}
    if not symptom_ids:
        return out
    lo, hi = _bounds(start, end)
    rows = db.execute(
        "SELECT r.symptom_id, substr(e.at, 1, 10) AS day, avg(r.severity), min(r.severity), "
        "max(r.severity), count(*) FROM entries e "
        "JOIN symptom_readings r ON r.entry_id = e.id "
        f"WHERE e.at >= ? AND e.at < ? AND r.symptom_id IN ({_in(symptom_ids)}) "
        "GROUP BY r.symptom_id, day ORDER BY r.symptom_id, day",
        (lo, hi, *symptom_ids),
    )
    for sid, day, mean, low, high, n in rows:
        out[sid].append(DailyStat(dt.date.fromisoformat(day), float(mean), low, high, n))
    return out


def binned_stats(
    db, symptom_ids: Sequence[int], start: dt.date, end: dt.date, bucket: int
) -> dict[int, list[DailyStat]]:
    """Per symptom, one ``DailyStat`` per run of ``bucket`` days counted from ``start``
    that has a rating, oldest first; ``bucket`` 1 is ``daily_stats``. Days are averaged
    first, so a day with three ratings weighs as much as a day with one."""
    if bucket <= 1:
        return daily_stats(db, symptom_ids, start, end)
    out: dict[int, list[DailyStat]] = {sid: [] for sid in symptom_ids}
    if not symptom_ids:
        return out
    lo, hi = _bounds(start, end)
    origin = start.toordinal()
    rows = db.execute(
        "SELECT sid, CAST((julianday(day) - julianday(?)) AS INTEGER) / ? AS bin, avg(m), "
        "min(lo), max(hi), sum(n), count(*) FROM ("
        "SELECT r.symptom_id AS sid, substr(e.at, 1, 10) AS day, avg(r.severity) AS m, "
        "min(r.severity) AS lo, max(r.severity) AS hi, count(*) AS n FROM entries e "
        "JOIN symptom_readings r ON r.entry_id = e.id "
        f"WHERE e.at >= ? AND e.at < ? AND r.symptom_id IN ({_in(symptom_ids)}) "
        "GROUP BY sid, day) GROUP BY sid, bin ORDER BY sid, bin",
        (start.isoformat(), bucket, lo, hi, *symptom_ids),
    )
    last = end.toordinal()
    for sid, b, mean, low, high, n, days in rows:
        first = origin + b * bucket
        middle = (first + min(first + bucket - 1, last)) // 2
        out[sid].append(DailyStat(dt.date.fromordinal(middle), float(mean), low, high, n, days))
    return out


def moving_average(stats: Sequence[DailyStat], days: int = 7) -> list[tuple[dt.date, float]]:
    """Trailing mean of the daily averages over the last ``days`` calendar days.

    Days without a rating are skipped, not counted as zero: a gap in the record is
    not a good day.
    """
    out: list[tuple[dt.date, float]] = []
    window: list[DailyStat] = []
    total = 0.0
    first = 0
    for stat in stats:
        window.append(stat)
        total += stat.mean
        while window[first].day <= stat.day - dt.timedelta(days=days):
            total -= window[first].mean
            first += 1
        out.append((stat.day, total / (len(window) - first)))
    return out


def rolling(stats: Sequence[DailyStat], days: int = 7) -> list[Rolling]:
    """``moving_average`` plus the lowest and highest rating in each window: the band
    drawn around the average (with one rating a day, a day's own low and high are
    the same, so the band spans the window)."""
    out: list[Rolling] = []
    first = 0
    for i, stat in enumerate(stats):
        while stats[first].day <= stat.day - dt.timedelta(days=days):
            first += 1
        part = stats[first : i + 1]
        out.append(
            Rolling(
                stat.day,
                sum(s.mean for s in part) / len(part),
                min(s.low for s in part),
                max(s.high for s in part),
            )
        )
    return out


def symptom_days_by_month(
    db, symptom_ids: Sequence[int], start: dt.date, end: dt.date
) -> dict[int, dict[str, int]]:
    """Per symptom: ``{"YYYY-MM": days with a rating above 0}`` within the range."""
    out: dict[int, dict[str, int]] = {sid: {} for sid in symptom_ids}
    if not symptom_ids:
        return out
    lo, hi = _bounds(start, end)
    for sid, month, days in db.execute(
        "SELECT r.symptom_id, substr(e.at, 1, 7), count(DISTINCT substr(e.at, 1, 10)) "
        "FROM entries e JOIN symptom_readings r ON r.entry_id = e.id "
        f"WHERE e.at >= ? AND e.at < ? AND r.severity > 0 "
        f"AND r.symptom_id IN ({_in(symptom_ids)}) "
        "GROUP BY r.symptom_id, substr(e.at, 1, 7)",
        (lo, hi, *symptom_ids),
    ):
        out[sid][month] = days
    return out


def symptom_days(db, symptom_ids: Sequence[int], start: dt.date, end: dt.date) -> dict[int, int]:
    """Per symptom: the number of days in the range with a rating above 0."""
    out = dict.fromkeys(symptom_ids, 0)
    if not symptom_ids:
        return out
    lo, hi = _bounds(start, end)
    for sid, days in db.execute(
        "SELECT r.symptom_id, count(DISTINCT substr(e.at, 1, 10)) FROM entries e "
        "JOIN symptom_readings r ON r.entry_id = e.id "
        f"WHERE e.at >= ? AND e.at < ? AND r.severity > 0 "
        f"AND r.symptom_id IN ({_in(symptom_ids)}) GROUP BY r.symptom_id",
        (lo, hi, *symptom_ids),
    ):
        out[sid] = days
    return out


def window(db, symptom_id: int, start: dt.date, end: dt.date) -> Window:
    """Mean rating and number of ratings of one symptom in an inclusive range."""
    if end < start:
        return Window(start, end, None, 0)
    lo, hi = _bounds(start, end)
    mean, n = db.execute(
        "SELECT avg(r.severity), count(*) FROM entries e "
        "JOIN symptom_readings r ON r.entry_id = e.id "
        "WHERE e.at >= ? AND e.at < ? AND r.symptom_id = ?",
        (lo, hi, symptom_id),
    ).fetchone()
    return Window(start, end, None if mean is None else float(mean), int(n))


def before_after(
    db, symptom_ids: Iterable[int], day: dt.date, *, weeks: int = 4, until: dt.date | None = None
) -> list[BeforeAfter]:
    """For each symptom: ``weeks`` before ``day`` (not counting it) against ``weeks``
    from ``day`` on, the latter cut at ``until`` (the end of what is being reported)."""
    span = dt.timedelta(days=7 * weeks)
    before = (day - span, day - dt.timedelta(days=1))
    after_end = day + span - dt.timedelta(days=1)
    if until is not None:
        after_end = min(after_end, until)
    return [
        BeforeAfter(sid, day, window(db, sid, *before), window(db, sid, day, after_end))
        for sid in symptom_ids
    ]


def entry_days(db, start: dt.date, end: dt.date) -> set[dt.date]:
    """Days in the range that have at least one entry of any kind."""
    lo, hi = _bounds(start, end)
    return {
        dt.date.fromisoformat(d)
        for (d,) in db.execute(
            "SELECT DISTINCT substr(at, 1, 10) FROM entries WHERE at >= ? AND at < ?", (lo, hi)
        )
    }


def gaps(
    days_with_entries: set[dt.date], start: dt.date, end: dt.date
) -> list[tuple[dt.date, dt.date]]:
    """Runs of consecutive days without entries, as inclusive (first, last) pairs."""
    out: list[tuple[dt.date, dt.date]] = []
    run_start: dt.date | None = None
    day = start
    while day <= end:
        if day not in days_with_entries:
            run_start = run_start or day
        elif run_start is not None:
            out.append((run_start, day - dt.timedelta(days=1)))
            run_start = None
        day += dt.timedelta(days=1)
    if run_start is not None:
        out.append((run_start, end))
    return out


def day_peaks(
    db, symptom_ids: Sequence[int] | None, start: dt.date, end: dt.date
) -> dict[dt.date, int]:
    """The highest rating per day (of these symptoms, or of any when None)."""
    lo, hi = _bounds(start, end)
    where, params = "", []
    if symptom_ids is not None:
        if not symptom_ids:
            return {}
        where = f" AND r.symptom_id IN ({_in(symptom_ids)})"
        params = list(symptom_ids)
    return {
        dt.date.fromisoformat(d): m
        for d, m in db.execute(
            "SELECT substr(e.at, 1, 10) AS day, max(r.severity) FROM entries e "
            "JOIN symptom_readings r ON r.entry_id = e.id "
            f"WHERE e.at >= ? AND e.at < ?{where} GROUP BY day",
            (lo, hi, *params),
        )
    }


def first_day(db) -> dt.date | None:
    """The day of the oldest entry."""
    row = db.execute("SELECT min(at) FROM entries").fetchone()
    return dt.date.fromisoformat(row[0][:10]) if row and row[0] else None
