"""Puts syncing into the main window: the status line in the status bar, and in the
File menu "Sync Now" (Ctrl+Shift+Y; Ctrl+Shift+S is Share), "Sync Conflicts…" and,
while no journal is open, "Join a Synced Journal…" for a new device (also offered on the
unlock screen and the welcome wizard's first page). When to sync lives in
``SyncService``; the screens are ``ConflictsDialog`` and ``JoinDialog``. A sync that
changed the entry open in the editor hands the editor its newest version
(``EntryEditor.take_synced``), so a later save never overwrites the synced change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from app.usecases import DEFAULT_PROFILE
from ui.core_text import core_message
from ui.messages import words
from ui.session import Change, Changes
from ui.sync.service import SyncService
from ui.sync.status_line import SyncStatusLine

if TYPE_CHECKING:
    from ui.app_context import AppContext
    from ui.shell.main_window import MainWindow
    from ui.sync.conflicts import ConflictsDialog
    from ui.sync.join_dialog import JoinDialog, JoinValues


class SyncFeature(QObject):
    """Owns the sync service, the status line and the sync screens of one window."""

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._session = ctx.session
        self.service = SyncService(ctx.session, self, clock=ctx.clock)
        self.status_line = SyncStatusLine()
        window.statusBar().addPermanentWidget(self.status_line)
        self.conflicts_dialog: ConflictsDialog | None = None
        self.join_dialog: JoinDialog | None = None
        self._devices: list[str] = []  # the devices the last sync read from
        self.sync_action = QAction(self.tr("S&ync Now"), window)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.sync_action.setStatusTip(self.tr("Exchange changes with your other devices now"))
        self.conflicts_action = QAction(self.tr("Sync &Conflicts…"), window)
        self.conflicts_action.setStatusTip(
            self.tr("Entries changed on two devices at once: choose what to keep")
        )
        self.join_action = QAction(self.tr("&Join a Synced Journal…"), window)
        self.join_action.setStatusTip(
            self.tr("On a new computer: make its journal from the folder your other device syncs")
        )
        menu = window.actions.file_menu
        before = window.actions.lock
        for action in (self.sync_action, self.conflicts_action, self.join_action):
            window.addAction(action)
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        self._set_open(self._session.is_open())
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.sync_action.triggered.connect(self.service.sync_now)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.join_action.triggered.connect(self.open_join)
        self._window.unlock.join_requested.connect(self.open_join)  # the unlock screen's link
        self.status_line.review_requested.connect(self.open_conflicts)
        self.service.status_changed.connect(self.status_line.set_status)
        self.service.conflicts_changed.connect(self.status_line.set_conflicts)
        self.service.synced.connect(self._on_service_synced)
        # bound methods, not lambdas: the connections end with this object
        self._session.opened.connect(self._on_session_opened)
        self._session.locked.connect(self._on_session_locked)
        self._session.changed.connect(self._on_session_changed)

    def _on_session_opened(self) -> None:
        self._set_open(True)

    def _on_session_locked(self, _reason: str) -> None:
        self._set_open(False)

    def _set_open(self, is_open: bool) -> None:
        self.sync_action.setEnabled(is_open)
        self.conflicts_action.setEnabled(is_open)
        self.join_action.setEnabled(not is_open)

    def _on_service_synced(self, report) -> None:
        self._devices = list(dict.fromkeys(report.devices))
        for notice in report.notices:  # a copied journal file now syncs as a new device
            self._window.statusBar().showMessage(core_message(notice), 15000)

    def _on_session_changed(self, changes: Changes) -> None:
        """A sync brought entries: the one in the editor may be among them."""
        if changes.origin is not self.service or Change.ENTRIES not in changes:
            return
        editor = self._window.page.editor
        entry_id = editor.entry_id()
        if entry_id is None:
            return
        device = self._devices[0] if len(self._devices) == 1 else ""
        self._session.run(
            lambda journal: journal.entries.get_many([entry_id]),
            lambda found: self._on_synced_entry_loaded(editor, found, device),
            key=("sync", "editor"),
        )  # a deleted entry: found is empty

    def _on_synced_entry_loaded(self, editor, found: list, device: str) -> None:
        if found:
            editor.take_synced(found[0], device)

    # -- conflicts ---------------------------------------------------------------------

    def open_conflicts(self) -> None:
        from ui.sync.conflicts import ConflictsDialog

        if self.conflicts_dialog is not None:
            self.conflicts_dialog.raise_()
            return
        dialog = ConflictsDialog(self._session, self._window)
        self.conflicts_dialog = dialog
        dialog.conflict_resolved.connect(self.service.sync_now)  # the choice goes out
        dialog.finished.connect(self._on_conflicts_finished)
        self._session.close_on_lock(dialog)
        dialog.open()
        dialog.reload()

    def _on_conflicts_finished(self, _result: int) -> None:
        dialog, self.conflicts_dialog = self.conflicts_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    # -- joining -----------------------------------------------------------------------

    def open_join(self) -> None:
        from ui.sync.join_dialog import JoinDialog

        if self._session.is_open() or self.join_dialog is not None:
            return
        default = self._ctx.default_path
        if default.exists():
            default = default.with_name(default.stem + "-synced.fettle")
        dialog = JoinDialog(default, self._window)
        self.join_dialog = dialog
        dialog.finished.connect(self._on_join_finished)
        dialog.open()

    def _on_join_finished(self, result: int) -> None:
        dialog = self.join_dialog
        if dialog is None:
            return
        if result != QDialog.DialogCode.Accepted:
            dialog.forget_passphrase()
            self.join_dialog = None
            dialog.deleteLater()
            return
        values = dialog.values()
        dialog.forget_passphrase()
        self._window.statusBar().showMessage(self.tr("Joining… (this can take a minute)"))
        profile = None if self._ctx.kdf_profile == DEFAULT_PROFILE else self._ctx.kdf_profile
        self._session.work(lambda: join_job(values, profile), self._on_joined, self._on_join_failed)

    def _on_joined(self, journal) -> None:
        dialog, self.join_dialog = self.join_dialog, None
        path = journal.path
        self._ctx.set_journal_path(path)
        self._window.statusBar().clearMessage()
        self._window.show_unlock(path, use_remembered=False)
        self._session.open(journal)
        if dialog is not None:
            dialog.deleteLater()

    def _on_join_failed(self, exc: BaseException) -> None:
        self._window.statusBar().clearMessage()
        if self.join_dialog is not None:  # again, with what went wrong
            self.join_dialog.show_problem(words(exc))
            self.join_dialog.open()


def join_job(values: JoinValues, profile):
    """Worker: the new device's journal, made from the folder (open)."""
    from app.sync import engine

    journal, _report = engine.join(
        values.folder, values.path, values.passphrase, profile=profile, name=values.name
    )
    return journal


def install(window: MainWindow, ctx: AppContext) -> SyncFeature:
    """Add syncing to ``window`` (once)."""
    existing = window.findChild(SyncFeature)
    return existing if existing is not None else SyncFeature(window, ctx)
