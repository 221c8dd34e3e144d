"""Insights: what seems to go with a patient's symptoms, with honest statistics.

    result = build_insights(journal, start, end)      # worker thread or CLI
    for effect in result.effects: ...                   # treatment starts, stops, doses
    for a in result.shown: ...                          # factor associations that pass

Two questions, both on daily series where a day without a value is "not recorded"
(never 0; see ``insight_stats``):

- **Treatment changes.** For each start, stop or dose change in the period and each
  symptom: the mean rating (and the share of days with the symptom) in a window before
  against a window after, leaving out the treatment's wash-in days (its
  ``washin_days``, 14 when unset) after the change. The before window starts no
  earlier than the same treatment's previous change plus its wash-in and the after
  window ends before its next change, so each side is one steady state.
- **Factor scan.** Every daily factor the user defined, every tag and trigger, every
  skipped dose and every other symptom, against each symptom on the same day and
  1-3 days later; all p-values corrected together (Benjamini-Hochberg). Treatments on
  and off and their doses are the first question, not the scan.

Nothing here claims a cause: figures describe what went together.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from app.models import DEFAULT_WASHIN_DAYS
from app.report.insight_stats import (
    ALPHA,
    METHOD,
    MIN_DAYS,
    Estimate,
    adjust,
    compare,
    compare_many,
    indicator,
    lag1,
    shift,
    split_value,
)
from app.report.summary import TreatmentChange, _changes

if TYPE_CHECKING:
    from app.journal.journal import Journal

LAGS = (0, 1, 2, 3)
DEFAULT_WASHIN = DEFAULT_WASHIN_DAYS
WINDOW_DAYS = 84  # at most 12 weeks on each side of a treatment change
TOGETHER = 0.75  # "mostly occur together": this share of one's days are the other's


@dataclass(frozen=True)
class FactorSeries:
    """One thing that may go with symptoms, as a 0/1 indicator per day (NaN: unknown).

    ``source``: factor, tag, trigger, skipped or symptom. ``cut``: for a number or
    0-10 factor, the value at or above which a day counts as "with" (its median)."""

    key: str
    name: str
    source: str
    kind: str
    unit: str
    cut: float | None
    x: np.ndarray


@dataclass(frozen=True)
class Association:
    """A factor against a symptom at each lag (None: too few days at that lag)."""

    factor: FactorSeries
    symptom_id: int
    symptom: str
    lags: tuple[Estimate | None, ...]  # by LAGS
    together: tuple[tuple[str, float], ...] = ()  # (other factor, share of days)

    @property
    def best(self) -> tuple[int, Estimate]:
        """The lag with the smallest adjusted p (for the one-line sentence; the view
        still draws every lag)."""
        tested = [(lag, e) for lag, e in zip(LAGS, self.lags, strict=True) if e is not None]
        return min(tested, key=lambda t: (t[1].q if t[1].q is not None else t[1].p, t[0]))

    @property
    def passes(self) -> bool:
        return any(e is not None and e.significant() for e in self.lags)


@dataclass(frozen=True)
class TreatmentEffect:
    change: TreatmentChange
    symptom_id: int
    symptom: str
    washin: int
    before: tuple[dt.date, dt.date]
    after: tuple[dt.date, dt.date]
    mean: Estimate | None  # after minus before, rating points (lower is better)
    days: Estimate | None  # after minus before, share of rated days with the symptom


@dataclass(frozen=True)
class Insights:
    start: dt.date
    end: dt.date
    effects: tuple[TreatmentEffect, ...]
    associations: tuple[Association, ...]  # everything with enough days, best first
    tested: int  # estimates corrected together in the scan
    factors: int  # factors looked at
    symptoms: tuple[tuple[int, str], ...]
    method: str = METHOD
    min_days: int = MIN_DAYS
    alpha: float = ALPHA

    @property
    def shown(self) -> tuple[Association, ...]:
        """Associations unlikely to be chance after correction."""
        return tuple(a for a in self.associations if a.passes)


class Superseded(Exception):
    """The caller no longer wants this scan (a newer request, or the journal locked)."""


Cancelled = Callable[[], bool]


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Superseded


# -- loading --------------------------------------------------------------------


class Grid:
    """Calendar days ``start``..``end`` and their index in the arrays."""

    def __init__(self, start: dt.date, end: dt.date) -> None:
        self.start, self.end = start, end
        self.days = (end - start).days + 1
        self._origin = start.toordinal()
        self._text: dict[str, int] = {}  # "2026-03-01" -> index (SQL gives days as text)

    def index(self, day: dt.date | str) -> int:
        if isinstance(day, str):
            found = self._text.get(day)
            if found is None:
                found = self._text[day] = dt.date.fromisoformat(day[:10]).toordinal() - self._origin
            return found
        return day.toordinal() - self._origin

    def empty(self) -> np.ndarray:
        return np.full(self.days, np.nan)

    def day(self, i: int) -> dt.date:
        return dt.date.fromordinal(self._origin + i)


def _bounds(grid: Grid) -> tuple[str, str]:
    return grid.start.isoformat(), (grid.end + dt.timedelta(days=1)).isoformat()


def _by_key(rows: list[tuple], grid: Grid) -> dict[int, np.ndarray]:
    """(key, day index, value) rows into one daily array per key, NaN where absent."""
    out: dict[int, np.ndarray] = {}
    if not rows:
        return out
    table = np.array(rows, dtype=float)
    keys = table[:, 0].astype(np.int64)
    for key in np.unique(keys):
        mine = table[keys == key]
        series = out[int(key)] = grid.empty()
        series[mine[:, 1].astype(np.int64)] = mine[:, 2]
    return out


# SQLite turns the day into its index in the grid, so ten years of daily rows need no
# Python per row.
_INDEX = "CAST(julianday({day}) - julianday(?) AS INTEGER)"


def symptom_series(db, grid: Grid) -> dict[int, np.ndarray]:
    """Per symptom, the mean rating of each day (NaN: not rated that day)."""
    index = _INDEX.format(day="substr(e.at, 1, 10)")
    return _by_key(
        db.execute(
            f"SELECT r.symptom_id, {index}, avg(r.severity) FROM entries e "
            "JOIN symptom_readings r ON r.entry_id = e.id WHERE e.at >= ? AND e.at < ? "
            "GROUP BY r.symptom_id, substr(e.at, 1, 10)",
            (grid.start.isoformat(), *_bounds(grid)),
        ).fetchall(),
        grid,
    )


def _days_with_entries(db, grid: Grid) -> np.ndarray:
    have = np.zeros(grid.days, dtype=bool)
    for (day,) in db.execute(
        "SELECT DISTINCT substr(at, 1, 10) FROM entries WHERE at >= ? AND at < ?", _bounds(grid)
    ):
        have[grid.index(day)] = True
    return have


def _marked(grid: Grid, recorded: np.ndarray, days: set[int]) -> np.ndarray:
    x = np.where(recorded, 0.0, np.nan)
    x[list(days)] = 1.0
    return x


def factor_series(
    journal: Journal,
    grid: Grid,
    symptoms: dict[int, np.ndarray],
    names: dict[int, str],
    min_days: int,
) -> list[FactorSeries]:
    """Everything the scan looks at, each as a 0/1 indicator per day."""
    db = journal.db
    out: list[FactorSeries] = []
    recorded = _by_key(
        db.execute(  # one query for all: ten years is 100,000 rows
            f"SELECT factor_id, {_INDEX.format(day='day')}, value FROM factor_values "
            "WHERE day BETWEEN ? AND ?",
            (grid.start.isoformat(), grid.start.isoformat(), grid.end.isoformat()),
        ).fetchall(),
        grid,
    )
    for f in journal.factors.list():
        values = recorded.get(f.id, grid.empty())
        cut = split_value(values, f.kind)
        if f.kind != "yesno" and cut is None:
            continue
        out.append(
            FactorSeries(
                f"factor:{f.id}",
                f.name,
                "factor",
                f.kind,
                f.unit,
                cut,
                indicator(values, f.kind, cut),
            )
        )
    entry_days = _days_with_entries(db, grid)
    tags: dict[str, set[int]] = {}
    for name, day in db.execute(
        "SELECT t.name, substr(e.at, 1, 10) FROM entry_tags et JOIN tags t "
        "ON t.id = et.tag_id JOIN entries e ON e.id = et.entry_id "
        "WHERE e.at >= ? AND e.at < ?",
        _bounds(grid),
    ):
        tags.setdefault(name, set()).add(grid.index(day))
    for name, days in sorted(tags.items()):
        if len(days) >= min_days:
            out.append(
                FactorSeries(
                    f"tag:{name.casefold()}",
                    name,
                    "tag",
                    "yesno",
                    "",
                    None,
                    _marked(grid, entry_days, days),
                )
            )
    rated = np.zeros(grid.days, dtype=bool)
    for series in symptoms.values():
        rated |= ~np.isnan(series)
    triggers: dict[str, tuple[str, set[int]]] = {}
    for text, day in db.execute(
        "SELECT r.triggers, substr(e.at, 1, 10) FROM symptom_readings r JOIN entries e "
        "ON e.id = r.entry_id WHERE r.triggers != '' AND e.at >= ? AND e.at < ?",
        _bounds(grid),
    ):
        for word in re.split(r"[,;\n]+", text):
            word = " ".join(word.split())
            if word:
                triggers.setdefault(word.casefold(), (word, set()))[1].add(grid.index(day))
    for key, (name, days) in sorted(triggers.items()):
        if len(days) >= min_days:
            out.append(
                FactorSeries(
                    f"trigger:{key}", name, "trigger", "yesno", "", None, _marked(grid, rated, days)
                )
            )
    doses: dict[tuple[int, str], dict[int, float]] = {}
    for tid, name, day, status in db.execute(
        "SELECT d.treatment_id, t.name, d.day, d.status FROM dose_events d "
        "JOIN treatments t ON t.id = d.treatment_id WHERE d.day BETWEEN ? AND ?",
        (grid.start.isoformat(), grid.end.isoformat()),
    ):
        days = doses.setdefault((tid, name), {})
        i = grid.index(day)
        days[i] = max(days.get(i, 0.0), 1.0 if status == "skipped" else 0.0)
    for (tid, name), days in sorted(doses.items()):
        x = grid.empty()
        x[list(days)] = list(days.values())
        if np.nansum(x) >= min_days:
            out.append(FactorSeries(f"skipped:{tid}", name, "skipped", "yesno", "", None, x))
    for sid, series in sorted(symptoms.items()):
        x = np.where(np.isnan(series), np.nan, (series > 0).astype(float))
        if np.nansum(x) >= min_days:
            out.append(
                FactorSeries(f"symptom:{sid}", names.get(sid, "?"), "symptom", "yesno", "", None, x)
            )
    return out


# -- the scan ---------------------------------------------------------------------


def scan(
    symptoms: dict[int, np.ndarray],
    names: dict[int, str],
    factors: list[FactorSeries],
    *,
    min_days: int = MIN_DAYS,
    lags: tuple[int, ...] = LAGS,
    cancelled: Cancelled | None = None,
) -> tuple[list[Association], int]:
    """Every factor against every symptom at every lag, corrected together.
    Returns the associations with at least one testable lag, and the number of tests.
    ``cancelled`` is asked between symptoms; when it says yes, ``Superseded`` is raised."""
    raw: list[tuple[FactorSeries, int, list[Estimate | None]]] = []
    flat: list[Estimate] = []
    rho_x = {f.key: lag1(f.x) for f in factors}  # the factor's own day-to-day runs
    for sid, y in symptoms.items():
        _check(cancelled)
        if np.count_nonzero(~np.isnan(y)) < 2 * min_days:
            continue
        rows: list[FactorSeries] = []
        for f in factors:
            if f.key == f"symptom:{sid}":
                continue
            rows.append(f)
        if not rows:
            continue
        xs = np.stack([shift(f.x, lag) for f in rows for lag in lags])
        rho = np.repeat([rho_x[f.key] for f in rows], len(lags))
        estimates = compare_many(y, xs, min_days=min_days, rho_x=rho)
        for i, f in enumerate(rows):
            row = estimates[i * len(lags) : (i + 1) * len(lags)]
            if any(e is not None for e in row):
                raw.append((f, sid, row))
                flat.extend(e for e in row if e is not None)
    corrected = iter(adjust(flat))
    out = []
    for f, sid, row in raw:
        lagged = tuple(None if e is None else next(corrected) for e in row)
        out.append(Association(f, sid, names.get(sid, "?"), lagged))
    out.sort(key=lambda a: (not a.passes, a.best[1].q or 1.0, -abs(a.best[1].diff)))
    return out, len(flat)


def together(
    a: FactorSeries, factors: list[FactorSeries], *, min_days: int = MIN_DAYS
) -> tuple[tuple[str, float], ...]:
    """Other factors present on most of ``a``'s days (and not simply on most days)."""
    out = []
    with_a = a.x == 1
    for b in factors:
        if b.key == a.key:
            continue
        both = with_a & ~np.isnan(b.x)
        n = int(both.sum())
        if n < min_days:
            continue
        share = float((b.x[both] == 1).mean())
        base = float(np.nanmean(b.x))
        if share >= TOGETHER and base < TOGETHER:
            out.append((b.name, share))
    return tuple(sorted(out, key=lambda t: -t[1])[:2])


