"""Treatments from the command line: add one with its dose, change the dose, see the history;
search with dates in words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.journal.journal import Journal
from app.models import DoseChange, Treatment
from tests.app.cli.test_cli import assert_clean_failure, fettle
from tests.support.journals import PASSPHRASE, make_journal


@pytest.fixture
def jpath(tmp_path: Path) -> Path:
    path = tmp_path / "j.fettle"
    make_journal(path).lock()
    return path


def _run(*args: str):
    return fettle(*args, passphrases=[PASSPHRASE])


def test_add_treatment_then_change_the_dose_and_list_it(jpath):
    j = str(jpath)
    added = _run(
        "add",
        "treatment",
        "Sertraline",
        "--dose",
        "50",
        "--unit",
        "mg",
        "--schedule",
        "nightly",
        "--start",
        "2026-01-10",
        "--journal",
        j,
    )
    assert added.returncode == 0, added.stderr
    assert "Added treatment Sertraline (50 mg nightly), from 2026-01-10." in added.stdout
    changed = _run(
        "dose", "sertraline", "100", "--date", "2026-03-01", "--note", "GP visit", "--journal", j
    )
    assert changed.returncode == 0, changed.stderr
    assert "Now taking 100 mg nightly" in changed.stdout
    history = _run("dose", "Sertraline", "--journal", j)
    assert history.stdout.splitlines()[1:] == [
        "2026-03-01  100 mg nightly  (GP visit)",
        "2026-01-10  50 mg nightly",
    ]
    with Journal.open(jpath, PASSPHRASE) as journal:
        t = journal.catalog.treatment_by_name("sertraline")
        assert (t.dose_amount, t.start_day, t.kind) == (100, dt.date(2026, 1, 10), "medication")
        assert journal.entries.count() == 0  # a treatment, not a diary entry


def test_two_word_names_therapy_and_clear_mistakes(jpath):
    j = str(jpath)
    assert (
        _run(
            "add",
            "treatment",
            "Graded",
            "exercise",
            "--therapy",
            "--schedule",
            "weekly",
            "--journal",
            j,
        ).returncode
        == 0
    )
    assert "Graded exercise" in _run("dose", "graded", "exercise", "--journal", j).stdout
    again = _run("add", "treatment", "graded exercise", "--dose", "2", "--journal", j)
    assert_clean_failure(again, "fettle dose")
    assert_clean_failure(_run("dose", "nothing", "5", "--journal", j), "no treatment called")
    assert_clean_failure(
        _run("add", "treatment", "x", "--dose", "lots", "--journal", j), "not an amount"
    )
    assert_clean_failure(_run("add", "treatment", "x", "--dose", "-3", "--journal", j), "positive")


def test_known_treatment_still_logs_an_entry(jpath):
    with Journal.open(jpath, PASSPHRASE) as journal:
        journal.catalog.save_treatment(Treatment("Ibuprofen"))
    logged = _run(
        "add", "treatment", "ibuprofen", "--note", "helped a bit", "--journal", str(jpath)
    )
    assert logged.returncode == 0 and "Logged treatment entry" in logged.stdout


def test_search_understands_dates(jpath):
    with Journal.open(jpath, PASSPHRASE) as journal:
        from app.models import Entry

        journal.entries.add(Entry("note", dt.date(2025, 11, 3), "Headache early"))
        journal.entries.add(Entry("note", dt.date(2025, 11, 20), "Headache late"))
        journal.entries.add(Entry("note", dt.date(2025, 10, 20), "Headache before"))
    found = _run("search", "headache", "nov", "2025", "--newest-first", "--journal", str(jpath))
    titles = [
        line.split("note")[-1].strip() for line in found.stdout.splitlines() if " note " in line
    ]
    assert titles == ["Headache late", "Headache early"]


def test_dose_changes_can_be_corrected_and_removed(tmp_path):
    journal = make_journal(tmp_path / "j.fettle")
    tid = journal.catalog.save_treatment(Treatment("Propranolol", dose_amount=10, dose_unit="mg"))
    first = journal.catalog.add_dose_change(tid, DoseChange(dt.date(2026, 1, 1), 20, "mg"))
    second = journal.catalog.add_dose_change(tid, DoseChange(dt.date(2026, 2, 1), 40, "mg"))
    assert journal.catalog.treatment(tid).dose_amount == 40
    journal.catalog.update_dose_change(DoseChange(dt.date(2025, 12, 1), 30, "mg", id=second))
    assert journal.catalog.treatment(tid).dose_amount == 20  # the latest is now the first
    removed = journal.catalog.delete_dose_change(first)
    assert removed.dose_amount == 20
    t = journal.catalog.treatment(tid)
    assert [c.day for c in t.dose_changes] == [dt.date(2025, 12, 1)] and t.dose_amount == 30
    assert journal.catalog.ensure_treatment("  propranolol ").id == tid
    assert journal.catalog.ensure_treatment("Melatonin").start_day == dt.date.today()


def test_sync_dose_changes_adds_updates_and_removes(tmp_path):
    journal = make_journal(tmp_path / "j.fettle")
    tid = journal.catalog.save_treatment(Treatment("Amitriptyline"))
    a = journal.catalog.add_dose_change(tid, DoseChange(dt.date(2026, 1, 1), 10, "mg"))
    journal.catalog.add_dose_change(tid, DoseChange(dt.date(2026, 2, 1), 20, "mg"))
    journal.catalog.sync_dose_changes(
        tid,
        [
            DoseChange(dt.date(2026, 1, 2), 10, "mg", id=a),
            DoseChange(dt.date(2026, 3, 1), 25, "mg"),
        ],
    )
    t = journal.catalog.treatment(tid)
    assert [(c.day.day, c.dose_amount) for c in t.dose_changes] == [(2, 10), (1, 25)]
    assert t.dose_amount == 25
