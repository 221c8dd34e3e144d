"""Organisations in the profile: the user's own terms are never dropped as everyday
activities, and a condition word matched alone out of a charity's name stays medicine."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact.engine import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _found(detector: Detector, text: str, **terms: list[str]) -> list[tuple[str, str]]:
    profile = PrivacyProfile.from_eval({**terms, "region": "IE"})
    return [(text[s.start : s.end], s.type.name) for s in detector.detect(text, profile)]


@pytest.mark.parametrize(
    "text",
    [
        "Irish Cancer Society volunteer driver brings me to the infusion.",
        "the Irish Cancer Society driver came at 9.",
        "Rang the Cancer Society again about the grant.",
    ],
)
def test_a_profile_organisation_is_never_an_everyday_activity(
    detector: Detector, text: str
) -> None:
    """ "X Cancer Society" looks like "the book club" to the activity rule; the user named it."""
    employers = ["Irish Cancer Society", "Cancer Society"]
    found = _found(detector, text, employers=employers)
    assert any(kind == "EMPLOYER" and "Society" in value for value, kind in found), found


def test_an_unprofiled_activity_is_still_not_an_organisation(detector: Detector) -> None:
    assert _found(detector, "Book Club tonight, then the Church Group.") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Breast cancer again, the cancer nurse rang.", "cancer"),
        ("Lupus flare, so I missed the group on Zoom.", "Lupus"),
        ("CPP-D application with scleroderma went in.", "scleroderma"),
        ("Dad has Alzheimer's now, on donepezil 10mg.", "Alzheimer"),
    ],
)
def test_a_condition_word_alone_is_not_the_charity_named_after_it(
    detector: Detector, text: str, word: str
) -> None:
    employers = [
        "Irish Cancer Society",
        "LUPUS UK Tayside group",
        "Scleroderma Society of Ontario",
        "Alzheimer Society Kerry branch",
    ]
    found = _found(detector, text, employers=employers)
    assert not any(word.lower() in value.lower() for value, _ in found), found


def test_the_charity_and_its_other_parts_stay_hidden(detector: Detector) -> None:
    employers = ["LUPUS UK Tayside group", "Alzheimer Society Kerry branch"]
    text = "LUPUS UK Tayside group is on Zoom; the day centre in Kerry has a list."
    found = _found(detector, text, employers=employers)
    assert ("LUPUS UK Tayside group", "EMPLOYER") in found
    assert any(value == "Kerry" for value, _ in found), found


def test_a_persons_surname_that_names_a_disease_stays_the_person(detector: Detector) -> None:
    found = _found(detector, "Parkinson rang about the lift.", people=["James Parkinson"])
    assert ("Parkinson", "NAME") in found


def test_a_condition_word_after_at_is_the_place_named_by_its_first_word(
    detector: Detector,
) -> None:
    found = _found(detector, "Coffee at Lupus after work.", places=["Lupus Street Surgery"])
    assert any(value == "Lupus" for value, _ in found), found
