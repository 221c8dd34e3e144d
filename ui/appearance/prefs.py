"""The appearance preference and where it is kept.

It lives in QSettings (the plain settings file beside the window geometry), not in
the journal: the unlock screen must already be legible in high contrast, before any
journal is open. It holds two display choices and nothing about the journal; the
desktop keeps its own accessibility settings just as openly.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.frozen import Frozen

THEME_KEY = "appearance/theme"
LARGE_KEY = "appearance/large_targets"
THEMES = ("system", "light", "dark", "high_contrast")

NORMAL_TARGET = 32  # px: every clickable target is at least this high (issue 11, item 5)
LARGE_TARGET = 44  # px: with "Large targets" (WCAG 2.5.5, Apple's and GNOME's guidance)
TARGET_PROPERTY = "fettleTargetSize"  # on the QApplication, set by ThemeManager


class Appearance(Frozen):
    theme: str = "system"
    large_targets: bool = False

    @property
    def target(self) -> int:
        return LARGE_TARGET if self.large_targets else NORMAL_TARGET


def load_appearance(settings: QSettings) -> Appearance:
    """What was saved; anything unknown (an edited file) falls back to the default."""
    theme = str(settings.value(THEME_KEY, "system"))
    large = str(settings.value(LARGE_KEY, "false")).lower() in ("true", "1")
    return Appearance(theme if theme in THEMES else "system", large)


def save_appearance(settings: QSettings, appearance: Appearance) -> None:
    settings.setValue(THEME_KEY, appearance.theme)
    settings.setValue(LARGE_KEY, appearance.large_targets)
    settings.sync()
