"""The number safety net: a bare small number is a possible age unless its context
makes it safe (a dose, a count, a score, a time, a strength, a range)."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import detect
from app.redact.spans import SpanType


def _ages(text: str) -> list[str]:
    return [s.text for s in detect(text, EMPTY_PROFILE) if s.type is SpanType.AGE]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Appa 81 yesterday, creatinine up again.", "81"),
        ("my kids are 12 and 15, haven't told them yet.", "15"),
        ("got PCOS at 19 and nobody listened.", "19"),
        ("Nana in porirua says come stay, she's eighty and still gardening.", "eighty"),
        ("it may close by itself by 2. her weight is fine", "2"),
        ("having Parkinson's from 65 age.", "65"),
        ("Bethan's 40th today and I was in clinic.", "40th"),
    ],
)
def test_a_bare_number_in_no_safe_context_is_an_uncertain_age(text: str, age: str) -> None:
    spans = [s for s in detect(text, EMPTY_PROFILE) if s.text == age]
    assert spans and spans[0].type is SpanType.AGE


def test_the_net_marks_its_ages_uncertain() -> None:
    (span,) = [s for s in detect("Appa 81 yesterday.", EMPTY_PROFILE) if s.text == "81"]
    assert span.uncertain


@pytest.mark.parametrize(
    "text",
    [
        "3 weeks into the methotrexate and I have 2 kids and 4 ops behind me.",
        "took 10 tablets, 2 puffs x2, every 4 hours",
        "pain 6 today, EDSS 3.5, HbA1c 48, PHQ-9 of 14, pain was 7/10",
        "my tremor score was like 2 on the left",
        "bloods at 9 tomorrow then lunch at 12",
        "on Jardiance 25 and Stelara 90, Keytruda cycle 6 of 17",
        "walked 4,200 steps, 10,000 steps on good days",
        "1. bloods\n2. scan",
        "back home on the 38 bus, room 12",
        "fever was 104 for 5 days and the CAG repeat was 43",
        "dropped the pred by 5 every week, sat up with me till 3",
        "Went from 18 migraine days to 6 or 7, HBI 9 down from 14",
        "my vitamin D is 25 too, cortisol at 9am was 45",
        "6,000 steps at the front, 2 laps of the garden at half 7",
        "the under 12s play every saturday, year 8 at school",
    ],
)
def test_safe_numbers_are_no_ages(text: str) -> None:
    assert _ages(text) == []


def test_a_name_opening_a_paragraph_is_no_drug_before_a_strength() -> None:
    text = "Title\n\n3 October 2024\n\nAppa 81 yesterday. Creatinine 2.4"
    assert "81" in _ages(text)


def test_a_verb_before_a_number_is_no_street() -> None:
    assert detect("He walks 20 minutes in the morning", EMPTY_PROFILE) == []
