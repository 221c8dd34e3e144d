"""CSV and Markdown exports: what a spreadsheet or a notes app would read back, with
formula injection neutralised, file names that say nothing and private permissions."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest

from app.errors import JournalExists
from app.exporters.csv import escape_cell, export_csv
from app.exporters.markdown import export_markdown, file_name
from app.journal.journal import Journal
from app.models import Entry, SymptomReading
from tests.app.cli.test_cli import fettle
from tests.support.journals import PASSPHRASE, make_journal


@pytest.mark.parametrize(
    "cell, shown",
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        (5, 5),
        (-5, -5),
        (None, None),
        # a spreadsheet splitting on ; or tab sees every segment as a cell of its own
        ("x;=1+1;", "x;'=1+1;"),
        ("ok;-2 days", "ok;'-2 days"),
        ("a\t@SUM(A1)", "a\t'@SUM(A1)"),
        ("\t=1", "'\t'=1"),
        ("a;\r=1", "a;'\r=1"),
        ("dose; 5mg", "dose; 5mg"),
    ],
)
def test_formula_cells_are_escaped(cell, shown) -> None:
    assert escape_cell(cell) == shown


def test_csv_export_one_file_per_table(filled: Journal, tmp_path: Path) -> None:
    filled.entries.add(
        Entry("note", dt.date(2026, 5, 1), "=cmd|' /C calc'!A0", "-1 day, @home", tags=["x"])
    )
    out = tmp_path / "csv"
    written = export_csv(filled, out)
    assert {"entries.csv", "symptom_ratings.csv", "treatments.csv", "conditions.csv"} <= set(
        written
    )
    assert oct(out.stat().st_mode & 0o777) == "0o700"
    for f in out.iterdir():
        assert oct(f.stat().st_mode & 0o777) == "0o600", f.name
    with open(out / "entries.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == filled.entries.count() == written["entries.csv"]
    evil = next(r for r in rows if "calc" in r["title"])
    assert evil["title"] == "'=cmd|' /C calc'!A0" and evil["body"] == "'-1 day, @home"
    with open(out / "symptom_ratings.csv", newline="", encoding="utf-8") as fh:
        ratings = list(csv.DictReader(fh))
    assert {"date": "2026-03-02", "symptom": "Headache", "severity": "7"}.items() <= ratings[
        0
    ].items()  # rows in date order: 2 Mar is the first rated entry
    for row in rows:  # no text cell anywhere starts a formula
        assert not any(str(v).startswith(("=", "+", "-", "@")) for v in row.values())


def test_csv_cells_are_all_quoted_and_no_segment_starts_a_formula(
    journal: Journal, tmp_path: Path
) -> None:
    """Read the file as a spreadsheet set to split on ; or tab would: no cell may start a
    formula, and every cell is quoted so that one honouring quotes splits nothing."""
    for title in ("x;=1+1;", "y\t+SUM(A1)", "z;@cmd", "plain"):
        journal.entries.add(Entry("note", dt.date(2026, 5, 1), title, "a;-1;b"))
    export_csv(journal, tmp_path / "csv")
    lines = (tmp_path / "csv" / "entries.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and lines[0].startswith('"id","kind","date"')
    for line in lines:
        assert re.fullmatch(r'"[^"]*"(,"[^"]*")*', line), line  # every cell quoted
        for segment in re.split(r"[;\t]", line):
            assert not segment.lstrip('"').startswith(("=", "+", "-", "@", "\r")), line
    with open(tmp_path / "csv" / "entries.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["title"] for r in rows] == ["x;'=1+1;", "y\t'+SUM(A1)", "z;'@cmd", "plain"]
    assert rows[0]["id"] == "1" and rows[0]["body"] == "a;'-1;b"


def test_csv_export_never_overwrites_without_force(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    out.mkdir()
    (out / "entries.csv").write_text("mine")
    with pytest.raises(JournalExists):
        export_csv(journal, out)
    assert (out / "entries.csv").read_text() == "mine"
    export_csv(journal, out, force=True)
    assert (out / "entries.csv").read_text().startswith('"id","kind","date"')


def _front_matter(text: str) -> tuple[dict, str]:
    """A small reader for the subset of YAML the export writes (JSON-quoted values)."""
    assert text.startswith("---\n")
    head, _, body = text[4:].partition("\n---\n")
    data: dict = {}
    for line in head.splitlines():
        if line.startswith(" ") or line.endswith(":"):
            continue
        key, _, value = line.partition(": ")
        data[key] = json.loads(value) if value[:1] in '"[' or value.isdigit() else value
    return data, body


def test_markdown_one_file_per_entry_with_front_matter(filled: Journal, tmp_path: Path) -> None:
    head = filled.catalog.symptom_by_name("Headache")
    tricky = filled.entries.add(
        Entry(
            "symptom",
            dt.date(2026, 6, 1),
            '../../etc/passwd: "quoted"\n---\nkind: evil',
            "Body with ---\nand # heading",
            dt.time(9, 5),
            ["a-tag"],
            [SymptomReading(head.id, 9, 30, "bright: light")],
        )
    )
    out = tmp_path / "md"
    assert export_markdown(filled, out) == filled.entries.count()
    files = sorted(out.iterdir())
    assert len(files) == filled.entries.count()
    for f in files:
        assert f.parent == out and f.suffix == ".md" and not f.name.startswith(".")
        assert oct(f.stat().st_mode & 0o777) == "0o600"
    path = next(f for f in files if f.name.endswith(f"-{tricky}.md"))
    assert path.name == f"2026-06-01-0905-{tricky}.md" == file_name(filled.entries.get(tricky))
    for f in files:  # a listing of the folder shows when, never what
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(-\d{4})?-\d+\.md", f.name), f.name
    meta, body = _front_matter(path.read_text(encoding="utf-8"))
    assert meta["title"] == '../../etc/passwd: "quoted"\n---\nkind: evil'
    assert meta["kind"] == "symptom" and meta["time"] == "09:05" and meta["tags"] == ["a-tag"]
    assert "Body with ---\nand # heading" in body


def test_cli_exports_say_they_are_not_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as j:
        j.entries.add(Entry("note", dt.date(2026, 1, 1), "hello"))
    for flag in ("--csv", "--markdown"):
        proc = fettle(
            "export",
            flag,
            str(tmp_path / flag.strip("-")),
            "--journal",
            str(path),
            passphrases=[PASSPHRASE],
        )
        assert proc.returncode == 0, proc.stderr
        assert "NOT encrypted" in proc.stderr and "fettle backup" in proc.stderr
    proc = fettle(
        "export",
        "--json",
        "-o",
        str(tmp_path / "x.json"),
        "--journal",
        str(path),
        passphrases=[PASSPHRASE],
    )
    assert proc.returncode == 0 and "NOT encrypted" in proc.stderr
    assert "fettle backup" in proc.stderr
    assert os.stat(tmp_path / "x.json").st_mode & 0o077 == 0
