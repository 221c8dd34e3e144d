"""Small traps a tired user falls into (issue 18, item 6), driven with real key presses
on a real journal file: the quick log's next name, Ctrl+N's kind, Ctrl+L over a dialog,
and "1 minute"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.journal.journal import Journal
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, make_journal, open_window
from tests.ui.editor.test_quick_log import SYMPTOMS
from ui.editor.quick_log import QuickLogDialog

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def test_quick_log_starts_a_fresh_name_after_a_rating(qtbot) -> None:
    dialog = QuickLogDialog(SYMPTOMS, recent_ids=[])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.find.hasFocus)
    qtbot.keyClicks(dialog.find, "fatigue")
    qtbot.keyClick(dialog.find, Qt.Key.Key_6)
    qtbot.keyClicks(dialog.find, "head")
    assert dialog.find.text() == "head"  # not "fatiguehead"
    qtbot.keyClick(dialog.find, Qt.Key.Key_1)
    qtbot.keyClick(dialog.find, Qt.Key.Key_0)  # 1 then 0 is still 10
    assert sorted(dialog.readings()) == [(1, "Headache", 10), (2, "Fatigue", 6)]


def _active(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def test_ctrl_l_locks_while_preferences_are_open(qtbot, tmp_path) -> None:
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    window.settings_flow.open()
    qtbot.waitUntil(
        lambda: window.settings_flow.dialog is not None and window.settings_flow.dialog.isVisible(),
        timeout=10_000,
    )
    dialog = window.settings_flow.dialog
    _active(qtbot, dialog)
    with qtbot.waitSignal(window.journal_locked, timeout=10_000):
        qtbot.keyClick(
            QApplication.focusWidget() or dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
        )
    assert not window.is_open() and not dialog.isVisible()


def test_ctrl_l_locks_over_the_modal_quick_log(qtbot, tmp_path) -> None:
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    window.open_quick_log()
    qtbot.waitUntil(
        lambda: window.quick_log is not None and window.quick_log.isVisible(), timeout=10_000
    )
    _active(qtbot, window.quick_log)
    with qtbot.waitSignal(window.journal_locked, timeout=10_000):
        qtbot.keyClick(window.quick_log.find, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_open()


def test_ctrl_n_makes_the_kind_last_chosen_and_remembers_it(qtbot, tmp_path) -> None:
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    _active(qtbot, window)
    qtbot.keyClick(window.page.entry_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.page.editor.kind_combo.currentData() == "symptom"  # not a Note
    window.actions.new_kinds["lesson"].trigger()
    assert window.page.editor.kind_combo.currentData() == "lesson"
    assert window.actions.new_entry.iconText() == "New Lesson"
    qtbot.waitUntil(ctx.runner.is_idle)
    with qtbot.waitSignal(window.journal_locked):
        window.actions.lock.trigger()
    qtbot.waitUntil(ctx.runner.is_idle)
    with Journal.open(path, PASSPHRASE) as journal:  # inside the journal, not QSettings
        assert journal.settings.get("new_entry_kind") == "lesson"
    settings_file = (
        (tmp_path / "settings.ini").read_text() if (tmp_path / "settings.ini").exists() else ""
    )
    assert "lesson" not in settings_file


def test_idle_lock_reads_one_minute(qtbot) -> None:
    from app.profile import PrivacyProfile
    from ui.settings.dialog import SettingsData, SettingsDialog

    options = {
        "auto_lock_minutes": 1,
        "date_format": "d MMM yyyy",
        "backup_folder": "",
        "backup_keep": 10,
    }
    dialog = SettingsDialog(SettingsData(options, PrivacyProfile.of([])))
    qtbot.addWidget(dialog)
    assert dialog.auto_lock.text() == "1 minute"
    dialog.auto_lock.setValue(2)
    assert dialog.auto_lock.text() == "2 minutes"
