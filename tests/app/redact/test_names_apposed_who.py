"""A name, a comma and who the person is; a session with someone (``names_apposed``)."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector
from tests.support.redact_posts import detector as shared_detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()  # one lexicon load for every redaction test module


def _names(detector: Detector, text: str) -> list[str]:
    return [s.text for s in detector.detect(text, EMPTY_PROFILE) if s.type.name == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sbu, the rheumatologist at the Gen, changed my dose.", "Sbu"),
        ("Ruth, my sponsor, rang last night.", "Ruth"),
        ("Hope, my sister, came round.", "Hope"),
        ("Physio with Ruan every day.", "Ruan"),
    ],
)
def test_who_after_a_comma_and_a_session_with_name_the_person(
    detector: Detector, text: str, name: str
) -> None:
    assert name in _names(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday, the nurse was kind.",
        "Anyway, my mum rang.",
        "Honestly, the surgeon was great.",
        "Humira, my new drug, is working.",
        "Leeds, the hospital I mean, was full.",
    ],
)
def test_openers_medicine_and_places_before_the_comma_are_no_name(
    detector: Detector, text: str
) -> None:
    assert _names(detector, text) == []
