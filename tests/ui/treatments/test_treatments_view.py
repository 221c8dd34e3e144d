"""Adding a medication where the user logs, and its dose history as a plain list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from app.journal.journal import Journal
from app.models import DoseChange, Treatment
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, make_journal, open_window
from ui.shell.sidebar import ManageRole

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _manage_item(sidebar):
    return next(i for i in sidebar._all_items() if i.data(0, ManageRole))


def _open_dialog(qtbot, window):
    page = window.page
    qtbot.waitUntil(
        lambda: any(i.data(0, ManageRole) for i in page.sidebar._all_items()), timeout=10_000
    )
    item = _manage_item(page.sidebar)
    rect = page.sidebar.visualItemRect(item)
    qtbot.mouseClick(page.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: page.treatments_dialog is not None and page.treatments_dialog.isVisible(),
        timeout=10_000,
    )
    return page.treatments_dialog


def test_typing_a_new_treatment_and_enter_in_the_editor_adds_and_links_it(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    page, editor = window.page, window.page.editor
    window.new_entry("treatment")
    field = editor.treatment_list.filter_edit
    qtbot.keyClicks(field, "Melatonin")
    assert editor.treatment_list.create_hint.isVisibleTo(editor)
    assert "Melatonin" in editor.treatment_list.create_hint.text()
    with qtbot.waitSignal(page.entry_saved, timeout=10_000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert len(editor.treatment_list.checked_ids()) == 1 and field.text() == ""
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    with Journal.open(path, PASSPHRASE) as j:
        melatonin = j.catalog.treatment_by_name("melatonin")
        assert melatonin is not None and melatonin.start_day == dt.date.today()
        newest = j.entries.get(j.entries.page(limit=1).rows[0].id)
        assert newest.treatment_ids == [melatonin.id]


def test_add_a_treatment_with_a_dose_history_from_the_sidebar(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    dialog = _open_dialog(qtbot, window)
    assert window.page.sidebar.current_filter().treatment_id is None  # not a filter
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name, "Sertraline")
    assert dialog.list.currentItem().text() == "Sertraline"  # no "New treatment" left behind
    dialog.dose.setValue(50)
    qtbot.keyClicks(dialog.unit, "mg")
    qtbot.keyClicks(dialog.schedule, "nightly")
    dialog.start.setDate(QDate(2026, 1, 10))
    history = dialog.history
    qtbot.mouseClick(history.add_button, Qt.MouseButton.LeftButton)
    assert history.amount.value() == 50 and history.unit.text() == "mg"
    history.day.setDate(QDate(2026, 1, 10))
    qtbot.mouseClick(history.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(history.add_button, Qt.MouseButton.LeftButton)
    history.amount.setValue(100)
    history.day.setDate(QDate(2026, 3, 1))
    history.note.setText("GP visit")
    qtbot.mouseClick(history.save_button, Qt.MouseButton.LeftButton)
    texts = [history.list.item(i).text() for i in range(history.list.count())]
    assert texts == ["1 Mar 2026 — 100 mg nightly — GP visit", "10 Jan 2026 — 50 mg nightly"]
    with qtbot.waitSignal(dialog.treatments_changed, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.list.currentItem().text() == "Sertraline — 100 mg nightly"

    history.list.setCurrentRow(1)  # 10 Jan: typed wrong, it was 25
    qtbot.mouseClick(history.edit_button, Qt.MouseButton.LeftButton)
    history.amount.setValue(25)
    qtbot.mouseClick(history.save_button, Qt.MouseButton.LeftButton)
    history.list.setCurrentRow(0)
    qtbot.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)  # 1 Mar never happened
    assert [history.list.item(i).text() for i in range(history.list.count())] == [
        "10 Jan 2026 — 25 mg nightly"
    ]
    with qtbot.waitSignal(window.journal_locked):  # a lock saves what was changed
        window.actions.lock.trigger()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    assert window.page.treatments_dialog is None
    with Journal.open(path, PASSPHRASE) as j:
        t = j.catalog.treatment_by_name("Sertraline")
        assert [(c.day, c.dose_amount) for c in t.dose_changes] == [(dt.date(2026, 1, 10), 25)]
        assert (t.dose_amount, t.dose_unit, t.schedule, t.start_day) == (
            25,
            "mg",
            "nightly",
            dt.date(2026, 1, 10),
        )


def test_existing_treatments_and_stopping_one(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    with Journal.open(path, PASSPHRASE) as j:
        tid = j.catalog.save_treatment(
            Treatment("Propranolol", dose_amount=10, dose_unit="mg", start_day=dt.date(2025, 5, 1))
        )
        j.catalog.add_dose_change(tid, DoseChange(dt.date(2025, 5, 1), 10, "mg"))
    window, ctx = open_window(qtbot, tmp_path, path)
    sidebar = window.page.sidebar
    qtbot.waitUntil(
        lambda: any(i.text(0) == "Propranolol" for i in sidebar._all_items()), timeout=10_000
    )
    dialog = _open_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    assert dialog.history.list.count() == 1
    dialog.stopped.setChecked(True)
    dialog.stop.setDate(QDate(2025, 9, 1))
    dialog.reject()  # Close saves too
    qtbot.waitUntil(
        lambda: not any(i.text(0) == "Propranolol" for i in sidebar._all_items()), timeout=10_000
    )  # stopped: no longer among the current ones


def test_a_treatment_chosen_in_the_sidebar_shows_as_a_named_chip(qtbot, tmp_path):
    from app.models import Entry, EntryFilter

    path = make_journal(tmp_path / "j.fettle")
    with Journal.open(path, PASSPHRASE) as j:
        tid = j.catalog.save_treatment(Treatment("Ibuprofen", start_day=dt.date(2025, 1, 1)))
        j.entries.add(Entry("treatment", dt.date(2026, 3, 5), "Took two", treatment_ids=[tid]))
    window, _ctx = open_window(qtbot, tmp_path, path)
    page = window.page
    qtbot.waitUntil(
        lambda: any(i.text(0) == "Ibuprofen" for i in page.sidebar._all_items()), timeout=10_000
    )
    page.sidebar.choose(EntryFilter(treatment_id=tid))
    qtbot.waitUntil(lambda: page.entry_model.rowCount() == 1, timeout=10_000)
    assert page.filter_bar.chip_texts() == ["Treatment: Ibuprofen  ×"]


def test_preferences_treatments_rename_shows_at_once_and_a_dose_change_can_go(qtbot):
    from ui.settings.catalog import TreatmentsTab

    t = Treatment(
        "Propranolol",
        dose_amount=40,
        dose_unit="mg",
        id=3,
        dose_changes=[
            DoseChange(dt.date(2025, 1, 1), 20, "mg", id=7),
            DoseChange(dt.date(2025, 6, 1), 40, "mg", id=8),
        ],
    )
    tab = TreatmentsTab([t])
    qtbot.addWidget(tab)
    tab._on_add_clicked()
    qtbot.keyClicks(tab.name, "Melatonin")
    assert tab.list.item(1).text() == "Melatonin"  # not "New treatment" until a click
    tab.list.setCurrentRow(0)
    history = tab.changes
    assert [history.list.item(i).text() for i in range(2)] == [
        "1 Jun 2025 — 40 mg",
        "1 Jan 2025 — 20 mg",
    ]  # date first, newest first
    history.list.setCurrentRow(0)
    history.delete_button.click()
    values = {v.name: v for v in tab.values()}
    assert set(values) == {"Propranolol", "Melatonin"}
    assert [c.id for c in values["Propranolol"].dose_changes] == [7]


def test_the_window_on_its_own_writes_its_edits_when_the_journal_locks(qtbot, tmp_path):
    """No journal page to flush it: the session's lock closes it, and closing writes
    what was typed while the journal is still open."""
    from tests.support.session import open_session
    from ui.task_runner import TaskRunner
    from ui.treatments.dialog import TreatmentsDialog

    path = make_journal(tmp_path / "j.fettle")
    journal = Journal.open(path, PASSPHRASE)
    journal.catalog.save_treatment(Treatment("Propranolol", dose_amount=10, dose_unit="mg"))
    runner = TaskRunner()
    session = open_session(runner, journal)
    dialog = TreatmentsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 1 and dialog.form.isEnabled(), timeout=10_000)
    dialog.dose.setValue(20)
    assert dialog.has_unsaved_changes()
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        session.lock()
    runner.wait_for_done()
    assert journal.is_locked and not dialog.isVisible()
    with Journal.open(path, PASSPHRASE) as j:
        assert j.catalog.treatment_by_name("Propranolol").dose_amount == 20
