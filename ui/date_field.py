"""Date and time boxes that take one Tab stop each.

``QDateEdit`` moves Tab from day to month to year (and ``QTimeEdit`` from hours to
minutes) before it lets focus go, so a date cost three Tab presses and a keyboard
user could not tell when they had left it. Here Tab leaves the box at once; the parts
are still reached with Left and Right, changed with Up and Down or by typing, and
Alt+Down (or F4) opens a date's calendar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QDateEdit, QTimeEdit, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


class DateField(QDateEdit):
    """A ``QDateEdit`` that Tab leaves in one press (see the module docstring)."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent) if date is None else super().__init__(date, parent)
        self.setAccessibleDescription(
            _tr(
                "Left and Right move between day, month and year; "
                "Up and Down change them; Alt+Down opens a "
                "calendar."
            )
        )

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class TimeField(QTimeEdit):
    """A ``QTimeEdit`` that Tab leaves in one press (see the module docstring)."""

    def __init__(self, time: QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent) if time is None else super().__init__(time, parent)
        self.setAccessibleDescription(
            _tr("Left and Right move between hours and minutes; Up and Down change them.")
        )

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)
