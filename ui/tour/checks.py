"""What the screenshot tour checks on the screens it shows, beside taking their pictures.

A choice that does not fit its box is cut short with an ellipsis ("Their role (“my"),
which a user cannot read; at 150 % on a laptop screen this happened in the share
review. The tour reports each on stderr and fails, so the size test sees it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget


def text_width(box: QComboBox) -> int:
    """The width the box has for the text of its choice."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    return (
        box.style()
        .subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
        )
        .width()
    )


def cut_short(window: QWidget) -> list[str]:
    """Every visible combo box choice in ``window`` wider than the box shows."""
    found = []
    for box in window.findChildren(QComboBox):
        if not box.isVisible():
            continue
        room, metrics = text_width(box), box.fontMetrics()
        for i in range(box.count()):
            if metrics.horizontalAdvance(box.itemText(i)) > room:
                found.append(
                    f"{box.accessibleName() or box.objectName()}: "
                    f"“{box.itemText(i)}” needs {metrics.horizontalAdvance(box.itemText(i))} px, "
                    f"has {room}"
                )
    return found
