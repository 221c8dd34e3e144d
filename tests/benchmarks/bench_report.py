"""Summary and Trends figures: run directly, prints timings.

    .venv/bin/python tests/benchmarks/bench_report.py

- a summary of one year of daily entries (build + PDF), target < 1 s; also with the
  diary appendix, for reference;
- opening the Trends view on ten years of daily entries (construct, load off the
  GUI thread, lay out and paint), target < 300 ms; the first view of the process is
  a warm-up (Qt loads fonts and styles once per process). Every period choice is
  timed, "Everything" included.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from app.demo import populate
    from app.report.summary import SummaryOptions, build_summary
    from tests.support.journals import make_journal
    from ui.report.render import render_pdf
    from ui.task_runner import TaskRunner
    from ui.trends.view import PERIODS, TrendsView

    qt_app = QApplication([])
    end = dt.date(2026, 6, 30)
    with tempfile.TemporaryDirectory() as folder:
        year = make_journal(Path(folder) / "year.fettle")
        populate(year, days=365, end=end)
        options = SummaryOptions(
            end - dt.timedelta(days=364),
            end,
            main_concern="Hands",
            questions=("Dose?", "Blood tests?"),
        )
        render_pdf(build_summary(year, options))  # warm-up
        summary = best_of(5, lambda: render_pdf(build_summary(year, options)))
        with_appendix = SummaryOptions(options.start, options.end, appendix=True)
        appendix = best_of(3, lambda: render_pdf(build_summary(year, with_appendix)))
        print(f"summary, 1 year of daily entries: {summary * 1000:.0f} ms (target < 1000 ms)")
        print(f"  with the diary appendix: {appendix * 1000:.0f} ms")
        year.lock()

        decade = make_journal(Path(folder) / "decade.fettle")
        started = time.perf_counter()
        populate(decade, days=3650, end=end)
        print(f"(ten years of demo entries written in {time.perf_counter() - started:.1f} s)")
        runner = TaskRunner()
        from ui.session import Session

        def open_view(period: int) -> float:
            started = time.perf_counter()
            session = Session(runner)
            view = TrendsView(session, today=end)
            view.period.setCurrentIndex(period)
            view.resize(1000, 900)
            loop = QEventLoop()  # waits idle, as the app does (no spinning for the GIL)
            view.loaded.connect(loop.quit)
            session.open(decade)
            view.refresh()
            view.show()
            loop.exec()
            for _ in range(3):  # the layout the new data asked for, settled
                qt_app.processEvents()
            view.grab()  # paint everything once
            elapsed = time.perf_counter() - started
            view.close()
            view.deleteLater()
            qt_app.processEvents()
            return elapsed

        open_view(1)  # warm-up
        print("Trends view at ten years of daily entries (target < 300 ms for each period):")
        for index, (_, label) in enumerate(PERIODS):
            best = min(open_view(index) for _ in range(3))
            print(f"  {label:<14} {best * 1000:4.0f} ms")
        runner.wait_for_done()
        decade.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
