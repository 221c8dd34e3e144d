"""The Trends view built on a real journal, loaded through the real task runner."""

from __future__ import annotations

import datetime as dt

import pytest

from app.demo import populate
from app.report.trends_data import load_trends
from tests.support.journals import make_journal
from tests.support.session import open_session

END = dt.date(2026, 6, 30)


@pytest.fixture
def journal(tmp_path):
    j = make_journal(tmp_path / "trends.fettle")
    populate(j, days=365, end=END)
    yield j
    j.lock()


@pytest.fixture
def runner(qapp):
    from ui.task_runner import TaskRunner

    r = TaskRunner()
    yield r
    r.wait_for_done()


def test_trends_view_shows_real_data(qtbot, journal, runner, qtmodeltester) -> None:
    from ui.trends.view import TrendsView

    session = open_session(runner, None)
    view = TrendsView(session, today=END)
    qtbot.addWidget(view)
    view.resize(900, 900)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        session.open(journal)
        view.load_if_stale()
    data = view.data()
    assert data is not None and data.trend is not None
    assert data.trend.name == view.symptom.currentText() == "Joint pain"
    assert len(data.trend.daily) > 300
    assert {p.name for p in data.periods} >= {"Methotrexate", "Folic acid", "Naproxen"}
    assert view.model.rowCount() == len(data.changes) == 5
    qtmodeltester.check(view.model)
    dose = next(c for c in data.changes if c.kind == "dose")
    row = data.changes.index(dose)
    # The table's first column is the marker's number and shape, as on the chart.
    assert view.model.index(row, 0).data() == f"{data.number(dose)} ◆"
    assert "15 mg weekly → 20 mg weekly" in view.model.index(row, 2).data()
    effect = next(e for e in data.effects if e.change == dose)
    assert view.model.index(row, 3).data() == (
        f"{effect.mean.mean_without:.1f} ({effect.mean.n_without})"
    )
    # The headline at the top says the same, in words, with "lower is better".
    assert not view.headline.isHidden()
    line = next(
        t for t in view.headline.text().splitlines() if t.startswith(f"{data.number(dose)} ◆")
    )
    assert "Joint pain" in line and "since Methotrexate 20 mg weekly" in line
    assert f"from {effect.mean.n_without} and {effect.mean.n_with} days" in line
    assert "lower is better" in line
    # Values on hover and for screen readers.
    assert f"Marker {data.number(dose)}: Methotrexate" in view.chart.accessibleDescription()
    image = view.grab().toImage()
    assert not image.isNull() and image.width() >= 900

    # Choosing another symptom and a shorter period loads again, off the GUI thread.
    fatigue = view.symptom.findText("Fatigue")
    view.symptom.setCurrentIndex(fatigue)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.symptom.activated.emit(fatigue)
    assert view.data().trend.name == "Fatigue"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.period.setCurrentIndex(0)
    assert view.data().start == END - dt.timedelta(days=89)
    assert view.data().trend.name == "Fatigue"


def test_locking_clears_the_view_and_drops_late_results(qtbot, journal, runner) -> None:
    from ui.trends.view import TrendsView

    session = open_session(runner, journal)
    view = TrendsView(session, today=END)
    qtbot.addWidget(view)
    view.refresh()
    session.lock()  # before the first result arrives
    qtbot.waitUntil(runner.is_idle, timeout=10_000)
    assert view.data() is None and view.model.rowCount() == 0
    assert view.symptom.count() == 0
    assert view.headline.text() == "" and view.headline.isHidden()


def test_load_trends_matches_the_summary_figures(journal) -> None:
    data = load_trends(journal, days=None, today=END)
    assert data.start == END - dt.timedelta(days=364)
    dose = next(c for c in data.changes if c.kind == "dose")
    _, figures = next(x for x in data.comparisons if x[0] == dose)
    from app.report import trends

    sid = data.symptom_id
    before = trends.window(
        journal.db, sid, dose.day - dt.timedelta(days=28), dose.day - dt.timedelta(days=1)
    )
    assert (figures.before.mean, figures.before.n) == (before.mean, before.n)
    assert set(data.peaks) <= data.entry_days


def test_hover_tells_a_zero_from_a_day_not_recorded(qtbot, tmp_path) -> None:
    """A day rated 0 and a day without a rating read differently on hover and are
    drawn differently (the unrecorded day is shaded), and the calendar puts the older
    year first, so December 2025 comes before January 2026."""
    from PySide6.QtCore import QPointF

    from app.models import Entry, SymptomReading
    from ui.trends.widgets import CalendarHeatmap, TrendChart

    j = make_journal(tmp_path / "zero.fettle")
    sid = j.catalog.ensure_symptom("Headache").id
    first = dt.date(2025, 11, 1)
    for i in range(90):
        if i != 40:  # day 40 is not recorded; day 41 is rated 0
            j.entries.add(
                Entry(
                    "symptom",
                    first + dt.timedelta(days=i),
                    readings=[SymptomReading(sid, 0 if i == 41 else 5)],
                )
            )
    data = load_trends(j, days=90, today=first + dt.timedelta(days=89))
    j.lock()
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(900, 300)
    chart.set_data(data)
    image = chart.picture().toImage()
    g = chart._geometry
    missing, zero = first + dt.timedelta(days=40), first + dt.timedelta(days=41)
    assert chart.tip_at(QPointF(g.x(missing), g.y(5))).endswith(": not recorded")
    assert "Headache 0.0" in chart.tip_at(QPointF(g.x(zero), g.y(5)))
    ratio = chart.devicePixelRatioF()
    shade = image.pixelColor(round(g.x(missing) * ratio), round(g.y(8) * ratio))
    plain = image.pixelColor(round(g.x(zero) * ratio), round(g.y(8) * ratio))
    assert shade != plain
    heatmap = CalendarHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.set_data(data)
    assert heatmap._years() == [2025, 2026]


