"""The Insights view, a tab beside Trends: "what seems to go with my symptoms".

Treatment changes first (one sentence each, lower is better), then the factor
associations that stay unlikely to be chance after correcting for everything tested,
each with a small curve of its effect on the same day and 1-3 days later (with
intervals: a lag is a curve, not one best day), then how many comparisons could be
chance, the planned n-of-1 experiment, and how the intervals are made.

    view = InsightsView(runner, parent)
    view.set_journal(journal)   # loads off the GUI thread (app.report.insights)
    view.set_journal(None)      # on lock: everything shown is dropped

Signals:
    loaded(): new results are shown.
    failed(str): loading failed; the text is for people.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.report.style import GRID, INK, MUTED, font

PERIODS = ((365, "Last year"), (730, "Last 2 years"), (1825, "Last 5 years"),
           (3650, "Last 10 years"))


class LagCurve(QWidget):
    """The effect at each lag with its 95% interval (a dot and a bar), 0 marked."""

    def __init__(self, association, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lags = association.lags
        self._labels = labels
        self.setFixedSize(QSize(230, 86))
        words = [f"{label}: {e.diff:+.1f} ({e.low:+.1f} to {e.high:+.1f})" if e else
                 f"{label}: –" for label, e in zip(labels, self._lags, strict=True)]
        self.setAccessibleName(self.tr("Effect by day"))
        self.setAccessibleDescription("; ".join(words))
        self.setToolTip("\n".join(words))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = [e for e in self._lags if e is not None]
        top = max(max(e.high for e in shown), 0.5)
        bottom = min(min(e.low for e in shown), -0.5)
        plot = QRectF(6, 6, self.width() - 12, self.height() - 24)

        def y(v: float) -> float:
            return plot.bottom() - (v - bottom) / (top - bottom) * plot.height()

        p.setPen(QPen(GRID, 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(plot.left(), y(0)), QPointF(plot.right(), y(0)))
        step = plot.width() / len(self._lags)
        p.setFont(font(8))
        for i, e in enumerate(self._lags):
            x = plot.left() + step * (i + 0.5)
            p.setPen(MUTED)
            p.drawText(QRectF(x - step / 2, plot.bottom() + 3, step, 14),
                       int(Qt.AlignmentFlag.AlignCenter), self._labels[i])
            if e is None:
                continue
            p.setPen(QPen(INK, 1.6))
            p.drawLine(QPointF(x, y(e.low)), QPointF(x, y(e.high)))
            p.drawLine(QPointF(x - 4, y(e.low)), QPointF(x + 4, y(e.low)))
            p.drawLine(QPointF(x - 4, y(e.high)), QPointF(x + 4, y(e.high)))
            p.setBrush(INK if e.significant() else Qt.GlobalColor.white)
            p.drawEllipse(QPointF(x, y(e.diff)), 3.5, 3.5)
        p.end()


class InsightsView(QWidget):
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, runner: Any, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._journal = None
        self._today = today
        self._generation = 0
        self._result = None
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.period = QComboBox()
        for days, label in PERIODS:
            self.period.addItem(self.tr(label), days)
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.status)
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

    # -- public API -------------------------------------------------------------

    def set_journal(self, journal) -> None:
        self._journal = journal
        self._generation += 1
        if journal is None:
            self._show(None)
        else:
            self.refresh()

    def refresh(self) -> None:
        journal = self._journal
        if journal is None:
            return
        self._generation += 1
        generation = self._generation
        end = self._today or dt.date.today()
        start = end - dt.timedelta(days=self.period.currentData() - 1)
        self.status.setText(self.tr("Looking…"))

        def job():
            from app.report import experiment
            from app.report.insights import build_insights

            plan = experiment.load(journal)
            verdict = None
            if plan is not None and plan.end < end:
                estimate = experiment.analyse(plan, experiment.ratings(journal, plan))
                verdict = (experiment.verdict(estimate), estimate)
            return build_insights(journal, start, end), plan, end, verdict

        self._runner.submit(job, lambda r: self._on_job_done(generation, r),
                            lambda exc: self._on_job_failed(generation, exc))

    def result(self):
        return self._result

    def sentences(self) -> list[str]:
        """Every sentence shown, in order (what a screen reader reads)."""
        return [w.text() for w in self.body.findChildren(QLabel) if w.text()]

    # -- slots --------------------------------------------------------------------

    def _on_job_done(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        self._show(result)
        self.status.setText("")
        self.loaded.emit()

    def _on_job_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.status.setText(self.tr("Could not look at the journal."))
        self.failed.emit(self.tr("Could not work out insights ({kind}).").format(
            kind=type(exc).__name__))

    @Slot(int)
    def _on_period_changed(self, _index: int) -> None:
        self.refresh()

    # -- drawing --------------------------------------------------------------------

    def _clear(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget()
            if widget is not None:  # gone from the view at once (a lock), freed later
                for label in widget.findChildren(QLabel) + (
                        [widget] if isinstance(widget, QLabel) else []):
                    label.clear()
                widget.setParent(None)
                widget.deleteLater()

    def _label(self, text: str, *, heading: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet("font-size: 13pt; font-weight: bold; margin-top: 8px;" if heading
                            else "font-size: 11pt;")
        self.column.addWidget(label)
        return label

    def _show(self, payload) -> None:
        self._clear()
        self._result = None if payload is None else payload[0]
        if payload is None:
            return
        from app.report.insight_words import (
            association_sentence,
            headline,
            lag_label,
            method_note,
            washin_note,
        )
        from app.report.insights import LAGS

        result, plan, today, verdict = payload
        tr = self.tr
        self._label(tr("Treatment changes (lower is better)"), heading=True)
        clear = [e for e in result.effects if e.mean.significant()]
        for effect in clear:
            self._label(headline(effect, tr))
        if result.effects:
            self._label(tr("{n} other pairs of a change and a symptom showed no clear change "
                           "(they could be chance). {washin}").format(
                n=len(result.effects) - len(clear), washin=washin_note(result.effects[0], tr)))
        else:
            self._label(tr("No treatment change with at least {n} rated days on each side "
                           "in this period.").format(n=result.min_days))
        self._label(tr("What went together"), heading=True)
        labels = [lag_label(lag, tr) for lag in LAGS]
        for a in result.shown:
            row = QFrame()
            line = QHBoxLayout(row)
            text = QLabel(association_sentence(a, tr))
            text.setWordWrap(True)
            text.setStyleSheet("font-size: 11pt;")
            line.addWidget(text, 1)
            line.addWidget(LagCurve(a, labels))
            self.column.addWidget(row)
        chance = len(result.associations) - len(result.shown)
        self._label(tr("{shown} results are unlikely to be chance. {chance} other comparisons "
                       "could be chance and are not shown. Nothing is shown with fewer than "
                       "{n} days with and {n} days without.").format(
            shown=len(result.shown), chance=chance, n=result.min_days))
        if plan is not None:
            self._label(tr("Planned experiment"), heading=True)
            block = plan.block_on(today)
            if block is not None:
                self._label(tr("Today is in block {i} of {n}: {arm}. Blocks of {d} days: "
                               "{plan}.").format(i=block[0] + 1, n=len(plan.blocks),
                                                 arm=plan.arm_name(block[1]),
                                                 d=plan.block_days,
                                                 plan=" ".join(plan.blocks)))
            elif verdict is not None:
                word, e = verdict
                if e is None:
                    self._label(tr("Finished; not enough rated days to compare."))
                elif word == "no clear difference":
                    self._label(tr("Finished: no clear difference between {a} and {b} "
                                   "({lo:+.1f} to {hi:+.1f}), from {n1} and {n0} days.").format(
                        a=plan.a, b=plan.b, lo=e.low, hi=e.high, n1=e.n_with, n0=e.n_without))
                else:
                    self._label(tr("Finished: ratings were {d} points {w} with {b} than with "
                                   "{a} ({lo:+.1f} to {hi:+.1f}), from {n1} and {n0} days.").format(
                        d=f"{abs(e.diff):.1f}", w=tr(word), a=plan.a, b=plan.b, lo=e.low,
                        hi=e.high, n1=e.n_with, n0=e.n_without))
        note = self._label(method_note(tr))
        note.setStyleSheet("color: #555; font-size: 10pt;")
        self.column.addStretch(1)
