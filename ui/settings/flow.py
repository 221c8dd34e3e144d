"""Preferences as an operation: load on the worker, edit in the dialog, write on the worker
(``app.usecases.apply_preferences`` works out and writes the change; the session then
tells every window what changed).

Also changes the passphrase (off the GUI thread: it derives two keys and
rewrites the file), moving a remembered key to the journal's new id.

The system keystore is asked on its own thread (``runner.keystore``), never on the
journal's worker: a locked keystore can wait without end on its unlock prompt, and
every journal job queued behind it would wait too. So the dialog opens as soon as
the journal's part is loaded, shows "Checking…", and learns the keystore's answer
(or that it did not answer in time) when it comes.

Signals:
    settings_applied(dict): the options now in force.
    status_changed(str): a sentence for the status bar.
    appearance_changed(Appearance): show this look now (a choice in Preferences ▸
        Appearance, kept on OK, or the old one back on Cancel).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app import backup, usecases
from ui.appearance.prefs import load_appearance, save_appearance
from ui.messages import words
from ui.session import Change

# What a preferences change may touch, for the windows that show it.
PREFERENCES = Change.SETTINGS | Change.PROFILE | Change.CATALOG | Change.TREATMENTS

if TYPE_CHECKING:
    from ui.app_context import AppContext
    from ui.settings.backups import BackupsTab
    from ui.settings.dialog import ChangePassphraseDialog, SettingsData, SettingsDialog


def load_settings(journal) -> tuple[SettingsData, str]:
    """Worker: the journal's part of Preferences, and its id in the keystore."""
    from ui.settings.dialog import SettingsData  # the dialog loads when first opened

    options = journal.settings.all()
    # a fact about this device, not a setting in the journal: the keystore says (later)
    options["remember_on_device"] = None
    data = SettingsData(
        options,
        journal.profile.get(),
        journal.catalog.symptoms(include_archived=True),
        journal.catalog.treatments(),
        journal.catalog.conditions(),
        None,
        "",
        str(backup.default_folder(journal.path)),
    )
    return data, journal.journal_id


def keystore_state(
    status: Callable[[], tuple[bool, str]], journal_id: str
) -> tuple[bool, str, bool]:
    """Keystore thread: whether keys can be kept here, why (not), and whether this
    journal's key is. May never return (a locked keystore)."""
    ok, reason = status()
    return ok, reason, usecases.is_remembered(journal_id)


