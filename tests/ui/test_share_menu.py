"""The Share menu (issue 20): Share…, Answer a Question… and Share a Treatment
Report… grouped in one menu after View (no longer in File), with their shortcuts,
opened from the keyboard with Alt+A (the editor's labels hold Alt+S and Alt+R), off
while locked; its title in German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.shell_support import OFFSCREEN_NOISE, make_journal, open_window

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def titles(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


@pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE, "This plugin does not support raise",
                           "grabbing the keyboard")
def test_share_menu_groups_the_ways_to_share(qtbot, tmp_path) -> None:
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle",
                                                             entries=3))
    bar = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert bar.index("Share") == bar.index("View") + 1
    a = window.actions
    share = a.share_menu
    assert share.title() == "Sh&are"
    assert titles(share) == ["Share Selected Entries…", "Answer a Question…",
                             "Share a Treatment Report…", "What I've Shared…"]
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


def test_alt_a_opens_nothing_else_in_the_main_window(qtbot, tmp_path) -> None:
    """The menu's mnemonic is the only Alt+A in the window (an ambiguous one does
    nothing at all)."""
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "k.fettle",
                                                             entries=3))
    from PySide6.QtWidgets import QAbstractButton, QLabel

    def alt_a(text: str) -> bool:
        return "&a" in text.replace("&&", "").lower()

    clashes = [w.text() for w in window.findChildren(QLabel) + window.findChildren(
        QAbstractButton) if w.isVisibleTo(window) and alt_a(w.text())]
    clashes += [t.text() for t in window.menuBar().actions() if alt_a(t.text())]
    assert clashes == ["Sh&are"]


def test_no_two_actions_of_the_main_window_share_a_shortcut(qtbot, tmp_path) -> None:
    """An ambiguous shortcut does nothing at all: Sync Now once took Share's
    Ctrl+Shift+S, and Ctrl+Shift+S then shared nothing."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "s.fettle",
                                                             entries=3))
    owners: dict[str, list[str]] = {}
    for action in set(window.findChildren(QAction)) | set(QWidget.actions(window)):
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(), []).append(action.text())
    clashes = {keys: names for keys, names in owners.items() if len(names) > 1}
    assert not clashes
    assert owners["Ctrl+Shift+S"] == ["&Share Selected Entries…"]
