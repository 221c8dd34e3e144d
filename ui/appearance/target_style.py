"""A proxy style that makes every clickable target at least ``target`` px high.

Why a QProxyStyle and not only a style sheet: a style computes the size of buttons,
boxes, tabs, menu rows and item-view rows in one place (``sizeFromContents``), so one
override reaches every widget, dialog and delegate, including ones built later, and
per-widget style sheets still ask it for everything they do not set themselves. Its
one gap is a style-sheet rule that draws its own border (our focus rings): Qt then sizes
that widget from the rule alone, so ``ui.appearance.theme`` adds a ``min-height`` for
those same classes to the app's style sheet.

Replacing the app's style (``QApplication.setStyle``) repolishes and re-lays out every
open window at once, which is how a changed preference applies without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionMenuItem,
    QStyleOptionToolButton,
    QWidget,
)

from ui.appearance.prefs import LARGE_TARGET, NORMAL_TARGET, TARGET_PROPERTY

CT = QStyle.ContentsType
PM = QStyle.PixelMetric

# Targets that must be tall enough at every size.
_TALL = {
    CT.CT_PushButton,
    CT.CT_ToolButton,
    CT.CT_CheckBox,
    CT.CT_RadioButton,
    CT.CT_ComboBox,
    CT.CT_LineEdit,
    CT.CT_SpinBox,
    CT.CT_ItemViewItem,
    CT.CT_TabBarTab,
}
# Menus only grow with large targets: at 32 px a long menu would leave a small screen.
_TALL_WHEN_LARGE = {CT.CT_MenuItem, CT.CT_MenuBarItem}


class TargetStyle(QProxyStyle):
    """``base`` (Fusion, or the desktop's style) with a minimum target size."""

    def __init__(self, base: QStyle | None, target: int = NORMAL_TARGET) -> None:
        # asked first: the proxy takes the base style over, and Python loses sight of it
        self.base_name = base.name().lower() if base is not None else ""
        super().__init__(base)
        self.target = target

    @property
    def large(self) -> bool:
        return self.target >= LARGE_TARGET

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)
        if kind in _TALL or (self.large and kind in _TALL_WHEN_LARGE):
            if (
                kind == CT.CT_MenuItem
                and isinstance(option, QStyleOptionMenuItem)
                and option.menuItemType == QStyleOptionMenuItem.MenuItemType.Separator
            ):
                return result
            result.setHeight(max(result.height(), self.target))
            if _icon_only(kind, option):
                result.setWidth(max(result.width(), self.target))
        return result

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == PM.PM_HeaderDefaultSectionSizeVertical:  # table rows, and their
            return max(value, self.target + 1)  # grid line takes one pixel of each
        if self.large and metric in (
            PM.PM_IndicatorWidth,
            PM.PM_IndicatorHeight,
            PM.PM_ExclusiveIndicatorWidth,
            PM.PM_ExclusiveIndicatorHeight,
        ):
            return max(value, 22)  # a tick box big enough to hit with a shaky hand
        return value


def _icon_only(kind: QStyle.ContentsType, option: QStyleOption) -> bool:
    if kind == CT.CT_ToolButton and isinstance(option, QStyleOptionToolButton):
        return (
            not option.text or option.toolButtonStyle == option.toolButtonStyle.ToolButtonIconOnly
        )
    if kind == CT.CT_PushButton and isinstance(option, QStyleOptionButton):
        return not option.text
    return False


def target_size() -> int:
    """The minimum target size in force, for widgets that size themselves (the
    severity scale). Read from the application, not from ``QApplication.style()``:
    with a style sheet that is Qt's own wrapper, not this proxy."""
    app = QApplication.instance()
    value = app.property(TARGET_PROPERTY) if app is not None else None
    return int(value) if value else NORMAL_TARGET
