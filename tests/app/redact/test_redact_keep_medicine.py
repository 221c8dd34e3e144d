"""Medicine stays in the post: numbers near medicine are readings, not ages, and
unknown capitalised words shaped, dosed or taken like drugs are not names."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE, PrivacyProfile
from app.redact.engine import Detector
from app.redact.lexicon import default_lexicon
from app.redact.medical_numbers import age_cue, reading_number
from app.redact.medical_shapes import drug_shaped


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _covered(
    detector: Detector, text: str, word: str, profile: PrivacyProfile = EMPTY_PROFILE
) -> list[str]:
    start = text.index(word)
    end = start + len(word)
    return [s.type.value for s in detector.detect(text, profile) if s.start < end and start < s.end]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ferritin was 9", "9"),
        ("my ferritin is 9 again", "9"),
        ("the PHQ-9 score of 14", "14"),
        ("HbA1c 48 at 52 years old", "48"),
        ("mood was 3 and sleep was 5 hours", "3"),
        ("fasting 98, after lunch 160", "98"),
        ("my numbers were 34 and 28 this time", "34"),
        ("my numbers were 34 and 28 this time", "28"),
        ("my TIR was 72 this week", "72"),
        ("fatigue 7, brain fog 8", "8"),
        ("my HR is 110 standing and 70 lying", "70"),
        ("She's on 40 of pred now", "40"),
        ("puffer 2 puffs, 4 if bad", "4"),
        ("Dad's 81 and his PSA is 9", "9"),
        ("CRP came back at 45 again", "45"),
        ("pain was at 7 most of the day", "7"),
        ("Lactulose 15ml bd, senna 2 at night, movicol 1 sachet.", "2"),
        ("Hi all. 1. Metformin 500mg  2. Ramipril 5mg", "1"),
        ("Seizures: 4 this week", "4"),
        ("PHQ9 today 17", "17"),
        ("3 x 500mg co-amoxiclav, then 7/7 of doxy.", "7/7"),
        ("Vitamin D was 25, now 75.", "75"),
        ("Vitamin D was <25 nmol/L, now ≥75. B12 ~200.", "75"),
        ("Mine came back 48 so prediabetic", "48"),
        ("my hemoglobin came in low, 9", "9"),
        ("down to 54 kg from 61", "61"),
        ("a1c at dx was 13, now 6.1", "13"),
    ],
)
def test_readings_are_not_ages(detector: Detector, text: str, kept: str) -> None:
    assert not {"AGE", "DATE"} & set(_covered(detector, text, kept))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("dx at 34 with MS", "34"),
        ("my daughter is 9 and has T1D", "9"),
        ("HbA1c 48 at 52 years old", "52"),
        ("Dad's 81 and his PSA is 9", "81"),
        ("diagnosed at 47 with RA", "47"),
        ("I was 19 when it started", "19"),
        ("my son is 12, his A1c is 8.1", "12"),
        ("my da had a stroke at 55", "55"),
        ("started getting migraines at 14", "14"),
        ("I'm 41 and my ferritin is 12", "41"),
        ("Po Po is 84 and still cooks every day.", "84"),
        ("Chch local, 52. Ménière's has wrecked my balance.", "52"),
        ("33M ulcerative colitis since 25. Mesacol 1.2g daily.", "25"),
        ("my MS diagnosis was at 34", "34"),
        ("same! mine is 13, Crohn's since he was 9", "13"),
    ],
)
def test_age_cues_beat_the_veto(detector: Detector, text: str, age: str) -> None:
    assert "AGE" in _covered(detector, text, age)


def test_age_cue_and_reading_number_directly() -> None:
    lex = default_lexicon()
    text = "my ferritin was 9 but my daughter is 9"
    first = text.index("9")
    second = text.rindex("9")
    assert reading_number(text, first, first + 1, lex)
    assert not age_cue(text, first, first + 1)
    assert age_cue(text, second, second + 1)
    assert reading_number("4-6 a day", 2, 3, lex)  # part of a range
    assert reading_number("BP 140/90", 7, 9, lex)  # part of a ratio


@pytest.mark.parametrize(
    "word", ["Ulixertinib", "Zuranolone", "Datopotamab", "Sotagliflozin", "Norvelunavir"]
)
def test_drug_morphology(word: str) -> None:
    assert drug_shaped(word)


@pytest.mark.parametrize("word", ["Pam", "Islam", "Brennick", "Aoife", "Madison", "Belfast"])
def test_names_are_not_drug_shaped(word: str) -> None:
    assert not drug_shaped(word)


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("My endo wants me on Brenzavvy instead.", "Brenzavvy"),
        ("They gave me Tramadex for the pain and it worked.", "Tramadex"),
        ("I started Norvexa last week and feel sick.", "Norvexa"),
        ("Switched to Halvoren after the rash.", "Halvoren"),
        ("Came off Quarnex in June.", "Quarnex"),
        ("Xyzzo 20mg twice a day", "Xyzzo"),
        ("Plorvix 2.5 in the morning", "Plorvix"),
        ("Drenafil XR at night", "Drenafil"),
        ("Kombiflex 10/20 daily", "10/20"),
        ("back to the GP tomorrow about switching to Norvexa 20mg", "Norvexa"),
        ("Had a Fibroscan last week, score 9.", "Fibroscan"),
        ("Ordered a Prevena dressing.", "Prevena"),
        ("Used Otovent balloons for glue ear.", "Otovent"),
        ("The side effects of Zelvoxa are awful.", "Zelvoxa"),
        ("Got Zelvoxa samples from the rep.", "Zelvoxa"),
        ("Anyone had hair loss on Zelvoxa?", "Zelvoxa"),
        ("Been using Zelvoxa for the itching.", "Zelvoxa"),
        ("The trial drug Ulixertinib made my skin peel.", "Ulixertinib"),
        ("Filspari for IgAN, anyone?", "IgAN"),
        ("Humira, Keytruda, Stelara, Ozempic, Mounjaro, Wegovy, Rinvoq all fine", "Stelara"),
        ("Humira, Keytruda, Stelara, Ozempic, Mounjaro, Wegovy, Rinvoq all fine", "Rinvoq"),
    ],
)
def test_unknown_drugs_are_kept(detector: Detector, text: str, drug: str) -> None:
    assert _covered(detector, text, drug) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My friend Norvexa is a nurse.", "Norvexa"),
        ("Dr Vexley is my GP.", "Vexley"),
        ("Took Brennick to school.", "Brennick"),
        ("i work nights at Safeway on Divisadero so cant get there", "Divisadero"),
        ("my friend Hope said hi", "Hope"),
        ("Dr Patel upped my Kerendia", "Patel"),
        ("my sister Norvexa 20mg", "Norvexa"),
        ("Saw Tolvik test the water.", "Tolvik"),
        ("Used Tolvik's car to get there.", "Tolvik"),
        ("I had to cut to part-time at Walgreens (pharmacy tech, ironic)", "Walgreens"),
        ("the passport says one thing but the GP has her as Fatema, so the script", "Fatema"),
    ],
)
def test_people_and_streets_stay_redacted(detector: Detector, text: str, name: str) -> None:
    assert _covered(detector, text, name) != []


def test_profile_term_shaped_like_a_drug_is_still_redacted(detector: Detector) -> None:
    profile = PrivacyProfile.from_eval(
        {"self": ["Zoltinib Reyes"], "people": [], "places": [], "employers": [], "other": []}
    )
    assert _covered(detector, "I started Zoltinib on the rota today.", "Zoltinib", profile)
