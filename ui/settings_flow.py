"""Preferences as an operation: load on the worker, edit in the dialog, write on the worker.

Also changes the passphrase (off the GUI thread: it derives two keys and
rewrites the file), moving a remembered key to the journal's new id.

Signals:
    settings_applied(dict): the options now in force.
    status_changed(str): a sentence for the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from app import backup, keystore
from app.errors import KeystoreUnavailable

from .messages import words

if TYPE_CHECKING:
    from .app_context import AppContext
    from .main_window import MainWindow
    from .settings_backups import BackupsTab
    from .settings_dialog import ChangePassphraseDialog, SettingsData, SettingsDialog


def load_settings(journal, status) -> SettingsData:
    from .settings_dialog import SettingsData  # the dialog loads when first opened

    ok, reason = status() if status else (False, "")
    options = journal.settings.all()
    # a fact about this device, not a setting stored in the journal
    options["remember_on_device"] = keystore.recall_key(journal.journal_id) is not None
    return SettingsData(
        options,
        journal.profile.get(),
        journal.catalog.symptoms(include_archived=True),
        journal.catalog.treatments(),
        journal.catalog.conditions(),
        ok,
        reason,
        str(backup.default_folder(journal.path)),
    )


def apply_settings(journal, old: SettingsData, new: SettingsData, may_remember: bool) -> str:
    """Worker: write what changed. Returns a sentence to show ("" if none)."""
    note = ""
    for name, value in new.options.items():
        if old.options.get(name) != value and name != "remember_on_device":
            journal.settings.set(name, value)
    if may_remember and new.options["remember_on_device"] != old.options["remember_on_device"]:
        if new.options["remember_on_device"]:
            try:
                keystore.remember_key(journal.journal_id, journal.key)
            except KeystoreUnavailable as exc:
                note = exc.user_message
        else:
            try:
                keystore.forget_key(journal.journal_id)
            except KeystoreUnavailable as exc:
                note = exc.user_message
    if new.profile != old.profile:
        journal.profile.set(new.profile)
    before = {s.id: s for s in old.symptoms}
    for s in new.symptoms:
        was = before.get(s.id)
        if was is None:
            made = journal.catalog.ensure_symptom(s.name, s.body_area)
            if s.archived:
                journal.catalog.set_symptom_archived(made.id, True)
            continue
        if (was.name, was.body_area) != (s.name, s.body_area):
            journal.catalog.rename_symptom(s.id, s.name, s.body_area)
        if was.archived != s.archived:
            journal.catalog.set_symptom_archived(s.id, s.archived)
    treatments = {t.id: t for t in old.treatments}
    for t in new.treatments:
        if treatments.get(t.id) == t:
            continue
        tid = journal.catalog.save_treatment(t)
        for change in t.dose_changes:
            if change.id is None:
                journal.catalog.add_dose_change(tid, change)
    conditions = {c.id: c for c in old.conditions}
    for c in new.conditions:
        if conditions.get(c.id) != c:
            journal.catalog.save_condition(c)
    return note


def change_passphrase(journal, old: str, new: str, profile, remembered: bool) -> str:
    from app.backup import after_passphrase_change

    old_id = journal.journal_id
    journal.change_passphrase(old, new, profile=profile)
    note = after_passphrase_change(journal)  # a backup under the new passphrase
    if not remembered:
        return note
    try:
        keystore.forget_key(old_id)
        keystore.remember_key(journal.journal_id, journal.key)
    except KeystoreUnavailable as exc:
        return exc.user_message
    return note


class SettingsFlow(QObject):
    settings_applied = Signal(dict)
    status_changed = Signal(str)

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.dialog: SettingsDialog | None = None
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self._loaded: SettingsData | None = None

    def open(self) -> None:
        journal = self._window.journal()
        if journal is None or self.dialog is not None:
            return
        status = self._ctx.keystore_status
        self._ctx.runner.submit(
            lambda: load_settings(journal, status),
            self._on_loaded,
            lambda exc: self.status_changed.emit(words(exc)),
        )

    def _on_loaded(self, data: SettingsData) -> None:
        if self._window.journal() is None or self.dialog is not None:
            return
        from .settings_dialog import SettingsDialog

        self._loaded = data
        self.dialog = SettingsDialog(data, is_demo=self._ctx.demo is not None, parent=self._window)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.change_passphrase_requested.connect(self._on_change_passphrase_requested)
        self.dialog.backups_tab.back_up_requested.connect(self._on_back_up_requested)
        self.dialog.open()

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        old, self._loaded = self._loaded, None
        journal = self._window.journal()
        if dialog is None:
            return
        new = dialog.values()
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or new is None or journal is None or old is None:
            return
        may_remember = self._ctx.demo is None
        self._ctx.runner.submit(
            lambda: apply_settings(journal, old, new, may_remember),
            lambda note: self._on_applied(new, note),
            lambda exc: self.status_changed.emit(words(exc)),
        )

    def _on_applied(self, new: SettingsData, note: str) -> None:
        self.status_changed.emit(note or self.tr("Preferences saved."))
        self.settings_applied.emit(new.options)

    def _on_back_up_requested(self, folder: str, keep: int) -> None:
        """Preferences ▸ Backups ▸ Back up now, into the folder the tab shows."""
        journal, tab = self._window.journal(), self.dialog.backups_tab if self.dialog else None
        if journal is None or tab is None:
            return
        target = Path(folder).expanduser() if folder else None
        self._ctx.runner.submit(
            lambda: str(backup.backup_now(journal, target, keep=keep)),
            lambda path: self._on_backup_done(tab, path),
            lambda exc: self._on_backup_failed(tab, exc),
        )

    def _on_backup_done(self, tab: BackupsTab, path: str) -> None:
        if self.dialog is not None and self.dialog.backups_tab is tab:
            tab.show_backup_done(path)
        self.status_changed.emit(self.tr("Encrypted backup saved: %1").replace("%1", path))

    def _on_backup_failed(self, tab: BackupsTab, exc: BaseException) -> None:
        if self.dialog is not None and self.dialog.backups_tab is tab:
            tab.show_backup_failed(words(exc))
        else:
            self.status_changed.emit(words(exc))

    def _on_change_passphrase_requested(self) -> None:
        if self.passphrase_dialog is not None:
            return
        from .settings_dialog import ChangePassphraseDialog

        self.passphrase_dialog = ChangePassphraseDialog(self.dialog or self._window)
        self.passphrase_dialog.finished.connect(self._on_passphrase_dialog_finished)
        self.passphrase_dialog.open()

    def _on_passphrase_dialog_finished(self, result: int) -> None:
        dialog, self.passphrase_dialog = self.passphrase_dialog, None
        journal = self._window.journal()
        if dialog is None:
            return
        old, new = dialog.secrets()
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or journal is None:
            return
        remembered = bool(self._loaded and self._loaded.options["remember_on_device"])
        profile = self._ctx.kdf_profile
        self.status_changed.emit(self.tr("Changing the passphrase…"))
        self._ctx.runner.submit(
            lambda: change_passphrase(journal, old, new, profile, remembered),
            lambda note: self.status_changed.emit(
                " ".join(filter(None, [self.tr("Passphrase changed."), note]))),
            lambda exc: self.status_changed.emit(words(exc)),
        )
