"""The Data menu: back up, restore, import, export, check; automatic backups; damage.

``DataMenu(session, parent)`` builds the menu (``menu``, for the window to place) and
works only through the session; ``parent`` is its dialogs' parent and nothing more, and
what it has to say goes out as ``status_changed`` (the window shows it):

* ``Session.opened`` / ``locked``: start and stop automatic backups, run the quick
  integrity check after every unlock, close this menu's dialogs;
* ``Session.run``: the checks and what the restore window needs (a lock drops them);
* ``Session.lock(reason)``: restoring needs the journal closed;
* ``Session.work``: what runs once it is closed (reading a damaged file, restoring),
  through the core's use cases (``app.usecases``), with the journal's key sealed in a
  ``JournalFile``: nothing here holds a key;
* ``Session.open(journal)``: how a restored or read-only journal is shown again;
* an import reports what it changed, and the windows showing it refresh themselves.

The backup on close: closing the window locks the session with the reason "quit";
on ``locking`` (after the main window sent the editor's last edits, before the
journal's connection closes) this queues the backup.

Signals:
    damage_found(object): a check failed; the ``DamageReport`` is being shown.
    restored(str): a backup was restored and the journal opened again (the path of
        the copy of the journal as it was).
    settings_applied(dict): an import changed settings (the user agreed).
    status_changed(str, int): a sentence for the status bar, and for how many
        milliseconds (0: until the next one).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from app import usecases
from app.backup import BackupInfo, DamageReport
from app.usecases import check_journal
from ui.backup_scheduler import BackupScheduler
from ui.data.backup import RestoreDialog, when
from ui.messages import words
from ui.unlock.damaged_journal import READ_ONLY, RESTORE, DamagedJournalDialog

if TYPE_CHECKING:
    from ui.session import Session

STATUS_MS = 8000


class DataMenu(QObject):
    damage_found = Signal(object)
    restored = Signal(str)
    settings_applied = Signal(dict)
    status_changed = Signal(str, int)

    def __init__(
        self, session: Session, parent: QWidget, *, scheduler: BackupScheduler | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent  # the dialogs' parent
        self._check_pending = False  # the quick check owed once the window is filled
        self.scheduler = scheduler or BackupScheduler(session, parent=self)
        self.is_read_only = False  # the journal open is a damaged one, read-only
        self._opening_read_only = False
        self.dialog: QDialog | QMessageBox | None = None
        self._busy_restoring = False
        self._build()
        self._set_enabled(session.is_open())
        self._connect_signals()

    def _build(self) -> None:
        tr = self.tr
        self.menu = QMenu(tr("&Data"), self._parent)
        self.back_up = QAction(tr("&Back Up Now"), self.menu)
        self.back_up.setStatusTip(tr("Make an encrypted copy of your journal now"))
        self.restore = QAction(tr("&Restore from Backup…"), self.menu)
        self.import_ = QAction(tr("&Import…"), self.menu)
        self.export = QAction(tr("&Export…"), self.menu)
        self.check = QAction(tr("&Check Journal Integrity"), self.menu)
        self.check.setStatusTip(tr("Look for damage in the journal's file"))
        for action in (self.back_up, self.restore):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.import_, self.export):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.check)
        self.actions = [self.back_up, self.restore, self.import_, self.export, self.check]

    def _connect_signals(self) -> None:
        self.back_up.triggered.connect(self.back_up_now)
        self.restore.triggered.connect(self.open_restore)
        self.import_.triggered.connect(self.open_import)
        self.export.triggered.connect(self.open_export)
        self.check.triggered.connect(lambda: self.run_check(full=True))
        self.scheduler.backup_done.connect(self._on_scheduler_backup_done)
        self.scheduler.backup_failed.connect(self._on_scheduler_backup_failed)
        self.session.opened.connect(self._on_session_opened)
        self.session.locking.connect(self._on_session_locking)
        self.session.locked.connect(self._on_session_locked)

    def _set_enabled(self, is_open: bool, *, writable: bool = True) -> None:
        for action in self.actions:
            action.setEnabled(is_open and (writable or action in (self.export, self.check)))

    def _status(self, text: str, ms: int = STATUS_MS) -> None:
        self.status_changed.emit(text, ms)

    # -- open and lock -----------------------------------------------------------------

    def _on_session_opened(self) -> None:
        self.is_read_only, self._opening_read_only = self._opening_read_only, False
        if self.is_read_only:
            self._set_enabled(True, writable=False)
            self._status(
                self.tr("Opened read-only: you can read and export, but changes cannot be saved."),
                0,
            )
            return
        self._set_enabled(True)
        # The quick check (automatic backups start once it passed) waits until the window
        # is filled: it reads the whole file, 2.3 s at 100,000 entries, and the one worker
        # runs jobs in order, so run first it held back the first page by as much.
        self._check_pending = True
        QTimer.singleShot(5_000, self, self.window_filled)  # in case filling failed

    def window_filled(self) -> None:
        """The window's first page and counts are in: run the check the opening owes."""
        if self._check_pending:
            self._check_pending = False
            self.run_check(full=False)

    def _on_session_locking(self, reason: str) -> None:
        self._check_pending = False
        if reason == "quit" and not self.is_read_only:
            self.scheduler.backup_on_close()  # after the last edits, before the close

    def _on_session_locked(self, _reason: str) -> None:
        self.scheduler.stop()
        self.is_read_only = False
        self._set_enabled(False)
        if not self._busy_restoring and self.dialog is not None:
            self.dialog.reject()  # this menu's own dialogs (a restore keeps its own open)
            self.dialog = None

    # -- backups ---------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.scheduler.backup_now():
            self._status(self.tr("Making an encrypted backup…"), 0)

    def _on_scheduler_backup_done(self, path: str) -> None:
        self._status(self.tr("Encrypted backup saved: %1").replace("%1", Path(path).name))

    def _on_scheduler_backup_failed(self, message: str) -> None:
        self._status(self.tr("Automatic backup: %1").replace("%1", message), 30_000)

    # -- integrity and damage ------------------------------------------------------------------

    def run_check(self, *, full: bool) -> None:
        if full and self.session.is_open():
            self._status(self.tr("Checking your journal for damage…"), 0)
        self.session.run(
            lambda journal: check_journal(journal, full=full),
            lambda result: self._on_check_done(full, result),
            lambda exc: self._status(words(exc)),
            key=(self, "check", full),  # a full check never drops the quick one's answer
        )  # a lock drops the answer

    def _on_check_done(self, full: bool, result: usecases.HealthCheck) -> None:
        if not result.problems:
            if not full and not self.scheduler.is_running():
                self.scheduler.start()
            if full:
                self._status("", 0)
                self._show_box(
                    QMessageBox.Icon.Information,
                    self.tr("No damage found"),
                    self.tr("Your journal's file was checked completely and no damage was found."),
                )
            return
        file = result.file
        self.session.lock("damaged")
        # After the lock (which drops what was asked before it), so its answer arrives.
        self.session.work(
            lambda: usecases.read_damage(file),
            lambda report: self._on_damage_read(report, file),
            lambda exc: self._status(words(exc), 0),
            key=(self, "damage"),
        )

    def _on_damage_read(self, report: DamageReport, file: usecases.JournalFile) -> None:
        dialog = DamagedJournalDialog(report, self._parent)
        dialog.finished.connect(lambda _r: self._on_damage_dialog_finished(dialog, file))
        self.dialog = dialog
        self.damage_found.emit(report)
        dialog.open()

    def _on_damage_dialog_finished(
        self, dialog: DamagedJournalDialog, file: usecases.JournalFile
    ) -> None:
        if self.dialog is dialog:
            self.dialog = None
        report, choice = dialog.report, dialog.choice()
        dialog.deleteLater()
        if choice == RESTORE and report.newest_backup is not None:
            self._status(self.tr("Restoring the newest good backup…"), 0)
            self._start_restore(file, report.newest_backup, None)
        elif choice == READ_ONLY:
            self.session.work(
                lambda: usecases.open_read_only(file),
                self._on_read_only_opened,
                lambda exc: self._status(words(exc), 0),
                key=(self, "reopen"),
            )

    def _on_read_only_opened(self, journal) -> None:
        self._opening_read_only = True
        self.session.open(journal)

    # -- restore ---------------------------------------------------------------------------------

    def open_restore(self) -> None:
        self.session.run(
            usecases.file_for,
            self._on_restore_file_read,
            lambda exc: self._status(words(exc)),
            key=(self, "restore facts"),
        )  # dropped if the journal locks first

    def _on_restore_file_read(self, file: usecases.JournalFile) -> None:
        dialog = RestoreDialog(self.session.runner, file, self._parent)
        dialog.restore_confirmed.connect(lambda info: self._start_restore(file, info, dialog))
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _start_restore(
        self, file: usecases.JournalFile, info: BackupInfo, dialog: RestoreDialog | None
    ) -> None:
        self._busy_restoring = True
        self.session.lock("restore")  # restore needs the file closed; edits are flushed first
        # After the lock (which drops what was asked before it), so its answer arrives.
        self.session.work(
            lambda: usecases.restore_and_reopen(file, info),
            lambda result: self._on_restore_done(info, dialog, result),
            lambda exc: self._on_restore_failed(dialog, exc),
            key=(self, "reopen"),
        )

    def _on_restore_done(
        self, info: BackupInfo, dialog: RestoreDialog | None, result: usecases.Restored
    ) -> None:
        self._busy_restoring = False
        self.session.open(result.journal)
        if result.error is not None:
            if dialog is not None:
                dialog.show_error(words(result.error))
            else:
                self._status(words(result.error), 0)
            return
        if dialog is not None:
            dialog.show_done()
        self._status(
            self.tr(
                "Restored the backup from %1 (%2 entries). Your journal as it "
                "was is kept in the backup folder."
            )
            .replace("%1", when(info))
            .replace("%2", f"{info.entry_count:,}"),
            0,
        )
        self.restored.emit(str(result.kept) if result.kept is not None else "")

    def _on_restore_failed(self, dialog: RestoreDialog | None, exc: BaseException) -> None:
        self._busy_restoring = False
        text = words(exc)
        if dialog is not None:
            dialog.show_error(text)
        self._status(text, 0)

    # -- import and export ------------------------------------------------------------------------

    def open_import(self) -> None:
        if not self.session.is_open():
            return
        from ui.data.import_ import ImportDialog  # importers load on first use, not at start

        dialog = ImportDialog(self.session, self._parent)
        dialog.imported.connect(self._on_import_dialog_imported)
        dialog.settings_applied.connect(self.settings_applied)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _on_import_dialog_imported(self, added: int) -> None:
        self._status(self.tr("Imported %n entries.", "", added))

    def open_export(self) -> None:
        if not self.session.is_open():
            return
        from ui.data.export import ExportDialog  # exporters load on first use, not at start

        dialog = ExportDialog(self.session, self._parent)
        dialog.backup_requested.connect(self.back_up_now)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    # -- helpers ---------------------------------------------------------------------------------

    def _forget(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _show_box(self, icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.finished.connect(lambda _r: self._forget(box))
        self.dialog = box
        box.open()
