"""Preferences ▸ Backups: the folder and how many to keep are stored in the journal, and
"Back up now" makes a real encrypted backup and says where it went."""

from __future__ import annotations

import pytest

from app import backup
from app.journal.journal import Journal
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, FakeClock, make_journal, open_window
from ui.settings.backups import BackupsTab
from ui.settings.dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _open_backups_tab(qtbot, window) -> SettingsDialog:
    window.actions.preferences.trigger()
    qtbot.waitUntil(lambda: window.settings_flow.dialog is not None)
    dialog = window.settings_flow.dialog
    dialog.tabs.setCurrentWidget(dialog.backups_tab)
    return dialog


def test_backup_folder_and_count_are_kept_in_the_journal(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path, clock=FakeClock())
    dialog = _open_backups_tab(qtbot, window)
    tab = dialog.backups_tab
    assert tab.folder.text() == ""  # the default, shown as a placeholder
    assert str(tmp_path / "backups") in tab.folder.placeholderText()
    assert tab.keep.value() == 10
    chosen = tmp_path / "usb stick" / "fettle"
    tab.folder.setText(str(chosen))
    tab.keep.setValue(3)
    with qtbot.waitSignal(window.settings_flow.settings_applied, timeout=10_000):
        dialog.accept()
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    with Journal.open(path, PASSPHRASE) as j:
        assert j.settings.get("backup_folder") == str(chosen)
        assert j.settings.get("backup_keep") == 3
        assert backup.folder_for(j) == chosen
    assert str(chosen) not in (tmp_path / "settings.ini").read_text()  # not in plain text


def test_back_up_now_says_where_the_backup_went(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle", entries=5)
    window, _ctx = open_window(qtbot, tmp_path, path, clock=FakeClock())
    dialog = _open_backups_tab(qtbot, window)
    tab = dialog.backups_tab
    tab.folder.setText(str(tmp_path / "elsewhere"))
    tab.back_up_button.click()
    assert not tab.back_up_button.isEnabled()  # taken on the worker
    qtbot.waitUntil(lambda: "saved as" in tab.result.text(), timeout=10_000)
    (made,) = (tmp_path / "elsewhere").iterdir()
    assert str(made) in tab.result.text() and tab.back_up_button.isEnabled()
    info = backup.preview(made, window.journal().key)
    assert info.ok and info.entry_count == 8
    tab.folder.setText("relative/folder")
    tab.back_up_button.click()
    assert "full path" in tab.result.text()
    dialog.accept()
    assert dialog.isVisible() and "full path" in dialog.problem.text()  # not saved
    dialog.reject()


def test_use_the_default_clears_a_chosen_folder(qtbot):
    tab = BackupsTab("/media/old", 5, "/home/me/backups")
    qtbot.addWidget(tab)
    tab.default_button.click()
    assert tab.values() == {"backup_folder": "", "backup_keep": 5}


def test_a_failed_backup_is_shown_as_a_problem_and_the_next_success_is_not(qtbot, tmp_path):
    tab = BackupsTab("", 10, str(tmp_path / "backups"))
    qtbot.addWidget(tab)
    tab.show_backup_failed("The disk is full. Your journal was not changed.")
    assert tab.result.objectName() == "errorLabel"  # the theme colours it as a problem
    assert tab.result.text().startswith("The disk is full")
    tab.show_backup_done(str(tmp_path / "b.fettle-backup"))
    assert tab.result.objectName() == ""
    assert str(tmp_path / "b.fettle-backup") in tab.result.text()
