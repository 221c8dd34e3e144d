"""Session 23: numbers that are a reading's next value, "dr" before a name in lower case,
"St" before a saint's name, German medical nouns by their heads, and a dose's scheme
after a number-word-number run. The sentences are made up.
"""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact.engine import Detector

GB = PrivacyProfile()
DE = PrivacyProfile(region="DE")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _found(detector: Detector, text: str, profile: PrivacyProfile = GB) -> list[tuple[str, str]]:
    return [(s.text, s.type.name) for s in detector.detect(text, profile)]


@pytest.mark.parametrize(
    ("text", "number", "profile"),
    [
        ("grace: ya glaucoma in both eyes, pressure 28 n 26. shes on latanoprost", "26", GB),
        ("PHQ-9 was 18 when I started, the app says 11 now.", "11", GB),
        ("LDL 162 muss unter 55, sagt die Kardiologin.", "55", DE),
        ("Toujeo auf 18 IE statt 24 während der Fastenzeit.", "24", DE),
        ("vit d war bei 12, jetzt Dekristol", "12", DE),
        ("Zucker bei 22 heute morgen", "22", DE),
    ],
)
def test_a_readings_next_value_is_no_age(
    detector: Detector, text: str, number: str, profile: PrivacyProfile
) -> None:
    assert (number, "AGE") not in _found(detector, text, profile)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("HbA1c 44 at 38, lowest since I was diagnosed.", "38"),  # "at": how old
        ("CRP 22 and my son 14 today, what a week.", "14"),
        ("pain 6 today, hubby 52 tomorrow so cake.", "52"),
        ("HbA1c 48 when she was 12 and now it is fine.", "12"),
        ("eGFR 28 at 84, they won't dialyse Dad", "84"),
    ],
)
def test_a_person_or_at_between_keeps_the_age(detector: Detector, text: str, age: str) -> None:
    assert (age, "AGE") in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("atorvastatin 40, meint dr krüger", "krüger"),
        ("metformin 500, said dr smith", "smith"),
        ("ferritin 8, eiseninfusion bei dr. hartmann", "hartmann"),
    ],
)
def test_lower_case_dr_before_a_name_is_a_doctor(detector: Detector, text: str, name: str) -> None:
    found = _found(detector, text)
    assert not [t for t, kind in found if kind == "ADDRESS"], found
    assert (name, "NAME") in found


def test_lower_case_drive_stays_an_address(detector: Detector) -> None:
    assert ("12 oak dr", "ADDRESS") in _found(detector, "we live at 12 oak dr now")


@pytest.mark.parametrize(
    "text",
    [
        "Started St. John's wort last week, mood a bit better.",
        "Took St Joseph aspirin as a kid.",
    ],
)
def test_st_before_a_saints_name_is_no_street(detector: Detector, text: str) -> None:
    assert not [t for t, kind in _found(detector, text) if kind == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Live in Toowoomba, pharmacy is on Ruthven St. HbA1c was 7.9% in Oct.", "Ruthven St"),
        ("Our flat on Harley St is tiny.", "Harley St"),
    ],
)
def test_a_street_on_which_a_sentence_follows_stays(
    detector: Detector, text: str, street: str
) -> None:
    assert any(street in t and kind == "ADDRESS" for t, kind in _found(detector, text))


@pytest.mark.parametrize(
    ("text", "word", "profile"),
    [
        ("Der Inhalator hilft, der Vernebler auch.", "Inhalator", DE),
        ("Der Inhalator hilft, der Vernebler auch.", "Vernebler", DE),
        ("Die Knappschaft hat einen Sauerstoffkonzentrator bewilligt.", "Sauerstoff", DE),
        ("Tag 3 Amoxi 1000 1-1-1. Hals besser, Fieber 38,4 abends.", "Fieber", DE),
        ("Salbutamol 2 Hübe bei Bedarf, morgens und abends.", "Hübe", DE),
        ("Tag 3 Amoxi 1000 1-1-1. Hals besser.", "Amoxi", DE),
    ],
)
def test_german_medicine_stays(
    detector: Detector, text: str, word: str, profile: PrivacyProfile
) -> None:
    assert not [t for t, _ in _found(detector, text, profile) if word in t]


def test_a_number_word_number_street_stays(detector: Detector) -> None:
    assert ("6750 Koskikatu 25, Helsinki", "ADDRESS") in _found(
        detector, "Muutin osoitteeseen 6750 Koskikatu 25, Helsinki"
    )
