"""Every other mention of a name, town or workplace already found is redacted too: any
case, accents folded, a possessive, a hyphenated compound, a hashtag or a handle. Hard
negatives: a common word in lower case or opening a sentence ("hope", "Will I"), and a
drug name that happens to follow a found name."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import detect


def _covered(text: str, start: int, value: str) -> bool:
    at = text.index(value, start)
    spans = detect(text, EMPTY_PROFILE)
    return all(any(s.start <= i < s.end for s in spans) for i in range(at, at + len(value)))


@pytest.mark.parametrize(
    ("text", "after", "value"),
    [
        ("Drove to Dunlavin again. dunlavin is dead on a Sunday.", 10, "dunlavin"),
        ("Drove to Dunlavin again. Love it #dunlavinlife", 10, "dunlavinlife"),
        ("Moved to Ōtaki in June. Otaki is quiet.", 10, "Otaki"),
        ("Zanele picked me up. Zanele’s car is warm.", 10, "Zanele"),
        ("Zanele picked me up. zanele's mum too.", 10, "zanele"),
        ("Nurse Tawhiri was kind. Tawhiri-Smith too.", 10, "Tawhiri"),
        ("Went to Kilbrannagh. Kilbrannagh-based group is great.", 12, "Kilbrannagh"),
        ("Rangi came over. RANGI!! what a legend", 10, "RANGI"),
        ("Live in Selly Oak, selly oak is nice.", 12, "selly oak"),
    ],
)
def test_every_mention(text: str, after: int, value: str) -> None:
    assert _covered(text, after, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My friend Hope came by and hope is all I have.", "hope"),
        ("My friend Will came by. Will I ever get better?", "Will I"),
    ],
)
def test_common_words_stay(text: str, value: str) -> None:
    at = text.rindex(value)
    spans = detect(text, EMPTY_PROFILE)
    assert not any(s.start <= at < s.end for s in spans)


def test_names_inside_handles_and_emails() -> None:
    assert _covered("@tamsin_k thanks! Tamsin here too.", 10, "Tamsin")
    assert _covered("u/rangi_nz said the same. Rangi is right.", 10, "Rangi")
    assert _covered("Email me at kerry.bright@gmail.com - Kerry", 36, "Kerry")
    text = "Follow @spoonie_life for tips. I'm a spoonie too."
    at = text.rindex("spoonie")
    assert not any(s.start <= at < s.end for s in detect(text, EMPTY_PROFILE))
