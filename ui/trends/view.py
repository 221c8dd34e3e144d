"""The Trends view: a symptom's severity over time with treatment periods shaded, a
calendar heatmap of symptom days, and before/after figures around each treatment
change (with n).

For the main window::

    view = TrendsView(session, parent)   # session: ui.session.Session
    view.load_if_stale()                 # when shown: loads if anything changed

The view follows the session: a lock clears what is shown; an unlock, or a change to
entries, treatments or factors reported by any window, makes it stale, and it loads
again at once if it is on screen (else when next shown). It touches the journal only
inside the jobs it runs through the session; all aggregation is SQL
(``app.report.trends_data.load_trends``). Its requests share one session key, so a
result for a period or symptom no longer chosen is dropped.

Signals:
    loaded(): new data arrived and is shown.
    failed(str): loading failed; the text is for people.
"""

from __future__ import annotations

import datetime as dt

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
from ui.core_text import core_tr
from ui.locale_text import local_decimals
from ui.session import Change, Changes, Session
from ui.trends.effects_model import GLYPHS, BeforeAfterModel
from ui.trends.insights_view import InsightsView
from ui.trends.widgets import CalendarHeatmap, TrendChart

PERIODS = (
    (90, QT_TRANSLATE_NOOP("TrendsView", "Last 90 days")),
    (365, QT_TRANSLATE_NOOP("TrendsView", "Last year")),
    (730, QT_TRANSLATE_NOOP("TrendsView", "Last 2 years")),
    (1825, QT_TRANSLATE_NOOP("TrendsView", "Last 5 years")),
    (None, QT_TRANSLATE_NOOP("TrendsView", "Everything")),
)


SHOWN = Change.ENTRIES | Change.CATALOG | Change.TREATMENTS | Change.FACTORS


class TrendsView(QWidget):
    loaded = Signal()
    failed = Signal(str)

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today
        self._key = object()  # a newer request (period, symptom, change) supersedes
        self._data: TrendsData | None = None
        self._stale = True
        self._insights_stale = True
        self._build()
        self._connect_signals()

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
        self.headline.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.headline.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.headline.setAccessibleName(self.tr("Treatment changes"))
        self.headline.setStyleSheet("font-size: 12pt; padding: 4px 2px;")
        self.headline.hide()
        self.chart = TrendChart()
        self.heatmap = CalendarHeatmap()
        self.model = BeforeAfterModel(self)
        self.heatmap.setAccessibleName(self.tr("Days with this symptom"))
        self.heatmap.setAccessibleDescription(
            self.tr(
                "A calendar, darker for a higher rating; days without a rating are left blank. "
                "The table below gives the figures."
            )
        )
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Before and after treatment changes"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        note = QLabel(
            self.tr(
                "Averages of your own ratings before each change and after it, leaving out the "
                "treatment's wash-in days (14 unless set); in brackets, the days each average "
                "rests on. Lower is better. The 95% interval is AR(1)-corrected: it allows for "
                "good and bad days coming in runs. They describe, they do not explain."
            )
        )
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
        self.insights = InsightsView(self._session, today=self._today)
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
        self._session.opened.connect(self._on_session_opened)
        self._session.locked.connect(self._on_session_locked)
        self._session.changed.connect(self._on_session_changed)

    # -- public API -------------------------------------------------------------

    def load_if_stale(self) -> None:
        """Load unless what is shown is still current (the view is being shown)."""
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Load again (off the GUI thread) for the chosen symptom and period."""
        if not self._session.is_open():
            return
        self._stale = False
        if self.tabs.currentWidget() is self.insights:
            self.insights.refresh()
        else:
            self._insights_stale = True
        days = self.period.currentData()
        symptom_id = self.symptom.currentData()
        today = self._today
        self.status.setText(self.tr("Loading…"))

        def job(journal) -> TrendsData:
            return load_trends(journal, days=days, symptom_id=symptom_id, today=today)

        self._session.run(job, self._on_job_done, self._on_job_failed, key=self._key)

    def data(self) -> TrendsData | None:
        return self._data

    # -- slots --------------------------------------------------------------------

    def _on_session_opened(self) -> None:
        self._stale = self._insights_stale = True
        if self.isVisible():
            self.refresh()

    def _on_session_locked(self, _reason: str) -> None:
        self._stale = self._insights_stale = True
        self._show(None)
        self.symptom.clear()
        self.status.clear()

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.what & SHOWN and changes.origin is not self.insights:
            self._stale = self._insights_stale = True
            if self.isVisible():
                self.refresh()

    def _on_job_done(self, data: TrendsData) -> None:
        self._show(data)
        self.status.setText("")
        self.loaded.emit()

    def _on_job_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Could not load trends."))
        self.failed.emit(self.tr("Could not load trends ({kind}).").format(kind=type(exc).__name__))

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.insights and self._insights_stale:
            self._insights_stale = False
            self.insights.refresh()

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
        self.table.setFixedHeight(
            self.table.horizontalHeader().height()
            + 4
            + max(rows, 2) * self.table.verticalHeader().defaultSectionSize()
        )

    def _show_headline(self, data: TrendsData | None) -> None:
        """One line per change of the shown symptom, numbered and shaped as its marker."""
        if data is None or not data.effects:
            self.headline.clear()
            self.headline.hide()
            return
        from app.report.insight_words import headline  # numpy: only once data is here

        lines = [
            f"{data.number(e.change)} {GLYPHS.get(e.change.kind, '')}  "
            + local_decimals(headline(e, core_tr))
            for e in data.effects
        ]
        self.headline.setText("\n".join(lines))
        self.headline.show()
