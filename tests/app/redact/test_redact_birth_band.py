"""A birth year in the default post becomes its decade or an age band, never an exact
age: "born in 1961" made relative ("born 64 years earlier") told the reader the
writer's age."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.profile import PrivacyProfile
from app.redact.detect_cli import default_post


@pytest.mark.parametrize(
    "text",
    [
        "I was born in 1961 and diagnosed with Crohn's at 30.",
        "Mum was born in March 1950, on Warfarin 3mg now.",
        "Born on 3 May 1979, my HbA1c is 48.",
        "b. 1961, Type 2 diabetes, Metformin 500mg.",
    ],
)
def test_birth_year_is_a_band(text: str) -> None:
    post, _ = default_post(text, PrivacyProfile.from_eval({"region": "GB"}), date(2025, 2, 14))
    body = post.rsplit("\n\n", 1)[-1]
    assert not re.search(
        r"\b(?:19[5-7]\d|4[5-9]|6[0-9]|7[0-5]) years? (?:earlier|before|ago)", body
    )
    assert re.search(r"\b(?:fifties|sixties|seventies|forties|1950s|1960s|1970s)\b", body), body
    for kept in ("Warfarin", "3mg", "Metformin", "500mg", "HbA1c", "48", "Crohn"):
        if kept in text:
            assert kept in body


def test_jahrgang_is_a_band() -> None:
    text = "Mein Vater (Jahrgang 1948) hat Parkinson, Madopar 125."
    post, _ = default_post(text, PrivacyProfile.from_eval({"region": "DE"}), date(2025, 2, 14))
    body = post.rsplit("\n\n", 1)[-1]
    assert "1948" not in body and "77" not in body, body
    assert "Madopar 125" in body


def test_ninety_in_words_is_not_written_back() -> None:
    text = "Grandad would have been ninety today, he was on Warfarin 3mg."
    post, _ = default_post(text, PrivacyProfile.from_eval({"region": "GB"}), date(2025, 2, 14))
    body = post.rsplit("\n\n", 1)[-1]
    assert "ninety" not in body.lower(), body
    assert "Warfarin 3mg" in body
