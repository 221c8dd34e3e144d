"""Charts are charts to a screen reader (issue 11, item 4): the QAccessible factory of
ui/accessibility.py gives the Trends chart, the calendar and the Insights lag curves
the role Chart (AT-SPI "chart"), with the widget's own name and a description of the
data; other widgets keep Qt's interfaces. The factory is called from C++, so creating,
destroying and quitting with such interfaces must not crash (a separate process)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def factory(qapp):
    from ui.accessibility import install_chart_accessibility

    install_chart_accessibility()


def _trends_data():
    from app.report.summary import SymptomTrend
    from app.report.trends import DailyStat, Rolling
    from app.report.trends_data import TrendsData

    start = dt.date(2026, 1, 1)
    daily = tuple(DailyStat(start + dt.timedelta(days=i), 6 - i / 20, 4, 7, 1) for i in range(90))
    moving = tuple(Rolling(s.day, s.mean, 4, 7) for s in daily)
    return TrendsData(
        start,
        start + dt.timedelta(days=89),
        ((1, "Headache"),),
        1,
        SymptomTrend(1, "Headache", daily, moving),
        (),
        (),
        {s.day: 5 for s in daily},
        frozenset(),
        (),
    )


def test_trend_chart_and_calendar_are_charts_with_a_summary(qtbot) -> None:
    from ui.trends.widgets import CalendarHeatmap, TrendChart

    chart, calendar = TrendChart(), CalendarHeatmap()
    for w in (chart, calendar):
        qtbot.addWidget(w)
        w.set_data(_trends_data())
    calendar.setAccessibleName("Days with this symptom")
    face = QAccessible.queryAccessibleInterface(chart)
    assert face.role() == QAccessible.Role.Chart
    assert face.text(QAccessible.Text.Name) == "Headache severity, last 90 days"
    description = face.text(QAccessible.Text.Description)
    assert "average" in description and "Trend falling" in description, description
    assert QAccessible.queryAccessibleInterface(calendar).role() == QAccessible.Role.Chart


def test_other_widgets_keep_their_roles(qtbot) -> None:
    plain = QWidget()
    qtbot.addWidget(plain)
    assert QAccessible.queryAccessibleInterface(plain).role() != QAccessible.Role.Chart


def test_creating_destroying_and_quitting_does_not_crash() -> None:
    script = textwrap.dedent("""
        import sys
        sys.path.insert(0, sys.argv[1])
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QAccessible
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from ui.accessibility import install_chart_accessibility
        from ui.trends.widgets import TrendChart
        install_chart_accessibility()
        kept = []
        for i in range(20):
            chart = TrendChart()
            assert QAccessible.queryAccessibleInterface(chart).role() == QAccessible.Role.Chart
            if i % 2:
                chart.deleteLater()
            else:
                kept.append(chart)
        QTimer.singleShot(0, app.quit)
        app.exec()
        print("QUIT", flush=True)
    """)
    proc = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", script, str(ROOT)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        },
    )
    assert proc.returncode == 0 and "QUIT" in proc.stdout, proc.stderr[-2000:]
