"""Which entries go into the post: the ones chosen in the list, or any in a date range.

The dialog loads the rows (on the task runner) when the range changes; this widget
only shows them with a check box each and says which are ticked.

Signals:
    selection_changed(): an entry was ticked or unticked.
    range_changed(object, object): the user chose another period (two ``datetime.date``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import EntryRow
from ui.date_field import DateField
from ui.icons import kind_icon
from ui.locale_text import date_text


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ShareEntryPicker(QWidget):
    selection_changed = Signal()
    range_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_from = DateField()
        self.date_to = DateField()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.date_from.setAccessibleName(self.tr("Entries from"))
        self.date_to.setAccessibleName(self.tr("Entries to"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Entries to share"))
        self.list.setAccessibleDescription(
            self.tr("Ticked entries are in the post; Space ticks or unticks")
        )
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("mutedLabel")
        self.hint.setWordWrap(True)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Entries to share"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addLayout(dates)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self._quiet = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.date_from.dateChanged.connect(self._on_date_changed)
        self.date_to.dateChanged.connect(self._on_date_changed)

    def set_range(self, start: dt.date, end: dt.date) -> None:
        self._quiet = True
        self.date_from.setDate(qdate(start))
        self.date_to.setDate(qdate(end))
        self._quiet = False

    def set_rows(self, rows: list[EntryRow], checked: set[int]) -> None:
        self._quiet = True
        self.list.clear()
        for row in rows:
            title = row.title or self.tr("(untitled)")
            item = QListWidgetItem(
                kind_icon(row.kind), f"{date_text(row.day, 'dd MMM yyyy')}\n{title}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.id in checked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self._quiet = False
        self._update_hint()

    def checked_ids(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() is Qt.CheckState.Checked
        ]

    def set_checked(self, entry_id: int, checked: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == entry_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_hint(self) -> None:
        n = len(self.checked_ids())
        self.hint.setText(
            self.tr("No entries ticked: tick the ones to share.")
            if n == 0
            else self.tr("%n entries in the post", "", n)
        )

    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._quiet:
            self._update_hint()
            self.selection_changed.emit()

    def _on_date_changed(self, _day: QDate) -> None:
        if not self._quiet:
            self.range_changed.emit(pydate(self.date_from.date()), pydate(self.date_to.date()))
