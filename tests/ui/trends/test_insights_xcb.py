"""Trends and Insights under a real X server (Xvfb, the xcb platform), not offscreen.

A child process under ``xvfb-run`` opens the Trends view on the demo journal (with a
daily factor planted to go with next-day joint pain), moves the real X pointer over a
point of the chart and reads the tooltip Qt shows for it, clicks the Insights tab, reads
the sentence and hovers its lag curve, goes back to Trends, and locks. A crash (a Qt
object freed under a painter) fails the test instead of the run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.xcb import xvfb_run

_SCRIPT = r"""
import datetime as dt, gc, sys
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer, Qt
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from app.demo import populate
from tests.support.journals import make_journal
from ui.task_runner import TaskRunner
from ui.trends.insights_view import LagCurve
from ui.trends.view import TrendsView

app = QApplication(sys.argv)
assert app.platformName() == "xcb", app.platformName()
END = dt.date(2026, 6, 30)
journal = make_journal(Path(sys.argv[1]) / "demo.fettle")
populate(journal, days=365, end=END)
# A yes/no factor on the evening before the worse half of joint-pain days.
pain = journal.catalog.symptom_by_name("Joint pain").id
rows = journal.db.execute(
    "SELECT substr(e.at, 1, 10), avg(r.severity) FROM entries e JOIN symptom_readings r "
    "ON r.entry_id = e.id WHERE r.symptom_id = ? GROUP BY 1", (pain,)).fetchall()
median = sorted(v for _, v in rows)[len(rows) // 2]
late = journal.factors.ensure("Late night", "yesno")
for day, value in rows:
    before = dt.date.fromisoformat(day) - dt.timedelta(days=1)
    journal.factors.set_value(late.id, before, 1.0 if value > median else 0.0)
from ui.session import Session

runner = TaskRunner()
session = Session(runner)
view = TrendsView(session, today=END)
view.resize(1200, 900)
view.show()
view.activateWindow()  # no window manager under Xvfb: Qt shows tooltips in the active window
session.open(journal)
view.refresh()
state = {"step": "loading", "ticks": 0, "seen": {}}

def hover(widget, point):
    QCursor.setPos(widget.mapToGlobal(point))  # the real X pointer: X sends the motion

def tick():
    gc.collect()
    state["ticks"] += 1
    step = state["step"]
    if step == "loading" and view.data() is not None and runner.is_idle() \
            and view.chart._geometry is not None and view.isActiveWindow():  # painted once on the screen
        g = view.chart._geometry
        day = next(s.day for s in view.data().trend.daily if s.day < END - dt.timedelta(days=30))
        state["day"] = day
        hover(view.chart, QPoint(round(g.x(day)), round(g.y(5))))
        state["step"] = "chart tooltip"
    elif step == "chart tooltip" and QToolTip.isVisible() and QToolTip.text():
        state["seen"]["chart"] = QToolTip.text()
        QCursor.setPos(view.mapToGlobal(QPoint(5, 5)))
        bar = view.tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
        state["step"] = "insights"
    elif step == "insights" and view.insights.result() is not None and runner.is_idle():
        state["seen"]["sentences"] = view.insights.sentences()
        curves = view.insights.findChildren(LagCurve)
        assert curves, state["seen"]["sentences"]
        curve = curves[0]
        if not curve.isVisible():
            return  # laid out and shown on the next turn of the event loop
        hover(curve, QPoint(curve.width() // 2, curve.height() // 2))
        state["step"] = "curve tooltip"
    elif step == "curve tooltip" and QToolTip.isVisible() and "next day" in QToolTip.text():
        state["seen"]["curve"] = QToolTip.text()
        QCursor.setPos(view.mapToGlobal(QPoint(5, 5)))
        bar = view.tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
        state["step"] = "back"
    elif step == "back" and view.tabs.currentIndex() == 0:
        view.grab().save(str(Path(sys.argv[1]) / "trends.png"))
        session.lock()
        assert not view.insights.sentences() and view.insights.result() is None
        runner.wait_for_done()
        journal.lock()
        for key in ("chart", "curve"):
            print(key, "tip:", state["seen"][key].replace("\n", " | "), flush=True)
        print("sentences:", " || ".join(state["seen"]["sentences"]), flush=True)
        print("insights xcb ok", flush=True)
        app.quit()

def guarded():
    try:
        tick()
    except Exception:
        import traceback
        traceback.print_exc()
        app.exit(4)

timer = QTimer()
timer.timeout.connect(guarded)
timer.start(30)
QTimer.singleShot(90_000, lambda: (print("stuck at", state["step"], QToolTip.isVisible(),
                                         repr(QToolTip.text()), flush=True), app.exit(3)))
sys.exit(app.exec())
"""


@pytest.mark.needs("xvfb-run")
def test_trends_and_insights_hover_and_tabs_under_x(tmp_path: Path) -> None:
    proc = xvfb_run(["-c", _SCRIPT, str(tmp_path)], tmp_path, timeout=240)
    assert proc.returncode == 0, proc.stdout[-800:] + proc.stderr[-3000:]
    out = proc.stdout
    assert "insights xcb ok" in out
    chart = next(line for line in out.splitlines() if line.startswith("chart tip:"))
    assert "Joint pain" in chart and "ratings" in chart, chart  # a rated day's values
    curve = next(line for line in out.splitlines() if line.startswith("curve tip:"))
    assert "same day:" in curve and "next day: +" in curve, curve
    sentences = next(line for line in out.splitlines() if line.startswith("sentences:"))
    assert "On days after Late night, Joint pain was " in sentences, sentences
    assert "points higher" in sentences and "AR(1)-corrected" in sentences
