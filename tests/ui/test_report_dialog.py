"""The summary dialog on a real journal: saved appointment in, choices out, PDF saved."""

from __future__ import annotations

import datetime as dt
import subprocess

from PySide6.QtCore import Qt

from app.demo import populate
from app.models import Appointment
from tests.app.helpers import make_journal

END = dt.date(2026, 6, 30)


def test_dialog_saves_appointment_and_writes_one_page(qtbot, qapp, tmp_path) -> None:
    from ui.report.summary_dialog import SummaryDialog
    from ui.task_runner import TaskRunner

    journal = make_journal(tmp_path / "j.fettle")
    populate(journal, days=200, end=END)
    journal.appointments.save(Appointment(END + dt.timedelta(days=3), "Dr B", "Stiff hands",
                                          ("Is 20 mg right?",)))
    runner = TaskRunner()
    dialog = SummaryDialog(runner, journal, today=END)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.symptoms.count() > 0, timeout=10_000)
    assert dialog.concern.toPlainText() == "Stiff hands"
    assert dialog.questions.toPlainText() == "Is 20 mg right?"
    dialog.period.setCurrentIndex(0)  # last 30 days
    assert dialog.options().start == END - dt.timedelta(days=29)
    dialog.questions.setPlainText("Is 20 mg right?\nWhat about the fatigue?")
    fatigue = dialog.symptoms.findItems("Fatigue", Qt.MatchFlag.MatchExactly)[0]
    fatigue.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.options().symptom_ids is not None
    target = tmp_path / "out.pdf"
    with qtbot.waitSignal(dialog.summary_saved, timeout=20_000):
        dialog.save_to(str(target))
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True,
                          check=True).stdout
    pages = [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")]
    assert pages == ["1"]
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "What about the fatigue?" in text and "Joint pain average" in text
    assert "Fatigue average" not in text
    saved = journal.appointments.all()[0]
    assert saved.questions == ("Is 20 mg right?", "What about the fatigue?")
    assert saved.day == END + dt.timedelta(days=3) and len(journal.appointments.all()) == 1
    runner.wait_for_done()
    journal.lock()
