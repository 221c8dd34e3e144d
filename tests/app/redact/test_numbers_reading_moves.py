"""A reading's name further back, past the words of how it moves and when
(``numbers_age_before``): the number is its value, no age."""

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
        "eGFR slid from 38 in 2019 to 11 by Jan.",
        "FIQR aktuell 61.",
        "Her heart rate at night was 41.",
        "bile acids 42 last week.",
        "mRSS 14. On mycophenolate.",
        "Das Renin lag bei 48.",
        "Sodium 129 and potassium 5.8.",
    ],
)
def test_a_readings_value_is_no_age(detector: Detector, text: str) -> None:
    assert _ages(detector, text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Diagnosed at 47 with MS.", "47"),
        ("endo at 24, married at 22", "24"),
        ("Perimenopause at 44, HRT since.", "44"),
        ("My son is now 14.", "14"),
    ],
)
def test_a_condition_at_a_number_stays_an_age(detector: Detector, text: str, age: str) -> None:
    assert age in _ages(detector, text)


@pytest.mark.parametrize(
    "text",
    ["Tumour has shrunk from 34 mm.", "Hypos overnight are less now.", "Stents went in fine."],
)
def test_a_common_medical_noun_opening_a_sentence_is_no_speaker(
    detector: Detector, text: str
) -> None:
    word = text.split()[0]
    assert all(s.text != word for s in detector.detect(text, EMPTY_PROFILE))


def test_a_name_opening_a_sentence_still_speaks(detector: Detector) -> None:
    assert "Priya" in [s.text for s in detector.detect("Priya said hi.", EMPTY_PROFILE)]
