"""File ▸ Join a Synced Journal…: a new device makes its journal from the sync folder
another device already syncs (the folder, where the new journal goes, the journal's
passphrase and a name for this device). Returns its values (``open()`` + ``finished``);
the joining itself is done by the caller, which shows a problem here if it failed.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.screen_fit import fit_to_screen


@dataclass(frozen=True)
class JoinValues:
    folder: Path
    path: Path
    passphrase: str
    name: str


def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


class JoinDialog(QDialog):
    def __init__(self, default_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a synced journal"))
        self.file_dialog: QFileDialog | None = None
        intro = QLabel(
            self.tr(
                "Use this on a new computer. Choose the folder your file-sync tool (Syncthing, "
                "Nextcloud, Dropbox, a USB stick) brings here from your other device. Fettle "
                "makes a journal on this computer from it; from then on both keep in step."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.choose_folder = QPushButton(self.tr("C&hoose…"))
        self.choose_folder.setAccessibleName(self.tr("Choose the sync folder"))
        self.path = QLineEdit(str(default_path))
        self.path.setAccessibleName(self.tr("New journal file"))
        self.choose_path = QPushButton(self.tr("Ch&oose…"))
        self.choose_path.setAccessibleName(self.tr("Choose where the new journal goes"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the synced journal"))
        self.name = QLineEdit(socket.gethostname()[:60])
        self.name.setMaxLength(60)
        self.name.setAccessibleName(self.tr("Name of this device"))
        self.name.setPlaceholderText(self.tr("e.g. Laptop"))
        self.problem = QLabel()
        self.problem.setObjectName("errorLabel")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Join"))
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Sync &folder:"), _row(self.folder, self.choose_folder))
        form.addRow(self.tr("New &journal file:"), _row(self.path, self.choose_path))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("This device's &name:"), self.name)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        fit_to_screen(self, 620, 320)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choose_folder.clicked.connect(self._on_choose_folder_clicked)
        self.choose_path.clicked.connect(self._on_choose_path_clicked)

    def _on_choose_folder_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the sync folder"), self.folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.folder.setText)
        self.file_dialog = dialog  # a Python reference while it is open
        dialog.open()

    def _on_choose_path_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Where the new journal goes"), self.path.text())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Fettle journals (*.fettle)")])
        dialog.setDefaultSuffix("fettle")
        dialog.fileSelected.connect(self.path.setText)
        self.file_dialog = dialog
        dialog.open()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def accept(self) -> None:
        folder, path = self.folder.text().strip(), self.path.text().strip()
        if not folder or not Path(folder).expanduser().is_dir():
            self.show_problem(self.tr("Choose the sync folder your other device syncs."))
        elif not path:
            self.show_problem(self.tr("Choose where the new journal goes."))
        elif Path(path).expanduser().exists():
            self.show_problem(
                self.tr(
                    "That file already exists. Choose a new file name, so "
                    "nothing there is overwritten."
                )
            )
        elif not self.passphrase.text():
            self.show_problem(self.tr("Type the passphrase of the synced journal."))
        else:
            self.show_problem("")
            super().accept()

    def values(self) -> JoinValues:
        return JoinValues(
            Path(self.folder.text().strip()).expanduser(),
            Path(self.path.text().strip()).expanduser(),
            self.passphrase.text(),
            " ".join(self.name.text().split()),
        )

    def forget_passphrase(self) -> None:
        self.passphrase.clear()