def test_pictures_are_drawn_once_then_copied(qtbot, journal) -> None:
    """Repainting the chart or the calendar copies a cached picture: no Python work per
    point or cell on paint. Month names sit above each year's weeks."""
    from PySide6.QtGui import QColor

    from ui.trends.widgets import CalendarHeatmap, TrendChart

    data = load_trends(journal, days=None, today=END)
    for widget in (TrendChart(), CalendarHeatmap()):
        qtbot.addWidget(widget)
        widget.resize(900, 400)
        widget.set_data(data)
        widget.resize(widget.size().expandedTo(widget.minimumSizeHint()))
        widget.show()
        qtbot.waitExposed(widget)
        calls = []
        draw = widget.draw
        widget.draw = lambda p, draw=draw, calls=calls: (calls.append(1), draw(p))
        first = widget.grab().toImage()
        widget.grab()
        widget.update()
        widget.grab()
        assert len(calls) == 1
        widget.set_data(data)
        widget.grab()
        assert len(calls) == 2
    heatmap = widget
    # The row of month names above the first year's cells has ink in it.
    top = CalendarHeatmap.TOP
    inked = [
        x
        for x in range(CalendarHeatmap.LEFT, first.width(), 2)
        for y in range(top + 2, top + CalendarHeatmap.MONTHS_H - 2)
        if QColor(first.pixel(x, y)).lightness() < 128
    ]
    assert len(inked) > 20
    assert heatmap.sizeHint().height() >= 2 * (7 * CalendarHeatmap.CELL)


def test_insights_tab_shows_sentences_and_lag_curves(qtbot, tmp_path, runner) -> None:
    """A planted next-day effect of a daily factor shows as one sentence with a lag
    curve; a lock empties the view."""
    import numpy as np

    from app.models import Entry, SymptomReading
    from ui.trends.insights_view import LagCurve
    from ui.trends.view import TrendsView

    j = make_journal(tmp_path / "insights.fettle")
    sid = j.catalog.ensure_symptom("Fatigue").id
    alcohol = j.factors.ensure("Alcohol", "yesno")
    rng = np.random.default_rng(4)
    first = END - dt.timedelta(days=199)
    drank = {}
    for i in range(200):
        day = first + dt.timedelta(days=i)
        drank[day] = bool(rng.random() < 0.35)
        j.factors.set_value(alcohol.id, day, 1.0 if drank[day] else 0.0)
        if i:
            level = 3 + (3 if drank[day - dt.timedelta(days=1)] else 0) + int(rng.integers(0, 2))
            j.entries.add(Entry("symptom", day, readings=[SymptomReading(sid, level)]))
    session = open_session(runner, None)
    view = TrendsView(session, today=END)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        session.open(j)
        view.refresh()
    assert view.insights.result() is None  # not looked at until the tab is shown
    with qtbot.waitSignal(view.insights.loaded, timeout=30_000):
        view.tabs.setCurrentWidget(view.insights)
    text = "\n".join(view.insights.sentences())
    assert "On days after Alcohol, Fatigue was " in text and "points higher" in text
    assert "AR(1)-corrected" in text
    curves = view.insights.findChildren(LagCurve)
    assert len(curves) == 1 and "next day: +" in curves[0].accessibleDescription()
    view.insights.grab().save(str(tmp_path / "insights.png"))
    session.lock()
    assert view.insights.result() is None
    assert not view.insights.sentences()
    runner.wait_for_done()  # the session's lock, and anything before it, off the worker
    j.lock()


