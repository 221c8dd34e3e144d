"""Addresses typed in lower case are one span with their town and postcode; measures,
times and counts before a street-type word are not streets."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect


def addresses(text: str, region: str = "GB") -> list[str]:
    return [
        s.text for s in detect(text, PrivacyProfile(region=region)) if s.type is SpanType.ADDRESS
    ]


@pytest.mark.parametrize(
    ("region", "text", "address"),
    [
        ("GB", "We moved to 12 elm st, otley last week.", "12 elm st, otley"),
        (
            "GB",
            "my address is flat 3 the maltings, 4 mill lane, ely cb7 4ab",
            "flat 3 the maltings, 4 mill lane, ely cb7 4ab",
        ),
        ("ZA", "gran lives at 2204 mkhize st, kwamashu and the clinic", "2204 mkhize st, kwamashu"),
        (
            "NZ",
            "mail to 9b kowhai cres, papatoetoe, auckland 2025 please",
            "9b kowhai cres, papatoetoe, auckland 2025",
        ),
        (
            "US",
            "send it to 118 w saguaro ln, tucson az 85704 thanks",
            "118 w saguaro ln, tucson az 85704",
        ),
        ("AU", "we're at 31 acacia ave, which is close to the clinic", "31 acacia ave"),
    ],
)
def test_lower_case_address_is_one_span(region: str, text: str, address: str) -> None:
    assert address in addresses(text, region)


@pytest.mark.parametrize(
    "text",
    [
        "it's a 2 hours drive and a 10 min walk from the ward",
        "lost 2 st since christmas and walked 5 miles down the road",
        "took 2 tablets way too late again",
        "ring 4 times at 12 noon court date",
        "she has 3 more days in the high dependency unit",
    ],
)
def test_measures_are_not_streets(text: str) -> None:
    assert addresses(text) == []
