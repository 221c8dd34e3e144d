"""What the user has disclosed, where and when: the share log, word for word.

For the main window::

    dialog = ShareLogDialog(session, parent)   # session: ui.session.Session
    dialog.open()

The log is read through the session (it closes itself when the journal locks). Each row is one post that left Fettle (copied or saved):
when, the site it was written for, how it left and which entries it came from; the
text below the table is exactly what left. "Remove from log" forgets a record (the post
itself is wherever it was pasted; Fettle cannot take it back, and says so).

Signals:
    log_loaded(): the records are on screen.
    failed(str): something went wrong; the text is for people.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import ShareRecord
from app.posts import UnknownFormat, get_format
from ui.locale_text import date_time_text
from ui.screen_fit import fit_to_screen
from ui.session import Change, Session
from ui.share.dialog import people_words
from ui.share.preview import shown_site_name

METHODS = {
    "clipboard": QT_TRANSLATE_NOOP("ShareLogModel", "Copied"),
    "file": QT_TRANSLATE_NOOP("ShareLogModel", "Saved to a file"),
    "printed": QT_TRANSLATE_NOOP("ShareLogModel", "Printed (command line)"),
}
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def site_name(format_id: str) -> str:
    try:
        return shown_site_name(get_format(format_id))
    except UnknownFormat:
        return format_id


def local_time(iso: str) -> str:
    try:
        return date_time_text(dt.datetime.fromisoformat(iso))
    except ValueError:
        return iso


class ShareLogModel(QAbstractTableModel):
    """Past shares, newest first; the log is small, so it is held whole."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ShareLogModel", "When"),
        QT_TRANSLATE_NOOP("ShareLogModel", "Where"),
        QT_TRANSLATE_NOOP("ShareLogModel", "How"),
        QT_TRANSLATE_NOOP("ShareLogModel", "Entries"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._records: list[ShareRecord] = []

    def set_records(self, records: list[ShareRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> ShareRecord:
        return self._records[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        r = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                local_time(r.shared_at),
                site_name(r.destination),
                self.tr(METHODS.get(r.method, r.method)),
                ", ".join(map(str, r.entry_ids)) or "—",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return self.tr("Journal entry numbers")
        return None


class ShareLogDialog(QDialog):
    log_loaded = Signal()
    failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What you have shared"))
        self._session = session
        session.close_on_lock(self)  # it shows word for word what left the journal
        self.model = ShareLogModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("Choose a share to see exactly what left."))
        self.empty = QLabel(self.tr("Nothing has been shared from this journal yet."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remove_button = QPushButton(self.tr("Remove from log"))
        self.remove_button.setToolTip(
            self.tr("Forget this record. The post stays wherever you put it.")
        )
        self.remove_button.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("mutedLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons = buttons
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 560)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def reload(self) -> None:
        """Read the log again (a newer reload supersedes one still on its way)."""
        self._session.run(
            lambda journal: journal.shares.all(),
            self._on_loaded,
            self._on_failed,
            key=(self, "load"),
        )

    def _on_loaded(self, records: list[ShareRecord]) -> None:
        self.model.set_records(records)
        self.empty.setVisible(not records)
        self.text.clear()
        self.remove_button.setEnabled(False)
        if records:
            self.table.selectRow(0)
        self.log_loaded.emit()

    def _on_table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.text.setPlainText(self.model.record(current.row()).final_text)
        self.remove_button.setEnabled(True)

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        share_id = self.model.record(row).id
        self._session.run(
            lambda journal: journal.shares.delete(share_id),
            lambda _r: self.reload(),
            self._on_failed,
            changes=Change.RECORDS,
            origin=self,
        )

    def _on_failed(self, exc: BaseException) -> None:
        words = people_words(exc)
        self.status.setText(words)
        self.failed.emit(words)
