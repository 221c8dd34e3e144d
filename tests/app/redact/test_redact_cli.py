"""``run_detect``: predictions in the shared evaluation format, clear errors, and the
default post of ``fettle detect --posts``."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from app.models import Entry
from app.profile import PrivacyProfile
from app.redact import DetectInputError
from app.redact.detect_cli import run_detect
from tests.app.cli.test_cli import fettle
from tests.support.journals import PASSPHRASE, make_journal


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_writes_one_prediction_per_record_from_a_file_outside_the_repo(tmp_path: Path) -> None:
    record = {
        "id": "r1",
        "entry_date": "2024-03-01",
        "text": "Dr Okafor rang 07700 900123.",
        "profile": {
            "self": [],
            "people": ["Sarah Okafor"],
            "places": [],
            "employers": [],
            "other": [],
            "region": "GB",
        },
    }
    path = _write(tmp_path / "in.jsonl", [json.dumps(record), "", json.dumps({**record, "id": 2})])
    out = io.StringIO()
    assert run_detect(path, out) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["r1", 2]
    spans = rows[0]["spans"]
    assert {record["text"][s["start"] : s["end"]] for s in spans} == {"Okafor", "07700 900123"}
    assert {s["type"] for s in spans} == {"NAME", "PHONE"}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ('["a"]', "expected a JSON object"),
        ('{"text": "x"}', 'missing "id"'),
        ('{"id": 1, "text": 5}', '"text" must be a string'),
        ('{"id": 1, "text": "x", "entry_date": "yesterday"}', "entry_date"),
    ],
)
def test_malformed_line_names_its_line(tmp_path: Path, line: str, reason: str) -> None:
    good = json.dumps({"id": 0, "text": "fine"})
    path = _write(tmp_path / "bad.jsonl", [good, line])
    with pytest.raises(DetectInputError) as err:
        run_detect(path, io.StringIO())
    assert err.value.line == 2
    assert reason in str(err.value) and "line 2" in str(err.value)


def test_missing_file_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(DetectInputError, match="cannot open"):
        run_detect(str(tmp_path / "nope.jsonl"), io.StringIO())


# -- fettle detect --posts: the post that leaves, measured --------------------------

RECORD = {
    "id": "p1",
    "entry_date": "2024-03-01",
    "text": "Sarah Okafor drove me to Harrogate. Rang 07700 900123 about the Humira.",
    "profile": {
        "self": [],
        "people": ["Sarah Okafor"],
        "places": ["Harrogate"],
        "employers": [],
        "other": [],
        "region": "GB",
    },
}


def test_posts_are_exactly_what_fettle_share_prints(tmp_path: Path) -> None:
    """Same text, profile and day in a real journal: ``fettle share`` prints the very
    post ``--posts`` writes, so measuring one measures the other."""
    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        journal.profile.set(PrivacyProfile.from_eval(RECORD["profile"]))
        entry_id = journal.entries.add(Entry("note", dt.date(2024, 3, 1), "", RECORD["text"]))
    printed = fettle("share", str(entry_id), "--journal", str(path), passphrases=[PASSPHRASE])
    assert printed.returncode == 0, printed.stderr
    out = io.StringIO()
    run_detect(_write(tmp_path / "in.jsonl", [json.dumps(RECORD)]), out, posts=True)
    row = json.loads(out.getvalue())
    assert printed.stdout == row["post"].rstrip("\n") + "\n"
    for secret in ("Sarah", "Okafor", "Harrogate", "07700"):
        assert secret not in row["post"]
    assert "Humira" in row["post"]


def test_post_spans_are_in_the_records_own_offsets(tmp_path: Path) -> None:
    """The entry is stripped and put under a title and a date heading; the spans still
    point into the record's text, leading blank lines and all."""
    record = {**RECORD, "text": "\n  " + RECORD["text"] + "\n"}
    out = io.StringIO()
    run_detect(_write(tmp_path / "in.jsonl", [json.dumps(record)]), out, posts=True)
    row = json.loads(out.getvalue())
    found = {record["text"][s["start"] : s["end"]]: s["type"] for s in row["spans"]}
    assert found["Harrogate"] == "PLACE" and found["07700 900123"] == "PHONE"
    assert any("Okafor" in text for text in found)


def test_fettle_detect_posts_from_the_command_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "in.jsonl", [json.dumps(RECORD), json.dumps({**RECORD, "id": 2})])
    proc = fettle("detect", path, "--posts")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["p1", 2]
    assert all("Okafor" not in r["post"] and r["spans"] for r in rows)
    assert "2 records checked" in proc.stderr


# -- the benchmark's reading of a post ----------------------------------------------


def _post_leaks():  # type: ignore[no-untyped-def]
    """The benchmark's module, loaded by path (benchmarks are not a package)."""
    if "post_leaks" in sys.modules:
        return sys.modules["post_leaks"]
    spec = importlib.util.spec_from_file_location(
        "post_leaks", Path(__file__).resolve().parents[2] / "benchmarks" / "post_leaks.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["post_leaks"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _gold(text: str, marks: list[tuple[str, str]], medical: list[str]) -> dict:
    spans = []
    for value, kind in marks:
        start = text.index(value, spans[-1]["end"] if spans else 0)
        spans.append({"start": start, "end": start + len(value), "type": kind})
    return {
        "text": text,
        "entry_date": "2024-03-01",
        "spans": spans,
        "medical": [{"text": m} for m in medical],
    }


def test_leak_measure_counts_what_a_reader_can_still_read() -> None:
    figures = _post_leaks().PostFigures()
    record = _gold(
        "I'm 34, CRP 34. Priya came. Took Humira and Stelara.",
        [("34", "AGE"), ("Priya", "NAME")],
        ["Humira", "Stelara"],
    )
    # the age left as written (in the title made from the first sentence too), "CRP 34"
    # rightly kept, the name behind a zero-width space (still readable), Stelara lost
    figures.add(
        record,
        "I'm 34, CRP 34.\n\nDay 1\n\nI'm 34, CRP 34. Pri\u200bya came. Took Humira and [name].",
    )
    assert (figures.values, figures.readable_values) == (2, 2)
    assert figures.leaking_records == 1
    assert (figures.medical, figures.medical_kept) == (2, 1)
    assert dict(figures.lost_medical) == {"stelara": 1}


def test_leak_measure_does_not_count_benign_copies() -> None:
    figures = _post_leaks().PostFigures()
    record = _gold("I'm 34, CRP 34. Priya came.", [("34", "AGE"), ("Priya", "NAME")], [])
    figures.add(record, "I'm in my 30s, CRP 34.\n\nDay 1\n\nI'm in my 30s, CRP 34. My sister came.")
    assert figures.readable_values == 0 and figures.leaking_records == 0
    assert figures.medical_share is None


def test_leak_measure_leaves_the_date_heading_out() -> None:
    """The post's heading says "Day 1": a reading equal to the entry's day of the month
    is expected once, and a date leaked into the post is not excused by the heading."""
    figures = _post_leaks().PostFigures()
    record = _gold("Ferritin 1 again since 1 March.", [("1 March", "DATE")], ["1"])
    figures.add(record, "Ferritin 1 again.\n\nDay 1\n\nFerritin 1 again since 1 March.")
    assert (figures.medical, figures.medical_kept) == (2, 2)  # title and body, not heading
    assert figures.readable_values == 1  # "1 March" was in the heading only
