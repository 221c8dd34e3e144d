"""Daily factors: the store on a real journal, the command line, the JSON round trip."""

from __future__ import annotations

import datetime as dt
import io
import json
import math
from pathlib import Path

import pytest

from app import importers
from app.errors import ImportRejected, InvalidInput
from app.exporters.json import dump
from app.models import Factor
from tests.app.cli.test_cli import assert_clean_failure, fettle
from tests.support.journals import PASSPHRASE, make_journal

D1 = dt.date(2026, 3, 10)
D2 = dt.date(2026, 3, 11)


def test_ensure_creates_once_in_any_case(journal) -> None:
    sleep = journal.factors.ensure("Sleep", "number", "hours")
    again = journal.factors.ensure("  sleep ", "scale")
    assert again == sleep
    assert sleep.kind == "number" and sleep.unit == "hours"
    steps = journal.factors.ensure("Steps", "number")
    assert [f.name for f in journal.factors.list()] == ["Sleep", "Steps"]
    assert steps.position > sleep.position


def test_values_set_clear_and_not_recorded(journal) -> None:
    sleep = journal.factors.ensure("Sleep", "number", "hours")
    alcohol = journal.factors.ensure("Alcohol", "yesno")
    journal.factors.set_value(sleep.id, D1, 7.5)
    journal.factors.set_value(alcohol.id, D1, 0)  # a recorded "no" is not "not recorded"
    journal.factors.set_value(sleep.id, D2, 6)
    assert journal.factors.day_values(D1) == {sleep.id: 7.5, alcohol.id: 0.0}
    assert journal.factors.values(sleep.id, D1, D2) == {D1: 7.5, D2: 6.0}
    assert journal.factors.values(sleep.id, D2, D2) == {D2: 6.0}
    journal.factors.set_value(alcohol.id, D1, None)
    assert journal.factors.day_values(D1) == {sleep.id: 7.5}
    count = journal.db.execute(
        "SELECT count(*) FROM factor_values WHERE factor_id = ?", (alcohol.id,)
    ).fetchone()[0]
    assert count == 0  # not stored as 0 or NULL: the row is gone


@pytest.mark.parametrize(
    ("kind", "bad"),
    [
        ("yesno", 2),
        ("yesno", 0.5),
        ("scale", 11),
        ("scale", -1),
        ("number", math.nan),
        ("number", math.inf),
        ("number", 1e15),
    ],
)
def test_values_checked_by_kind(journal, kind: str, bad: float) -> None:
    f = journal.factors.ensure("F", kind)
    with pytest.raises(InvalidInput) as err:
        journal.factors.set_value(f.id, D1, bad)
    assert err.value.user_message and "Traceback" not in err.value.user_message
    assert journal.factors.day_values(D1) == {}


def test_update_archive_and_unarchive(journal) -> None:
    f = journal.factors.ensure("Stress", "scale")
    journal.factors.set_value(f.id, D1, 8)
    journal.factors.update(Factor(f.id, "Stress level", "scale", "", False, 5))
    assert journal.factors.list()[0].name == "Stress level"
    journal.factors.archive(f.id)
    assert journal.factors.list() == []
    assert journal.factors.list(include_archived=True)[0].archived
    assert journal.factors.values(f.id, D1, D1) == {D1: 8.0}  # values outlive archiving
    assert not journal.factors.ensure("stress LEVEL", "scale").archived


def test_update_refuses_clash_and_unfitting_kind(journal) -> None:
    a = journal.factors.ensure("Steps", "number")
    journal.factors.ensure("Sleep", "number")
    journal.factors.set_value(a.id, D1, 8000)
    with pytest.raises(InvalidInput, match="already track"):
        journal.factors.update(Factor(a.id, "sleep", "number"))
    with pytest.raises(InvalidInput, match="do not fit"):
        journal.factors.update(Factor(a.id, "Steps", "scale"))
    assert journal.factors.by_name("Steps").kind == "number"


