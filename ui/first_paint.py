"""Run work once a window has first been painted (issue 19: the unlock screen first).

What the first screen does not need (the desktop session's D-Bus watch, the keystore,
the app-wide event filters) waits until the user can see the screen, instead of
holding it back. A window that is never painted (never shown, started minimised) runs
the work after ``FALLBACK_MS`` all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000
PAINTED_PROPERTY = "fettleFirstPainted"


class _FirstPaint(QObject):
    """Runs ``callback`` once, after ``widget``'s first paint (or the fallback)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)  # goes with the widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            obj.setProperty(PAINTED_PROPERTY, True)
            QTimer.singleShot(0, self, self._run)  # once this paint has been drawn
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self.deleteLater()
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` from the event loop once ``widget`` has been painted (a window
    still being built counts from its first paint); on the next turn of the loop if it
    has been painted already."""
    if widget.property(PAINTED_PROPERTY):
        QTimer.singleShot(0, widget, callback)
        return
    _FirstPaint(widget, callback)
