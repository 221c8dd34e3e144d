"""An ordinary word deciding a claim on the writer is a firm (``orgs_ordinary``)."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector
from tests.support.redact_posts import detector as shared_detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()  # one lexicon load for every redaction test module


def _types(detector: Detector, text: str, word: str) -> list[str]:
    at = text.index(word)
    spans = detector.detect(text, EMPTY_PROFILE)
    return [s.type.name for s in spans if s.start <= at and at + len(word) <= s.end]


@pytest.mark.parametrize(
    ("text", "word"),
    [("Horizon denied it twice.", "Horizon"), ("Momentum declined my claim.", "Momentum")],
)
def test_a_claims_outcome_done_to_the_writer_names_the_firm(
    detector: Detector, text: str, word: str
) -> None:
    assert _types(detector, text, word) == ["EMPLOYER"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Everyone approved it.", "Everyone"),
        ("Physio approved me for the pool.", "Physio"),
        ("Methotrexate denied me my hair.", "Methotrexate"),
    ],
)
def test_kinds_pronouns_and_medicine_deciding_stay(
    detector: Detector, text: str, word: str
) -> None:
    assert _types(detector, text, word) == []
