"""Preferences tabs for what the user tracks: symptoms, treatments, conditions.

Each tab edits copies and hands back plain values (``values()``); nothing is
written until the dialog is accepted, and then the settings flow writes it on
the worker. Dates are typed as YYYY-MM-DD (keyboard-friendly, locale-proof).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.models import Condition, DoseChange, Symptom, Treatment
from ui.treatments.dose_history import DoseHistory

NEW_ID = 0


def parse_day(text: str, what: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            user_message=QCoreApplication.translate(
                "SymptomsTab", "{what}: type a date like 2026-03-14."
            ).format(what=what)
        ) from None


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    return table


def _cell(text: str, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class SymptomsTab(QWidget):
    def __init__(self, symptoms: list[Symptom]) -> None:
        super().__init__()
        self.table = _table(
            [self.tr("Symptom"), self.tr("Body area"), self.tr("Archived")],
            self.tr("Tracked symptoms"),
        )
        for s in symptoms:
            self._add_row(s)
        add = QPushButton(self.tr("&Add symptom"))
        add.clicked.connect(lambda: self._add_row(Symptom(NEW_ID, "")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_row(self, s: Symptom) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, _cell(s.name, s.id))
        self.table.setItem(row, 1, _cell(s.body_area))
        archived = _cell("")
        archived.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        archived.setCheckState(Qt.CheckState.Checked if s.archived else Qt.CheckState.Unchecked)
        self.table.setItem(row, 2, archived)
        if not s.name:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def values(self) -> list[Symptom]:
        out = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0).text().strip()
            sid = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            if not name:
                if sid != NEW_ID:
                    raise InvalidInput(user_message=self.tr("A tracked symptom needs a name."))
                continue
            out.append(
                Symptom(
                    sid,
                    name,
                    self.table.item(row, 1).text().strip(),
                    self.table.item(row, 2).checkState() == Qt.CheckState.Checked,
                )
            )
        return out


class ConditionsTab(QWidget):
    def __init__(self, conditions: list[Condition]) -> None:
        super().__init__()
        self.table = _table(
            [self.tr("Condition"), self.tr("Diagnosed (YYYY-MM-DD)"), self.tr("Notes")],
            self.tr("Conditions"),
        )
        for c in conditions:
            self._add_row(c)
        add = QPushButton(self.tr("&Add condition"))
        add.clicked.connect(lambda: self._add_row(Condition("")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_row(self, c: Condition) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, _cell(c.name, c.id if c.id is not None else NEW_ID))
        self.table.setItem(row, 1, _cell(c.diagnosed_day.isoformat() if c.diagnosed_day else ""))
        self.table.setItem(row, 2, _cell(c.notes))
        if not c.name:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def values(self) -> list[Condition]:
        out = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0).text().strip()
            cid = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            if not name:
                continue
            out.append(
                Condition(
                    name,
                    parse_day(self.table.item(row, 1).text(), name),
                    self.table.item(row, 2).text(),
                    cid or None,
                )
            )
        return out


class TreatmentsTab(QWidget):
    """A list of treatments beside a form for the chosen one, with its dose changes."""

    def __init__(self, treatments: list[Treatment]) -> None:
        super().__init__()
        self._items = [
            dataclasses.replace(t, dose_changes=list(t.dose_changes)) for t in treatments
        ]
        self._current = -1
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Treatments"))
        self.list.setMaximumWidth(220)
        add = QPushButton(self.tr("&Add treatment"))
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(add)
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Medication"), "medication")
        self.kind.addItem(self.tr("Therapy"), "therapy")
        self.dose = QDoubleSpinBox()
        self.dose.setRange(0, 100_000)
        self.dose.setDecimals(2)
        self.dose.setSpecialValueText(self.tr("none"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("mg, ml, sessions…"))
        self.route = QLineEdit()
        self.route.setPlaceholderText(self.tr("by mouth, injection…"))
        self.schedule = QLineEdit()
        self.schedule.setPlaceholderText(self.tr("e.g. weekly on Mondays"))
        self.start = QLineEdit()
        self.stop = QLineEdit()
        for w in (self.start, self.stop):
            w.setPlaceholderText(self.tr("YYYY-MM-DD"))
        # a plain list, date first, with Change dose / Edit / Delete (a wide table
        # scrolled its dates out of sight, and nothing in it could be removed)
        self.changes = DoseHistory()
        self.form = QWidget()
        form = QFormLayout(self.form)
        for label, w, name in (
            (self.tr("&Name:"), self.name, self.tr("Treatment name")),
            (self.tr("&Kind:"), self.kind, self.tr("Kind")),
            (self.tr("D&ose:"), self.dose, self.tr("Dose")),
            (self.tr("&Unit:"), self.unit, self.tr("Unit")),
            (self.tr("&Route:"), self.route, self.tr("Route")),
            (self.tr("&Schedule:"), self.schedule, self.tr("Schedule")),
            (self.tr("S&tarted:"), self.start, self.tr("Start date")),
            (self.tr("Sto&pped:"), self.stop, self.tr("Stop date")),
        ):
            w.setAccessibleName(name)
            form.addRow(label, w)
        form.addRow(self.tr("Dose history:"), self.changes)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.form, 1)
        for t in self._items:
            self.list.addItem(t.name)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        add.clicked.connect(self._on_add_clicked)
        self.name.textEdited.connect(self._on_name_text_edited)
        self.form.setEnabled(bool(self._items))
        if self._items:
            self.list.setCurrentRow(0)

    def _on_add_clicked(self) -> None:
        self._store()
        self._items.append(Treatment("", start_day=dt.date.today()))
        self.list.addItem(self.tr("(new treatment)"))
        self.list.setCurrentRow(len(self._items) - 1)
        self.name.setFocus()

    def _on_name_text_edited(self, text: str) -> None:
        """The list shows the name as it is typed, not a placeholder until the next click."""
        if 0 <= self._current < self.list.count():
            self.list.item(self._current).setText(
                " ".join(text.split()) or self.tr("(new treatment)")
            )

    def _on_list_current_row_changed(self, row: int) -> None:
        self._store()
        self._current = row
        if row < 0:
            return
        t = self._items[row]
        self.form.setEnabled(True)
        self.name.setText(t.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(t.kind)))
        self.dose.setValue(t.dose_amount or 0)
        self.unit.setText(t.dose_unit)
        self.route.setText(t.route)
        self.schedule.setText(t.schedule)
        self.start.setText(t.start_day.isoformat() if t.start_day else "")
        self.stop.setText(t.stop_day.isoformat() if t.stop_day else "")
        self.changes.set_changes(
            t.dose_changes, DoseChange(dt.date.today(), t.dose_amount, t.dose_unit, t.schedule)
        )

    def _store(self) -> None:
        """Copy the form back into the current treatment (raises on a bad date)."""
        if not 0 <= self._current < len(self._items):
            return
        t = self._items[self._current]
        name = " ".join(self.name.text().split()) or t.name  # a new one left blank is dropped
        changes = self.changes.changes()
        self._items[self._current] = dataclasses.replace(
            t,
            name=name,
            kind=self.kind.currentData(),
            dose_amount=self.dose.value() or None,
            dose_unit=self.unit.text().strip(),
            route=self.route.text().strip(),
            schedule=self.schedule.text().strip(),
            start_day=parse_day(self.start.text(), name),
            stop_day=parse_day(self.stop.text(), name),
            dose_changes=changes,
        )
        self.list.item(self._current).setText(name)

    def values(self) -> list[Treatment]:
        self._store()
        return [t for t in self._items if t.name]
