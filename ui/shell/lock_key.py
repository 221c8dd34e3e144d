"""Ctrl+L locks from anywhere in the app, even while a dialog is open.

The Lock action's shortcut belongs to the main window, and Qt does not deliver a
window's shortcut while another window (Preferences, Share, a modal quick log) is
active or blocks it. Someone reaching for Ctrl+L in a hurry must not find that it did
nothing, so this filter, installed on the application, triggers the action for a key
press in any of the app's windows. In the main window itself the action's own shortcut
fires first and the key press never arrives here, so nothing locks twice.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence


class LockKey(QObject):
    def __init__(self, action: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action  # owned by the main window, which outlives this filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self._action.isEnabled() or event.isAutoRepeat():
            return False
        pressed = QKeySequence(event.keyCombination())
        if any(
            pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
            for key in self._action.shortcuts()
        ):
            self._action.trigger()
            return True
        return False
