"""A Snellen fraction after a word of sight is an eye test ("vision 6/9"), not a date;
the same fraction after a word of time is a date ("appointment on 6/9")."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _dates(detector: Detector, text: str) -> list[str]:
    return [s.text for s in detector.detect(text, EMPTY_PROFILE) if s.type.value == "DATE"]


@pytest.mark.parametrize(
    "text",
    ["Vision 6/9 in left eye.", "My right eye was 6/12 at the optician.", "Acuity 20/40 now."],
)
def test_eye_tests_are_kept(detector: Detector, text: str) -> None:
    assert _dates(detector, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Appointment on 6/9 at the eye clinic.",
        "Next review 6/12 with the rheumatologist.",
        "Glasses since 6/12 last year.",
    ],
)
def test_dates_beside_eyes_are_caught(detector: Detector, text: str) -> None:
    assert _dates(detector, text) != []
