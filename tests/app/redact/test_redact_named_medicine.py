"""A town or surname inside a condition's name is the condition ("Factor V Leiden",
"Lyme disease", "Epstein Barr virus", "Long Covid"); the same word used as a place or
a person beside medicine is still redacted."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE, PrivacyProfile
from app.redact.engine import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _covered(
    detector: Detector, text: str, word: str, profile: PrivacyProfile = EMPTY_PROFILE
) -> list[str]:
    start = text.index(word)
    end = start + len(word)
    return [s.type.value for s in detector.detect(text, profile) if s.start < end and start < s.end]


def _profile(**kinds: list[str]) -> PrivacyProfile:
    data = {"self": [], "people": [], "places": [], "employers": [], "other": [], "region": "GB"}
    data.update(kinds)
    return PrivacyProfile.from_eval(data)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I have Factor V Leiden so no pill for me.", "Leiden"),
        ("I was referred to Long Covid clinic last month.", "Long"),
        ("She was referred to Long QT clinic at the Royal.", "Long"),
        ("Had West Nile virus last summer.", "Nile"),
        ("Tested for Epstein Barr virus twice.", "Barr"),
        ("They found Norwalk virus in the ward.", "Norwalk"),
        ("Also Hantavirus, apparently.", "Hantavirus"),
        ("Had my Influenza jab and Vitamin D today.", "Influenza"),
        ("The Ebola scare was years ago.", "Ebola"),
        ("Harshvardhan said I should try Ayurveda first.", "Ayurveda"),
    ],
)
def test_condition_names_are_kept(detector: Detector, text: str, kept: str) -> None:
    assert _covered(detector, text, kept) == []


@pytest.mark.parametrize(
    ("text", "caught"),
    [
        ("I moved to Leiden last year and the Factor V clinic is fine.", "Leiden"),
        ("Went to Long Beach with my sister after the Covid jab.", "Long Beach"),
        ("Norwalk Hospital did my MRI.", "Norwalk"),
        ("Allan Björk\nScale Unlimited", "Björk"),
        ("My friend Sarah's Lyme disease is back.", "Sarah"),
        ("I live in Marburg now.", "Marburg"),
    ],
)
def test_places_and_people_beside_medicine_are_caught(
    detector: Detector, text: str, caught: str
) -> None:
    assert _covered(detector, text, caught) != []


def test_profile_place_part_is_medicine_but_whole_term_is_not(detector: Detector) -> None:
    profile = _profile(places=["Lyme Regis"])
    text = "Lyme disease again. Back home to Lyme Regis."
    assert _covered(detector, text, "Lyme disease", profile) == []
    assert _covered(detector, text, "Lyme Regis", profile) != []


@pytest.mark.parametrize(
    "text",
    [
        "I take Metformin 500 daily.. and Tolvik was there all week.",
        "Metformin 500 x2! with Tolvik it is easier",
    ],
)
def test_a_drug_in_the_last_sentence_makes_no_drug_of_a_name(detector: Detector, text: str) -> None:
    assert _covered(detector, text, "Tolvik") != []


def test_a_drug_listed_in_the_same_sentence_is_still_one(detector: Detector) -> None:
    assert _covered(detector, "Metformin 500 x2 and Krimson 35 daily.", "Krimson") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Referred to Rheum after the bloods.", "Rheum"),
        ("Seen at Ortho today, back at Haem next week.", "Haem"),
        ("Called Cardio about it.", "Cardio"),
        ("The doctor put her on Zolvane and she's better.", "put"),
    ],
)
def test_specialties_and_common_words_after_a_title_are_kept(
    detector: Detector, text: str, kept: str
) -> None:
    assert _covered(detector, text, kept) == []


@pytest.mark.parametrize(
    ("text", "caught"),
    [
        ("Neurologist in Bellville, Dr van der Merwe, wants an EEG.", "Merwe"),
        ("mild stridor noted, dr green aware. Pt stable.", "green"),
        ("The doctor sharma said fine.", "sharma"),
    ],
)
def test_names_after_a_title_are_caught(detector: Detector, text: str, caught: str) -> None:
    assert _covered(detector, text, caught) != []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("GCS was 14, Glasgow coma score fine.", "Glasgow"),
        ("Bristol stool chart type 6 again.", "Bristol"),
        ("Had a Lisfranc fracture last spring.", "Lisfranc"),
        ("Trying the Mediterranean diet now.", "Mediterranean"),
    ],
)
def test_instruments_diets_and_eponymous_procedures_are_kept(
    detector: Detector, text: str, kept: str
) -> None:
    assert _covered(detector, text, kept) == []


def test_a_town_before_a_hospital_word_stays_a_town(detector: Detector) -> None:
    assert _covered(detector, "The Leeds hospital test was fine.", "Leeds") != []


def test_group_b_strep_is_no_firm(detector: Detector) -> None:
    text = "Got Group B strep in pregnancy. I work at Fenwick Group in Leeds."
    assert _covered(detector, text, "Got Group B strep") == []
    assert _covered(detector, text, "Fenwick Group") != []
