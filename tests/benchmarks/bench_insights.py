"""The Insights scan on long daily journals: run directly, prints timings.

    .venv/bin/python tests/benchmarks/bench_insights.py [DAYS ...]

For 1,000, 3,650 (ten years) and 10,000 days of daily data with 30 daily factors
(10 yes/no, 10 numbers, 10 scores 0-10) and 10 symptoms rated on ~85% of days, plus
two treatments with dose changes, in a real SQLCipher journal:

- ``build_insights`` end to end (SQL, daily series, every factor x symptom x lag 0-3
  with AR(1)-corrected intervals, Benjamini-Hochberg, the treatment changes), as the
  Insights tab runs it off the GUI thread; target < 1 s at ten years (issue 10);
- the same comparisons on the same arrays with plain numpy means and nothing else
  (no interval, no autocorrelation, no correction): the floor no implementation of
  the same scan can go below, so the gap is what honest statistics cost;
- how soon a scan stops once superseded (a newer period chosen, or a lock).

The first run of the process is a warm-up (scipy and statsmodels import once).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

END = dt.date(2026, 6, 30)
FACTORS = 30
SYMPTOMS = 10
TARGET_S = 1.0


def best_of(runs: int, fn) -> tuple[float, float]:
    """Best wall time and best CPU time of this process (the machine may be shared:
    the CPU time is what the scan itself costs)."""
    wall, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    return min(wall), min(cpu)


def populate(journal, days: int, seed: int = 1) -> None:
    """Daily symptoms and factors with a few planted next-day effects."""
    from app.models import DoseChange, Entry, SymptomReading, Treatment

    rng = np.random.default_rng(seed)
    start = END - dt.timedelta(days=days - 1)
    factors = []
    for i in range(FACTORS):
        kind = ("yesno", "number", "scale")[i % 3]
        factors.append(
            journal.factors.ensure(f"Factor {i + 1}", kind, "h" if kind == "number" else "")
        )
    values = np.empty((FACTORS, days))
    for i, f in enumerate(factors):
        if f.kind == "yesno":
            values[i] = rng.random(days) < 0.3
        elif f.kind == "number":
            values[i] = np.round(rng.normal(7, 1.2, days), 1)
        else:
            values[i] = rng.integers(0, 11, days)
    known = rng.random((FACTORS, days)) < 0.9
    rows = [
        (f.id, (start + dt.timedelta(days=d)).isoformat(), float(values[i, d]))
        for i, f in enumerate(factors)
        for d in range(days)
        if known[i, d]
    ]
    with journal.transaction() as db:
        db.executemany("INSERT INTO factor_values (factor_id, day, value) VALUES (?, ?, ?)", rows)
    sids = [journal.catalog.ensure_symptom(f"Symptom {k + 1}").id for k in range(SYMPTOMS)]
    level = 4 + rng.normal(0, 1.5, (SYMPTOMS, days))
    for k in range(1, days):  # AR(1) runs of good and bad days
        level[:, k] = 4 + 0.6 * (level[:, k - 1] - 4) + rng.normal(0, 1.2, SYMPTOMS)
    level[0, 1:] += 2 * values[0, :-1]  # Factor 1 (yes/no) the day before: +2
    level[1, :] -= 1.5 * (values[1] > 7)  # Factor 2 (sleep) 7 h or more: lower
    rated = rng.random((SYMPTOMS, days)) < 0.85
    entries = []
    for d in range(days):
        readings = [
            SymptomReading(sid, int(np.clip(round(level[k, d]), 0, 10)))
            for k, sid in enumerate(sids)
            if rated[k, d]
        ]
        if readings:
            entries.append(Entry("symptom", start + dt.timedelta(days=d), readings=readings))
    journal.entries.add_many(entries)
    for name, first in (("Drug A", days // 4), ("Drug B", days // 2)):
        tid = journal.catalog.save_treatment(
            Treatment(
                name, dose_amount=10, dose_unit="mg", start_day=start + dt.timedelta(days=first)
            )
        )
        journal.catalog.add_dose_change(
            tid, DoseChange(start + dt.timedelta(days=first + 120), 20, "mg")
        )


def plain_numpy(journal, start: dt.date, end: dt.date) -> int:
    """The same comparisons as the scan on the same daily arrays, plain means only."""
    from app.report.insight_stats import shift
    from app.report.insights import LAGS, Grid, factor_series, symptom_series

    grid = Grid(start, end)
    symptoms = symptom_series(journal.db, grid)
    names = {s.id: s.name for s in journal.catalog.symptoms()}
    factors = factor_series(journal, grid, symptoms, names, 10)
    count = 0
    for y in symptoms.values():
        for f in factors:
            for lag in LAGS:
                x = shift(f.x, lag)
                ok = ~np.isnan(y) & ~np.isnan(x)
                with_ = ok & (x == 1)
                without = ok & (x == 0)
                if with_.sum() >= 10 and without.sum() >= 10:
                    _ = y[with_].mean() - y[without].mean()
                    count += 1
    return count


def main(sizes: list[int]) -> int:
    from app.report.insights import Superseded, build_insights
    from tests.support.journals import make_journal

    print(
        f"Insights scan: {FACTORS} daily factors, {SYMPTOMS} symptoms, lags 0-3 "
        f"(target < {TARGET_S:.0f} s at 3,650 days)"
    )
    with tempfile.TemporaryDirectory() as folder:
        warm = True
        for days in sizes:
            journal = make_journal(Path(folder) / f"d{days}.fettle")
            populate(journal, days)
            start = END - dt.timedelta(days=days - 1)
            if warm:  # imports of scipy and statsmodels, once per process
                build_insights(journal, start, END)
                warm = False
            result = build_insights(journal, start, END)
            scan, scan_cpu = best_of(3, lambda: build_insights(journal, start, END))  # noqa: B023
            floor, floor_cpu = best_of(3, lambda: plain_numpy(journal, start, END))  # noqa: B023
            # Superseded: the flag is raised while the scan runs; time until it gives up.
            flag = threading.Event()
            timer = threading.Timer(scan / 2, flag.set)
            started = time.perf_counter()
            timer.start()
            try:
                build_insights(journal, start, END, cancelled=flag.is_set)
                stopped = None
            except Superseded:
                stopped = time.perf_counter() - started - scan / 2
            verdict = "" if days != 3650 else (" ok" if scan_cpu < TARGET_S else " OVER")
            print(
                f"  {days:>6,} days: scan {scan * 1000:5.0f} ms (CPU {scan_cpu * 1000:5.0f} ms)"
                f"{verdict}; plain numpy means, no intervals {floor * 1000:5.0f} ms (CPU "
                f"{floor_cpu * 1000:5.0f} ms)"
            )
            print(
                f"      {result.tested:,} comparisons, {len(result.shown)} unlikely to be "
                "chance; superseded halfway, it stopped "
                + (
                    "only at its end"
                    if stopped is None
                    else f"{max(stopped, 0) * 1000:.0f} ms later"
                )
            )
            journal.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main([int(a) for a in sys.argv[1:]] or [1000, 3650, 10000]))
