"""Numbers the words after them make a measure are no age (``numbers_measured``)."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector
from tests.support.redact_posts import detector as shared_detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()  # one lexicon load for every redaction test module


def _ages(detector: Detector, text: str) -> list[str]:
    return [s.text for s in detector.detect(text, EMPTY_PROFILE) if s.type.name == "AGE"]


@pytest.mark.parametrize(
    "text",
    [
        "I'm 11+5 and sick every day.",
        "We're 31+4 today with the twins.",
        "Fluid allowance 1 litre a day.",
        "Matched 3 of 6 antigens.",
        "capecitabine 14 days on 7 off.",
        "2 weeks on, 1 off.",
        "Born 6 lb 1 oz, 19 in long.",
    ],
)
def test_weeks_and_days_volumes_lengths_counts_and_schedules_are_no_age(
    detector: Detector, text: str
) -> None:
    assert _ages(detector, text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("My son is 7 and off school again.", "7"),
        ("I was 19 in London then.", "19"),
        ("She's 12 of course.", "12"),
        ("I'm 34 and pregnant.", "34"),
    ],
)
def test_ages_before_the_same_words_stay(detector: Detector, text: str, age: str) -> None:
    assert age in _ages(detector, text)
