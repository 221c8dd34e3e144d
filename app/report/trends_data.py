"""What the Trends view shows, as data: one symptom over a period, the treatment
periods and changes around it, a calendar of symptom days, and before/after figures
around each change. Runs on the worker thread; every figure is aggregated in SQL.

Long periods are plotted as weekly (or 30-day) points, aggregated in SQL, so ten years
cost about as much to load and draw as one: a plot ~1,000 pixels wide cannot show
3,650 daily points apart anyway. The calendar keeps every day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.report import trends
from app.report.summary import SymptomTrend, TreatmentChange, _changes

if TYPE_CHECKING:
    from app.journal.journal import Journal
    from app.report.insights import TreatmentEffect


# (longest period in days, days per plotted point, moving window in days)
BINS = ((400, 1, 7), (5500, 7, 28), (None, 30, 90))


def binning(days: int) -> tuple[int, int]:
    """Days per plotted point and the moving window for a period of ``days``."""
    for longest, bucket, window in BINS:
        if longest is None or days <= longest:
            return bucket, window
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class TreatmentPeriod:
    name: str
    start: dt.date
    stop: dt.date | None  # None: still taking it


@dataclass(frozen=True)
class TrendsData:
    start: dt.date
    end: dt.date
    symptoms: tuple[tuple[int, str], ...]  # every symptom, for the chooser
    symptom_id: int | None
    trend: SymptomTrend | None
    periods: tuple[TreatmentPeriod, ...]
    changes: tuple[TreatmentChange, ...]
    peaks: dict[dt.date, int]  # highest rating of the symptom per day (calendar)
    entry_days: frozenset[dt.date]
    comparisons: tuple[tuple[TreatmentChange, trends.BeforeAfter], ...]
    window: int = 7
    date_format: str = "d MMM yyyy"
    bucket: int = 1  # days per plotted point (1: daily)
    # The shown symptom around each change, wash-in left out, with its 95% interval
    # (corrected together with every other symptom's, as in the Insights view).
    effects: tuple[TreatmentEffect, ...] = ()

    def number(self, change: TreatmentChange) -> int:
        """The change's number, as on the chart's markers and in the table (from 1)."""
        return self.changes.index(change) + 1


def load_trends(
    journal: Journal,
    *,
    days: int | None,
    symptom_id: int | None = None,
    today: dt.date | None = None,
    weeks: int = 4,
    window: int | None = None,
) -> TrendsData:
    """``days`` None means everything since the first entry. Without ``symptom_id``,
    the symptom rated most often in the period. ``window`` (the moving average, in
    days) defaults to what suits the period's binning."""
    db = journal.db
    end = today or dt.date.today()
    first = trends.first_day(db) or end
    start = first if days is None else end - dt.timedelta(days=days - 1)
    bucket, default_window = binning((end - start).days + 1)
    window = window or default_window
    symptoms = tuple((s.id, s.name) for s in journal.catalog.symptoms(include_archived=True))
    names = dict(symptoms)
    if symptom_id not in names:
        row = db.execute(
            "SELECT r.symptom_id FROM entries e JOIN symptom_readings r ON r.entry_id = e.id "
            "WHERE e.at >= ? AND e.at < ? GROUP BY r.symptom_id ORDER BY count(*) DESC, "
            "r.symptom_id "
            "LIMIT 1",
            (start.isoformat(), (end + dt.timedelta(days=1)).isoformat()),
        ).fetchone()
        symptom_id = row[0] if row else (symptoms[0][0] if symptoms else None)
    treatments = journal.catalog.treatments()
    periods = tuple(
        TreatmentPeriod(t.name, t.start_day, t.stop_day)
        for t in treatments
        if t.start_day is not None
        and t.start_day <= end
        and (t.stop_day is None or t.stop_day >= start)
    )
    changes = tuple(
        sorted(
            (c for t in treatments for c in _changes(t, start, end)),
            key=lambda c: (c.day, c.treatment),
        )
    )
    trend = None
    comparisons: list[tuple[TreatmentChange, trends.BeforeAfter]] = []
    peaks: dict[dt.date, int] = {}
    if symptom_id is not None:
        daily = trends.binned_stats(db, [symptom_id], start, end, bucket)[symptom_id]
        trend = SymptomTrend(
            symptom_id, names[symptom_id], tuple(daily), tuple(trends.rolling(daily, window))
        )
        peaks = trends.day_peaks(db, [symptom_id], start, end)
        for change in changes:
            (figures,) = trends.before_after(db, [symptom_id], change.day, weeks=weeks, until=end)
            comparisons.append((change, figures))
    from app.report.insights import treatment_effects  # numpy, scipy.special: only when loading

    effects = (
        tuple(e for e in treatment_effects(journal, start, end) if e.symptom_id == symptom_id)
        if symptom_id is not None
        else ()
    )
    return TrendsData(
        start,
        end,
        symptoms,
        symptom_id,
        trend,
        periods,
        changes,
        peaks,
        frozenset(trends.entry_days(db, start, end)),
        tuple(comparisons),
        window,
        journal.settings.get("date_format"),
        bucket,
        effects,
    )
