"""Wash-in days ("Time to work", ``treatments.washin_days``) leave in the CSV and JSON
exports and come back through the Fettle JSON import; a bad value is refused in plain
words with nothing written. (The generic CSV importer reads entries only, not
treatments, so it has nothing to bring back.)"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app import importers
from app.errors import ImportRejected
from app.exporters.csv import export_csv
from app.exporters.json import dump
from app.journal.journal import Journal
from app.models import Treatment
from tests.support.journals import make_journal


@pytest.fixture
def treated(tmp_path: Path) -> Journal:
    journal = make_journal(tmp_path / "w.fettle")
    journal.catalog.save_treatment(
        Treatment("Methotrexate", dose_amount=15, dose_unit="mg", schedule="weekly", washin_days=84)
    )
    journal.catalog.save_treatment(Treatment("Ibuprofen"))  # the default: None (14)
    journal.catalog.save_treatment(Treatment('=HYPERLINK("x")', washin_days=0))
    yield journal
    journal.lock()


def csv_rows(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / f"{name}.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_csv_export_has_washin_days_and_keeps_formula_escaping(
    treated: Journal, tmp_path: Path
) -> None:
    export_csv(treated, tmp_path / "out")
    rows = {r["washin_days"]: r["name"] for r in csv_rows(tmp_path / "out", "treatments")}
    assert rows == {"84": "Methotrexate", "": "Ibuprofen", "0": '\'=HYPERLINK("x")'}
    raw = (tmp_path / "out" / "treatments.csv").read_text(encoding="utf-8")
    assert raw.splitlines()[0].endswith('"notes","washin_days"')  # every cell quoted


def test_json_export_and_import_bring_washin_days_back(treated: Journal, tmp_path: Path) -> None:
    out = io.StringIO()
    dump(treated, out)
    doc = json.loads(out.getvalue())
    assert {t["name"]: t["washin_days"] for t in doc["treatments"]} == {
        "Methotrexate": 84,
        "Ibuprofen": None,
        '=HYPERLINK("x")': 0,
    }
    fresh = make_journal(tmp_path / "fresh.fettle")
    try:
        importers.commit(importers.parse_text(out.getvalue(), "fettle-json"), fresh)
        back = {t.name: t.washin_days for t in fresh.catalog.treatments()}
        assert back == {"Methotrexate": 84, "Ibuprofen": None, '=HYPERLINK("x")': 0}
    finally:
        fresh.lock()


def test_an_older_export_without_washin_days_imports_with_the_default(
    treated: Journal, tmp_path: Path
) -> None:
    out = io.StringIO()
    dump(treated, out)
    doc = json.loads(out.getvalue())
    for t in doc["treatments"]:
        del t["washin_days"]
    fresh = make_journal(tmp_path / "old.fettle")
    try:
        importers.commit(importers.parse_text(json.dumps(doc), "fettle-json"), fresh)
        assert {t.washin_days for t in fresh.catalog.treatments()} == {None}
    finally:
        fresh.lock()


@pytest.mark.parametrize("bad", [-1, 366, "12", 2.5, True])
def test_a_bad_washin_is_refused_in_words_and_nothing_is_written(
    treated: Journal, tmp_path: Path, bad
) -> None:
    out = io.StringIO()
    dump(treated, out)
    doc = json.loads(out.getvalue())
    doc["treatments"][0]["washin_days"] = bad
    fresh = make_journal(tmp_path / "bad.fettle")
    try:
        with pytest.raises(ImportRejected) as caught:
            importers.commit(importers.parse_text(json.dumps(doc), "fettle-json"), fresh)
        message = caught.value.user_message
        assert message.startswith("Treatment 1:") and "days it takes to work" in message
        assert message.endswith("Nothing was imported.")
        assert fresh.catalog.treatments() == []
    finally:
        fresh.lock()