# -- treatment changes -----------------------------------------------------------


def treatment_effects(
    journal: Journal,
    start: dt.date,
    end: dt.date,
    *,
    min_days: int = MIN_DAYS,
    symptom_ids: tuple[int, ...] | None = None,
    cancelled: Cancelled | None = None,
) -> list[TreatmentEffect]:
    """Before/after figures for every treatment change in ``start``..``end``."""
    db = journal.db
    names = {s.id: s.name for s in journal.catalog.symptoms(include_archived=True)}
    treatments = journal.catalog.treatments()
    washin = {
        t.name: DEFAULT_WASHIN if t.washin_days is None else t.washin_days for t in treatments
    }
    changes = sorted(
        (c for t in treatments for c in _changes(t, start, end)), key=lambda c: (c.day, c.treatment)
    )
    if not changes:
        return []
    every = {
        t.name: sorted({c.day for c in _changes(t, dt.date.min, dt.date.max)}) for t in treatments
    }
    grid = Grid(changes[0].day - dt.timedelta(days=WINDOW_DAYS + max(washin.values())), end)
    symptoms = symptom_series(db, grid)
    if symptom_ids is not None:
        symptoms = {sid: y for sid, y in symptoms.items() if sid in symptom_ids}
    out: list[TreatmentEffect] = []
    for change in changes:
        _check(cancelled)
        w = washin.get(change.treatment, DEFAULT_WASHIN)
        days = every.get(change.treatment, [])
        earlier = [d for d in days if d < change.day]
        later = [d for d in days if d > change.day]
        before_start = change.day - dt.timedelta(days=WINDOW_DAYS)
        if earlier:
            before_start = max(before_start, earlier[-1] + dt.timedelta(days=w))
        before = (before_start, change.day - dt.timedelta(days=1))
        after_end = min(change.day + dt.timedelta(days=w + WINDOW_DAYS - 1), end)
        if later:
            after_end = min(after_end, later[0] - dt.timedelta(days=1))
        after = (change.day + dt.timedelta(days=w), after_end)
        x = grid.empty()
        for (a, b), value in ((before, 0.0), (after, 1.0)):
            if a <= b:
                x[max(grid.index(a), 0) : grid.index(b) + 1] = value
        window = ~np.isnan(x)
        for sid, y in sorted(symptoms.items(), key=lambda t: names.get(t[0], "")):
            mean = compare(y, x, min_days=min_days, window=window)
            if mean is None:
                continue
            present = np.where(np.isnan(y), np.nan, (y > 0).astype(float))
            share = compare(present, x, min_days=min_days, window=window)
            out.append(
                TreatmentEffect(change, sid, names.get(sid, "?"), w, before, after, mean, share)
            )
    # One family: every treatment change against every symptom.
    corrected = iter(adjust([e.mean for e in out]))
    return [replace(e, mean=next(corrected)) for e in out]


