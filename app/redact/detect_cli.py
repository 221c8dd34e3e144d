"""``fettle detect FILE.jsonl``: predictions in the shared evaluation format.

Reads records ``{"id", "text", "profile", "entry_date"}`` from any path and writes one
``{"id", "spans": [{"start", "end", "type"}]}`` line per record. A bad line raises
``DetectInputError`` with its line number, so the CLI can say what is wrong.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, TextIO

from app.profile import PrivacyProfile
from app.redact.engine import Detector
from app.redact.spans import DetectInputError


def _record(path: str, lineno: int, line: str) -> tuple[Any, str, PrivacyProfile, date | None]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DetectInputError(path, lineno, f"not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise DetectInputError(path, lineno, "expected a JSON object")
    if "id" not in data:
        raise DetectInputError(path, lineno, 'missing "id"')
    text = data.get("text")
    if not isinstance(text, str):
        raise DetectInputError(path, lineno, '"text" must be a string')
    raw_profile = data.get("profile") or {}
    if not isinstance(raw_profile, dict):
        raise DetectInputError(path, lineno, '"profile" must be an object')
    try:
        profile = PrivacyProfile.from_eval(raw_profile)
    except (TypeError, ValueError) as exc:
        raise DetectInputError(path, lineno, f"bad profile: {exc}") from None
    entry_date = None
    if data.get("entry_date"):
        try:
            entry_date = date.fromisoformat(str(data["entry_date"]))
        except ValueError:
            raise DetectInputError(path, lineno, '"entry_date" must be YYYY-MM-DD') from None
    return data["id"], text, profile, entry_date


def run_detect(in_path: str, out: TextIO, detector: Detector | None = None) -> int:
    """Write predictions for every record in ``in_path``; returns the record count.

    Raises ``DetectInputError`` for unreadable files or malformed lines.
    """
    detector = detector or Detector()
    count = 0
    try:
        fh = open(in_path, encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise DetectInputError(in_path, 0, f"cannot open file ({exc.strerror})") from None
    with fh:
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                rid, text, profile, entry_date = _record(in_path, lineno, line)
                spans = detector.detect(text, profile, entry_date=entry_date)
                out.write(json.dumps({"id": rid, "spans": [
                    {"start": s.start, "end": s.end, "type": str(s.type)} for s in spans]}) + "\n")
                count += 1
        except UnicodeDecodeError:
            raise DetectInputError(in_path, count + 1, "file is not UTF-8 text") from None
    return count
