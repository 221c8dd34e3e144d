"""Dates written without numbers: a season pinned by "last/this/next", a school break
after a word of time, a school year as a point in time. Their look-alikes stay words:
"the last summer I had with him", "we saw him in the summer hols", "she's in year 7",
"in year 2 of treatment", "I may march on"."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import detect
from app.redact.spans import SpanType


def _dates(text: str) -> list[str]:
    return [s.text for s in detect(text, EMPTY_PROFILE) if s.type is SpanType.DATE]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("I have been like this since last spring.", "last spring"),
        ("It was last winter that I got the diagnosis.", "last winter"),
        ("until next summer I'm on the waiting list.", "next summer"),
        ("we did it last summer.", "last summer"),
        ("since the school holidays it has been bad.", "the school holidays"),
        ("since last summer holidays it has been bad.", "last summer holidays"),
        ("Bullied since year 9 and then the anxiety came.", "year 9"),
        ("since the summer before last i have had no flares.", "the summer before last"),
        ("since feb i've been on pred.", "feb"),
        ("over xmas the flare was awful.", "xmas"),
        ("i've had it since labor day.", "labor day"),
        ("we did it memorial day weekend.", "memorial day weekend"),
        ("it was mlk day.", "mlk day"),
        ("it was spring break when it started.", "spring break"),
        ("since freshman year of college.", "freshman year of college"),
        ("since term 3 started the migraines are back", "term 3"),
        ("since melbourne cup day", "melbourne cup day"),
    ],
)
def test_a_date_without_numbers_is_found(text: str, date: str) -> None:
    assert date in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "the last summer I had with my dad",
        "We saw him in the summer hols.",
        "she's in year 7 now.",
        "in year 2 of treatment now.",
        "I may march on with the Humira.",
        "I love summer.",
        "Over the Christmas break I rested.",
        "labor day rates are high.",
        "the family day out was fun.",
        "born full term 3 weeks early",
    ],
)
def test_look_alikes_are_no_new_dates(text: str) -> None:
    assert not [d for d in _dates(text) if d.lower() not in {"christmas"}]