# -- everything -------------------------------------------------------------------


def build_insights(
    journal: Journal,
    start: dt.date,
    end: dt.date,
    *,
    min_days: int = MIN_DAYS,
    cancelled: Cancelled | None = None,
) -> Insights:
    """Treatment effects and the factor scan for ``start``..``end``. Reads only.
    ``cancelled()`` is asked between steps: a view drops a scan nobody will see (a newer
    period chosen, the journal locked) by making it say yes; ``Superseded`` is raised."""
    _check(cancelled)
    if end < start:
        start, end = end, start
    db = journal.db
    names = {s.id: s.name for s in journal.catalog.symptoms(include_archived=True)}
    grid = Grid(start, end)
    symptoms = symptom_series(db, grid)
    factors = factor_series(journal, grid, symptoms, names, min_days)
    _check(cancelled)
    associations, tested = scan(symptoms, names, factors, min_days=min_days, cancelled=cancelled)
    associations = [
        replace(a, together=together(a.factor, factors, min_days=min_days)) if a.passes else a
        for a in associations
    ]
    effects = treatment_effects(journal, start, end, min_days=min_days, cancelled=cancelled)
    tracked = tuple(
        sorted(((sid, names.get(sid, "?")) for sid in symptoms), key=lambda t: t[1].casefold())
    )
    return Insights(
        start,
        end,
        tuple(effects),
        tuple(associations),
        tested,
        len(factors),
        tracked,
        min_days=min_days,
    )