class SettingsFlow(QObject):
    settings_applied = Signal(dict)
    status_changed = Signal(str)
    appearance_changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        """``parent``: the dialogs' parent, nothing more; the journal is the session's
        (``ctx.session``), and what there is to say goes out as ``status_changed``."""
        super().__init__(parent)
        self._parent = parent
        self._ctx = ctx
        self._session = ctx.session
        self.dialog: SettingsDialog | None = None
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self._loaded: SettingsData | None = None
        self._appearance = load_appearance(ctx.settings)  # what Cancel goes back to

    def open(self) -> None:
        if self.dialog is not None:
            return
        self._session.run(
            load_settings,
            self._on_loaded,
            lambda exc: self.status_changed.emit(words(exc)),
            key=self,
        )

    def _on_loaded(self, loaded: tuple[SettingsData, str]) -> None:
        if self.dialog is not None:
            return
        from ui.settings.dialog import SettingsDialog

        data, journal_id = loaded
        status = self._ctx.keystore_status
        if status is None or self._ctx.demo is not None:  # no keystore to ask
            data.keystore_ok = False
        self._loaded = data
        self._appearance = load_appearance(self._ctx.settings)
        dialog = SettingsDialog(
            data,
            is_demo=self._ctx.demo is not None,
            appearance=self._appearance,
            parent=self._parent,
        )
        self.dialog = dialog
        dialog.appearance_tab.appearance_changed.connect(self.appearance_changed)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.change_passphrase_requested.connect(self._on_change_passphrase_requested)
        dialog.backups_tab.back_up_requested.connect(self._on_back_up_requested)
        dialog.sync_tab.attach(self._session)  # Preferences ▸ Sync works through the session
        self._session.close_on_lock(dialog)  # and the passphrase dialog over it
        dialog.open()
        if data.keystore_ok is None:  # "Checking…" until the keystore answers
            self._ctx.runner.keystore.submit(
                lambda: keystore_state(status, journal_id),
                lambda state: self._on_keystore_checked(dialog, *state),
                lambda exc: self._on_keystore_checked(dialog, False, words(exc), None),
            )

    def _on_keystore_checked(
        self, dialog: SettingsDialog, ok: bool, reason: str, remembered: bool | None
    ) -> None:
        if self.dialog is not dialog or self._loaded is None:
            return  # closed meanwhile
        self._loaded.options["remember_on_device"] = remembered
        dialog.set_keystore_state(ok, reason, remembered)

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        old, self._loaded = self._loaded, None
        if dialog is None:
            return
        new = dialog.values()
        self._keep_appearance(dialog, result == QDialog.DialogCode.Accepted)
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or new is None or old is None:
            return
        change = usecases.remember_change(
            old.options.get("remember_on_device"), new.options.get("remember_on_device")
        )
        if self._ctx.demo is not None:
            change = None  # the demo journal is never remembered
        self._session.run(
            lambda journal: usecases.apply_preferences(journal, old, new, rekey=change is not None)[
                1
            ],
            lambda target: self._on_applied(new, target, change),
            lambda exc: self.status_changed.emit(words(exc)),
            changes=PREFERENCES,
            origin=self,
        )

    def _keep_appearance(self, dialog: SettingsDialog, accepted: bool) -> None:
        """OK keeps the look chosen (in QSettings: the unlock screen needs it); Cancel
        or a lock puts the old one back."""
        chosen = dialog.appearance_tab.values()
        if accepted and chosen != self._appearance:
            save_appearance(self._ctx.settings, chosen)
        elif not accepted and chosen != self._appearance:
            self.appearance_changed.emit(self._appearance)

    def _on_applied(
        self, new: SettingsData, target: usecases.KeyFor | None, change: bool | None
    ) -> None:
        self.status_changed.emit(self.tr("Preferences saved."))
        self.settings_applied.emit(new.options)
        if target is None or change is None:
            return
        self._ctx.runner.keystore.submit(
            lambda: usecases.set_remembered(target, change),
            None,
            self._on_keystore_change_failed,
        )

    def _on_keystore_change_failed(self, exc: BaseException) -> None:
        if isinstance(exc, usecases.KeystoreNoAnswer):
            self.status_changed.emit(usecases.NO_ANSWER_TO_CHANGE)
        else:
            self.status_changed.emit(words(exc))

    def _on_back_up_requested(self, folder: str, keep: int) -> None:
        """Preferences ▸ Backups ▸ Back up now, into the folder the tab shows."""
        tab = self.dialog.backups_tab if self.dialog else None
        if tab is None:
            return
        target = Path(folder).expanduser() if folder else None
        self._session.run(
            lambda journal: str(backup.backup_now(journal, target, keep=keep)),
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
        from ui.settings.dialog import ChangePassphraseDialog

        self.passphrase_dialog = ChangePassphraseDialog(self.dialog or self._parent)
        self.passphrase_dialog.finished.connect(self._on_passphrase_dialog_finished)
        self._session.close_on_lock(self.passphrase_dialog)
        self.passphrase_dialog.open()

    def _on_passphrase_dialog_finished(self, result: int) -> None:
        dialog, self.passphrase_dialog = self.passphrase_dialog, None
        if dialog is None:
            return
        old, new = dialog.secrets()
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or not self._session.is_open():
            return
        profile = self._ctx.kdf_profile
        self.status_changed.emit(self.tr("Changing the passphrase…"))
        self._session.run(
            lambda journal: usecases.change_passphrase(journal, old, new, profile=profile),
            self._on_passphrase_changed,
            lambda exc: self.status_changed.emit(words(exc)),
        )

    def _on_passphrase_changed(self, change: usecases.PassphraseChange) -> None:
        self.status_changed.emit(
            " ".join(filter(None, [self.tr("Passphrase changed."), change.note]))
        )
        if self._ctx.demo is not None or self._ctx.keystore_status is None:
            return  # nothing was ever remembered
        self._ctx.runner.keystore.submit(
            lambda: usecases.move_remembered_key(change),
            None,
            lambda exc: self.status_changed.emit(self._not_moved(exc)),
        )

    def _not_moved(self, exc: BaseException) -> str:
        if isinstance(exc, usecases.KeystoreNoAnswer):
            return self.tr(
                "The system keystore did not answer, so the key remembered on this device "
                "could not be moved to the new passphrase. You will be asked for your new "
                'passphrase; tick "Remember on this device" in Preferences to try again.'
            )
        return words(exc)
