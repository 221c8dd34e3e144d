"""``fettle experiment start | status | stop`` on a real journal, through the real
command line (a child process, passphrase on a pipe)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.models import Entry, SymptomReading, Treatment
from app.report import experiment
from app.report.experiment_words import today_line
from tests.app.cli.test_cli import assert_clean_failure, fettle
from tests.support.journals import PASSPHRASE, make_journal

TODAY = dt.date.today()


@pytest.fixture
def jpath(tmp_path) -> Path:
    path = tmp_path / "exp.fettle"
    j = make_journal(path)
    j.catalog.save_treatment(Treatment("Magnesium", dose_amount=200, dose_unit="mg"))
    j.factors.ensure("Early bedtime", "yesno")
    j.factors.ensure("Sleep", "number", "h")
    headache = j.catalog.ensure_symptom("Headache").id
    j.catalog.ensure_symptom("Fatigue")
    for i in range(5):  # Headache is the symptom rated most lately
        j.entries.add(
            Entry("symptom", TODAY - dt.timedelta(days=i), readings=[SymptomReading(headache, 3)])
        )
    j.lock()
    return path


def run(jpath: Path, *args: str):
    return fettle("experiment", *args, "--journal", str(jpath), passphrases=[PASSPHRASE])


def test_start_status_stop(jpath: Path) -> None:
    started = run(jpath, "start", "magnesium", "--blocks", "4", "--block-days", "7", "--seed", "11")
    assert started.returncode == 0, started.stderr
    out = started.stdout
    assert "Planned: with Magnesium against without Magnesium, watching Headache." in out
    assert "For 28 days" in out and "rate Headache every day" in out
    blocks = re.findall(r"Block (\d), .+?: (take|no) Magnesium", out)
    assert [b[0] for b in blocks] == ["1", "2", "3", "4"]
    assert sorted(b[1] for b in blocks) == ["no", "no", "take", "take"]
    assert "agreed with your doctor" in out  # a medication: the warning is printed

    status = run(jpath, "status")
    assert status.returncode == 0, status.stderr
    first = "take" if blocks[0][1] == "take" else "no"
    assert f"Today: {first} Magnesium (block 1 of 4, until " in status.stdout
    assert "So far 1 of 1 days are rated" not in status.stdout  # plural handled
    assert re.search(r"So far 1 of 1 day is rated: [01] without Magnesium", status.stdout), (
        status.stdout
    )

    again = run(jpath, "start", "Early bedtime")
    assert_clean_failure(again, "already planned")

    stopped = run(jpath, "stop")
    assert stopped.returncode == 0, stopped.stderr
    assert "plan forgotten; your entries are kept" in stopped.stdout
    assert "No experiment is planned." in run(jpath, "status").stdout


def test_a_factor_can_be_tested_without_the_medication_warning(jpath: Path) -> None:
    proc = run(jpath, "start", "early BEDTIME", "--symptom", "fatigue", "--blocks", "2")
    assert proc.returncode == 0, proc.stderr
    assert "watching Fatigue" in proc.stdout
    assert "Early bedtime: yes" in proc.stdout and "Early bedtime: no" in proc.stdout
    assert "doctor" not in proc.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("start", "Vitamin Z"), "no treatment or daily factor called 'Vitamin Z'"),
        (("start", "Sleep"), "not a yes/no factor"),
        (("start", "Magnesium", "--blocks", "3"), "even number of blocks"),
        (("start", "Magnesium", "--block-days", "2"), "3 to 60 days"),
        (("start", "Magnesium", "--symptom", "Toothache"), "no symptom called 'Toothache'"),
        (("start", "Magnesium", "--start", "2001-01-01"), "starts today or later"),
        (("start",), "say what to test"),
        (("status", "Magnesium"), "is for fettle experiment start"),
    ],
)
def test_bad_input_is_refused_in_words_and_nothing_is_saved(jpath: Path, args, words) -> None:
    assert_clean_failure(run(jpath, *args), words)
    assert "No experiment is planned." in run(jpath, "status").stdout


def test_finished_experiment_gives_a_verdict(jpath: Path) -> None:
    """A plan that ended yesterday with B days rated 2 points lower: status says so,
    with the interval and the days, and the same figures as the analysis."""
    from app.journal import Journal

    j = Journal.open(jpath, PASSPHRASE)
    sid = j.catalog.symptom_by_name("Fatigue").id
    start = TODAY - dt.timedelta(days=28)
    plan = experiment.plan_for("treatment", "Magnesium", sid, start, blocks=4, block_days=7, seed=3)
    for i in range(28):
        day = start + dt.timedelta(days=i)
        arm = plan.block_on(day)[1]
        j.entries.add(
            Entry(
                "symptom", day, readings=[SymptomReading(sid, (4 if arm == "B" else 6) + (i % 2))]
            )
        )
    experiment.save(j, plan)
    estimate = experiment.analyse(plan, experiment.ratings(j, plan))
    j.lock()
    assert today_line(plan, TODAY) is None
    out = run(jpath, "status").stdout
    assert estimate.diff == pytest.approx(-2, abs=0.2)
    assert (
        f"Finished: Fatigue was {abs(estimate.diff):.1f} points lower with Magnesium than without Magnesium "
        f"({abs(estimate.high):.1f} to {abs(estimate.low):.1f}), from 14 and 14 days."
    ) in out, out
    assert "So far 28 of 28 days are rated: 14 without Magnesium and 14 with Magnesium." in out
