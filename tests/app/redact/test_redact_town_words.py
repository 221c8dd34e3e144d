"""Towns named by ordinary words in lower case, in the slots of moving and living
(places_slots.py); hard negatives: common nouns in the slot, months, countries, states,
medicine."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")


def places(text: str) -> list[str]:
    return [s.text for s in detect(text, GB) if s.type is SpanType.PLACE]


@pytest.mark.parametrize(
    "text,town",
    [
        ("moved to reading in the summer, still on sertraline", "reading"),
        ("im from bath originally but the gp here is better", "bath"),
        ("grew up in sale, now in stockport", "sale"),
        ("heading down to hope for the weekend with my inhaler", "hope"),
        ("we're in nelson now, its sunny and the MS is calmer", "nelson"),
        ("moving to bury next month, need a new rheumatologist", "bury"),
    ],
)
def test_town_by_its_slot(text: str, town: str) -> None:
    assert town in places(text), places(text)


@pytest.mark.parametrize(
    "text",
    [
        "moved to bed at 3pm with the migraine",
        "i live in hope the new drug works",
        "go to work tomorrow after my Humira",
        "moved to nights last month and my sugars are all over",
        "moved to england last year",
        "we moved to texas in june",
        "i'm in pain now, took my oxycodone",
        "moved to reading glasses finally",
        "came home from hospital yesterday",
        "we're in limbo now waiting for Keytruda",
    ],
)
def test_not_a_town(text: str) -> None:
    assert places(text) == []