def _experiment_journal(tmp_path):
    from app.models import Entry, SymptomReading, Treatment

    j = make_journal(tmp_path / "exp.fettle")
    j.catalog.save_treatment(Treatment("Magnesium", dose_amount=200, dose_unit="mg"))
    j.factors.ensure("Early bedtime", "yesno")
    sid = j.catalog.ensure_symptom("Headache").id
    for i in range(30):
        j.entries.add(
            Entry("symptom", END - dt.timedelta(days=i), readings=[SymptomReading(sid, 3 + i % 3)])
        )
    return j


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen dialogs
def test_experiment_dialog_plans_shows_today_and_ends(qtbot, tmp_path, runner) -> None:
    """Try an experiment… explains, warns about medication (Start waits for the tick),
    keeps the plan shown in the dialog, and the tab then says what to do today; the
    dialog of a plan under way ends it; a lock closes the dialog."""
    from PySide6.QtCore import Qt

    from app.report import experiment
    from ui.trends.insights_view import InsightsView

    j = _experiment_journal(tmp_path)
    session = open_session(runner, j)
    view = InsightsView(session, today=END)
    qtbot.addWidget(view)
    view.resize(900, 700)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh()
    qtbot.mouseClick(view.experiment, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.experiment_dialog() is not None, timeout=10_000)
    dialog = view.experiment_dialog()
    words = "\n".join(label.text() for label in dialog.findChildren(type(view.status)))
    assert "n-of-1 trial" in words and "agreed with your doctor" in words
    assert dialog.subject.currentData() == ("treatment", "Magnesium")
    assert not dialog.start_button.isEnabled()  # a medication: the tick comes first
    dialog.agreed.setChecked(True)
    assert dialog.start_button.isEnabled()
    dialog.blocks.setValue(2)
    dialog.block_days.setValue(7)
    shown = dialog.schedule.text()
    assert "Block 1, 30 Jun 2026 to 6 Jul 2026: " in shown and "Block 3" not in shown
    assert shown.startswith("Today: ")
    dialog.grab().save(str(tmp_path / "experiment.png"))
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    plan = experiment.load(j)
    assert plan is not None and plan.subject == "Magnesium" and len(plan.blocks) == 2
    assert f"Block 1, 30 Jun 2026 to 6 Jul 2026: {experiment.todo(plan, plan.blocks[0])}" in shown
    text = "\n".join(view.sentences())
    assert "Your experiment" in text
    assert (
        f"Today: {experiment.todo(plan, plan.blocks[0])} (block 1 of 2, until 6 Jul 2026)" in text
    )

    # The plan under way: the dialog shows today and ends it.
    qtbot.mouseClick(view.experiment, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.experiment_dialog() is not None, timeout=10_000)
    dialog = view.experiment_dialog()
    assert dialog.today_label.text().startswith("Today: ")
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert experiment.load(j) is None
    assert "Your experiment" not in "\n".join(view.sentences())

    # A lock closes an open dialog (it shows treatment and symptom names).
    qtbot.mouseClick(view.experiment, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.experiment_dialog() is not None, timeout=10_000)
    dialog = view.experiment_dialog()
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        session.lock()
    assert view.experiment_dialog() is None and not dialog.isVisible()
    assert not view.experiment.isEnabled()
    runner.wait_for_done()
    j.lock()


def test_a_newer_request_supersedes_the_scan_under_way(qtbot, tmp_path, runner) -> None:
    """Three period changes in a row while the worker is busy: the older scans stop at
    their first step instead of running, only the newest is shown, and no failure is
    reported for the dropped ones. (Stopping in the middle of a scan: test_insights.)"""
    from app.report.insights import Superseded
    from ui.trends.insights_view import InsightsView

    j = _experiment_journal(tmp_path)
    view = InsightsView(open_session(runner, j), today=END)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh()
    failures: list[str] = []
    view.failed.connect(failures.append)
    stopped: list[type] = []
    real_submit = runner.submit

    def watching_submit(fn, on_done=None, on_error=None):
        def callback(result):
            stopped.append("done")
            on_done(result)

        def errback(exc):
            stopped.append(type(exc))
            on_error(exc)

        return real_submit(fn, callback, errback)

    import threading

    busy = threading.Event()
    runner.submit(busy.wait)  # the worker is busy (a long save, say): the scans queue
    runner.submit = watching_submit
    try:
        with qtbot.waitSignal(view.loaded, timeout=30_000):
            view.period.setCurrentIndex(1)
            view.period.setCurrentIndex(2)
            view.period.setCurrentIndex(3)
            busy.set()
        runner.wait_for_done()
        qtbot.waitUntil(runner.is_idle, timeout=10_000)
    finally:
        runner.submit = real_submit
    assert stopped == [Superseded, Superseded, "done"], stopped  # only the last ran through
    assert not failures
    assert view.result().end - view.result().start == dt.timedelta(days=3649)
    j.lock()


def test_lag_curve_day_labels_are_readable(qtbot) -> None:
    from app.report.insight_stats import Estimate
    from app.report.insight_words import lag_label
    from app.report.insights import LAGS, Association, FactorSeries
    from ui.trends.insights_view import LagCurve

    e = Estimate(1.0, 0.5, 1.5, 0.01, 20, 20, 0, 2.0, 1.0, 30.0, 0.02)
    a = Association(
        FactorSeries("f", "F", "factor", "yesno", "", None, None), 1, "S", (e, e, None, e)
    )
    curve = LagCurve(a, [lag_label(lag) for lag in LAGS])
    qtbot.addWidget(curve)
    assert curve.font().pointSizeF() >= 10
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(curve.font())
    assert curve.width() / len(LAGS) >= metrics.horizontalAdvance("2 days later")
