"""Date phrases are one span; German day-month dates are dates, not ages."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")
DE = PrivacyProfile(region="DE")


def dates(text: str, profile: PrivacyProfile = GB) -> list[str]:
    return [s.text for s in detect(text, profile) if s.type is SpanType.DATE]


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("Clinic is in the third week of June, then home.", "the third week of June"),
        ("Bloods again the weekend of the 21st.", "the weekend of the 21st"),
        ("Op is a week before Christmas this year.", "a week before Christmas this year"),
        ("Scan was 2 days after Easter Monday.", "2 days after Easter Monday"),
        (
            "My scan was the Thursday after the May bank holiday.",
            "the Thursday after the May bank holiday",
        ),
        ("I flared early last autumn, badly.", "early last autumn"),
        ("It started 3 days after my birthday.", "3 days after my birthday"),
        ("Appt the first Monday of next month, fasting.", "the first Monday of next month"),
        ("Stopped at the end of last year.", "the end of last year"),
        ("Clinic is the second week of March.", "the second week of March"),
    ],
)
def test_a_date_phrase_is_one_span(text: str, phrase: str) -> None:
    assert phrase in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have had it for the last week of pain.",
        "Every Monday I swim, and the week after was fine.",
        "I may go the week of my life, a few days after the op.",
    ],
)
def test_weekdays_and_durations_are_not_date_phrases(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    "text,date",
    [
        ("Am 20. April war der erste Termin.", "20. April"),
        ("Kontrolle ist am 3. November um 8 Uhr.", "3. November"),
        ("Seit Anfang März nehme ich Tabletten.", "Anfang März"),
        ("Die Infusion ist Mitte Juni.", "Mitte Juni"),
    ],
)
def test_german_day_month_is_a_date_not_an_age(text: str, date: str) -> None:
    spans = detect(text, DE)
    assert date in [s.text for s in spans if s.type is SpanType.DATE]
    assert not [s for s in spans if s.type is SpanType.AGE]


def test_a_weekday_week_is_a_date_but_a_treatment_week_is_not() -> None:
    assert dates("Mam is 68 on Sunday week, party at ours.") == ["Sunday week"]
    assert dates("Monday week 3 of chemo, Tuesday, week 2.") == []
