"""The summary dialog on a real journal: saved appointment in, choices out, PDF saved."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import Qt

from app.demo import populate
from app.journal.journal import Journal
from app.models import Appointment
from tests.support.journals import PASSPHRASE, make_journal
from tests.support.session import open_session

END = dt.date(2026, 6, 30)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen dialogs
def test_dialog_saves_appointment_and_writes_one_page(qtbot, qapp, tmp_path) -> None:
    from ui.report.summary_dialog import DRAFT_NAME, SummaryDialog
    from ui.task_runner import TaskRunner

    journal = make_journal(tmp_path / "j.fettle")
    populate(journal, days=200, end=END)
    journal.appointments.save(
        Appointment(END + dt.timedelta(days=3), "Dr B", "Stiff hands", ("Is 20 mg right?",))
    )
    runner = TaskRunner()
    session = open_session(runner, journal)
    dialog = SummaryDialog(session, today=END)
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
    info = subprocess.run(
        ["pdfinfo", str(target)], capture_output=True, text=True, check=True
    ).stdout
    pages = [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")]
    assert pages == ["1"]
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "What about the fatigue?" in text and "Joint pain average" in text
    assert "Fatigue average" not in text
    saved = journal.appointments.all()[0]
    assert saved.questions == ("Is 20 mg right?", "What about the fatigue?")
    assert saved.day == END + dt.timedelta(days=3) and len(journal.appointments.all()) == 1
    # Locking closes it, and what was typed since is kept as an encrypted draft.
    dialog.show()
    dialog.concern.setPlainText("Stiff hands, worse at night")
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        session.lock()
    assert not dialog.isVisible() and dialog.concern.toPlainText() == ""
    runner.wait_for_done()
    assert journal.is_locked
    reopened = Journal.open(tmp_path / "j.fettle", PASSPHRASE)
    assert reopened.drafts.take(DRAFT_NAME)["concern"] == "Stiff hands, worse at night"
    reopened.lock()
