"""Run work once a window has first been painted (issue 19: the unlock screen first).

What the first screen does not need (the desktop session's D-Bus watch, the keystore,
the app-wide event filters) waits until the user can see the screen, instead of
holding it back. A window that is never painted (never shown, started minimised) runs
the work after ``FALLBACK_MS`` all the same.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000
PAINTED_PROPERTY = "fettleFirstPainted"
_NAME = "fettleFirstPaint"  # the widget's pending work, found by this name


class _FirstPaint(QObject):
    """Runs its callbacks once, after ``widget``'s first paint (or the fallback).

    One per widget, whatever the number of callbacks: every event the widget gets
    before its paint (dozens while a window is built and shown) goes through each
    Python event filter, and the main window had five."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)  # goes with the widget
        self.setObjectName(_NAME)
        self._callbacks: list[Callable[[], None]] = []
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def add(self, callback: Callable[[], None]) -> None:
        self._callbacks.append(callback)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            obj.setProperty(PAINTED_PROPERTY, True)
            QTimer.singleShot(0, self, self._run)  # once this paint has been drawn
        return False

    def _run(self) -> None:
        callbacks, self._callbacks = self._callbacks, []
        if not callbacks:
            return
        self.setObjectName("")  # later callbacks find the widget painted, or a new one
        self.deleteLater()
        for callback in callbacks:
            try:
                callback()
            except Exception:  # reported as from a slot of its own; the others still run
                sys.excepthook(*sys.exc_info())


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` from the event loop once ``widget`` has been painted (a window
    still being built counts from its first paint); on the next turn of the loop if it
    has been painted already. Callbacks run in the order they were given."""
    if widget.property(PAINTED_PROPERTY):
        QTimer.singleShot(0, widget, callback)
        return
    pending = widget.findChild(_FirstPaint, _NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    (pending or _FirstPaint(widget)).add(callback)
