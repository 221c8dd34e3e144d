"""Child process for tests/ui/test_window_sizes.py: opens Preferences as the app
would (theme, target size, language) on the real X server it is started under, and
prints one line per section whose name is not fully visible, then "checked N".

    python -m tests.support.preferences_sections [--lang de] [--large]

A tab bar's tab must lie within the bar's visible part (not behind its scroll
buttons) and be wide enough for its text; a section list's row must lie within the
list's viewport and be wide enough for its text.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QListWidget, QTabBar, QToolButton

from app.journal.settings import OPTIONS
from app.profile import PrivacyProfile


def _text_width(widget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text.replace("&", ""))


def tab_problems(bar: QTabBar) -> list[str]:
    visible = bar.rect()
    for button in bar.findChildren(QToolButton):  # the scroll arrows hide tabs beneath
        if button.isVisible():
            visible = visible.intersected(QRect(0, 0, button.x(), bar.height()))
    out = []
    for i in range(bar.count()):
        rect, text = bar.tabRect(i), bar.tabText(i)
        if not visible.contains(rect):
            out.append(f"tab {text!r} at {rect.getRect()} outside the visible {visible.getRect()}")
        elif rect.width() < _text_width(bar, text):
            out.append(f"tab {text!r} {rect.width()} px wide, its text needs more")
    return out


def list_problems(view: QListWidget) -> list[str]:
    port = view.viewport().rect()
    out = []
    for i in range(view.count()):
        item = view.item(i)
        rect = view.visualItemRect(item)
        if not port.contains(rect):
            out.append(f"section {item.text()!r} at {rect.getRect()} outside {port.getRect()}")
        elif rect.width() < _text_width(view, item.text()) + view.iconSize().width():
            out.append(f"section {item.text()!r} {rect.width()} px wide, its text needs more")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--large", action="store_true")
    options = parser.parse_args(argv)
    app = QApplication([sys.argv[0]])
    from ui.appearance.prefs import Appearance, save_appearance
    from ui.appearance.theme import ThemeManager
    from ui.i18n import install_translators
    from ui.settings.dialog import SettingsData, SettingsDialog

    install_translators(app, options.lang)
    settings = QSettings()
    save_appearance(settings, Appearance(large_targets=options.large))
    theme = ThemeManager(settings)
    theme.apply()
    data = SettingsData({name: o.default for name, o in OPTIONS.items()}, PrivacyProfile.of([]))
    dialog = SettingsDialog(data)
    dialog.show()
    for _ in range(5):
        app.processEvents()
    problems: list[str] = []
    bars = [b for b in dialog.findChildren(QTabBar) if b.isVisible()]
    lists = [v for v in dialog.findChildren(QListWidget) if v.objectName() == "sections"]
    for bar in bars:
        problems += tab_problems(bar)
    for view in lists:
        problems += list_problems(view)
    for line in problems:
        print(line)
    sections = sum(b.count() for b in bars) + sum(v.count() for v in lists)
    print(f"checked {sections} in a {dialog.width()}x{dialog.height()} dialog")
    dialog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
