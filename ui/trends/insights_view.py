"""The Insights view, a tab beside Trends: "what seems to go with my symptoms".

Treatment changes first (one sentence each, lower is better), then the factor
associations that stay unlikely to be chance after correcting for everything tested,
each with a small curve of its effect on the same day and 1-3 days later (with
intervals: a lag is a curve, not one best day), then how many comparisons could be
chance, the planned n-of-1 experiment, and how the intervals are made.

    view = InsightsView(session, parent)   # session: ui.session.Session
    view.refresh()   # loads off the GUI thread (app.report.insights)

A newer request supersedes an older one: the older scan is told to stop (it checks
between steps, see ``build_insights(cancelled=...)``) and the session drops its result
(they share one key); a lock does the same, empties the view, and closes the
experiment dialog. "Try an experiment…" opens
``ExperimentDialog`` with what can be tested (read on the worker) and saves its plan
on the worker too.

Signals:
    loaded(): new results are shown.
    failed(str): loading failed; the text is for people.
"""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAccessible, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.core_text import core_tr
from ui.locale_text import local_decimals
from ui.session import Change, Session

PERIODS = (
    (365, QT_TRANSLATE_NOOP("InsightsView", "Last year")),
    (730, QT_TRANSLATE_NOOP("InsightsView", "Last 2 years")),
    (1825, QT_TRANSLATE_NOOP("InsightsView", "Last 5 years")),
    (3650, QT_TRANSLATE_NOOP("InsightsView", "Last 10 years")),
)


class LagCurve(QWidget):
    """The effect at each lag with its 95% interval (a dot and a bar), 0 marked.
    Drawn in the palette's text colours, so it reads in dark and high contrast too."""

    accessible_role = QAccessible.Role.Chart  # ui/accessibility.py

    def __init__(self, association, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lags = association.lags
        self._labels = labels
        # Day labels at the system font size, at least 10 pt: read by tired eyes.
        label_font = self.font()
        label_font.setPointSizeF(max(10.0, label_font.pointSizeF()))
        self.setFont(label_font)
        metrics = QFontMetrics(label_font)
        column = max(metrics.horizontalAdvance(text) for text in labels) + 12
        self._label_h = metrics.height() + 4
        self.setFixedSize(QSize(max(230, column * len(labels) + 12), 72 + self._label_h))
        words = [
            f"{label}: {e.diff:+.1f} ({e.low:+.1f} to {e.high:+.1f})" if e else f"{label}: –"
            for label, e in zip(labels, self._lags, strict=True)
        ]
        self.setAccessibleName(self.tr("Effect by day"))
        self.setAccessibleDescription("; ".join(words))
        self.setToolTip("\n".join(words))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = [e for e in self._lags if e is not None]
        top = max(max(e.high for e in shown), 0.5)
        bottom = min(min(e.low for e in shown), -0.5)
        plot = QRectF(6, 6, self.width() - 12, self.height() - 12 - self._label_h)

        def y(v: float) -> float:
            return plot.bottom() - (v - bottom) / (top - bottom) * plot.height()

        ink = self.palette().color(QPalette.ColorRole.WindowText)
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(plot.left(), y(0)), QPointF(plot.right(), y(0)))
        step = plot.width() / len(self._lags)
        p.setFont(self.font())
        for i, e in enumerate(self._lags):
            x = plot.left() + step * (i + 0.5)
            p.setPen(ink)
            p.drawText(
                QRectF(x - step / 2, plot.bottom() + 3, step, self._label_h),
                int(Qt.AlignmentFlag.AlignCenter),
                self._labels[i],
            )
            if e is None:
                continue
            p.setPen(QPen(ink, 1.6))
            p.drawLine(QPointF(x, y(e.low)), QPointF(x, y(e.high)))
            p.drawLine(QPointF(x - 4, y(e.low)), QPointF(x + 4, y(e.low)))
            p.drawLine(QPointF(x - 4, y(e.high)), QPointF(x + 4, y(e.high)))
            p.setBrush(ink if e.significant() else self.palette().color(QPalette.ColorRole.Base))
            p.drawEllipse(QPointF(x, y(e.diff)), 3.5, 3.5)
        p.end()


