"""Measure every clickable target of a window (tests/ui/appearance/test_target_sizes.py).

A target is a button, tool button, tick box, radio button, combo box, text box, spin
or date box, the severity scale, or a row of a list, tree or table. Each visible one
must be at least ``minimum`` px high; a button showing only an icon also that wide."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTabBar,
    QToolButton,
    QTreeView,
    QWidget,
)

from ui.editor.severity import SeverityControl

TARGETS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, SeverityControl)


def _part_of_another(w: QWidget) -> bool:
    """Pieces of a bigger target, which Qt sizes from it: the editor inside a spin, date
    or combo box, and the scroll arrows of a tab bar."""
    parent = w.parentWidget()
    return isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar))


def _label(w: QWidget) -> str:
    text = getattr(w, "text", lambda: "")()
    return f"{type(w).__name__}({w.accessibleName() or text or w.objectName()!r})"


def _rows(view: QAbstractItemView, parent: QModelIndex | None = None, limit: int = 40):
    model = view.model()
    if model is None:
        return
    parent = parent if parent is not None else QModelIndex()
    for row in range(min(model.rowCount(parent), limit)):
        index = model.index(row, 0, parent)
        yield index
        if isinstance(view, QTreeView) and view.isExpanded(index):
            yield from _rows(view, index, limit)


def small_targets(window: QWidget, minimum: int) -> list[str]:
    """Every visible target of ``window`` smaller than ``minimum``, described."""
    found = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.window() is not window or _part_of_another(w):
            continue
        if isinstance(w, TARGETS):
            if w.height() < minimum:
                found.append(f"{_label(w)} is {w.height()} px high")
            icon_only = (
                isinstance(w, QToolButton)
                and not w.text()
                or (isinstance(w, QAbstractButton) and not w.text() and not w.icon().isNull())
            )
            if icon_only and w.width() < minimum:
                found.append(f"{_label(w)} is {w.width()} px wide")
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            shown = QRect(0, 0, w.viewport().width(), w.viewport().height())
            for index in _rows(w):
                rect = w.visualRect(index)
                if rect.isValid() and rect.intersects(shown) and rect.height() < minimum:
                    found.append(f"a row of {_label(w)} is {rect.height()} px high")
    return found


def targets_seen(window: QWidget) -> int:
    """How many targets the walk measured (so it cannot pass by seeing nothing)."""
    return sum(
        1
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.window() is window and isinstance(w, TARGETS)
    )
