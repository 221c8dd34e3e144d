"""The overlap index answers as the scan of every span it replaced did, on random
ranges and on every tuning set's detection (spans byte for byte the same)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.profile import PrivacyProfile
from app.redact import names_unknown, numbers_age
from app.redact.engine import Detector
from app.redact.overlap_index import OverlapIndex

DATA = Path(__file__).resolve().parents[1] / "data"
_RANGE = st.tuples(st.integers(0, 80), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


class _Scan:
    """The quadratic scan the index replaced, kept as the reference."""

    def __init__(self, ranges: object) -> None:
        self.ranges = list(ranges)  # type: ignore[call-overload]

    def overlaps(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.ranges)

    def contains(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.ranges)


@given(st.lists(_RANGE, max_size=15), st.lists(_RANGE, min_size=1, max_size=10))
def test_index_answers_as_the_scan(ranges: list[tuple[int, int]], asks: list) -> None:
    index, scan = OverlapIndex(ranges), _Scan(ranges)
    for start, end in asks:
        assert index.overlaps(start, end) == scan.overlaps(start, end)
        assert index.contains(start, end) == scan.contains(start, end)


def _spans(detector: Detector, records: list[dict]) -> list[list[tuple]]:
    out = []
    for r in records:
        profile = PrivacyProfile.from_eval(r.get("profile") or {})
        spans = detector.detect(r["text"], profile)
        out.append([(s.start, s.end, s.type, s.source, s.uncertain) for s in spans])
    return out


@pytest.mark.parametrize(
    "name", ["patient_voice_dev", "patient_voice_dev4", "patient_voice_dev9_h"]
)
def test_tuning_sets_unchanged(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = (DATA / f"{name}.jsonl").read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    detector = Detector()
    fast = _spans(detector, records)
    monkeypatch.setattr(names_unknown, "OverlapIndex", _Scan)
    monkeypatch.setattr(numbers_age, "OverlapIndex", _Scan)
    assert _spans(detector, records) == fast
