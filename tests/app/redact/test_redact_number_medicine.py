"""Numbers that are medicine stay in the post whichever net would take them: a slash
fraction of a dose, a clinical duration ("2/7 fever"), a score out of a total, and a
count or reading of four digits or more beside a town or before a German noun (no
postcode). Real dates and postcodes beside them are still found."""

from __future__ import annotations

import dataclasses

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import detect
from app.redact.spans import SpanType


def _spans(text: str, region: str = "GB") -> list[tuple[str, SpanType]]:
    profile = dataclasses.replace(EMPTY_PROFILE, region=region)
    return [(s.text, s.type) for s in detect(text, profile)]


@pytest.mark.parametrize(
    "text",
    [
        "Take 1/2 tablet at night and 3/4 of a sachet.",
        "Had a 2/7 fever and 5/7 diarrhoea last week.",
        "Fever for 3/7 now, GP says viral.",
        "3/52 post-op and the wound is fine.",
        "I scored 9/9 on the memory test.",
        "He took 3/4 of the tablets.",
        "Nurse said 1/2 a dextrose tablet isn't enough.",
        "Update thread 🧵 1/3: out of hospital.",
    ],
)
def test_a_slash_that_is_medicine_is_no_date(text: str) -> None:
    assert not [t for t, kind in _spans(text) if kind is SpanType.DATE]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("I was born on 3/4 and that's that.", "3/4"),
        ("See you 2/7 at the clinic.", "2/7"),
        ("since 3/7 I have been off work", "3/7"),
        ("Booked for 5/12 but moved.", "5/12"),
        ("tapered off from 3/13 lasix dose, will give more.", "3/13"),
    ],
)
def test_a_slash_date_stays_a_date(text: str, date: str) -> None:
    assert (date, SpanType.DATE) in _spans(text)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Heute 8000 Schritte gegangen.", "DE"),
        ("Ich nehme 1000 Einheiten Vitamin D.", "DE"),
        ("CRP 12, Leukos 11000 Zellen.", "DE"),
        ("Walked to Manly, 10000 steps today.", "AU"),
        ("Came from Pune, 150000 rupees spent on the surgery.", "IN"),
        ("My insurance in Ohio, 5000 deductible.", "US"),
        ("Meds: Lisinopril, Metformin 1000 twice daily.", "US"),
    ],
)
def test_a_count_beside_a_town_is_no_postcode(text: str, region: str) -> None:
    assert not [t for t, kind in _spans(text, region) if kind is SpanType.ADDRESS]


@pytest.mark.parametrize(
    ("text", "region", "address"),
    [
        ("Wir wohnen in 79098 Freiburg.", "DE", "79098 Freiburg"),
        ("Neue Adresse: Lindenweg 3, 79291 Merdingen.", "DE", "Lindenweg 3, 79291 Merdingen"),
        ("We are in Malviya Nagar, Jaipur 302017 now.", "IN", "Malviya Nagar, Jaipur 302017"),
    ],
)
def test_postcodes_beside_them_are_still_found(text: str, region: str, address: str) -> None:
    assert (address, SpanType.ADDRESS) in _spans(text, region)


@pytest.mark.parametrize(
    "text",
    [
        "gave me 3 for the week.",
        "used 3 today already.",
        "Tom is on 12 of these a day.",
        "Mum gave me 2 and a hug.",
        "Die Infusion dauert 4 Stunden.",
    ],
)
def test_a_count_handed_over_or_used_is_no_age(text: str) -> None:
    assert not [t for t, kind in _spans(text) if kind is SpanType.AGE]


@pytest.mark.parametrize(
    ("text", "region", "address", "kept"),
    [
        (
            "Die Praxis ist umgezogen: Lindenstr. 12, 69115 Heidelberg. Ocrevus alle 6 Monate.",
            "DE",
            "Lindenstr. 12, 69115 Heidelberg",
            "Ocrevus alle 6 Monate",
        ),
        (
            "She is back at Unit 4/12 Ocean Pde, Coffs Harbour NSW 2450. Resonium 15g daily.",
            "AU",
            "Unit 4/12 Ocean Pde, Coffs Harbour NSW 2450",
            "Resonium 15g",
        ),
    ],
)
def test_an_address_ends_with_its_sentence(text: str, region: str, address: str, kept: str) -> None:
    spans = _spans(text, region)
    assert (address, SpanType.ADDRESS) in spans
    assert not [t for t, _ in spans if kept.split()[0] in t]


def test_a_year_before_a_german_noun_is_no_postcode() -> None:
    spans = _spans("Hallo, seit 2021 Morbus Crohn. Seit Herbst 2022 L-Thyroxin.", "DE")
    assert not [t for t, kind in spans if kind is SpanType.ADDRESS]
    assert ("Herbst 2022", SpanType.DATE) in spans
