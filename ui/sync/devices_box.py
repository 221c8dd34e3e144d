"""Preferences ▸ Sync: the devices this journal syncs with, when each last synced, and
forgetting one that is gone for good or stopping syncing on this one (app/sync/forget.py).

A device that is gone for good (an old laptop) holds the sync folder's clean-up back
for ever; forgetting it, after a confirmation that names it, lets the folder shrink
again. Both actions run on the session's worker and ask first, in plain words.

Signals:
    stopped(): this device no longer syncs (the tab shows so).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_result, words

_ID = Qt.ItemDataRole.UserRole


def devices_job(journal):
    """Worker: the devices (empty when this journal does not sync)."""
    from app.sync import engine, membership

    return membership.devices(journal) if engine.is_set_up(journal) else []


class SyncDevicesBox(QGroupBox):
    stopped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your devices"), parent)
        self._session = None
        self._devices: list = []
        self.confirm: QMessageBox | None = None  # a Python reference while it is open
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Devices that sync with this journal"))
        self.list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.list.setMaximumHeight(self.fontMetrics().height() * 9)
        self.forget_button = QPushButton(self.tr("Forg&et…"))
        self.forget_button.setToolTip(
            self.tr("For a device that is gone for good: the sync folder stops waiting for it.")
        )
        self.stop_button = QPushButton(self.tr("S&top syncing on this device…"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Devices result"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self._connect_signals()
        self._show_devices([])

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.forget_button.clicked.connect(self._on_forget_button_clicked)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)

    def attach(self, session) -> None:
        self._session = session
        self.reload()

    def drop(self) -> None:
        """Results still on their way find no box (its window closed)."""
        if self._session is not None:
            for key in ((self, "devices"), (self, "forget"), (self, "stop")):
                self._session.drop(key)

    def reload(self) -> None:
        if self._session is not None:
            self._session.run(
                devices_job, self._show_devices, self._on_failed, key=(self, "devices")
            )

    # -- showing -----------------------------------------------------------------------

    def _show_devices(self, devices: list) -> None:
        self._devices = list(devices)
        self.list.clear()
        now = dt.datetime.now().astimezone()
        for device in self._devices:
            item = QListWidgetItem(self.describe(device, now))
            item.setData(_ID, device.id)
            self.list.addItem(item)
        if not self._devices:
            item = QListWidgetItem(self.tr("None yet: this journal does not sync."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.stop_button.setEnabled(bool(self._devices))
        self._on_list_current_row_changed(self.list.currentRow())

    def describe(self, device, now: dt.datetime) -> str:
        name = device.name or self.tr("A device without a name (%1)").replace("%1", device.id[:8])
        if device.this_device:
            text = self.tr("%1 (this device): last synced %2")
        else:
            text = self.tr("%1: last synced %2")
        return text.replace("%1", name).replace("%2", self.when(device.last_synced, now))

    def when(self, at: dt.datetime | None, now: dt.datetime) -> str:
        """When, in plain words: "today at 14:02", "yesterday at 09:10", "3 days ago"."""
        if at is None:
            return self.tr("not yet")
        local = at.astimezone(now.tzinfo)
        locale = QLocale()
        clock = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
        days = (now.date() - local.date()).days
        if days <= 0:
            return self.tr("today at %1").replace("%1", clock)
        if days == 1:
            return self.tr("yesterday at %1").replace("%1", clock)
        if days < 14:
            return self.tr("%1 days ago").replace("%1", str(days))
        return self.tr("on %1").replace(
            "%1", locale.toString(local.date(), QLocale.FormatType.LongFormat)
        )

    def _current(self):
        row = self.list.currentRow()
        return self._devices[row] if 0 <= row < len(self._devices) else None

    def _on_list_current_row_changed(self, _row: int) -> None:
        device = self._current()
        self.forget_button.setEnabled(device is not None and not device.this_device)

    # -- forgetting --------------------------------------------------------------------

    def _name(self, device) -> str:
        return device.name or device.id[:8]

    def _on_forget_button_clicked(self) -> None:
        device = self._current()
        if device is None or device.this_device:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Forget a device"), "", parent=self)
        box.setText(self.tr("Forget “%1”?").replace("%1", self._name(device)))
        box.setInformativeText(
            self.tr(
                "Do this only for a device that is gone for good (sold, lost or broken). "
                "The sync folder stops waiting for it, so its old files can be cleared "
                "away. Everything it sent stays in your journal. If it is ever switched "
                "on again it will not sync: it has to join again as a new device."
            )
        )
        forget = box.addButton(
            self.tr("Forget “%1”").replace("%1", self._name(device)),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._on_forget_confirmed(box, forget, device))
        self.confirm = box
        box.open()

    def _answered(self, box: QMessageBox) -> bool:
        """Whether ``box`` is the question still open (its answer counts once)."""
        if self.confirm is not box:
            return False
        self.confirm = None
        box.deleteLater()
        return True

    def _on_forget_confirmed(self, box: QMessageBox, forget, device) -> None:
        if not self._answered(box) or box.clickedButton() is not forget:
            return
        if self._session is None:
            return
        from app.sync import membership

        self.forget_button.setEnabled(False)
        self._session.run(
            lambda journal: membership.forget_device(journal, device.id),
            lambda _f: self._on_forgotten(device),
            self._on_failed,
            key=(self, "forget"),
        )

    def _on_forgotten(self, device) -> None:
        self._show(
            self.tr("“%1” is forgotten. The sync folder no longer waits for it.").replace(
                "%1", self._name(device)
            )
        )
        self.reload()

    # -- stopping ----------------------------------------------------------------------

    def _on_stop_button_clicked(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Stop syncing on this device"), "", parent=self
        )
        box.setText(self.tr("Stop syncing on this device?"))
        box.setInformativeText(
            self.tr(
                "What is waiting is sent first. Your journal on this computer stays as it "
                "is; your other devices go on syncing with each other and stop waiting "
                "for this one. To sync this computer again later, set syncing up again."
            )
        )
        stop = box.addButton(self.tr("Stop syncing"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._on_stop_confirmed(box, stop))
        self.confirm = box
        box.open()

    def _on_stop_confirmed(self, box: QMessageBox, stop) -> None:
        if not self._answered(box) or box.clickedButton() is not stop:
            return
        if self._session is None:
            return
        from app.sync import membership
        from ui.session import Change

        self.stop_button.setEnabled(False)
        self._session.run(
            membership.stop_syncing,
            self._on_stopped,
            self._on_failed,
            key=(self, "stop"),
            changes=Change.SETTINGS,
        )

    def _on_stopped(self, told: bool) -> None:
        if told:
            self._show(self.tr("This device no longer syncs. Your journal here is unchanged."))
        else:
            self._show(
                self.tr(
                    "This device no longer syncs. Your journal here is unchanged. The sync "
                    "folder could not be reached, so forget this device on another of "
                    "your devices too."
                )
            )
        self._show_devices([])
        self.stopped.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._on_list_current_row_changed(self.list.currentRow())
        self.stop_button.setEnabled(bool(self._devices))
        self._show(words(exc), problem=True)

    def _show(self, text: str, *, problem: bool = False) -> None:
        show_result(self.result, text, problem=problem)
