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


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("ferritin 12 and Mum 60", "60"),
        ("BP 140/90 and Dad 81, stubborn as ever.", "81"),
        ("TSH 4.5 and me only 29, feel ancient.", "29"),
        ("ferritin 9, Tom 12 and Amy 6", "12"),
        ("Nana was 88 once", "88"),
        ("Leo is 9 home from school with flu", "9"),
        ("Addison is 6 and loves dinosaurs.", "6"),
        ("Graves was 80 when he died.", "80"),
        ("my husband is only 34", "34"),
    ],
)
def test_a_reading_nearby_does_not_take_a_persons_age(
    detector: Detector, text: str, age: str
) -> None:
    """Review finding: the reading veto took ages after a test's number, before a
    schedule word or a word the lexicon calls medical, and after eponym names."""
    assert age in ages(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mood was 3 today",
        "Sertraline is 50 now",
        "Ferritin is 9 again",
        "senna 2 at night",
        "2 Paracetamol and bed",
        "HR 110 before meds, now 72",
        "TSH was 4.5 and T4 12",
    ],
)
def test_readings_stay_readings(detector: Detector, text: str) -> None:
    assert ages(detector, text) == []


@pytest.mark.parametrize("name", ["Tanvir", "Manvir", "Kulvir", "Sukhvir"])
def test_vir_names_are_people(detector: Detector, name: str) -> None:
    spans = detector.detect(f"Had a long chat with {name} about the flare.", PrivacyProfile())
    assert name in [s.text for s in spans]


def test_a_birth_date_before_is_no_reading(detector: Detector) -> None:
    assert "36" in ages(detector, "Born 12/03/1990, so 36 next week, yay methotrexate.")
