"""Names in lower case: after a relative, a profile name doing what people do, and
the capitalised words that are drugs by how they are taken (never names)."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE, PrivacyProfile, ProfileTerm
from app.redact.engine import detect
from app.redact.spans import SpanType


def _names(text: str, profile: PrivacyProfile = EMPTY_PROFILE) -> list[str]:
    return [s.text for s in detect(text, profile) if s.type is SpanType.NAME]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("it's just me and my brother gaz looking after her now", "gaz"),
        ("my aunt nandi is 60 and looks after her", "nandi"),
        ("my flatmate jono baked a cake", "jono"),
    ],
)
def test_a_lower_case_name_after_a_relative(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    ["my sister said no", "my mum rang twice", "my dad too", "my husband works nights"],
)
def test_ordinary_words_after_a_relative_are_no_names(text: str) -> None:
    assert _names(text) == []


MINE = PrivacyProfile.of([ProfileTerm("person", "Amber"), ProfileTerm("person", "Jean")])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("josh is fine. amber (13) made tea, ESR 38.", "amber"),
        ("Broke her NOF last week. jean rang, she's 88 and had a fall.", "jean"),
    ],
)
def test_a_profile_name_in_lower_case_doing_what_people_do(text: str, name: str) -> None:
    assert name in _names(text, MINE)


def test_a_profile_word_in_lower_case_used_as_a_word_stays() -> None:
    assert _names("Wore my amber necklace and the jean jacket. CRP 22.", MINE) == []


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("Now Actrapid 3 times a day and Protaphane at night, 12 units.", "Protaphane"),
        ("2 litres of Dioralyte a day.", "Dioralyte"),
        ("Gave Metformin 500 x2 and Krimson 35.", "Krimson"),
    ],
)
def test_an_unknown_word_taken_like_a_drug_is_kept(text: str, drug: str) -> None:
    assert all(drug not in s.text for s in detect(text, EMPTY_PROFILE))
