"""Breaks and possessive holidays that say when, and a date narrowed twice ("the day
before my scan on the 3rd") as one span; scores and plain words stay readable."""

from __future__ import annotations

from datetime import date

import pytest

from app.profile import PrivacyProfile
from app.redact.date_holiday_names import holiday_month
from app.redact.engine import Detector
from app.redact.spans import SpanType

_DETECTOR = Detector()


def _dates(text: str) -> list[str]:
    spans = _DETECTOR.detect(text, PrivacyProfile(), entry_date=date(2025, 2, 10))
    return [s.text for s in spans if s.type is SpanType.DATE]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("we're away over the bank holiday so no bloods.", "the bank holiday"),
        ("infusion the Wednesday after the bank holiday.", "the Wednesday after the bank holiday"),
        ("the kids are off for half-term so clinic moved.", "half-term"),
        ("since the bank holiday weekend she's been off her food.", "the bank holiday weekend"),
        ("Scope is on Paddy's weekend of all days.", "Paddy's weekend"),
        ("happy paddy's day everyone", "paddy's day"),
        ("spent mother's day in a&e again", "mother's day"),
        (
            "the day before my scan on the 3rd I could not sleep",
            "the day before my scan on the 3rd",
        ),
        ("seen in March on the 3rd", "March on the 3rd"),
        ("op was booked for the tail end of January", "the tail end of January"),
        ("Next echo around the Day of Reconciliation.", "the Day of Reconciliation"),
    ],
)
def test_date_found_whole(text: str, want: str) -> None:
    assert want in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "the bank holiday opening hours are on the door",
        "a half term report from school",
        "Physio says 4/10 pain is good enough",
        "my bank rang about the holiday money",
        "Monday was a bad day",
        "last Friday I fell",
    ],
)
def test_not_a_date(text: str) -> None:
    assert _dates(text) == []


def test_possessive_weekend_keeps_its_month() -> None:
    assert holiday_month("Paddy's weekend") == 3
    assert holiday_month("Valentine's night") == 2
