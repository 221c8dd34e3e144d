"""Ages a writer gives of themselves or a relative in shapes the nets missed: "a 34f",
"I am 41f", "Dad (COPD, 81)"; and numbers that only look joined to a reading (a full
stop that ends a sentence, a quote's ">"). Hard negatives both ways."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact.engine import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def ages(detector: Detector, text: str) -> list[str]:
    return [s.text for s in detector.detect(text, PrivacyProfile()) if s.type == "AGE"]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I'm a 34f with POTS", "34f"),
        ("as a 29m here, newly diagnosed", "29m"),
        ("I am 41f.", "41f"),
        ("Dad (COPD, 81) came along.", "81"),
        ("my mum (dementia, 88) lives with us", "88"),
        ("Dx in 2019. 34 and still no answers.", "34"),
        ("> 34 and newly diagnosed, any tips?", "34"),
    ],
)
def test_ages_said_in_passing(detector: Detector, text: str, age: str) -> None:
    assert age in ages(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Did a 20m walk today.",
        "We did a 10m with the physio",
        "I am 12m post-op now.",
        "Ferritin (fasting, 48) was low.",
        "ferritin 4-6 all year",
        "bp 140/90 again",
        "now ≥75 on the scale",
        "HbA1c 6.5 this time",
    ],
)
def test_readings_and_lengths_stay(detector: Detector, text: str) -> None:
    assert ages(detector, text) == []
