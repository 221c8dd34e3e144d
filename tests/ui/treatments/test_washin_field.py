"""A treatment's wash-in ("Time to work") set in the Treatments window is kept in the
journal and moves the 'did it help' window of the insights."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import DoseChange, Treatment
from app.report.insights import treatment_effects
from tests.support.journals import make_journal
from tests.support.session import open_session

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def runner(qapp):
    from ui.task_runner import TaskRunner

    r = TaskRunner()
    yield r
    r.wait_for_done()


def test_washin_typed_in_the_treatments_window_is_kept_and_used(qtbot, tmp_path, runner):
    from ui.treatments.dialog import TreatmentsDialog

    j = make_journal(tmp_path / "w.fettle")
    start = dt.date(2026, 1, 1)
    tid = j.catalog.save_treatment(
        Treatment("Methotrexate", dose_amount=15, dose_unit="mg", start_day=start)
    )
    j.catalog.add_dose_change(tid, DoseChange(start + dt.timedelta(days=100), 20, "mg"))
    assert j.catalog.treatment(tid).washin_days is None
    dialog = TreatmentsDialog(open_session(runner, j))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 1 and dialog.form.isEnabled(), timeout=10_000)
    field = dialog.washin
    assert field.days() is None and field.spin.text() == "Usual (14 days)"
    assert "methotrexate can take 8–12 weeks" in field.help.text()
    assert "left out of “did it help”" in field.help.text()
    field.spin.setValue(70)
    with qtbot.waitSignal(dialog.treatments_changed, timeout=10_000):
        dialog.flush()
    runner.wait_for_done()
    assert j.catalog.treatment(tid).washin_days == 70
    assert j.catalog.treatment(tid).dose_changes[-1].dose_amount == 20  # history kept
    sid = j.catalog.ensure_symptom("Joint pain").id
    from app.models import Entry, SymptomReading

    j.entries.add_many(
        Entry("symptom", start + dt.timedelta(days=i), readings=[SymptomReading(sid, 5)])
        for i in range(260)
    )
    (effect,) = [
        e
        for e in treatment_effects(j, start, start + dt.timedelta(days=259))
        if e.change.kind == "dose"
    ]
    assert effect.washin == 70
    assert effect.after[0] == start + dt.timedelta(days=170)
    # Back to "usual": None is stored, not 0 (0 would mean "works at once").
    field.spin.setValue(-1)
    with qtbot.waitSignal(dialog.treatments_changed, timeout=10_000):
        dialog.flush()
    runner.wait_for_done()
    assert j.catalog.treatment(tid).washin_days is None
    dialog.grab().save(str(tmp_path / "treatments.png"))
    dialog.close()
    runner.wait_for_done()
    j.lock()


def test_catalog_refuses_a_washin_out_of_range(tmp_path) -> None:
    from app.errors import InvalidInput

    j = make_journal(tmp_path / "r.fettle")
    with pytest.raises(InvalidInput, match="from 0 to 365 days"):
        j.catalog.save_treatment(Treatment("X", washin_days=400))
    tid = j.catalog.save_treatment(Treatment("Y", washin_days=0))
    assert j.catalog.treatment(tid).washin_days == 0
    j.lock()
