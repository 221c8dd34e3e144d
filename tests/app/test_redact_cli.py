"""``run_detect``: predictions in the shared evaluation format, and clear errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.redact import DetectInputError
from app.redact.detect_cli import run_detect


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_writes_one_prediction_per_record_from_a_file_outside_the_repo(tmp_path: Path) -> None:
    record = {"id": "r1", "entry_date": "2024-03-01", "text": "Dr Okafor rang 07700 900123.",
              "profile": {"self": [], "people": ["Sarah Okafor"], "places": [],
                          "employers": [], "other": [], "region": "GB"}}
    path = _write(tmp_path / "in.jsonl", [json.dumps(record), "", json.dumps({**record,
                                                                               "id": 2})])
    out = io.StringIO()
    assert run_detect(path, out) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["r1", 2]
    spans = rows[0]["spans"]
    assert {record["text"][s["start"]:s["end"]] for s in spans} == {"Okafor", "07700 900123"}
    assert {s["type"] for s in spans} == {"NAME", "PHONE"}


@pytest.mark.parametrize(("line", "reason"), [
    ("{not json", "not valid JSON"),
    ('["a"]', "expected a JSON object"),
    ('{"text": "x"}', 'missing "id"'),
    ('{"id": 1, "text": 5}', '"text" must be a string'),
    ('{"id": 1, "text": "x", "entry_date": "yesterday"}', "entry_date"),
])
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
