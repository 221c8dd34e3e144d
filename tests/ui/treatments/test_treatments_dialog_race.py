"""Edits made while an earlier save is on its way stay: the save's reply (the stored
treatments, from before those edits) used to replace them, and moved the selection
back to the treatment that was saved."""

from __future__ import annotations

import threading

import pytest

from app.journal.journal import Journal
from app.models import Treatment
from tests.support.session import open_session
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, make_journal
from ui.task_runner import TaskRunner
from ui.treatments.dialog import TreatmentsDialog

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _dialog(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    journal = Journal.open(path, PASSPHRASE)
    journal.catalog.save_treatment(Treatment("Propranolol", dose_amount=10, dose_unit="mg"))
    journal.catalog.save_treatment(Treatment("Sertraline", dose_amount=50, dose_unit="mg"))
    runner = TaskRunner()
    dialog = TreatmentsDialog(open_session(runner, journal))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 2 and dialog.form.isEnabled())
    qtbot.waitUntil(runner.is_idle)
    return journal, runner, dialog


def test_typing_on_while_a_save_waits_keeps_the_new_edits_and_the_row(qtbot, tmp_path):
    journal, runner, dialog = _dialog(qtbot, tmp_path)
    assert dialog.name.text() == "Propranolol"
    gate = threading.Event()
    runner.submit(lambda: gate.wait(20))  # the worker is busy (a backup, say)
    dialog.dose.setValue(20)
    dialog.list.setCurrentRow(1)  # moving on saves Propranolol: queued behind the gate
    assert dialog.name.text() == "Sertraline"
    dialog.dose.setValue(75)  # typed before that save came back
    with qtbot.waitSignal(dialog.treatments_changed, timeout=10_000):
        gate.set()
    assert dialog.list.currentRow() == 1 and dialog.name.text() == "Sertraline"
    assert dialog.dose.value() == 75 and dialog.has_unsaved_changes()
    assert dialog.status.text() == "Unsaved changes"
    with qtbot.waitSignal(dialog.treatments_changed, timeout=10_000):
        dialog.flush()
    qtbot.waitUntil(runner.is_idle, timeout=10_000)
    doses = {t.name: t.dose_amount for t in journal.catalog.treatments()}
    assert doses == {"Propranolol": 20, "Sertraline": 75}
    dialog.close()
    runner.wait_for_done()
    journal.lock()


def test_a_new_treatment_edited_while_its_save_waits_is_stored_once(qtbot, tmp_path):
    """Review finding: the edited copy had no id when the reply came, so the next save
    added a second 'Melatonin'."""
    journal, runner, dialog = _dialog(qtbot, tmp_path)
    gate = threading.Event()
    runner.submit(lambda: gate.wait(20))
    dialog.add_button.click()
    qtbot.keyClicks(dialog.name, "Melatonin")
    dialog.list.setCurrentRow(0)  # moving on saves the new one: queued behind the gate
    dialog.list.setCurrentRow(2)  # back to it
    dialog.dose.setValue(3)  # edited before the save came back
    with qtbot.waitSignal(dialog.treatments_changed):
        gate.set()
    dialog.flush()
    qtbot.waitUntil(runner.is_idle)
    stored = [(t.name, t.dose_amount) for t in journal.catalog.treatments()]
    dialog.close()
    runner.wait_for_done()
    journal.lock()
    assert [s for s in stored if s[0] == "Melatonin"] == [("Melatonin", 3)]


def test_an_earlier_saves_reply_does_not_bring_back_an_old_value(qtbot, tmp_path):
    """Review finding: the first reply showed the list from before the second save, and
    an edit of that stale copy wrote the old dose back."""
    journal, runner, dialog = _dialog(qtbot, tmp_path)
    gate, gate2 = threading.Event(), threading.Event()
    runner.submit(lambda: gate.wait(20))
    dialog.dose.setValue(20)  # Propranolol
    dialog.list.setCurrentRow(1)  # save 1
    runner.submit(lambda: gate2.wait(20))
    dialog.dose.setValue(75)  # Sertraline
    dialog.list.setCurrentRow(0)  # save 2, behind the second gate
    with qtbot.waitSignal(dialog.treatments_changed):
        gate.set()  # save 1 comes back
    dialog.list.setCurrentRow(1)
    assert dialog.dose.value() == 75
    qtbot.keyClicks(dialog.schedule, "morning")
    with qtbot.waitSignal(dialog.treatments_changed):
        gate2.set()
    dialog.flush()
    qtbot.waitUntil(runner.is_idle)
    stored = {t.name: (t.dose_amount, t.schedule) for t in journal.catalog.treatments()}
    dialog.close()
    runner.wait_for_done()
    journal.lock()
    assert stored["Sertraline"] == (75, "morning")
    assert stored["Propranolol"][0] == 20
