"""Festivals and numbered school terms as dates (``dates_festivals``), and the words
that only look like them."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")


def dates(text: str) -> list[str]:
    return [s.text for s in detect(text, GB) if s.type is SpanType.DATE]


@pytest.mark.parametrize(
    "text,date",
    [
        ("On Songkran I was in hospital with dengue", "Songkran"),
        ("over Chuseok my sugars were all over the place", "Chuseok"),
        ("the week after Tết I started chemo", "Tết"),
        ("on Samhain I had a flare", "Samhain"),
        ("during Golden Week I ran out of Humira", "Golden Week"),
        ("at the Mid-Autumn Festival I had a migraine", "Mid-Autumn Festival"),
        ("over Kwanzaa I was on antibiotics", "Kwanzaa"),
        ("at the start of term 2 she had glandular fever", "term 2"),
        ("during Term 4 he was in hospital twice", "Term 4"),
    ],
)
def test_festivals_and_terms_are_dates(text: str, date: str) -> None:
    # a date may grow over its frame ("the week after Tết"): the name must be inside one
    assert any(date in found for found in dates(text))


@pytest.mark.parametrize(
    "text",
    [
        "I may break my leg on these stairs",
        "a long-term condition like Crohn's",
        "she was a term baby",
        "I need a break from Stelara",
        "in the long term Keytruda might help",
        "Dragon fruit and Humira do not mix",
        "the dead of night is when the pain is worst",
        "born full term 3 weeks early",
        "a term 2 baby is what they called her",
        "in the long term 3 of us will need the Stelara",
    ],
)
def test_words_that_look_like_terms_are_not_dates(text: str) -> None:
    assert dates(text) == []


def test_a_name_beside_a_festival_stays_hidden() -> None:
    spans = [s.text for s in detect("Over Chuseok Ji-woo took me to Busan for dialysis", GB)]
    assert "Chuseok" in spans
    assert any("Ji-woo" in s for s in spans)
