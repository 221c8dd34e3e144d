"""Charts reach screen readers as charts (AT-SPI "chart", QAccessible.Chart).

Qt reports a custom-painted widget with the generic role "client"/"filler", so a
screen reader says "Severity over time, filler" and users skip it. A widget class that
sets ``accessible_role = QAccessible.Role.Chart`` gets, from the factory installed
here, a ``QAccessibleWidget`` with that role; its name and description stay the
widget's own (``setAccessibleName``/``setAccessibleDescription``), which each chart
keeps up to date with a summary of what it shows.

The factory is called from C++ (``QAccessible::queryAccessibleInterface``) the first
time anything asks about a widget. PySide keeps a reference to every interface it
returns, and Qt's accessibility cache deletes each one when its widget is destroyed,
so no interface outlives its widget or is freed by Python while Qt still uses it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_installed = [False]  # QAccessible keeps factories for the process; install one once


def chart_interface(key: str, obj: QObject) -> QAccessibleInterface | None:
    """The factory: a chart-role interface for widgets whose class asks for one.

    ``key`` is each class name up the object's hierarchy in turn; answering only for
    the object's own class keeps Qt's interface for everything else."""
    if not isinstance(obj, QWidget) or type(obj).__name__ != key:
        return None
    role = getattr(type(obj), "accessible_role", None)
    if role is None:
        return None
    return QAccessibleWidget(obj, role)


def install_chart_accessibility() -> None:
    """Install the factory (once per process; a second call does nothing)."""
    if not _installed[0]:
        QAccessible.installFactory(chart_interface)
        _installed[0] = True
