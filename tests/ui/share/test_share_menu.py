"""The Share menu (issue 20): Share…, Answer a Question… and Share a Treatment
Report… grouped in one menu after View (no longer in File), with their shortcuts,
opened from the keyboard with Alt+A (the editor's labels hold Alt+S and Alt+R; in
German Alt+L), off while locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.support.shell import OFFSCREEN_NOISE, make_journal, open_window

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def titles(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


@pytest.mark.qt_log_ignore(
    *OFFSCREEN_NOISE, "This plugin does not support raise", "grabbing the keyboard"
)
def test_share_menu_groups_the_ways_to_share(qtbot, tmp_path) -> None:
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle", entries=3))
    bar = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert bar.index("Share") == bar.index("View") + 1
    a = window.actions
    share = a.share_menu
    assert share.title() == "Sh&are"
    assert titles(share) == [
        "Share Selected Entries…",
        "Answer a Question…",
        "Share a Treatment Report…",
        "What I've Shared…",
    ]
    assert a.share.shortcut().toString() == "Ctrl+Shift+S"
    assert a.share_log.shortcut().toString() == "Ctrl+Shift+H"
    for moved in (a.share, a.answer, a.treatment_report):
        assert moved not in a.file_menu.actions()
    assert all(action.isEnabled() for action in share.actions() if not action.isSeparator())
    # From the keyboard: Alt+A opens the menu, T the treatment report.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is share)
    with qtbot.waitSignal(a.treatment_report.triggered, timeout=5000):
        qtbot.keyClick(share, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: window.tools.giveback_dialog is not None)
    window.tools.giveback_dialog.reject()
    window.lock("user")
    assert not any(action.isEnabled() for action in (a.share, a.answer, a.treatment_report))


def _german() -> dict[str, str]:
    """English source -> German, from the catalogue the app loads (any context)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[3] / "resources/translations/fettle_de.ts"
    return {
        m.findtext("source"): m.findtext("translation") or m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
    }


def _alt_key(text: str) -> str | None:
    text = text.replace("&&", "")
    return text[text.index("&") + 1].lower() if "&" in text[:-1] else None


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_share_menu_s_alt_key_is_its_own(qtbot, tmp_path, language) -> None:
    """No label or button on the main window, and no other menu, shares the Share
    menu's Alt key, in English or in German (an ambiguous Alt key does nothing at
    all; German's first choice, "&Teilen", clashed with the editor's "&Text")."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "k.fettle", entries=3))
    words = _german() if language == "de" else {}

    def shown(text: str) -> str:
        return words.get(text, text)

    title = shown(window.actions.share_menu.title())
    widgets = window.findChildren(QLabel) + window.findChildren(QAbstractButton)
    texts = [w.text() for w in widgets if w.isVisibleTo(window)]
    texts += [
        a.text() for a in window.menuBar().actions() if a.menu() is not window.actions.share_menu
    ]
    assert "&Text" in texts  # the editor is on screen
    clashes = [shown(t) for t in texts if _alt_key(shown(t)) == _alt_key(title)]
    assert not clashes, (title, clashes)


def test_no_two_actions_of_the_main_window_share_a_shortcut(qtbot, tmp_path) -> None:
    """An ambiguous shortcut does nothing at all: Sync Now once took Share's
    Ctrl+Shift+S, and Ctrl+Shift+S then shared nothing."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "s.fettle", entries=3))
    owners: dict[str, list[str]] = {}
    for action in set(window.findChildren(QAction)) | set(QWidget.actions(window)):
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(), []).append(action.text())
    clashes = {keys: names for keys, names in owners.items() if len(names) > 1}
    assert not clashes
    assert owners["Ctrl+Shift+S"] == ["&Share Selected Entries…"]
