"""Fettle's icon in the system tray: the way to the check-in when the window is
hidden, and the voice of the reminders.

Its tooltip and menu never name anything from the journal. Notifications go through
``QSystemTrayIcon.showMessage`` (a desktop notification on Linux desktops that show
a tray); tests replace ``notify`` at this boundary.

Signals:
    checkin_requested(): Daily Check-in was chosen, or a reminder was clicked.
    show_requested(): Show Fettle was chosen, or the icon activated.
    reminders_requested(): Reminders… was chosen.
    lock_requested(): Lock was chosen.
    quit_requested(): Quit was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app import APP_NAME


class Tray(QObject):
    checkin_requested = Signal()
    show_requested = Signal()
    reminders_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()  # a tray menu has no parent widget: kept here
        self.checkin_action = QAction(self.tr("Daily &Check-in…"), self)
        self.show_action = QAction(self.tr("&Show Fettle"), self)
        self.reminders_action = QAction(self.tr("&Reminders…"), self)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.quit_action = QAction(self.tr("&Quit"), self)
        for action in (self.checkin_action, self.show_action, self.reminders_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.lock_action)
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.checkin_action.triggered.connect(self.checkin_requested)
        self.show_action.triggered.connect(self.show_requested)
        self.reminders_action.triggered.connect(self.reminders_requested)
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.messageClicked.connect(self.checkin_requested)
        self.icon.activated.connect(self._on_icon_activated)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        if self.available():
            self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_locked(self, locked: bool) -> None:
        self.lock_action.setEnabled(not locked)

    def notify(self, text: str) -> None:
        """One desktop notification, titled with the app's name only."""
        self.icon.showMessage(APP_NAME, text, QSystemTrayIcon.MessageIcon.Information, 30_000)

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()
