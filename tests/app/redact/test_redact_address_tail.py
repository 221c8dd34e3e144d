"""The town, locality and postcode after a street are part of its address span, also
after a street named without a number and after a dash ("Hyderabad - 500084"); a
common word after the comma ends the address."""

from __future__ import annotations

import dataclasses

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import detect
from app.redact.spans import SpanType


def _addresses(text: str, region: str = "GB") -> list[str]:
    profile = dataclasses.replace(EMPTY_PROFILE, region=region)
    return [s.text for s in detect(text, profile) if s.type is SpanType.ADDRESS]


@pytest.mark.parametrize(
    ("text", "region", "address"),
    [
        (
            "The clinic is on Pond Street, Kessingham, which is miles away.",
            "GB",
            "Pond Street, Kessingham",
        ),
        ("Greams Road, Thousand Lights is where we go.", "IN", "Greams Road, Thousand Lights"),
        (
            "Flat 302, Sai Residency, Kondapur, Hyderabad - 500084, Telangana",
            "IN",
            "Flat 302, Sai Residency, Kondapur, Hyderabad - 500084, Telangana",
        ),
        (
            "H.No 12-3-45/A, Ameerpet, Hyderabad-500016 for the delivery",
            "IN",
            "H.No 12-3-45/A, Ameerpet, Hyderabad-500016",
        ),
        (
            "We live at 14 Harrow Lane, Kessingham, Norfolk NR12 3AB now.",
            "GB",
            "14 Harrow Lane, Kessingham, Norfolk NR12 3AB",
        ),
        (
            "Unit 4/12 Ocean Pde, Coffs Harbour NSW 2450 is her place.",
            "AU",
            "Unit 4/12 Ocean Pde, Coffs Harbour NSW 2450",
        ),
        ("Hauptstr. 5, 79098 Freiburg, gleich am Bahnhof.", "DE", "Hauptstr. 5, 79098 Freiburg"),
        (
            "14 Tyne View, Newcastle upon Tyne NE6 2AB is ours.",
            "GB",
            "14 Tyne View, Newcastle upon Tyne NE6 2AB",
        ),
        ("we're at 4 The Paddocks, Kilcock now", "IE", "4 The Paddocks, Kilcock"),
    ],
)
def test_the_town_and_postcode_join_the_street(text: str, region: str, address: str) -> None:
    assert address in _addresses(text, region)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("We walked down Pond Street, Mum and I, after the scan.", "Pond Street"),
        ("The surgery on Mill Lane, Thanks for asking.", "Mill Lane"),
        ("Mill Lane, Then the pharmacy for my Humira.", "Mill Lane"),
    ],
)
def test_a_common_word_after_the_comma_ends_the_address(text: str, address: str) -> None:
    assert _addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "I read 3 Musketeers, London was mentioned.",
        "Took 2 Paracetamol, Then slept.",
        "Day 3 The Worst, Honestly.",
    ],
)
def test_a_number_and_words_without_a_postcode_are_no_address(text: str) -> None:
    assert _addresses(text) == []
