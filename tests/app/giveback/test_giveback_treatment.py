"""Treatment reports and tips, on a made-up journal."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.giveback.tips import TipStore
from app.giveback.treatment_report import build_report, report_draft
from app.posts import get_format
from app.report.summary import SummaryOptions, build_summary
from app.share import final_text, redact_everything
from tests.app.cli.test_cli import fettle
from tests.support.giveback import PROFILE_WORDS, START, TODAY, build
from tests.support.journals import PASSPHRASE


@pytest.fixture
def journal(tmp_path: Path):
    j, ids = build(tmp_path / "j.fettle")
    yield j, ids
    j.lock()


def test_the_report_states_doses_figures_with_their_days_and_side_effects(journal) -> None:
    j, _ids = journal
    draft = report_draft(j, "Elavil", today=TODAY)  # the brand finds the treatment
    redact_everything(draft)
    text = final_text(draft.post(get_format("plain")))
    assert text.startswith("My experience with Amitriptyline")
    assert "for fibromyalgia" in text
    assert "Dose: started at 10 mg nightly." in text
    assert "from week 5: 20 mg nightly (was 10 mg nightly)" in text
    assert "Side effects: dry mouth" in text and "7 out of 10" in text
    assert "Joint pain: 6.0 before (" in text and "3.0 after (" in text
    line = next(x for x in text.splitlines() if "Joint pain" in x)
    assert "days)" in line  # every mean with its n
    assert "What I'd tell someone starting it:" in text and "8pm" in text
    for word in PROFILE_WORDS:
        assert word not in text
    assert "2026" not in text and "January" not in text  # dates relative


def test_too_few_days_say_so_instead_of_a_mean(journal) -> None:
    j, _ids = journal
    report = build_report(j, "hand physiotherapy", today=TODAY)
    [figure] = report.figures
    assert figure.before is None and figure.after is None
    assert "too few days to compare" in figure.line()
    assert "3.0" not in figure.line() and "6.0" not in figure.line()


def test_fettle_share_treatment(journal) -> None:
    j, _ids = journal
    path = str(j.path)
    j.lock()
    proc = fettle(
        "share",
        "--treatment",
        "amitriptyline",
        "--format",
        "reddit",
        "--log",
        "--journal",
        path,
        passphrases=[PASSPHRASE],
    )
    assert proc.returncode == 0, proc.stderr
    assert "My experience with Amitriptyline" in proc.stdout and "Okafor" not in proc.stdout
    missing = fettle(
        "share", "--treatment", "nothing-like-it", "--journal", path, passphrases=[PASSPHRASE]
    )
    assert missing.returncode != 0 and "no treatment called" in missing.stderr


def test_tips_keep_their_source_inside_the_journal_and_join_the_questions(journal) -> None:
    j, _ids = journal
    tips = TipStore(j)
    tid = tips.add(
        "Take it by 8pm",
        site="reddit",
        link="https://example.org/r/x",
        status="ask_doctor",
        day=TODAY,
    )
    entry = j.entries.get(tid)
    assert entry.kind == "lesson" and entry.body == "Take it by 8pm" and "tip" in entry.tags
    assert "reddit" not in entry.body and "example.org" not in entry.body  # never in a post
    summary = build_summary(j, SummaryOptions(START, TODAY, questions=("Can I go up?",)))
    assert summary.questions[0] == "Can I go up?"
    assert "Take it by 8pm" in summary.questions[1] and "Reddit" in summary.questions[1]
    tips.set_status(tid, "ask_doctor", "Fine to move it earlier.")  # the answer, after
    assert len(build_summary(j, SummaryOptions(START, TODAY)).questions) == 0
    assert tips.get(tid).outcome == "Fine to move it earlier."


def test_fettle_add_tip(journal) -> None:
    j, _ids = journal
    path = str(j.path)
    j.lock()
    added = fettle(
        "add",
        "tip",
        "Take it by 8pm",
        "--site",
        "reddit",
        "--ask-doctor",
        "--journal",
        path,
        passphrases=[PASSPHRASE],
    )
    assert added.returncode == 0, added.stderr
    assert "among the questions" in added.stdout
    listed = fettle("tip", "--journal", path, passphrases=[PASSPHRASE])
    assert "ask my doctor" in listed.stdout and "Reddit" in listed.stdout
    tip_id = listed.stdout.split()[0]
    tried = fettle(
        "tip",
        tip_id,
        "--tried",
        "Mornings are clearer",
        "--journal",
        path,
        passphrases=[PASSPHRASE],
    )
    assert tried.returncode == 0 and "tried; Mornings are clearer" in tried.stdout
