"""Restore from a backup: pick one (date, entries, size), confirm, wait.

The list is read off the GUI thread (``app.usecases.list_backups``): each backup is
opened with the journal's key, sealed in the ``JournalFile`` the dialog is given, to
count its entries and check it, so a damaged backup, or one made under an earlier
passphrase, is shown but cannot be chosen. Restoring itself is done by
the caller (it has to lock the journal first); the dialog emits
``restore_confirmed`` and then shows progress until ``show_done`` or
``show_error``.

Signals:
    restore_confirmed(object): the user confirmed this ``BackupInfo``.
    backups_loaded(int): the list is filled (how many backups were found).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app import usecases
from app.backup import BackupInfo
from ui.core_text import core_message
from ui.locale_text import date_time_text, number_text
from ui.messages import words

if TYPE_CHECKING:
    from ui.task_runner import TaskRunner


def when(info: BackupInfo) -> str:
    return date_time_text(info.date)


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class RestoreDialog(QDialog):
    restore_confirmed = Signal(object)
    backups_loaded = Signal(int)

    def __init__(self, runner: TaskRunner, file: usecases.JournalFile, parent=None) -> None:
        """``file``: whose backups to list (its own only, in a shared folder too) and,
        sealed, the key they open with. Only backup files are read, so the runner is
        enough (on the unlock screen no journal is open)."""
        super().__init__(parent)
        self._runner = runner
        self.folder = Path(file.folder)
        self._infos: list[BackupInfo] = []
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setObjectName("RestoreDialog")
        self._build()
        self._connect_signals()
        runner.submit(
            lambda: usecases.list_backups(file),
            self._on_backups_loaded,
            self._on_backups_failed,
        )

    def _build(self) -> None:
        self.intro = QLabel(
            self.tr(
                "Choose the backup to go back to. Restoring replaces your journal with "
                "that backup.<br><br><b>Your journal as it is now is saved first</b>, in "
                "the backup folder, so nothing is lost and you can change your mind."
            )
        )
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels(
            [self.tr("Taken"), self.tr("Entries"), self.tr("Size"), self.tr("State")]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.status = QLabel(self.tr("Looking at your backups…"))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.folder_label = QLabel(self.tr("Backup folder: %1").replace("%1", str(self.folder)))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.restore_button: QPushButton = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(600, 420)

    def _connect_signals(self) -> None:
        self.table.currentItemChanged.connect(self._on_table_current_item_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self._on_restore_button_clicked())
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    # -- the list ---------------------------------------------------------------------

    def _on_backups_loaded(self, infos: list[BackupInfo]) -> None:
        self._infos = infos
        self.table.clear()
        first_good = None
        for info in infos:
            entries = "" if info.entry_count is None else number_text(info.entry_count)
            problem = core_message(info.problem) if info.problem else self.tr("Cannot be used")
            state = self.tr("Good") if info.ok else problem
            item = QTreeWidgetItem([when(info), entries, size_text(info.size), state])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(3, state)
            if not info.ok:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.table.addTopLevelItem(item)
            if info.ok and first_good is None:
                first_good = item
        for column in range(3):
            self.table.resizeColumnToContents(column)
        if not infos:
            self.status.setText(
                self.tr("There are no backups yet. Use “Back up now” to make the first one.")
            )
        elif first_good is None:
            self.status.setText(
                self.tr("None of these backups can be opened with your current passphrase.")
            )
        else:
            self.status.setText("")
            self.table.setCurrentItem(first_good)
        self.backups_loaded.emit(len(infos))

    def _on_backups_failed(self, exc: BaseException) -> None:
        self.status.setText(words(exc))
        self.backups_loaded.emit(0)

    def _on_table_current_item_changed(self, current, _previous) -> None:
        info = self.chosen()
        self.restore_button.setEnabled(info is not None and bool(info.ok))

    def chosen(self) -> BackupInfo | None:
        item = self.table.currentItem()
        if item is None:
            return None
        row = self.table.indexOfTopLevelItem(item)
        return self._infos[row] if 0 <= row < len(self._infos) else None

    def select(self, path: Path) -> None:
        for row, info in enumerate(self._infos):
            if info.path == Path(path):
                self.table.setCurrentItem(self.table.topLevelItem(row))

    # -- confirm and progress -------------------------------------------------------------

    def _on_restore_button_clicked(self) -> None:
        info = self.chosen()
        if info is None or not info.ok:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr("Replace your journal with the backup from %1 (%2 entries)?")
            .replace("%1", when(info))
            .replace("%2", number_text(info.entry_count)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Your journal as it is now is saved in the backup folder first. Anything "
                "written after this backup will not be in the restored journal."
            )
        )
        self.confirm_button = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._on_confirm_box_finished(box, info))
        self.confirm_box = box
        box.open()

    def _on_confirm_box_finished(self, box: QMessageBox, info: BackupInfo) -> None:
        self.confirm_box = None
        if box.clickedButton() is self.confirm_button:
            self.show_busy(self.tr("Saving your current journal, then restoring…"))
            self.restore_confirmed.emit(info)

    def show_busy(self, text: str) -> None:
        self.status.setText(text)
        self.progress.setVisible(True)
        self.table.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.cancel_button.setEnabled(False)

    def show_error(self, text: str) -> None:
        self.progress.setVisible(False)
        self.table.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self._on_table_current_item_changed(None, None)
        self.status.setText(text)

    def show_done(self) -> None:
        self.progress.setVisible(False)
        self.accept()