def test_json_round_trip_keeps_factors(tmp_path: Path, journal) -> None:
    sleep = journal.factors.ensure("Sleep", "number", "hours")
    old = journal.factors.ensure("Coffee", "yesno")
    journal.factors.set_value(sleep.id, D1, 6.5)
    journal.factors.set_value(old.id, D2, 1)
    journal.factors.archive(old.id)
    out = io.StringIO()
    dump(journal, out)
    doc = json.loads(out.getvalue())
    assert {f["name"] for f in doc["factors"]} == {"Sleep", "Coffee"}
    source = tmp_path / "export.json"
    source.write_text(out.getvalue())
    other = make_journal(tmp_path / "other.fettle", PASSPHRASE)
    try:
        importers.commit(importers.read_file(source, "fettle-json"), other)
        factors = {f.name: f for f in other.factors.list(include_archived=True)}
        assert factors["Sleep"].unit == "hours" and factors["Coffee"].archived
        assert other.factors.values(factors["Sleep"].id, D1, D2) == {D1: 6.5}
        assert other.factors.values(factors["Coffee"].id, D1, D2) == {D2: 1.0}
    finally:
        other.lock()


def test_import_rejects_bad_factor_value_and_changes_nothing(tmp_path: Path, journal) -> None:
    f = journal.factors.ensure("Alcohol", "yesno")
    journal.factors.set_value(f.id, D1, 1)
    out = io.StringIO()
    dump(journal, out)
    doc = json.loads(out.getvalue())
    doc["factors"][0]["values"][0]["value"] = 3
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(doc))
    with pytest.raises(ImportRejected, match="Daily factor 1.*yes or no"):
        importers.read_file(source, "fettle-json")


def test_cli_add_set_clear_list(jpath: Path) -> None:
    j = str(jpath)
    added = fettle(
        "factor",
        "add",
        "Sleep",
        "--kind",
        "number",
        "--unit",
        "hours",
        "--journal",
        j,
        passphrases=[PASSPHRASE],
    )
    assert added.returncode == 0, added.stderr
    fettle("factor", "add", "Alcohol", "--kind", "yesno", "--journal", j, passphrases=[PASSPHRASE])
    today = dt.date.today().isoformat()
    setting = fettle("factor", "set", "sleep", "7.5", "--journal", j, passphrases=[PASSPHRASE])
    assert setting.returncode == 0 and f"Sleep on {today}: 7.5 hours" in setting.stdout
    fettle(
        "factor",
        "set",
        "Alcohol",
        "no",
        "--date",
        "2026-03-10",
        "--journal",
        j,
        passphrases=[PASSPHRASE],
    )
    listed = fettle("factor", "--journal", j, passphrases=[PASSPHRASE])
    assert "Sleep (hours), number  today: 7.5 hours" in listed.stdout
    assert "Alcohol, yes/no" in listed.stdout
    cleared = fettle("factor", "clear", "Sleep", "--journal", j, passphrases=[PASSPHRASE])
    assert "not recorded" in cleared.stdout
    from app.journal.journal import Journal

    with Journal.open(jpath, PASSPHRASE) as journal:
        sleep = journal.factors.by_name("Sleep")
        alcohol = journal.factors.by_name("Alcohol")
        assert journal.factors.day_values(dt.date.today()) == {}
        assert journal.factors.day_values(D1) == {alcohol.id: 0.0}
        assert sleep is not None


def test_cli_bad_input_fails_cleanly(jpath: Path) -> None:
    j = str(jpath)
    fettle("factor", "add", "Alcohol", "--kind", "yesno", "--journal", j, passphrases=[PASSPHRASE])
    assert_clean_failure(
        fettle("factor", "set", "Alcohol", "maybe", "--journal", j, passphrases=[PASSPHRASE]),
        "yes or no",
    )
    assert_clean_failure(
        fettle("factor", "set", "Nope", "1", "--journal", j, passphrases=[PASSPHRASE]),
        "no daily factor",
    )
    assert_clean_failure(
        fettle("factor", "add", "Steps", "--journal", j, passphrases=[PASSPHRASE]), "--kind"
    )
