"""A treatment's dose history as a plain list, date first, newest at the top, with
Add, Edit and Delete; the edits happen in a small form below the list.

It edits a copy (``set_changes`` / ``changes()``); whoever shows it saves.

Signals:
    changed(): a dose change was added, edited or removed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import DoseChange
from ui.date_field import DateField

IndexRole = Qt.ItemDataRole.UserRole + 1


def dose_words(change: DoseChange) -> str:
    amount = "" if change.dose_amount is None else f"{change.dose_amount:g}"
    return " ".join(p for p in (amount, change.dose_unit, change.schedule) if p)


class DoseHistory(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._changes: list[DoseChange] = []
        self._editing: int | None = None  # index in _changes, -1 for a new one
        self._defaults = DoseChange(dt.date.today(), None)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Dose history, newest first"))
        self.list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.add_button = QPushButton(self.tr("&Change dose…"), self)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        for button, name in (
            (self.add_button, self.tr("Record a new dose")),
            (self.edit_button, self.tr("Edit the chosen dose change")),
            (self.delete_button, self.tr("Delete the chosen dose change")),
        ):
            button.setAccessibleName(name)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.form = QWidget(self)
        self.day = DateField(parent=self.form)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.amount = QDoubleSpinBox(self.form)
        self.amount.setRange(0, 100_000)
        self.amount.setDecimals(2)
        self.amount.setSpecialValueText(self.tr("none"))
        self.unit = QLineEdit(self.form)
        self.unit.setPlaceholderText(self.tr("mg, ml, puffs…"))
        self.schedule = QLineEdit(self.form)
        self.schedule.setPlaceholderText(self.tr("e.g. nightly"))
        self.note = QLineEdit(self.form)
        self.note.setPlaceholderText(self.tr("Why it changed (optional)"))
        self.save_button = QPushButton(self.tr("&Save dose"), self.form)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.form)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget, name in (
            (self.tr("From:"), self.day, self.tr("From which day")),
            (self.tr("Dose:"), self.amount, self.tr("Dose")),
            (self.tr("Unit:"), self.unit, self.tr("Unit")),
            (self.tr("Schedule:"), self.schedule, self.tr("Schedule")),
            (self.tr("Note:"), self.note, self.tr("Note")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        form.addRow("", row)
        self.form.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self._close_form)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(self._on_edit_button_clicked)

    # -- values ------------------------------------------------------------------

    def set_changes(self, changes: list[DoseChange], defaults: DoseChange | None = None) -> None:
        """Show ``changes``; ``defaults`` (the current dose) fills a new change's form."""
        self._changes = [dataclasses.replace(c) for c in changes]
        self._defaults = defaults or DoseChange(dt.date.today(), None)
        self._close_form()
        self._fill()

    def set_defaults(self, defaults: DoseChange) -> None:
        """What a new dose change starts from (the dose the form shows now)."""
        self._defaults = defaults

    def changes(self) -> list[DoseChange]:
        return sorted(self._changes, key=lambda c: (c.day, c.id or 0))

    def clear(self) -> None:
        self.set_changes([])

    # -- internals ---------------------------------------------------------------

    def _fill(self) -> None:
        self.list.clear()
        order = sorted(
            range(len(self._changes)),
            key=lambda i: (self._changes[i].day, self._changes[i].id or 1 << 60),
            reverse=True,
        )
        for i in order:
            c = self._changes[i]
            day = QLocale().toString(QDate(c.day.year, c.day.month, c.day.day), "d MMM yyyy")
            text = f"{day} — {dose_words(c) or self.tr('no dose')}"
            if c.note:
                text += f" — {c.note}"
            item = QListWidgetItem(text)
            item.setData(IndexRole, i)
            self.list.addItem(item)
        if not self._changes:
            item = QListWidgetItem(self.tr("No dose changes yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._update_buttons()

    def _chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(IndexRole)

    def _update_buttons(self, *_args) -> None:
        chosen = self._chosen() is not None and self._editing is None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.add_button.setEnabled(self._editing is None)

    def _open_form(self, index: int, change: DoseChange) -> None:
        self._editing = index
        self.day.setDate(QDate(change.day.year, change.day.month, change.day.day))
        self.amount.setValue(change.dose_amount or 0)
        self.unit.setText(change.dose_unit)
        self.schedule.setText(change.schedule)
        self.note.setText(change.note if index >= 0 else "")
        self.form.setVisible(True)
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        self.amount.selectAll()
        self._update_buttons()

    def _close_form(self) -> None:
        self._editing = None
        self.form.setVisible(False)
        self._update_buttons()

    def _on_add_button_clicked(self) -> None:
        self._open_form(-1, dataclasses.replace(self._defaults, day=dt.date.today()))

    def _on_edit_button_clicked(self, *_args) -> None:
        index = self._chosen()
        if index is not None:
            self._open_form(index, self._changes[index])

    def _on_delete_button_clicked(self) -> None:
        index = self._chosen()
        if index is not None:
            del self._changes[index]
            self._fill()
            self.changed.emit()

    def _on_save_button_clicked(self) -> None:
        if self._editing is None:
            return
        change = DoseChange(
            self.day.date().toPython(),
            self.amount.value() or None,
            self.unit.text().strip(),
            self.schedule.text().strip(),
            self.note.text().strip(),
        )
        if self._editing >= 0:
            self._changes[self._editing] = dataclasses.replace(
                change, id=self._changes[self._editing].id
            )
        else:
            self._changes.append(change)
        self._close_form()
        self._fill()
        self.changed.emit()
