"""The Data menu: back up, restore, import, export, check; automatic backups; damage.

``install(window, ctx, before=action)`` adds the menu to ``window``'s menu bar (before
``action``, the Help menu's) and returns the ``DataMenu`` that runs it. The window is
only its host (menu bar, status bar, dialog parent); the journal is the session's
(``ctx.session``), and everything reaches it through the session:

* ``Session.opened`` / ``locked``: start and stop automatic backups, run the quick
  integrity check after every unlock, close this menu's dialogs;
* ``Session.lock(reason)``: restoring needs the journal closed;
* ``Session.open(journal)``: how a restored or read-only journal is shown again;
* an import reports what it changed, and the windows showing it refresh themselves.

The backup on close: closing the window locks the session with the reason "quit";
on ``locking`` (after the main window sent the editor's last edits, before the
journal's connection closes) this queues the backup.

Signals:
    damage_found(object): a check failed; the ``DamageReport`` is being shown.
    restored(str): a backup was restored and the journal opened again (the path of
        the copy of the journal as it was).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox

from app import backup
from app.errors import FettleError
from app.journal.journal import Journal
from app.usecases import check_journal
from ui.backup_scheduler import BackupScheduler
from ui.data.backup import RestoreDialog, when
from ui.messages import words
from ui.unlock.damaged_journal import READ_ONLY, RESTORE, DamagedJournalDialog

if TYPE_CHECKING:
    from ui.app_context import AppContext

STATUS_MS = 8000


def restore_and_reopen(path: Path, backup_path: Path, key: bytes, folder: Path):
    """Worker side: restore, then open whichever journal is in place.

    Returns (copy of the old journal or None, the open journal, the restore's error
    or None): a failed restore still reopens the journal as it was."""
    error: FettleError | None = None
    kept = None
    try:
        kept = backup.restore(path, backup_path, key, folder=folder)
    except FettleError as exc:
        error = exc
    return kept, Journal.open_with_key(path, key), error


class DataMenu(QObject):
    damage_found = Signal(object)
    restored = Signal(str)
    settings_applied = Signal(dict)  # an import changed settings (the user agreed)

    def __init__(
        self,
        window: QMainWindow,
        ctx: AppContext,
        *,
        before: QAction | None = None,
        scheduler: BackupScheduler | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = ctx.session
        self.runner = ctx.runner
        self._journal = self.session.journal  # for the parts not yet on session.run
        self._lock = self.session.lock
        self._check_pending = False  # the quick check owed once the window is filled
        self._reopen = self.session.open
        self.scheduler = scheduler or BackupScheduler(ctx.session, parent=self)
        self.read_only_journal: Journal | None = None
        self.dialog: QDialog | QMessageBox | None = None
        self._busy_restoring = False
        self._build(before)
        self._set_enabled(self._journal() is not None)
        self._connect_signals()

    def _build(self, before: QAction | None) -> None:
        tr = self.tr
        w = self.window
        self.menu = QMenu(tr("&Data"), w)
        self.back_up = QAction(tr("&Back Up Now"), w)
        self.back_up.setStatusTip(tr("Make an encrypted copy of your journal now"))
        self.restore = QAction(tr("&Restore from Backup…"), w)
        self.import_ = QAction(tr("&Import…"), w)
        self.export = QAction(tr("&Export…"), w)
        self.check = QAction(tr("&Check Journal Integrity"), w)
        self.check.setStatusTip(tr("Look for damage in the journal's file"))
        for action in (self.back_up, self.restore):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.import_, self.export):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.check)
        if before is not None:
            w.menuBar().insertMenu(before, self.menu)
        else:
            w.menuBar().addMenu(self.menu)
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
        self.window.statusBar().showMessage(text, ms)

    # -- open and lock -----------------------------------------------------------------

    def _on_session_opened(self) -> None:
        journal = self._journal()
        if journal is None:
            return
        if journal is self.read_only_journal:
            self._set_enabled(True, writable=False)
            self._status(
                self.tr("Opened read-only: you can read and export, but changes cannot be saved."),
                0,
            )
            return
        self.read_only_journal = None
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
        if reason == "quit" and self.read_only_journal is None:
            self.scheduler.backup_on_close()  # after the last edits, before the close

    def _on_session_locked(self, _reason: str) -> None:
        self.scheduler.stop()
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
        journal = self._journal()
        if journal is None:
            return
        if full:
            self._status(self.tr("Checking your journal for damage…"), 0)
        self.runner.submit(
            lambda: check_journal(journal, full=full),
            lambda result: self._on_check_done(journal, full, result),
            lambda exc: self._status(words(exc)),
        )

    def _on_check_done(self, journal: Journal, full: bool, result) -> None:
        if journal is not self._journal():
            return
        problems, path, key, folder = result.problems, result.path, result.key, result.folder
        if not problems:
            if not full and not self.scheduler.is_running():
                self.scheduler.start()
            if full:
                self.window.statusBar().clearMessage()
                self._show_box(
                    QMessageBox.Icon.Information,
                    self.tr("No damage found"),
                    self.tr("Your journal's file was checked completely and no damage was found."),
                )
            return
        self._lock("damaged")
        self.runner.submit(
            lambda: backup.open_damaged(path, key, folder=folder),
            lambda report: self._on_damage_read(report, key, folder),
            lambda exc: self._status(words(exc), 0),
        )

    def _on_damage_read(self, report: backup.DamageReport, key: bytes, folder: Path) -> None:
        dialog = DamagedJournalDialog(report, self.window)
        dialog.finished.connect(lambda _r: self._on_damage_dialog_finished(dialog, key, folder))
        self.dialog = dialog
        self.damage_found.emit(report)
        dialog.open()

    def _on_damage_dialog_finished(
        self, dialog: DamagedJournalDialog, key: bytes, folder: Path
    ) -> None:
        self.dialog = None
        report, choice = dialog.report, dialog.choice()
        dialog.deleteLater()
        if choice == RESTORE and report.newest_backup is not None:
            self._status(self.tr("Restoring the newest good backup…"), 0)
            self._start_restore(report.path, report.newest_backup, key, folder, None)
        elif choice == READ_ONLY:
            path = report.path
            self.runner.submit(
                lambda: Journal.open_with_key(path, key, read_only=True),
                self._on_read_only_opened,
                lambda exc: self._status(words(exc), 0),
            )

    def _on_read_only_opened(self, journal: Journal) -> None:
        self.read_only_journal = journal
        self._reopen(journal)

    # -- restore ---------------------------------------------------------------------------------

    def open_restore(self) -> None:
        self.session.run(
            lambda journal: (
                journal.path,
                journal.key,
                backup.folder_for(journal),
                backup.journal_uid(journal),
            ),
            self._on_restore_facts,
            lambda exc: self._status(words(exc)),
            key=(self, "restore facts"),
        )  # dropped if the journal locks first

    def _on_restore_facts(self, facts) -> None:
        path, key, folder, uid = facts
        dialog = RestoreDialog(self.runner, folder, key, self.window, uid=uid)
        dialog.restore_confirmed.connect(
            lambda info: self._start_restore(path, info, key, folder, dialog)
        )
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _start_restore(
        self,
        path: Path,
        info: backup.BackupInfo,
        key: bytes,
        folder: Path,
        dialog: RestoreDialog | None,
    ) -> None:
        self._busy_restoring = True
        self._lock("restore")  # restore needs the file closed; edits are flushed first
        # After the lock (which drops what was asked before it), so its answer arrives.
        self.session.work(
            lambda: restore_and_reopen(path, info.path, key, folder),
            lambda result: self._on_restore_done(info, dialog, result),
            lambda exc: self._on_restore_failed(dialog, exc),
        )

    def _on_restore_done(
        self, info: backup.BackupInfo, dialog: RestoreDialog | None, result
    ) -> None:
        self._busy_restoring = False
        kept, journal, error = result
        self._reopen(journal)
        if error is not None:
            if dialog is not None:
                dialog.show_error(words(error))
            else:
                self._status(words(error), 0)
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
        self.restored.emit(str(kept) if kept is not None else "")

    def _on_restore_failed(self, dialog: RestoreDialog | None, exc: BaseException) -> None:
        self._busy_restoring = False
        text = words(exc)
        if dialog is not None:
            dialog.show_error(text)
        self._status(text, 0)

    # -- import and export ------------------------------------------------------------------------

    def open_import(self) -> None:
        journal = self._journal()
        if journal is None:
            return
        from ui.data.import_ import ImportDialog  # importers load on first use, not at start

        dialog = ImportDialog(self.session, self.window)
        dialog.imported.connect(self._on_import_dialog_imported)
        dialog.settings_applied.connect(self.settings_applied)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _on_import_dialog_imported(self, added: int) -> None:
        self._status(self.tr("Imported %n entries.", "", added))

    def open_export(self) -> None:
        journal = self._journal()
        if journal is None:
            return
        from ui.data.export import ExportDialog  # exporters load on first use, not at start

        dialog = ExportDialog(self.session, self.window)
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
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.finished.connect(lambda _r: self._forget(box))
        self.dialog = box
        box.open()


def install(window: QMainWindow, ctx: AppContext, **kw) -> DataMenu:
    """Add the Data menu to ``window`` and start following the session; see the module
    docstring.

    Installing twice returns the first one (one menu, one scheduler per window)."""
    existing = window.findChild(DataMenu)
    if existing is not None:
        return existing
    return DataMenu(window, ctx, **kw)
