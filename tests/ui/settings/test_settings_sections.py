"""Preferences' sections in a list on the left (issue 14): every name whole, Alt+letter
and the list both choose a page, and the tab API the callers use still works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.journal.settings import OPTIONS
from app.profile import PrivacyProfile
from tests.support.shell import OFFSCREEN_NOISE
from ui.settings.dialog import SettingsData, SettingsDialog

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _dialog(qtbot) -> SettingsDialog:
    data = SettingsData({n: o.default for n, o in OPTIONS.items()}, PrivacyProfile.of([]))
    dialog = SettingsDialog(data)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_section_is_listed_whole_and_chooses_its_page(qtbot) -> None:
    dialog = _dialog(qtbot)
    sections = dialog.sections.list
    names = [sections.item(i).text() for i in range(sections.count())]
    assert names == [
        "General",
        "Appearance",
        "Privacy profile",
        "Symptoms",
        "Treatments",
        "Conditions",
        "Backups",
        "Sync",
    ]
    assert not any(b.isVisible() for b in dialog.findChildren(type(dialog.tabs.tabBar())))
    metrics = sections.fontMetrics()
    for i, name in enumerate(names):
        rect = sections.visualItemRect(sections.item(i))
        assert sections.viewport().rect().contains(rect), name
        assert rect.width() >= metrics.horizontalAdvance(name), name
    sections.setCurrentRow(names.index("Backups"))
    assert dialog.backups_tab.isVisibleTo(dialog) and not dialog.sync_tab.isVisibleTo(dialog)
    dialog.tabs.setCurrentWidget(dialog.sync_tab.parentWidget().parentWidget())  # callers
    assert sections.currentRow() == names.index("Sync")


def test_alt_letter_chooses_a_section_as_the_tabs_did(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # S&ync
    qtbot.waitUntil(lambda: dialog.sync_tab.isVisibleTo(dialog))
    assert dialog.sections.list.hasFocus()
    qtbot.keyClick(dialog.sections.list, Qt.Key.Key_Home)  # the list walks the sections
    assert dialog.tabs.currentIndex() == 0
