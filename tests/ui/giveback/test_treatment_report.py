"""The treatment report in the share review, and tips on the summary's page one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.demo import populate
from app.giveback.tips import TipStore
from app.report.summary import SummaryOptions, build_summary
from tests.support.giveback import PROFILE_WORDS, build
from tests.support.journals import make_journal
from tests.support.session import open_session
from tests.ui.report.test_report_pdf import QUESTIONS, pdf_info, pdf_text

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_pick_a_treatment_and_review_its_report(qtbot, tmp_path: Path) -> None:
    from ui.clipboard_guard import ClipboardGuard
    from ui.giveback.flow import report_composer
    from ui.giveback.treatment_picker import TreatmentPickerDialog
    from ui.share.dialog import ShareDialog
    from ui.task_runner import TaskRunner

    journal, _ids = build(tmp_path / "j.fettle")
    runner = TaskRunner()
    session = open_session(runner, journal)
    picker = TreatmentPickerDialog(session)
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.loaded, timeout=20_000) as loaded:
        picker.show()
    assert loaded.args[0] == 2 and picker.treatment_name() == "Amitriptyline"
    review = ShareDialog(
        session,
        [],
        clipboard=ClipboardGuard(),
        compose=report_composer(picker.treatment_name()),
        window_title="Share a treatment report",
    )
    qtbot.addWidget(review)
    with qtbot.waitSignal(review.draft_ready, timeout=30_000):
        review.show()
    shown = review.view.toPlainText()
    assert shown.startswith("My experience with Amitriptyline")
    text = review.final_text()
    for expected in (
        "from week 5: 20 mg nightly",
        "Side effects: dry mouth",
        "Joint pain: 6.0 before (",
        "What I'd tell someone starting it:",
    ):
        assert expected in text, expected
    for word in PROFILE_WORDS:
        assert word not in text
    assert review.copy_button.isEnabled()
    review.grab().save(str(tmp_path / "report.png"))
    with qtbot.waitSignals([picker.finished, review.finished], timeout=5_000):
        session.lock()  # both show what the journal holds
    runner.wait_for_done()
    assert journal.is_locked


@pytest.mark.needs("pdftotext", "pdfinfo")
def test_an_ask_my_doctor_tip_is_on_page_one_and_it_stays_one_page(qapp, tmp_path) -> None:
    from ui.report.render import write_pdf

    end = dt.date(2026, 6, 30)
    journal = make_journal(tmp_path / "demo.fettle")
    populate(journal, days=120, end=end)
    TipStore(journal).add(
        "Take methotrexate with folic acid the day after",
        site="reddit",
        status="ask_doctor",
        day=end - dt.timedelta(days=3),
    )
    TipStore(journal).add(
        "Cold water for stiff hands", site="reddit", status="to_try", day=end - dt.timedelta(days=2)
    )
    options = SummaryOptions(end - dt.timedelta(days=89), end, questions=QUESTIONS[:2])
    target = tmp_path / "summary.pdf"
    assert write_pdf(build_summary(journal, options, today=end), target, "a4") == 1
    assert pdf_info(target)["Pages"] == "1"
    text = pdf_text(target, 1)
    assert "A tip (read on Reddit): “Take methotrexate with folic acid" in text
    assert text.count("A tip (read on") == 1  # only "ask my doctor" tips are questions
    journal.lock()