class InsightsView(QWidget):
    loaded = Signal()
    failed = Signal(str)

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today
        self._key = object()  # a newer scan supersedes an older one
        self._result = None
        self._stale = threading.Event()  # set: the scan under way is no longer wanted
        self._dialog = None  # the experiment dialog while open (a reference kept)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.period = QComboBox()
        for days, label in PERIODS:
            self.period.addItem(self.tr(label), days)
        self.status = QLabel()
        self.experiment = QPushButton(self.tr("Try an &experiment…"))
        self.experiment.setToolTip(
            self.tr("Test one change on yourself, in blocks of days with it and without it")
        )
        self.experiment.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.experiment)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        # Wrapped sentences keep their full height; the scroll area scrolls instead.
        self.column.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    def _connect_signals(self) -> None:
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.experiment.clicked.connect(self._on_experiment_clicked)
        self._session.locked.connect(self._on_session_locked)

    # -- public API -------------------------------------------------------------

    def refresh(self) -> None:
        if not self._session.is_open():
            return
        self.experiment.setEnabled(True)
        self._stale.set()  # an older scan still running stops at its next step
        stale = self._stale = threading.Event()
        end = self._today or dt.date.today()
        start = end - dt.timedelta(days=self.period.currentData() - 1)
        self.status.setText(self.tr("Looking…"))

        def job(journal):
            from app.report import experiment
            from app.report.insights import build_insights

            result = build_insights(journal, start, end, cancelled=stale.is_set)
            return result, experiment.choices(journal, end), end

        self._session.run(job, self._on_job_done, self._on_job_failed, key=self._key)

    def result(self):
        return self._result

    def sentences(self) -> list[str]:
        """Every sentence shown, in order (what a screen reader reads)."""
        return [w.text() for w in self.body.findChildren(QLabel) if w.text()]

    # -- slots --------------------------------------------------------------------

    def _on_session_locked(self, _reason: str) -> None:
        self._stale.set()  # a scan under way stops at its next step
        self.experiment.setEnabled(False)
        self._show(None)
        self.status.clear()

    def _on_job_done(self, result) -> None:
        self._show(result)
        self.status.setText("")
        self.loaded.emit()

    def _on_job_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Could not look at the journal."))
        self.failed.emit(
            self.tr("Could not work out insights ({kind}).").format(kind=type(exc).__name__)
        )

    @Slot(int)
    def _on_period_changed(self, _index: int) -> None:
        self.refresh()

    @Slot()
    def _on_experiment_clicked(self) -> None:
        if self._dialog is not None:
            return
        today = self._today or dt.date.today()

        def job(journal):
            from app.report import experiment

            return experiment.choices(journal, today)

        self._session.run(
            job,
            lambda c: self._open_experiment(c, today),
            self._on_job_failed,
            key=(self._key, "experiment"),
        )

    def _open_experiment(self, choices, today: dt.date) -> None:
        from ui.trends.experiment_dialog import ExperimentDialog

        self._dialog = ExperimentDialog(choices, today, self)
        self._session.close_on_lock(self._dialog)  # it shows treatment and symptom names
        self._dialog.finished.connect(self._on_dialog_finished)
        self._dialog.open()

    @Slot(int)
    def _on_dialog_finished(self, code: int) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if code != QDialog.DialogCode.Accepted or not self._session.is_open():
            return
        plan = dialog.plan()
        if plan is None and not dialog.stop_requested():
            return

        def job(journal) -> None:
            from app.report import experiment

            experiment.save(journal, plan)

        self._session.run(
            job, lambda _r: self.refresh(), self._on_job_failed, changes=Change.FACTORS, origin=self
        )

    def experiment_dialog(self):
        """The experiment dialog while it is open (for tests), else None."""
        return self._dialog

    # -- drawing --------------------------------------------------------------------

    def _clear(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget()
            if widget is not None:  # gone from the view at once (a lock), freed later
                for label in widget.findChildren(QLabel) + (
                    [widget] if isinstance(widget, QLabel) else []
                ):
                    label.clear()
                widget.setParent(None)
                widget.deleteLater()

    def _label(self, text: str, *, heading: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet(
            "font-size: 13pt; font-weight: bold; margin-top: 8px;"
            if heading
            else "font-size: 11pt;"
        )
        self.column.addWidget(label)
        return label

    def _show(self, payload) -> None:
        self._clear()
        self._result = None if payload is None else payload[0]
        if payload is None:
            return
        from app.report.insight_words import (
            association_sentence,
            chance_text,
            headline,
            lag_label,
            method_note,
            other_changes_text,
            washin_summary,
        )
        from app.report.insights import LAGS

        result, choices, today = payload
        tr = self.tr
        self._label(tr("Treatment changes (lower is better)"), heading=True)
        clear = [e for e in result.effects if e.mean.significant()]
        for effect in clear:
            self._label(local_decimals(headline(effect, core_tr)))
        if result.effects:
            self._label(
                other_changes_text(len(result.effects) - len(clear), core_tr)
                + " "
                + washin_summary(result.effects, core_tr)
            )
        else:
            self._label(
                tr(
                    "No treatment change with at least {n} rated days on each side in this period."
                ).format(n=result.min_days)
            )
        self._label(tr("What went together"), heading=True)
        labels = [lag_label(lag, core_tr) for lag in LAGS]
        for a in result.shown:
            row = QFrame()
            line = QHBoxLayout(row)
            text = QLabel(local_decimals(association_sentence(a, core_tr)))
            text.setWordWrap(True)
            text.setStyleSheet("font-size: 11pt;")
            line.addWidget(text, 1)
            line.addWidget(LagCurve(a, labels))
            self.column.addWidget(row)
        self._label(
            chance_text(
                len(result.shown),
                len(result.associations) - len(result.shown),
                result.min_days,
                core_tr,
            )
        )
        if choices.current is not None:
            self._show_experiment(choices, today)
        note = self._label(method_note(core_tr))
        note.setObjectName("mutedLabel")  # the theme's muted colour: legible in every theme
        note.setStyleSheet("font-size: 10pt;")
        self.column.addStretch(1)

    def _show_experiment(self, choices, today: dt.date) -> None:
        from app.report.experiment_words import progress_line, today_line, verdict_line

        plan = choices.current
        tr = self.tr
        self._label(tr("Your experiment"), heading=True)
        self._label(
            tr("{b} against {a}, watching {symptom}: {n} blocks of {d} days.").format(
                b=plan.b[:1].upper() + plan.b[1:],
                a=plan.a,
                symptom=choices.symptom,
                n=len(plan.blocks),
                d=plan.block_days,
            )
        )
        line = today_line(plan, today, core_tr)
        if line:
            self._label(line).setStyleSheet("font-size: 12pt; font-weight: bold;")
        if today >= plan.start:
            self._label(progress_line(*choices.rated, plan, core_tr))
        if today > plan.end:
            self._label(verdict_line(plan, choices.estimate, choices.symptom, core_tr))
