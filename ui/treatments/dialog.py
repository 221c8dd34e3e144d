"""Treatments: add a medication or therapy where the user logs, and keep its dose history.

A list of treatments beside a form (name, kind, dose, unit, schedule, start, stop)
and the dose history as a plain list. Edits are kept per treatment while the user
moves between them and written through the session by Save, when another
treatment is chosen, or when the dialog closes (``flush``; a lock closes it, and so
writes them, while the journal is still open), so nothing typed here is lost. A treatment needs a name; the list shows what is typed
at once.

Signals:
    treatments_changed(): treatments were written (the editor's lists refresh).
    failed(str): a save failed; the words are for people.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import DoseChange, Treatment
from ui.date_field import DateField
from ui.messages import words
from ui.session import Change
from ui.treatments.dose_history import DoseHistory
from ui.treatments.washin_field import WashinField

if TYPE_CHECKING:
    from ui.session import Session


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def list_text(t: Treatment, today: dt.date) -> str:
    """A list row: the name, then the dose and whether it has stopped."""
    tr = QCoreApplication.translate
    name = t.name or tr("TreatmentsDialog", "(no name yet)")
    stopped = "" if t.is_current(today) else tr("TreatmentsDialog", "stopped")
    parts = [p for p in (t.dose_text(), stopped) if p]
    return name + (f" — {' · '.join(parts)}" if parts else "")


class TreatmentsDialog(QDialog):
    treatments_changed = Signal()
    failed = Signal(str)

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, select_name: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Treatments"))
        self._session = session
        self._items: list[Treatment] = []
        self._dirty: set[int] = set()  # indexes with edits not yet written
        self._in_flight = 0  # saves sent whose reply has not come back
        self._current = -1
        self._filling = False
        self._select_name = select_name
        self._build()
        self._connect_signals()
        self._load()
        session.close_on_lock(self)  # closing writes what was typed, before the close

    # -- building ---------------------------------------------------------------

    def _build(self) -> None:
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Your treatments"))
        self.add_button = QPushButton(self.tr("&Add treatment"), self)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Sertraline, Physiotherapy"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Medication"), "medication")
        self.kind.addItem(self.tr("Therapy"), "therapy")
        self.dose = QDoubleSpinBox(self)
        self.dose.setRange(0, 100_000)
        self.dose.setDecimals(2)
        self.dose.setSpecialValueText(self.tr("none"))
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("mg, ml, sessions…"))
        self.schedule = QLineEdit(self)
        self.schedule.setPlaceholderText(self.tr("e.g. nightly, twice a day"))
        self.start = DateField(parent=self)
        self.stopped = QCheckBox(self.tr("Stopped on"), self)
        self.stop = DateField(parent=self)
        for edit in (self.start, self.stop):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.washin = WashinField(self)  # before the history: Tab follows the form
        self.history = DoseHistory(self)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        stop_row = QHBoxLayout()
        stop_row.addWidget(self.stopped)
        stop_row.addWidget(self.stop, 1)
        for label, widget, name in (
            (self.tr("&Name:"), self.name, self.tr("Treatment name")),
            (self.tr("&Kind:"), self.kind, self.tr("Kind")),
            (self.tr("D&ose:"), self.dose, self.tr("Dose")),
            (self.tr("&Unit:"), self.unit, self.tr("Unit")),
            (self.tr("&Schedule:"), self.schedule, self.tr("Schedule")),
            (self.tr("S&tarted:"), self.start, self.tr("Start date")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.stop.setAccessibleName(self.tr("Stop date"))
        form.addRow("", stop_row)
        form.addRow(self.tr("Time to &work:"), self.washin)
        box = QGroupBox(self.tr("Dose history"), self.form)
        QVBoxLayout(box).addWidget(self.history)
        form.addRow(box)
        self.save_button = QPushButton(self.tr("Sa&ve"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        right = QVBoxLayout()
        right.addWidget(self.form, 1)
        right.addWidget(self.status)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        self.form.setEnabled(False)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 34)

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.save_button.clicked.connect(self.flush)
        self.buttons.rejected.connect(self.reject)
        self.name.textEdited.connect(self._on_form_edited)
        for edit in (self.unit, self.schedule):
            edit.textEdited.connect(self._on_form_edited)
        self.kind.currentIndexChanged.connect(self._on_form_edited)
        self.dose.valueChanged.connect(self._on_form_edited)
        self.start.dateChanged.connect(self._on_form_edited)
        self.stop.dateChanged.connect(self._on_form_edited)
        self.stopped.toggled.connect(self._on_stopped_toggled)
        self.history.changed.connect(self._on_form_edited)
        self.washin.edited.connect(self._on_form_edited)

    # -- loading and showing ------------------------------------------------------

    def _load(self) -> None:
        self._session.run(
            lambda journal: journal.catalog.treatments(),
            self._on_treatments_loaded,
            self._on_failed,
            key=(self, "load"),
        )

    def _on_treatments_loaded(self, treatments: list[Treatment], select_id=None) -> None:
        # Edits not sent yet (typed while a save or a load was on its way) stay over the
        # stored versions, which are older than they are.
        keep = [self._items[i] for i in sorted(self._dirty) if i < len(self._items)]
        edited = {t.id: t for t in keep if t.id is not None}
        self._items = [edited.get(t.id, t) for t in treatments] + [t for t in keep if t.id is None]
        self._dirty = {i for i, t in enumerate(self._items) if any(t is k for k in keep)}
        self._current = -1
        self.list.blockSignals(True)
        self.list.clear()
        today = dt.date.today()
        for t in self._items:
            self.list.addItem(list_text(t, today))
        self.list.blockSignals(False)
        wanted = next(
            (
                i
                for i, t in enumerate(self._items)
                if (select_id is not None and t.id == select_id)
                or (self._select_name and t.name.casefold() == self._select_name.casefold())
            ),
            0 if self._items else -1,
        )
        self._select_name = ""
        self.list.setCurrentRow(wanted)
        if wanted < 0:
            self.form.setEnabled(False)
            self.status.setText(self.tr("No treatments yet. Choose Add treatment to begin."))

    def _show(self, t: Treatment) -> None:
        self._filling = True
        try:
            self.name.setText(t.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(t.kind)))
            self.dose.setValue(t.dose_amount or 0)
            self.unit.setText(t.dose_unit)
            self.schedule.setText(t.schedule)
            self.start.setDate(_qdate(t.start_day or dt.date.today()))
            self.stopped.setChecked(t.stop_day is not None)
            self.stop.setDate(_qdate(t.stop_day or dt.date.today()))
            self.stop.setEnabled(t.stop_day is not None)
            self.washin.set_days(t.washin_days)
            self.history.set_changes(
                t.dose_changes, DoseChange(dt.date.today(), t.dose_amount, t.dose_unit, t.schedule)
            )
        finally:
            self._filling = False
        self.form.setEnabled(True)

    def _read(self, t: Treatment) -> Treatment:
        return dataclasses.replace(
            t,
            name=" ".join(self.name.text().split()),
            kind=self.kind.currentData(),
            dose_amount=self.dose.value() or None,
            dose_unit=self.unit.text().strip(),
            schedule=self.schedule.text().strip(),
            start_day=self.start.date().toPython(),
            stop_day=self.stop.date().toPython() if self.stopped.isChecked() else None,
            dose_changes=self.history.changes(),
            washin_days=self.washin.days(),
        )

    # -- editing --------------------------------------------------------------------

    def _on_list_current_row_changed(self, row: int) -> None:
        if 0 <= self._current < len(self._items) and self._current in self._dirty:
            self.flush()  # moving on saves, like the entry editor
        self._current = row
        if 0 <= row < len(self._items):
            self._show(self._items[row])

    def _on_add_button_clicked(self) -> None:
        self._items.append(Treatment("", start_day=dt.date.today()))
        self.list.addItem(list_text(self._items[-1], dt.date.today()))
        self.list.setCurrentRow(len(self._items) - 1)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_stopped_toggled(self, on: bool) -> None:
        self.stop.setEnabled(on)
        self._on_form_edited()

    def _on_form_edited(self, *_args) -> None:
        if self._filling or not 0 <= self._current < len(self._items):
            return
        t = self._items[self._current] = self._read(self._items[self._current])
        self.history.set_defaults(
            DoseChange(dt.date.today(), t.dose_amount, t.dose_unit, t.schedule)
        )
        self._dirty.add(self._current)
        self.list.item(self._current).setText(
            list_text(self._items[self._current], dt.date.today())
        )
        self.status.setText(self.tr("Unsaved changes"))

    def has_unsaved_changes(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> None:
        """Write every edited treatment now (Save, moving on, closing, or a lock)."""
        rows = [
            i for i in sorted(self._dirty) if self._items[i].name or self._items[i].id is not None
        ]
        pending = [self._items[i] for i in rows]
        if not pending:
            return
        if any(not t.name for t in pending):
            self.status.setText(self.tr("A treatment needs a name."))
            return
        self._dirty.clear()
        self._in_flight += 1

        def job(journal):
            ids = []
            for t in pending:
                tid = journal.catalog.save_treatment(t)
                journal.catalog.sync_dose_changes(tid, t.dose_changes)
                ids.append(tid)
            return ids, journal.catalog.treatments()

        def done(result) -> None:
            if not shiboken6.isValid(self):
                return  # closed meanwhile: the window that opened it refreshes
            ids, treatments = result
            self._in_flight -= 1
            # A new treatment edited again while this was on its way is the stored one
            # now: it takes its id, so the next save updates it instead of adding a twin.
            for row, sent, tid in zip(rows, pending, ids, strict=True):
                if sent.id is None and row < len(self._items) and self._items[row].id is None:
                    self._items[row] = dataclasses.replace(self._items[row], id=tid)
            if self._in_flight:
                self.treatments_changed.emit()
                return  # a later save's reply reloads, with this one's changes in it
            # the row chosen now, which may not be the one chosen when this was sent
            chosen = self._items[self._current] if 0 <= self._current < len(self._items) else None
            choose = chosen.id if chosen is not None else None
            self._on_treatments_loaded(treatments, choose)
            self.status.setText(self.tr("Unsaved changes") if self._dirty else self.tr("Saved."))
            self.treatments_changed.emit()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._in_flight -= 1
            self._dirty.update(i for i, t in enumerate(self._items) if t in pending)
            self._on_failed(exc)

        self.status.setText(self.tr("Saving…"))
        self._session.run(job, done, failed, changes=Change.TREATMENTS, origin=self)

    def _on_failed(self, exc: BaseException) -> None:
        message = words(exc)
        self.status.setText(message)
        self.failed.emit(message)

    def done(self, result: int) -> None:
        self.flush()  # closing keeps what was typed
        self.history.clear()
        super().done(result)
