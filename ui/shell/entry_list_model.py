"""The entry list: a lazy list model over ``EntryStore.page``.

Rows arrive a page (100) at a time, newest first, through the session; the view
asks for more with ``canFetchMore``/``fetchMore`` as the user scrolls, so a journal
of 100,000 entries costs no more to open than one of 100. Every page is asked for
under the model's one key, so a page still in flight for an old filter is never
shown (the session drops it). The model empties itself when the journal locks, and
loads again when another window reports changed entries (``Session.changed``); the
changes its owner (the journal page) makes, the owner shows itself, keeping the
selection.

Signals:
    loading_changed(bool): a page is (no longer) being fetched.
    first_page_loaded(): the first page of the current filter is in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.models import Cursor, EntryFilter, EntryRow, Page
from ui.session import Change, Changes, Session

RowRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
SnippetRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the list's root: the default parent, never modified

KIND_NAMES = {
    "symptom": QT_TRANSLATE_NOOP("EntryDelegate", "Symptom"),
    "treatment": QT_TRANSLATE_NOOP("EntryDelegate", "Treatment"),
    "lesson": QT_TRANSLATE_NOOP("EntryDelegate", "Lesson"),
    "note": QT_TRANSLATE_NOOP("EntryDelegate", "Note"),
}


def describe_row(row: EntryRow, date_format: Callable[[dt.date], str]) -> str:
    """The plain text a screen reader reads for a row (and the row's tooltip)."""
    kind = QCoreApplication.translate("EntryDelegate", KIND_NAMES.get(row.kind, row.kind))
    untitled = QCoreApplication.translate("EntryDelegate", "(untitled)")
    parts = [date_format(row.day), kind, row.title or untitled]
    if row.severities:
        parts.append(", ".join(f"{name} {sev}/10" for name, sev in row.severities))
    return " — ".join(parts)


class EntryListModel(QAbstractListModel):
    loading_changed = Signal(bool)
    first_page_loaded = Signal()

    PAGE_SIZE = 100

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._owner = parent  # shows its own changes itself (see the module)
        self._active = False  # showing the open journal's entries
        self._filter = EntryFilter()
        self._rows: list[EntryRow] = []
        self._cursor: Cursor | None = None
        self._exhausted = True
        self._fetching = False
        self._key = object()  # this model's requests supersede each other
        self.date_format: Callable[[dt.date], str] = lambda d: d.isoformat()
        session.locked.connect(self._on_session_locked)
        session.changed.connect(self._on_session_changed)

    # -- what to show --------------------------------------------------------

    def start(self) -> None:
        """Show the open journal's entries (after an unlock); loads the first page."""
        self._active = True
        self.reload()

    def set_filter(self, flt: EntryFilter) -> None:
        self._filter = flt
        self.reload()

    def entry_filter(self) -> EntryFilter:
        return self._filter

    def reload(self) -> None:
        """Forget every row and fetch the first page again (if showing a journal)."""
        self._session.drop(self._key)
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._exhausted = not self._active
        self._set_fetching(False)
        self.endResetModel()
        if self._active:
            self._fetch()

    def clear(self) -> None:
        """Empty the model and stop fetching: the journal is locked."""
        self._active = False
        self.reload()

    def _on_session_locked(self, _reason: str) -> None:
        self.clear()

    def _on_session_changed(self, changes: Changes) -> None:
        if self._active and Change.ENTRIES in changes and changes.origin is not self._owner:
            self.reload()

    # -- lazy fetching -------------------------------------------------------

    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        if self.canFetchMore(parent):
            self._fetch()

    def is_loading(self) -> bool:
        return self._fetching

    def _fetch(self) -> None:
        flt, cursor, limit = self._filter, self._cursor, self.PAGE_SIZE
        if self._session.run(
            lambda journal: journal.entries.page(flt, cursor, limit),
            self._on_page_loaded,
            self._on_page_failed,
            key=self._key,
        ):
            self._set_fetching(True)
        else:
            self._exhausted = True

    def _on_page_loaded(self, page: Page) -> None:
        first = not self._rows
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._cursor = page.next
        self._exhausted = page.next is None
        self._set_fetching(False)
        if first:
            self.first_page_loaded.emit()

    def _on_page_failed(self, _exc: BaseException) -> None:
        self._exhausted = True
        self._set_fetching(False)

    def _set_fetching(self, fetching: bool) -> None:
        if fetching != self._fetching:
            self._fetching = fetching
            self.loading_changed.emit(fetching)

    # -- reading -------------------------------------------------------------

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return describe_row(row, self.date_format)
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        if role == KindRole:
            return row.kind
        return None

    def row_at(self, position: int) -> EntryRow:
        return self._rows[position]

    def position_of(self, entry_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == entry_id:
                return i
        return None

    def replace_row(self, row: EntryRow) -> bool:
        """Show a saved entry's new title, date or severities in place."""
        position = self.position_of(row.id)
        if position is None:
            return False
        self._rows[position] = row
        index = self.index(position)
        self.dataChanged.emit(index, index)
        return True

    def remove_id(self, entry_id: int) -> bool:
        position = self.position_of(entry_id)
        if position is None:
            return False
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self.endRemoveRows()
        return True


def row_for_entry(entry, symptom_names: dict[int, str]) -> EntryRow:
    """The list row for a just-saved entry, built without another query."""
    severities = sorted(
        ((symptom_names.get(r.symptom_id, r.name), int(r.severity)) for r in entry.readings),
        key=lambda p: (-p[1], p[0]),
    )
    return EntryRow(
        entry.id,
        entry.kind,
        entry.day,
        entry.time,
        entry.display_title(),
        tuple(severities),
        tuple(entry.tags),
    )


__all__ = [
    "EntryListModel",
    "IdRole",
    "KindRole",
    "RowRole",
    "SnippetRole",
    "describe_row",
    "row_for_entry",
]
