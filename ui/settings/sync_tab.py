"""Preferences ▸ Sync: the folder this journal syncs through, this device's name,
whether the share log goes along, and the devices it syncs with (forgetting one that is
gone for good, or stopping syncing here: ui/sync/devices_box.py).

Choosing a folder and pressing "Sync with this folder" sets syncing up at once (on the
session's worker): a new folder gets this journal's sync key, locked with the
passphrase; a folder your other device already uses is joined. The passphrase is
asked for that and nothing else, and forgotten straight after. "Also send the share
log" is an ordinary preference, saved on OK (``values``).

The tab runs its work through the session it is given (``attach``); it never holds
the journal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_result, words
from ui.sync.devices_box import SyncDevicesBox


def set_up_job(journal, folder: Path, passphrase: str, name: str):
    """Worker: make ``folder`` the sync folder, name this device, sync once."""
    from app.sync import conflicts, engine

    engine.set_up(journal, folder, passphrase)
    if name:
        engine.set_device_name(journal, name)
    report = engine.sync_now(journal)
    return report, conflicts.status(journal)


def rename_job(journal, name: str):
    from app.sync import conflicts, engine

    engine.set_device_name(journal, name)
    return conflicts.status(journal)


def status_job(journal):
    from app.sync import conflicts

    return conflicts.status(journal)


class SyncTab(QWidget):
    def __init__(self, options: dict, parent=None) -> None:
        super().__init__(parent)
        self._session = None
        self.file_dialog: QFileDialog | None = None
        intro = QLabel(
            self.tr(
                "Keep this journal in step with your other computers through a folder your "
                "file-sync tool already shares (Syncthing, Nextcloud, Dropbox, a USB stick). "
                "Only encrypted change files go into it: nothing there can be read without "
                "your passphrase."
            )
        )
        intro.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state.setAccessibleName(self.tr("Sync state"))
        self.folder = QLineEdit(str(options.get("sync_folder") or ""))
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.folder.setPlaceholderText(self.tr("Not syncing"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the sync folder"))
        folder_row = QWidget()  # a widget, so the label's Alt+F reaches the field
        row_layout = QHBoxLayout(folder_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.folder, 1)
        row_layout.addWidget(self.choose_button)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase, to lock the folder's key"))
        self.passphrase.setPlaceholderText(self.tr("Only to start syncing or change the folder"))
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(self.tr("e.g. Laptop"))
        self.name.setAccessibleName(self.tr("Name of this device"))
        self.name.setToolTip(self.tr("Your other devices say “Synced with …” using this name."))
        self.set_up_button = QPushButton(self.tr("Sync &with this folder"))
        self.rename_button = QPushButton(self.tr("Sa&ve the name"))
        self.share_log = QCheckBox(self.tr("Also send the share &log (the texts you posted)"))
        self.share_log.setChecked(bool(options.get("sync_share_log")))
        self.share_log.setToolTip(
            self.tr("Off: what you posted, and where, stays on this device only.")
        )
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Sync result"))
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), folder_row)
        form.addRow(self.tr("Pass&phrase:"), self.passphrase)
        form.addRow(self.tr("This device's na&me:"), self.name)
        for field in (folder_row, self.passphrase, self.name):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(self.folder if field is folder_row else field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_up_button)
        buttons.addWidget(self.rename_button)
        buttons.addStretch(1)
        join = QLabel(
            self.tr(
                "On a new computer, use File ▸ Join a Synced Journal… instead: it makes this "
                "computer's journal from the folder."
            )
        )
        join.setWordWrap(True)
        join.setObjectName("mutedLabel")
        self.devices = SyncDevicesBox()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.share_log)
        layout.addWidget(self.devices)
        layout.addWidget(join)
        layout.addStretch(1)
        self._connect_signals()
        self._update_state(None)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.set_up_button.clicked.connect(self._on_set_up_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.devices.stopped.connect(self._on_devices_stopped)

    def attach(self, session) -> None:
        """Run this tab's work through ``session``; reads the device's name and state."""
        self._session = session
        dialog = self.window()
        if isinstance(dialog, QDialog):  # results still on their way find no tab
            dialog.finished.connect(self._on_dialog_finished)
        session.run(status_job, self._on_status_read, self._on_failed, key=self)
        self.devices.attach(session)

    def _on_dialog_finished(self, _result: int) -> None:
        for key in (self, (self, "set up"), (self, "rename")):
            self._session.drop(key)
        self.devices.drop()

    def values(self) -> dict:
        """The preferences saved on OK."""
        return {"sync_share_log": self.share_log.isChecked()}

    # -- showing -----------------------------------------------------------------------

    def _on_status_read(self, status) -> None:
        if not self.name.text():
            self.name.setText(status.device_name)
        self._update_state(status)

    def _update_state(self, status) -> None:
        if status is None or not status.set_up:
            self.state.setText(self.tr("This journal does not sync yet."))
            self.rename_button.setEnabled(False)
            return
        self.rename_button.setEnabled(True)
        text = self.tr("Syncing through %1 as “%2”.").replace("%1", status.folder)
        self.state.setText(text.replace("%2", status.device_name))

    # -- doing -------------------------------------------------------------------------

    def _on_choose_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the sync folder"), self.folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self._on_folder_chosen)
        self.file_dialog = dialog  # a Python reference while it is open
        dialog.open()

    def _on_folder_chosen(self, name: str) -> None:
        if name:
            self.folder.setText(name)
            self.passphrase.setFocus()

    def _on_set_up_button_clicked(self) -> None:
        folder = self.folder.text().strip()
        if not folder or not Path(folder).expanduser().is_dir():
            self._show(
                self.tr(
                    "Choose a folder that exists: the one your file-sync tool "
                    "shares between your computers."
                ),
                problem=True,
            )
            return
        if not self.passphrase.text():
            self._show(
                self.tr(
                    "Type your passphrase: it locks the folder's key, so a "
                    "new device can open it with the same passphrase."
                ),
                problem=True,
            )
            self.passphrase.setFocus()
            return
        if self._session is None:
            return
        passphrase, name = self.passphrase.text(), " ".join(self.name.text().split())
        self.passphrase.clear()
        self.set_up_button.setEnabled(False)
        self._show(self.tr("Setting up and syncing…"))
        from ui.session import Change

        self._session.run(
            lambda journal: set_up_job(journal, Path(folder).expanduser(), passphrase, name),
            self._on_set_up_done,
            self._on_failed,
            key=(self, "set up"),
            changes=Change.SETTINGS | Change.EVERYTHING,
        )

    def _on_set_up_done(self, result) -> None:
        report, status = result
        self.set_up_button.setEnabled(True)
        self._update_state(status)
        self.devices.reload()
        if report.devices:
            text = self.tr("Done. Synced with %1.").replace(
                "%1", ", ".join(dict.fromkeys(report.devices))
            )
        else:
            text = self.tr(
                "Done. On your other computer, choose File ▸ Join a Synced "
                "Journal… and this folder."
            )
        self._show(text)

    def _on_rename_button_clicked(self) -> None:
        name = " ".join(self.name.text().split())
        if self._session is None or not name:
            return
        self._session.run(
            lambda journal: rename_job(journal, name),
            self._on_renamed,
            self._on_failed,
            key=(self, "rename"),
        )

    def _on_devices_stopped(self) -> None:
        self.folder.clear()
        self._update_state(None)

    def _on_renamed(self, status) -> None:
        self._update_state(status)
        self.devices.reload()
        self._show(self.tr("Saved. Your other devices see the new name after the next sync."))

    def _on_failed(self, exc: BaseException) -> None:
        self.set_up_button.setEnabled(True)
        self._show(words(exc), problem=True)

    def _show(self, text: str, *, problem: bool = False) -> None:
        show_result(self.result, text, problem=problem)
