"""Preferences ▸ Backups: where automatic backups go, how many are kept, and "Back up now".

The folder and the number kept are journal settings (``backup_folder``,
``backup_keep``), saved with the other preferences on OK. "Back up now" uses what
the tab shows at that moment; the backup itself is taken by ``SettingsFlow`` on the
worker, and the tab then shows where it went.

Signals:
    back_up_requested(str, int): back up now into this folder ("" for the default),
        keeping this many.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.journal.settings import OPTIONS
from ui.core_text import core_message
from ui.messages import show_result


class BackupsTab(QWidget):
    back_up_requested = Signal(str, int)

    def __init__(self, folder: str, keep: int, default_folder: str, parent=None) -> None:
        super().__init__(parent)
        self._default = default_folder
        self.file_dialog: QFileDialog | None = None
        intro = QLabel(
            self.tr(
                "Fettle keeps encrypted backups of your journal: one when you close it and "
                "one a day while it is open. They open with the passphrase you had when "
                "each was made."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(folder)
        self.folder.setPlaceholderText(self.tr("Default: %1").replace("%1", default_folder))
        self.folder.setToolTip(default_folder)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.folder.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.default_button = QPushButton(self.tr("Use the &default"))
        self.default_button.setAccessibleName(self.tr("Use the default backup folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        option = OPTIONS["backup_keep"]
        self.keep = QSpinBox()
        self.keep.setRange(option.minimum, option.maximum)
        self.keep.setValue(keep)
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.setAccessibleName(self.tr("Backups to keep"))
        keep_note = QLabel(self.tr("Older ones are deleted only after a newer backup was checked."))
        keep_note.setObjectName("mutedLabel")
        keep_note.setWordWrap(True)
        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.back_up_button.setAccessibleName(self.tr("Back up now"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Backup result"))
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), folder_row)
        form.addRow(self.tr("&Keep the last:"), self.keep)
        form.addRow("", keep_note)
        now_row = QHBoxLayout()
        now_row.addWidget(self.back_up_button)
        now_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(now_row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.default_button.clicked.connect(self.folder.clear)
        self.back_up_button.clicked.connect(self._on_back_up_button_clicked)

    def values(self) -> dict:
        """``backup_folder`` ("" for the default) and ``backup_keep``; raises InvalidInput."""
        folder = self.folder.text().strip()
        if folder and not Path(folder).expanduser().is_absolute():
            raise InvalidInput(
                user_message=self.tr(
                    "Choose a backup folder with its full path, or use the default."
                )
            )
        return {"backup_folder": folder, "backup_keep": self.keep.value()}

    def _on_choose_button_clicked(self) -> None:
        start = self.folder.text().strip() or self._default
        dialog = QFileDialog(self, self.tr("Choose a folder for backups"), start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self._on_folder_chosen)
        dialog.finished.connect(lambda _r: self._forget_file_dialog(dialog))
        self.file_dialog = dialog
        dialog.open()

    def _on_folder_chosen(self, name: str) -> None:
        if name:
            self.folder.setText(name)

    def _forget_file_dialog(self, dialog: QFileDialog) -> None:
        if self.file_dialog is dialog:
            self.file_dialog = None
        dialog.deleteLater()

    def _on_back_up_button_clicked(self) -> None:
        try:
            folder = self.values()["backup_folder"]
        except InvalidInput as exc:
            self.show_backup_failed(core_message(exc.user_message))
            return
        self.back_up_button.setEnabled(False)
        show_result(self.result, self.tr("Making an encrypted backup…"))
        self.back_up_requested.emit(folder, self.keep.value())

    def show_backup_done(self, path: str) -> None:
        self.back_up_button.setEnabled(True)
        show_result(self.result, self.tr("Encrypted backup saved as %1").replace("%1", str(path)))

    def show_backup_failed(self, text: str) -> None:
        self.back_up_button.setEnabled(True)
        show_result(self.result, text, problem=True)
