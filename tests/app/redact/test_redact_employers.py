"""Employers and schools named without a capitalised organisation word."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")
_WORDISH = (SpanType.EMPLOYER, SpanType.PLACE, SpanType.NAME)


def found(text: str) -> list[str]:
    return [s.text for s in detect(text, GB) if s.type in _WORDISH]


@pytest.mark.parametrize(
    "text,employer",
    [
        ("had to go home from work (primark lol) again", "primark"),
        ("Work (Calderdale Council) have been kind.", "Calderdale Council"),
        ("Mein Arbeitgeber (Bosch) ist okay mit Homeoffice.", "Bosch"),
        ("Ich arbeite seit Jahren bei Lufthansa, Schichtdienst.", "Lufthansa"),
        ("I'm a receptionist at Hollybank Vets and they've been fine.", "Hollybank Vets"),
        ("my dad retired from British Steel in 2010", "British Steel"),
        ("been doing shifts at vodacom all week", "vodacom"),
        ("The school (Hillcrest North) sends work home.", "Hillcrest North"),
        ("she started year 7 at Ashworth High in September", "Ashworth High"),
        ("He teaches at Riverside Elementary.", "Riverside Elementary"),
        ("a porter at Barnsley Health for ten years", "Barnsley Health"),
    ],
)
def test_employers(text: str, employer: str) -> None:
    assert any(employer in f for f in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I work at home most days now.",
        "The Mental Health team rang about Public Health advice.",
        "I work for the council and I love it.",
        "was cultured on the night shift for temp spikes",
        "Work (again) was a nightmare.",
        "I work at night so the Humira pen is in the fridge.",
    ],
)
def test_not_employers(text: str) -> None:
    assert [s for s in detect(text, GB) if s.type is SpanType.EMPLOYER] == []
