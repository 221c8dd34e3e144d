"""Readings are medicine: a number that a test, a vital sign or a score gives is never
an age, a date or an ID, in any case and through the words people put between; and an
age, a date or a year near a reading's name stays what it is."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import detect
from app.redact.medical import medical_number_ranges
from app.redact.medical_readings import reading_ranges
from app.redact.spans import SpanType

_NUMERIC = (SpanType.AGE, SpanType.DATE, SpanType.ID, SpanType.PHONE)


def _numeric(text: str) -> list[str]:
    return [s.text for s in detect(text, EMPTY_PROFILE) if s.type in _NUMERIC]


@pytest.mark.parametrize(
    "text",
    [
        "ferritin was 9 last week and b12 came back at 180",
        "my tsh is 4.8 and free t3 3.1, t4 still 12",
        "egfr down to 52, creatinine 110, alt 45 ast 38 ggt 60",
        "platelets 98, wbc 3.1, neuts 1.2, hb 102",
        "Potassium 3.2 SODIUM 131 magnesium 0.6",
        "amh 1.2, fsh 11, lh 6 and psa 6.4, ca-125 is 41",
        "temp 38.5 and rr 24",
        "spo2 was 91 on air, o2 88 when walking",
        "blood pressure has been running at 150 over 95",
        "temperature hit 39 last night",
        "my ferritin, which was 9, is now 40",
        "kidney function at 38",
        "ketones were 3 so I went to A&E",
        "his oxygen was at 89",
        "my hb was only 8",
        "ferritin went from 8 to 230 after the infusion",
        "EDSS went up from 3 to 4.5",
        "ahi 34 on the sleep study",
        "Mein Labor hat einen AHI von 34 gemessen.",
        "phq-9 was 18 and gad-7 is 15",
        "only 3 spoons today and pain score still 7",
        "4/10 pain is good enough to do the stairs",
        "honestly a 7/10 day",
        "Hb dropped again - 84 this time",
        "pulse ox said 91",
        "the neurologist scored me 6 on the edss",
        "sugars r 14 again",
        "sats were mid 80s",
        "CRP's 80 and hr @ 120",
    ],
)
def test_a_reading_is_never_an_age_date_or_id(text: str) -> None:
    assert _numeric(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my son is 9 and his ferritin was 12", "9"),
        ("diagnosed with MS at 34", "34"),
        ("I was 19 when the pain started", "19"),
        ("started having pain at 16, nobody listened", "16"),
        ("HbA1c from 12/03/2024 was 48", "12/03/2024"),
        ("she turns 40 on my birthday, ferritin still 9", "40"),
    ],
)
def test_an_age_or_a_date_near_a_reading_stays(text: str, kept: str) -> None:
    assert kept in _numeric(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("my hb was only 8", "hb was only 8"),
        ("bp 140/90 and my son is 9", "bp 140/90"),
        ("CRP came back at 45", "CRP came back at 45"),
        ("pain was at 7 by lunch", "pain was at 7"),
    ],
)
def test_the_reading_range_is_the_name_to_the_number(text: str, reading: str) -> None:
    assert reading in [text[a:b] for a, b in reading_ranges(text)]


@pytest.mark.parametrize(
    "text",
    [
        "pain in 2019 was the worst",
        "weight of 60 years of worry",
        "pain at 16",
        "ferritin 9 and my son is 12",
    ],
)
def test_no_year_age_or_later_number_is_a_reading(text: str) -> None:
    ranges = [text[a:b] for a, b in reading_ranges(text)]
    for number in ("2019", "60", "16", "12"):
        assert not any(number in r for r in ranges), (text, ranges)


def test_the_helper_gives_each_range_once() -> None:
    text = "BP 130/85 and 15mg"
    assert sorted(text[a:b] for a, b in medical_number_ranges(text)) == ["15mg", "BP 130/85"]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("on creon, 4 with meals and 2 with snacks", None),
        ("he had the op at 67", "67"),
        ("diagnosed at 34 after an mri", "34"),
    ],
)
def test_counts_and_times_beside_care_are_no_ages(text: str, age: str | None) -> None:
    ages = [s.text for s in detect(text, EMPTY_PROFILE) if s.type is SpanType.AGE]
    assert ages == ([age] if age else [])
