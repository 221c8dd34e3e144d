"""Preferences: values go into the journal (not QSettings); passphrase change off-thread."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from app.journal.journal import Journal
from app.models import Condition, EntryFilter
from app.profile import PrivacyProfile, ProfileTerm
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, FakeClock, make_journal, open_window
from ui.settings.dialog import SettingsData, SettingsDialog

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _open_prefs(qtbot, window) -> SettingsDialog:
    window.actions.preferences.trigger()
    qtbot.waitUntil(lambda: window.settings_flow.dialog is not None)
    return window.settings_flow.dialog


def test_preferences_are_stored_in_the_journal(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path, clock=FakeClock())
    dialog = _open_prefs(qtbot, window)
    assert not dialog.remember.isEnabled()  # the test context has no keystore
    dialog.auto_lock.setValue(12)
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("yyyy-MM-dd"))
    table = dialog.symptoms_tab.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Fatigue")
    table.item(row, 0).setText("Exhaustion")
    table.item(row, 2).setCheckState(Qt.CheckState.Checked)
    dialog.profile_tab._add_row(ProfileTerm("place", "Leeds", "my town"))
    tabs = dialog.treatments_tab
    tabs._on_add_clicked()
    tabs.name.setText("Methotrexate")
    tabs.dose.setValue(15)
    tabs.unit.setText("mg")
    tabs.start.setText("2026-01-05")
    tabs.changes.add_button.click()
    tabs.changes.day.setDate(QDate(2026, 3, 1))
    tabs.changes.amount.setValue(20)
    tabs.changes.save_button.click()
    with qtbot.waitSignal(window.settings_flow.settings_applied, timeout=10_000):
        dialog.accept()
    assert ctx.lock_manager.idle_minutes() == 12
    assert window.page.format_date(dt.date(2026, 3, 1)) == "2026-03-01"
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())

    with Journal.open(path, PASSPHRASE) as j:
        assert j.settings.get("auto_lock_minutes") == 12
        assert j.settings.get("date_format") == "yyyy-MM-dd"
        assert [s.name for s in j.catalog.symptoms()] == ["Headache"]
        archived = j.catalog.symptom_by_name("Exhaustion")
        assert archived is not None and archived.archived
        assert ProfileTerm("place", "Leeds", "my town") in j.profile.get().terms
        (mtx,) = j.catalog.treatments()
        assert (mtx.name, mtx.dose_amount, mtx.start_day) == (
            "Methotrexate",
            20,
            dt.date(2026, 1, 5),
        )
        assert [c.dose_amount for c in mtx.dose_changes] == [20]
    settings_text = (tmp_path / "settings.ini").read_text()
    assert "Leeds" not in settings_text and "12" not in settings_text.replace(
        str(path), ""
    )  # QSettings holds only geometry and the path


def test_a_bad_date_keeps_the_dialog_open_with_the_reason(qtbot):
    data = SettingsData(
        {"auto_lock_minutes": 5, "remember_on_device": False, "date_format": "d MMM yyyy"},
        PrivacyProfile(),
    )
    dialog = SettingsDialog(data)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.conditions_tab._add_row(Condition("Asthma"))
    dialog.conditions_tab.table.item(0, 1).setText("last spring")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "type a date like" in dialog.problem.text()


def test_change_passphrase_runs_off_thread_and_the_new_one_works(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    dialog = _open_prefs(qtbot, window)
    dialog.change_passphrase_requested.emit()
    change = window.settings_flow.passphrase_dialog
    change.old.setText(PASSPHRASE)
    change.new.setText("a brand new passphrase")
    change.again.setText("a brand new passphrase")
    with qtbot.waitSignal(
        window.settings_flow.status_changed,
        timeout=20_000,
        check_params_cb=lambda m: m.startswith("Passphrase changed."),
    ):
        change.accept()
    dialog.reject()
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    with Journal.open(path, "a brand new passphrase") as j:
        assert j.entries.count(EntryFilter()) == 3
