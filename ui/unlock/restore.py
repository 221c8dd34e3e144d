"""Restoring from the unlock screen, when the journal's file will not open at all.

A journal whose header or schema is damaged (``JournalCorrupt``) or that was cut
short (``JournalTruncated``) cannot be unlocked, so the Data menu's restore is out
of reach. This offers the same restore from there:

1. the backups in ``backups/`` beside the journal that are named after its file are
   listed (names only; its id, which backup names carry, is inside the unreadable file);
2. the passphrase is asked for; the core derives the key off the GUI thread from the
   backups' own salt (the journal's header may be the damaged part), trying each
   passphrase the backups were made under, newest first, and hands back a
   ``JournalFile`` with the key sealed inside (``usecases.file_for_backups``);
3. each backup is opened with it in ``RestoreDialog`` (date, entries, state);
4. the chosen one is restored (``usecases.restore_and_reopen``), which first copies the
   damaged file into the backup folder (``…-before-restore``), so nothing is lost; then
   the restored journal is opened with the same key.

Nothing here holds a key: it only passes the sealed ``JournalFile`` on.

Signals:
    journal_restored(object): the restored journal, open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app import usecases
from app.backup import BackupInfo
from ui.data.backup import RestoreDialog, when
from ui.locale_text import number_text
from ui.messages import words
from ui.task_runner import TaskRunner


class RestorePassphraseDialog(QDialog):
    """Asks for the passphrase the backups were made with, and waits while the key is
    derived. Stays open (busy) after Continue until ``show_error`` or ``accept``.

    Signals:
        passphrase_entered(str): Continue was pressed with a passphrase.
    """

    passphrase_entered = Signal(str)

    def __init__(self, count: int, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestorePassphraseDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro = QLabel(
            self.tr(
                "Fettle found %1 backup(s) of this journal in %2.<br><br>Type the passphrase "
                "the backups were made with (your journal's passphrase, or the one you had "
                "before you changed it)."
            )
            .replace("%1", str(count))
            .replace("%2", f"<i>{_escape(str(folder))}</i>")
        )
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName(self.tr("Opening the backups"))
        self.busy.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.continue_button = self.buttons.addButton(
            self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _on_buttons_accepted(self) -> None:
        if self.busy.isVisible():
            return
        secret = self.passphrase.text()
        if not secret:
            self.show_error(self.tr("Type your passphrase."))
            return
        self.message.setVisible(False)
        self.busy.setVisible(True)
        self.passphrase.setEnabled(False)
        self.continue_button.setEnabled(False)
        self.passphrase_entered.emit(secret)

    def show_error(self, text: str) -> None:
        self.busy.setVisible(False)
        self.passphrase.setEnabled(True)
        self.continue_button.setEnabled(True)
        self.message.setText(text)
        self.message.setVisible(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def is_busy(self) -> bool:
        return self.busy.isVisible()


class UnlockRestore(QObject):
    """Runs the restore for the unlock screen; every dialog it opens is kept in
    ``dialog`` (one at a time) so a test or a lock can reach it."""

    journal_restored = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._parent = parent
        self._path: Path | None = None
        self._folder: Path | None = None
        self._infos: list[BackupInfo] = []
        self._attempt = 0
        self.dialog: QDialog | QMessageBox | None = None

    def start(self, path: Path) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self._path = Path(path)
        self._folder = None
        self._attempt += 1
        attempt, path = self._attempt, self._path
        self._runner.submit(
            lambda: usecases.backups_of_file(path),
            lambda found: self._on_backups_listed(attempt, *found),
            lambda exc: self._show_box(words(exc)),
        )

    def cancel(self) -> None:
        """Close whatever is open (another file was chosen, or the window closes)."""
        self._attempt += 1
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()

    def _on_backups_listed(self, attempt: int, folder: Path, infos: list[BackupInfo]) -> None:
        if attempt != self._attempt:
            return
        self._folder = folder
        if not infos:
            self._show_box(
                self.tr("No backups of this journal were found in %1.").replace(
                    "%1", str(self._folder)
                )
            )
            return
        self._infos = infos
        dialog = RestorePassphraseDialog(len(infos), self._folder, self._parent)
        dialog.passphrase_entered.connect(self._on_passphrase_entered)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.passphrase.setFocus()

    def _on_passphrase_entered(self, secret: str) -> None:
        attempt, infos, path, folder = self._attempt, list(self._infos), self._path, self._folder
        self._runner.submit(
            lambda: usecases.file_for_backups(path, secret, infos, folder=folder),
            lambda file: self._on_key_derived(attempt, file),
            lambda exc: self._on_key_failed(attempt, exc),
        )

    def _on_key_failed(self, attempt: int, exc: BaseException) -> None:
        if attempt == self._attempt and isinstance(self.dialog, RestorePassphraseDialog):
            self.dialog.show_error(words(exc))

    def _on_key_derived(self, attempt: int, file: usecases.JournalFile | None) -> None:
        prompt = self.dialog
        if attempt != self._attempt or not isinstance(prompt, RestorePassphraseDialog):
            return
        if file is None:
            prompt.show_error(
                self.tr(
                    "That passphrase does not open any of these backups. Check it and try again."
                )
            )
            return
        self.dialog = None
        prompt.passphrase.clear()
        prompt.accept()
        dialog = RestoreDialog(self._runner, file, self._parent)
        dialog.intro.setText(
            self.tr(
                "Choose the backup to go back to. Anything written after it will not be in "
                "the restored journal.<br><br><b>The damaged file is kept</b>, in the backup "
                "folder, for whoever might still rescue something from it."
            )
        )
        dialog.restore_confirmed.connect(
            lambda info: self._on_restore_confirmed(dialog, file, info)
        )
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _on_restore_confirmed(
        self, dialog: RestoreDialog, file: usecases.JournalFile, info: BackupInfo
    ) -> None:
        attempt = self._attempt
        self._runner.submit(
            lambda: usecases.restore_and_reopen(file, info, reopen_on_failure=False),
            lambda result: self._on_restored(attempt, dialog, info, result),
            lambda exc: dialog.show_error(words(exc)),
        )

    def _on_restored(
        self, attempt: int, dialog: RestoreDialog, info: BackupInfo, result: usecases.Restored
    ) -> None:
        kept, journal = result.kept, result.journal
        if attempt != self._attempt:
            self._runner.submit(journal.lock)
            return
        dialog.show_done()
        self.journal_restored.emit(journal)
        text = (
            self.tr("Your journal was restored from the backup of %1 (%2 entries).")
            .replace("%1", when(info))
            .replace("%2", number_text(info.entry_count))
        )
        if kept is not None:
            text += " " + self.tr("The damaged file is kept as %1.").replace("%1", str(kept))
        self._show_box(text, QMessageBox.Icon.Information, self.tr("Journal restored"))

    def _show_box(self, text: str, icon=QMessageBox.Icon.Warning, title: str = "") -> None:
        box = QMessageBox(
            icon,
            title or self.tr("Restore from a backup"),
            text,
            QMessageBox.StandardButton.Close,
            self._parent,
        )
        box.setObjectName("unlockRestoreBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.finished.connect(lambda _r: self._forget(box))
        self.dialog = box
        box.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
