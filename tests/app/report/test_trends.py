"""SQL aggregation for trends agrees with the same figures computed in Python from
the entries themselves, on a year of demo data."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from statistics import mean

import pytest

from app.demo import populate
from app.journal.journal import Journal
from app.report import trends

END = dt.date(2026, 6, 30)
START = dt.date(2026, 1, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Journal:
    from tests.support.journals import make_journal

    journal = make_journal(tmp_path_factory.mktemp("trends") / "demo.fettle")
    populate(journal, days=365, end=END)
    yield journal
    journal.lock()


def _ratings(journal: Journal) -> list[tuple[dt.date, int, int]]:
    return [
        (e.day, r.symptom_id, r.severity) for e in journal.entries.iter_all() for r in e.readings
    ]


def test_daily_stats_match_python(demo: Journal) -> None:
    ids = [s.id for s in demo.catalog.symptoms()]
    by_day: dict[tuple[int, dt.date], list[int]] = defaultdict(list)
    for day, sid, sev in _ratings(demo):
        if START <= day <= END:
            by_day[(sid, day)].append(sev)
    got = trends.daily_stats(demo.db, ids, START, END)
    assert sum(len(v) for v in got.values()) == len(by_day) > 300
    for sid, stats in got.items():
        for s in stats:
            values = by_day[(sid, s.day)]
            assert (s.mean, s.low, s.high, s.n) == (
                pytest.approx(mean(values)),
                min(values),
                max(values),
                len(values),
            )
        assert [s.day for s in stats] == sorted(s.day for s in stats)


def test_symptom_days_match_python(demo: Journal) -> None:
    ids = [s.id for s in demo.catalog.symptoms()]
    days: dict[int, set[dt.date]] = defaultdict(set)
    for day, sid, sev in _ratings(demo):
        if START <= day <= END and sev > 0:
            days[sid].add(day)
    assert trends.symptom_days(demo.db, ids, START, END) == {sid: len(days[sid]) for sid in ids}
    by_month = trends.symptom_days_by_month(demo.db, ids, START, END)
    for sid in ids:
        expected: dict[str, int] = defaultdict(int)
        for day in days[sid]:
            expected[f"{day:%Y-%m}"] += 1
        assert by_month[sid] == dict(expected)


def test_entry_days_and_gaps(demo: Journal) -> None:
    have = {e.day for e in demo.entries.iter_all() if START <= e.day <= END}
    assert trends.entry_days(demo.db, START, END) == have
    gaps = trends.gaps(have, START, END)
    missing = {START + dt.timedelta(days=i) for i in range((END - START).days + 1)} - have
    assert {
        g[0] + dt.timedelta(days=i) for g in gaps for i in range((g[1] - g[0]).days + 1)
    } == missing
    assert trends.gaps(set(), START, START) == [(START, START)]


def test_day_peaks_are_the_highest_rating(demo: Journal) -> None:
    peaks: dict[dt.date, int] = {}
    for day, _, sev in _ratings(demo):
        if START <= day <= END:
            peaks[day] = max(peaks.get(day, 0), sev)
    assert trends.day_peaks(demo.db, None, START, END) == peaks
    assert trends.day_peaks(demo.db, [], START, END) == {}


def test_moving_average_skips_gaps_rather_than_counting_zero() -> None:
    d = dt.date(2026, 1, 1)
    stats = [
        trends.DailyStat(d, 6.0, 6, 6, 1),
        trends.DailyStat(d + dt.timedelta(days=1), 4.0, 3, 5, 2),
        trends.DailyStat(d + dt.timedelta(days=9), 2.0, 2, 2, 1),
    ]
    assert trends.moving_average(stats, 7) == [
        (stats[0].day, 6.0),
        (stats[1].day, 5.0),
        (stats[2].day, 2.0),
    ]
    rolled = trends.rolling(stats, 7)
    assert [(r.mean, r.low, r.high) for r in rolled] == [(6.0, 6, 6), (5.0, 3, 6), (2.0, 2, 2)]


def test_weekly_bins_match_python(demo: Journal) -> None:
    """Each weekly point is the mean of that week's daily averages, with the lowest and
    highest rating, the number of ratings and of days behind it."""
    sid = next(s.id for s in demo.catalog.symptoms() if s.name == "Joint pain")
    daily = trends.daily_stats(demo.db, [sid], START, END)[sid]
    weeks: dict[int, list[trends.DailyStat]] = defaultdict(list)
    for s in daily:
        weeks[(s.day - START).days // 7].append(s)
    got = trends.binned_stats(demo.db, [sid], START, END, 7)[sid]
    assert len(got) == len(weeks) >= 25
    for point, (k, days) in zip(got, sorted(weeks.items())):
        assert (
            START + dt.timedelta(days=7 * k)
            <= point.day
            <= min(START + dt.timedelta(days=7 * k + 6), END)
        )
        assert point.mean == pytest.approx(mean(s.mean for s in days))
        assert (point.low, point.high) == (min(s.low for s in days), max(s.high for s in days))
        assert (point.n, point.days) == (sum(s.n for s in days), len(days))
    assert trends.binned_stats(demo.db, [sid], START, END, 1) == {sid: daily}


def test_long_periods_are_plotted_weekly(demo: Journal) -> None:
    from app.report.trends_data import binning, load_trends

    assert binning(90) == (1, 7) and binning(365) == (1, 7)
    assert binning(3650) == (7, 28)
    data = load_trends(demo, days=3650, today=END)
    assert data.bucket == 7 and data.window == 28
    assert len(data.trend.daily) <= 3650 // 7 + 1
    # Every rating is still counted, and the calendar keeps every day.
    assert data.trend.n == sum(
        s.n
        for s in trends.daily_stats(demo.db, [data.symptom_id], data.start, END)[data.symptom_id]
    )
    assert len(data.peaks) > 300
