"""A baby's age with its unit, ages glued to a unit, halves and German number words are
ages; durations, waiting times, gestation and doses are not."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector

_DETECTOR = Detector()


def ages(text: str) -> list[str]:
    return [s.text for s in _DETECTOR.detect(text, EMPTY_PROFILE) if s.type.name == "AGE"]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("my son is only 7 months and has a hole in his heart", "7 months"),
        ("Freya is 10 weeks old and feeding badly.", "10 weeks"),
        ("The VSD was repaired at 4 months, thank god.", "4 months"),
        ("48f here, long time lurker", "48"),
        ("Zain, 7yrs, was diagnosed on Friday.", "7"),
        ("she's three and a half and hates the nebuliser", "three and a half"),
        ("Opa ist jetzt achtzig und hat Parkinson.", "achtzig"),
        ("Er wurde einundneunzig im Heim.", "einundneunzig"),
    ],
)
def test_age_found(text: str, age: str) -> None:
    assert age in ages(text)


@pytest.mark.parametrize(
    "text",
    [
        "The waiting list is 18 months at the moment.",
        "Born at 26 weeks, 1 lb 14 oz.",
        "Review at 6 weeks post-op, scan booked at 3 months.",
        "It was 3 months before I could walk again.",
        "He's been 6 months sober and was 2 weeks in hospital.",
        "took 2 and a half tablets; it's 2 and a half hours away",
        "Der Termin war mit fünfzig Leuten voll.",
        "Methotrexate 15 mg weekly, CRP 22, ESR 38.",
    ],
)
def test_not_an_age(text: str) -> None:
    assert ages(text) == []
