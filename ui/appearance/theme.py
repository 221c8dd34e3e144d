"""Applies the appearance to the whole application, at start and whenever it changes.

Signals:
    theme_applied(str): the theme now in force ("system", "light", "dark" or
        "high_contrast"; "system" may resolve to "high_contrast" or "dark").

"System" follows the desktop: Qt's contrast preference (``QStyleHints.accessibility()
.contrastPreference()``, Qt ≥ 6.8; the freedesktop portal's "contrast" on Linux) picks
the high-contrast theme, and a dark colour scheme a dark palette when the desktop's
own palette is not already dark. Both are followed live.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.appearance.palettes import (
    HC_ACCENT,
    HC_BACKGROUND,
    HC_TEXT,
    dark_palette,
    high_contrast_palette,
)
from ui.appearance.prefs import (
    NORMAL_TARGET,
    TARGET_PROPERTY,
    Appearance,
    load_appearance,
    save_appearance,
)

if TYPE_CHECKING:  # (and not before the first paint: PySide builds QStyle's 11 enums)
    from ui.appearance.target_style import TargetStyle

HIGH_CONTRAST_PROPERTY = "fettleHighContrast"  # on the QApplication, for custom painting
DESKTOP_STYLE_PROPERTY = "fettleDesktopStyle"  # the style Qt chose for this desktop
STYLE_NAME = "fettleTargetStyle"
APPLIED_PROPERTY = "fettleAppliedLook"  # what is in force, so a second window repolishes nothing


def remember_desktop_style(app: QApplication) -> None:
    """Note the desktop's own style (Breeze, Windows, Fusion…) for the "System" theme,
    before a style sheet wraps it (Qt then reports a nameless style-sheet style)."""
    if not app.property(DESKTOP_STYLE_PROPERTY):
        app.setProperty(DESKTOP_STYLE_PROPERTY, app.style().name() or "Fusion")


def desktop_style_is_fusion() -> bool:
    """Qt gave this desktop the Fusion style, known without asking Qt for its style
    (which would make PySide build QStyle and its enums before the first paint).

    Only Fusion's first paint under the style sheet is proven the same as the target
    style's (tests/ui/shell/test_start_style.py). Qt takes QT_STYLE_OVERRIDE if it names
    a style, else the first of the platform theme's styles: Fusion on Linux and the BSDs
    with Qt's own generic, GNOME or GTK 3 theme, the desktop's own style under KDE
    (Breeze...) or a theme plugin (qt6ct, lxqt...), never on Windows or macOS. Fettle's
    QApplication gets no -style argument (``make_application``)."""
    import os
    import sys

    override = os.environ.get("QT_STYLE_OVERRIDE", "").strip()
    if override:  # (a name Qt has no style for falls back to the theme's: not proven)
        return override.lower() == "fusion"
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    if os.environ.get("QT_QPA_PLATFORMTHEME", "").strip().lower() not in ("", "gtk3", "gnome"):
        return False
    if os.environ.get("KDE_FULL_SESSION") or "kde" in os.environ.get(
        "XDG_CURRENT_DESKTOP", ""
    ).lower().split(":"):
        return False
    return QApplication.platformName() in ("xcb", "wayland", "offscreen", "minimal")


def is_high_contrast() -> bool:
    """The high-contrast theme is in force (custom widgets paint with it in mind)."""
    app = QApplication.instance()
    return bool(app is not None and app.property(HIGH_CONTRAST_PROPERTY))


class ThemeManager(QObject):
    theme_applied = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._appearance = load_appearance(settings)
        self._applying = False
        self._style_pending = False  # apply(style_later=True) left the target style out
        self._connect_signals()

    def _connect_signals(self) -> None:
        hints = QApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_hints_color_scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(
            self._on_hints_contrast_preference_changed
        )

    def appearance(self) -> Appearance:
        return self._appearance

    def save(self, appearance: Appearance) -> None:
        """Keep ``appearance`` for the next start and apply it now."""
        save_appearance(self._settings, appearance)
        self.apply(appearance)

    def effective_theme(self) -> str:
        theme = self._appearance.theme
        if theme != "system":
            return theme
        hints = QApplication.styleHints()
        if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
            return "high_contrast"
        return "system"

    def apply(
        self,
        appearance: Appearance | None = None,
        *,
        force: bool = False,
        style_later: bool = False,
    ) -> None:
        """Style, palette and style sheet for ``appearance`` (else the current one).

        ``style_later`` (the app's start): where the desktop's own style already looks
        the same, the System theme with normal targets on a desktop whose style is
        Fusion (``desktop_style_is_fusion``; the style sheet's minimum heights cover
        what the unlock screen shows), the target style waits for
        ``finish_style``. Making it, and Python overriding Qt's sizes, cost the first
        paint about 15 ms (PySide builds QStyle and every QStyleOption class, with
        their enums, for them: issue 19)."""
        if appearance is not None:
            self._appearance = appearance
        if self._applying:  # a palette change re-announcing the colour scheme
            return
        self._applying = True
        try:
            theme = self._apply(self._appearance, force, style_later)
        finally:
            self._applying = False
        self.theme_applied.emit(theme)

    def style_pending(self) -> bool:
        return self._style_pending

    def finish_style(self) -> None:
        """The target style that ``apply(style_later=True)`` left out, if it did."""
        if self._style_pending:
            self.apply(force=True)

    def _apply(self, appearance: Appearance, force: bool, style_later: bool) -> str:
        from ui.icons import stylesheet

        theme = self.effective_theme()
        app = QApplication.instance()
        desktop = app.property(DESKTOP_STYLE_PROPERTY)  # none before the first style
        target = appearance.target
        base_name = str(desktop) if theme == "system" else "Fusion"
        look = f"{theme}|{base_name}|{target}"
        if not force and desktop and app.property(APPLIED_PROPERTY) == look and app.styleSheet():
            return theme  # already in force (another window of this process set it)
        later = (
            style_later
            and not desktop
            and theme == "system"
            and target == NORMAL_TARGET
            and desktop_style_is_fusion()
        )
        app.setProperty(TARGET_PROPERTY, target)
        app.setProperty(HIGH_CONTRAST_PROPERTY, theme == "high_contrast")
        # Qt's style-sheet style is made afresh each time (set to "" and back below):
        # updated in place, or with the style replaced under it, it crashed Qt in
        # setStyleSheet once dialogs or a wizard had come and gone (test_theme_switch.py,
        # test_target_sizes.py).
        app.setStyleSheet("")
        light = None
        if not later:
            remember_desktop_style(app)  # Qt's own, now that no style sheet wraps it
            base_name = str(app.property(DESKTOP_STYLE_PROPERTY)) if theme == "system" else "Fusion"
            look = f"{theme}|{base_name}|{target}"
            light = self._install_style(app, base_name, target).standardPalette()
        self._style_pending = later
        palette = {"dark": dark_palette, "high_contrast": high_contrast_palette}.get(theme)
        app.setPalette(palette() if palette else light if theme == "light" else QPalette())
        if (
            theme == "system"
            and QApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
            and not _is_dark(app.palette())
        ):
            theme = "dark"  # the desktop is dark but its palette (here) is not
            app.setPalette(dark_palette())
        frames = None if theme == "high_contrast" else app.palette()
        css = stylesheet(app.palette()) + target_rules(target, frames)
        if theme == "high_contrast":
            css += HIGH_CONTRAST_RULES
        app.setStyleSheet(css)
        if not later:
            app.setProperty(APPLIED_PROPERTY, look)
        return theme

    def _install_style(self, app: QApplication, base_name: str, target: int) -> TargetStyle:
        """The app's one TargetStyle, made once per process and then only given a new
        target; the style sheet set after this repolishes every widget, which re-asks
        the style for every size. A new style is made only when the base style changes
        (System on a desktop whose style is not Fusion)."""
        from PySide6.QtWidgets import QProxyStyle, QStyleFactory

        from ui.appearance.target_style import TargetStyle

        style = app.findChild(QProxyStyle, STYLE_NAME)  # a child of Qt's style-sheet style
        if not isinstance(style, TargetStyle) or style.base_name != base_name.lower():
            base = QStyleFactory.create(base_name) or QStyleFactory.create("Fusion")
            style = TargetStyle(base, target)
            style.setObjectName(STYLE_NAME)
            app.setStyle(style)  # the app owns it
        style.target = target
        return style

    def _on_hints_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._appearance.theme == "system":
            self.apply(force=True)  # the desktop's palette may have changed

    def _on_hints_contrast_preference_changed(self, _preference) -> None:
        if self._appearance.theme == "system":
            self.apply(force=True)


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def target_rules(target: int, palette: QPalette | None = None) -> str:
    """Minimum heights for the classes whose focus ring (or high-contrast edge) is a
    style-sheet border: Qt sizes a widget matching such a rule from the rule alone, not
    from the style, so without these a focused box would shrink when its window is laid
    out again, and a high-contrast tick box would be 20 px.
    Editors inside spin boxes and combo boxes are sized by their box, not by this.

    With ``palette`` (every theme but high contrast, whose edges are its own): a text
    box has a 2 px style-sheet frame focused or not, as multi-line boxes already do, so
    the focus ring (2 px) changes its colour and never its size. With the style's own
    frame when not focused (3 px in Fusion, 2 px in Windows, other widths elsewhere) a
    text box laid out before its window had focus, as the passphrase box is, changed
    height at the next repolish, by an amount that depends on the desktop's style."""
    rules = f"""
QPushButton, QToolButton, QComboBox, QLineEdit, QAbstractSpinBox, QCheckBox, QRadioButton {{
    min-height: {target}px;
}}
QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{ min-height: 0px; }}
"""
    if palette is not None:
        rules += f"""QLineEdit {{ border: 2px solid {_frame_colour(palette)}; border-radius: 3px; }}
QAbstractSpinBox QLineEdit, QComboBox QLineEdit, QAbstractItemView QLineEdit {{ border: none; }}
"""
    return rules


def _frame_colour(palette: QPalette) -> str:
    """The colour of fettle.qss's frames ({border} in ui/icons.py): a quarter of the
    text colour over the window's."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    mixed = QColor.fromRgbF(
        text.redF() * 0.25 + window.redF() * 0.75,
        text.greenF() * 0.25 + window.greenF() * 0.75,
        text.blueF() * 0.25 + window.blueF() * 0.75,
    )
    return mixed.name()


# Edges and the focus ring in white and yellow: Fusion draws outlines a shade darker
# than the window, which on black is black.
HIGH_CONTRAST_RULES = f"""
QPushButton, QToolButton, QComboBox, QLineEdit, QAbstractSpinBox, QTabBar::tab {{
    border: 2px solid {HC_TEXT};
    border-radius: 3px;
    background: {HC_BACKGROUND};
    color: {HC_TEXT};
    padding: 2px 8px;
}}
QToolButton {{ padding: 2px 4px; }}
QPushButton:disabled, QToolButton:disabled, QComboBox:disabled, QLineEdit:disabled {{
    border-style: dashed;
}}
QPushButton:default {{ border-width: 3px; }}
QPushButton:pressed, QToolButton:pressed, QToolButton:checked, QTabBar::tab:selected {{
    background: {HC_TEXT};
    color: {HC_BACKGROUND};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus, QAbstractItemView:focus, QScrollArea:focus, QPushButton:focus,
QToolButton:focus, QCheckBox:focus, QRadioButton:focus, QLabel:focus, QSlider:focus,
QTabBar::tab:focus {{
    border: 3px solid {HC_ACCENT};
}}
QPlainTextEdit, QTextEdit, QAbstractItemView {{ border: 2px solid {HC_TEXT}; }}
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {{
    border: 2px solid {HC_TEXT};
    background: {HC_BACKGROUND};
    width: 16px;
    height: 16px;
}}
QRadioButton::indicator {{ border-radius: 10px; }}
QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{
    border: none;
    padding: 0px 0px 0px 6px;
    background: transparent;
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border;
    width: 18px;
    border: 2px solid {HC_TEXT};
    background: {HC_BACKGROUND};
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url(icons:hc-up.svg); width: 10px; height: 6px; }}
QAbstractSpinBox::down-arrow {{ image: url(icons:hc-down.svg); width: 10px; height: 6px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{ image: none; }}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {{
    image: url(icons:hc-check.svg);
}}
QRadioButton::indicator:checked {{ image: url(icons:hc-dot.svg); }}
QAbstractItemView::item:selected {{
    background: {HC_ACCENT};
    color: {HC_BACKGROUND};
}}
QMenu, QToolTip {{ border: 2px solid {HC_TEXT}; background: {HC_BACKGROUND}; color: {HC_TEXT}; }}
QMenu::item:selected, QMenuBar::item:selected {{
    background: {HC_ACCENT};
    color: {HC_BACKGROUND};
}}
QLabel#mutedLabel, QLabel#emptyState {{ color: {HC_TEXT}; }}
QLabel#errorLabel {{ color: {HC_ACCENT}; font-weight: 600; }}
QLabel#demoBanner, QLabel#warningLabel {{
    background: {HC_BACKGROUND};
    color: {HC_ACCENT};
    border: 2px solid {HC_ACCENT};
}}
QFrame#unlockCard {{ border: 2px solid {HC_TEXT}; background: {HC_BACKGROUND}; }}
"""
