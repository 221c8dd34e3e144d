"""The Trends view: a symptom's severity over time with treatment periods shaded, a
calendar heatmap of symptom days, and before/after figures around each treatment
change (with n).

For the main window::

    view = TrendsView(runner, journal, parent)   # runner: ui.task_runner.TaskRunner
    view.set_journal(None)                        # on lock: clears what is shown
    view.set_journal(journal)                     # on unlock: loads again
    view.refresh()                                # after entries changed

``runner`` is anything with ``submit(fn, on_done, on_error)`` that runs ``fn`` off
the GUI thread and calls back on it (the app's one long-lived TaskRunner). The view
touches ``journal`` only inside jobs it submits; all aggregation is SQL
(``app.report.trends_data.load_trends``). Results from a superseded request are dropped.

Signals:
    loaded(): new data arrived and is shown.
    failed(str): loading failed; the text is for people.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.report.trends_data import TrendsData, load_trends
from ui.trends.effects_model import GLYPHS, BeforeAfterModel
from ui.trends.insights_view import InsightsView
from ui.trends.widgets import CalendarHeatmap, TrendChart
from ui.core_text import core_tr

PERIODS = (
    (90, QT_TRANSLATE_NOOP("TrendsView", "Last 90 days")),
    (365, QT_TRANSLATE_NOOP("TrendsView", "Last year")),
    (730, QT_TRANSLATE_NOOP("TrendsView", "Last 2 years")),
    (1825, QT_TRANSLATE_NOOP("TrendsView", "Last 5 years")),
    (None, QT_TRANSLATE_NOOP("TrendsView", "Everything")),
)


class Runner(Protocol):
    def submit(self, fn, on_done=None, on_error=None) -> Any: ...


class TrendsView(QWidget):
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, runner: Runner, journal=None, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._journal = journal
        self._today = today
        self._generation = 0
        self._data: TrendsData | None = None
        self._insights_stale = True
        self._build()
        self._connect_signals()
        if journal is not None:
            self.refresh()

    def _build(self) -> None:
        self.period = QComboBox()
        for days, label in PERIODS:
            self.period.addItem(self.tr(label), days)
        self.period.setCurrentIndex(1)
        self.symptom = QComboBox()
        self.symptom.setMinimumContentsLength(16)
        self.symptom.setAccessibleName(self.tr("Symptom"))
        self.period.setAccessibleName(self.tr("Period"))
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Symptom:")))
        bar.addWidget(self.symptom)
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.status)
        # "Did the medication help?" first: one line per change, above everything.
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                              | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.headline.setAccessibleName(self.tr("Treatment changes"))
        self.headline.setStyleSheet("font-size: 12pt; padding: 4px 2px;")
        self.headline.hide()
        self.chart = TrendChart()
        self.heatmap = CalendarHeatmap()
        self.model = BeforeAfterModel(self)
        self.heatmap.setAccessibleName(self.tr("Days with this symptom"))
        self.heatmap.setAccessibleDescription(self.tr(
            "A calendar, darker for a higher rating; days without a rating are left blank. "
            "The table below gives the figures."))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Before and after treatment changes"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        note = QLabel(self.tr(
            "Averages of your own ratings before each change and after it, leaving out the "
            "treatment's wash-in days (14 unless set); in brackets, the days each average "
            "rests on. Lower is better. The 95% interval is AR(1)-corrected: it allows for "
            "good and bad days coming in runs. They describe, they do not explain."))
        note.setWordWrap(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.chart)
        column.addWidget(QLabel("<b>" + self.tr("Days with this symptom") + "</b>"))
        column.addWidget(self.heatmap)
        column.addWidget(QLabel("<b>" + self.tr("Before and after treatment changes") + "</b>"))
        column.addWidget(note)
        column.addWidget(self.table)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Always there, so the pictures are not drawn again when it appears.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(inner)
        page = QWidget()
        trends = QVBoxLayout(page)
        trends.addLayout(bar)
        trends.addWidget(self.headline)
        trends.addWidget(scroll, 1)
        # Insights sit beside Trends as a tab; they load when first shown.
        self.insights = InsightsView(self._runner, today=self._today)
        self.tabs = QTabWidget()
        self.tabs.addTab(page, self.tr("&Trends"))
        self.tabs.addTab(self.insights, self.tr("&Insights"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _connect_signals(self) -> None:
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.symptom.activated.connect(self._on_symptom_activated)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    # -- public API -------------------------------------------------------------

    def set_journal(self, journal) -> None:
        self._journal = journal
        self._generation += 1  # drop anything still on its way
        self._insights_stale = True
        if self.tabs.currentWidget() is self.insights or journal is None:
            self.insights.set_journal(journal)
            self._insights_stale = False
        if journal is None:
            self._show(None)
            self.symptom.clear()
        else:
            self.refresh()

    def refresh(self) -> None:
        """Load again (off the GUI thread) for the chosen symptom and period."""
        journal = self._journal
        if journal is None:
            return
        if self.tabs.currentWidget() is self.insights:
            self.insights.refresh()
        else:
            self._insights_stale = True
        self._generation += 1
        generation = self._generation
        days = self.period.currentData()
        symptom_id = self.symptom.currentData()
        today = self._today
        self.status.setText(self.tr("Loading…"))

        def job() -> TrendsData:
            return load_trends(journal, days=days, symptom_id=symptom_id, today=today)

        self._runner.submit(job, lambda data: self._on_job_done(generation, data),
                            lambda exc: self._on_job_failed(generation, exc))

    def data(self) -> TrendsData | None:
        return self._data

    # -- slots --------------------------------------------------------------------

    def _on_job_done(self, generation: int, data: TrendsData) -> None:
        if generation != self._generation:
            return
        self._show(data)
        self.status.setText("")
        self.loaded.emit()

    def _on_job_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.status.setText(self.tr("Could not load trends."))
        self.failed.emit(self.tr("Could not load trends ({kind}).").format(
            kind=type(exc).__name__))

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.insights and self._insights_stale:
            self._insights_stale = False
            self.insights.set_journal(self._journal)

    @Slot(int)
    def _on_period_changed(self, _index: int) -> None:
        self.refresh()

    @Slot(int)
    def _on_symptom_activated(self, _index: int) -> None:
        self.refresh()

    def _show(self, data: TrendsData | None) -> None:
        self._data = data
        if data is not None:
            self.symptom.blockSignals(True)
            self.symptom.clear()
            for sid, name in data.symptoms:
                self.symptom.addItem(name, sid)
            index = self.symptom.findData(data.symptom_id)
            self.symptom.setCurrentIndex(max(index, 0))
            self.symptom.blockSignals(False)
        self._show_headline(data)
        self.chart.set_data(data)
        self.heatmap.set_data(data)
        self.model.set_data(data)
        rows = self.model.rowCount()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4
                                  + max(rows, 2) * self.table.verticalHeader().defaultSectionSize())

    def _show_headline(self, data: TrendsData | None) -> None:
        """One line per change of the shown symptom, numbered and shaped as its marker."""
        if data is None or not data.effects:
            self.headline.clear()
            self.headline.hide()
            return
        from app.report.insight_words import headline  # numpy: only once data is here

        lines = [f"{data.number(e.change)} {GLYPHS.get(e.change.kind, '')}  "
                 + headline(e, core_tr) for e in data.effects]
        self.headline.setText("\n".join(lines))
        self.headline.show()
