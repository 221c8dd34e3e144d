"""Preferences ▸ Privacy profile shows the topics whose sentences never leave, and adds
and removes them (they were command-line only); they are stored in the journal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.journal.journal import Journal
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, make_journal, open_window

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def test_topics_are_listed_added_and_removed_in_preferences(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    with Journal.open(path, PASSPHRASE) as j:
        j.profile.set_topics(["HIV", "my divorce"])
    window, ctx = open_window(qtbot, tmp_path, path)
    window.actions.preferences.trigger()
    qtbot.waitUntil(
        lambda: window.settings_flow.dialog is not None and window.settings_flow.dialog.isVisible(),
        timeout=10_000,
    )
    dialog = window.settings_flow.dialog
    topics = dialog.profile_tab.topics
    dialog.tabs.setCurrentIndex(
        next(i for i in range(dialog.tabs.count()) if dialog.tabs.widget(i).isAncestorOf(topics))
    )
    assert topics.topics() == ["HIV", "my divorce"]
    assert topics.isVisible()
    qtbot.keyClicks(topics.entry, "Sertraline")
    qtbot.keyClick(topics.entry, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added the topic; it did not press OK
    qtbot.keyClicks(topics.entry, "hiv")  # already there, in another case
    qtbot.keyClick(topics.entry, Qt.Key.Key_Return)
    assert topics.topics() == ["HIV", "my divorce", "Sertraline"]
    topics.list.setCurrentRow(1)
    qtbot.mouseClick(topics.remove_button, Qt.MouseButton.LeftButton)
    assert topics.topics() == ["HIV", "Sertraline"]
    dialog.grab().save(str(tmp_path / "topics.png"))
    with qtbot.waitSignal(window.settings_flow.settings_applied, timeout=10_000):
        dialog.accept()
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    with Journal.open(path, PASSPHRASE) as j:
        assert j.profile.get().topics == ("HIV", "Sertraline")
