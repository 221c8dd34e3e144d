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


@pytest.mark.parametrize(
    ("text", "firm", "profile"),
    [
        ("I work at BioNTech in Mainz, so the jab talk is awkward.", "BioNTech", GB),
        ("got laid off by AstraZeneca in March, lost my health cover", "AstraZeneca", GB),
        ("sacked from Kmart last year after the flare", "Kmart", GB),
        ("Walmart cashier here, 10 hour shifts on my feet with RA.", "Walmart", GB),
        ("Amazon driver here and my knees are shot.", "Amazon", GB),
        ("Ich putze bei Brinkhaus seit Jahren.", "Brinkhaus", DE),
        ("Ich wurde von Gorillas entlassen.", "Gorillas", DE),
        ("Seit Brinkhaus mich rausgeworfen hat, schlafe ich schlecht.", "Brinkhaus", DE),
    ],
)
def test_employers_by_work_and_being_let_go(
    detector: Detector, text: str, firm: str, profile: PrivacyProfile
) -> None:
    assert (firm, "EMPLOYER") in _found(detector, text, profile)


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        ("fired by Sarah at HR, on the spot", GB),
        ("was let go by Dr Patel from the trial", GB),
        ("Seit Thomas mich rausgeworfen hat, wohne ich bei Mama.", DE),
    ],
)
def test_a_person_who_lets_one_go_is_no_employer(
    detector: Detector, text: str, profile: PrivacyProfile
) -> None:
    assert not [t for t, kind in _found(detector, text, profile) if kind == "EMPLOYER"]


def test_a_makers_vaccine_stays_medicine(detector: Detector) -> None:
    assert not _found(detector, "Had my Pfizer booster at work")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Te-Aroha from church dropped off soup.", "Te-Aroha"),
        ("Mary-Kate and Ji-hoon came round.", "Ji-hoon"),
    ],
)
def test_a_name_grows_over_its_hyphen(detector: Detector, text: str, name: str) -> None:
    assert (name, "NAME") in _found(detector, text)


def test_a_hyphen_before_a_suffix_is_no_name(detector: Detector) -> None:
    assert not [
        t for t, _ in _found(detector, "Dr Okafor said Covid-related fatigue") if "Covid" in t
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ich war gestern bei dr meier wegen dem Knie", "meier"),
        ("frau kessler hat mir Ibu 600 gegeben", "kessler"),
        ("herr yilmaz kommt morgen wegen der Wunde", "yilmaz"),
    ],
)
def test_a_german_title_before_a_lower_case_surname(
    detector: Detector, text: str, name: str
) -> None:
    assert (name, "NAME") in _found(detector, text, DE)


def test_a_wife_who_says_is_no_name(detector: Detector) -> None:
    assert not _found(detector, "meine Frau sagt, ich soll zum Arzt", DE)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hope rang this morning to check on me.", "Hope"),
        ("Faith brought me flowers after the op.", "Faith"),
    ],
)
def test_an_everyday_given_name_before_what_only_people_do(
    detector: Detector, text: str, name: str
) -> None:
    assert (name, "NAME") in _found(detector, text)


def test_an_everyday_word_opening_a_sentence_stays(detector: Detector) -> None:
    assert not _found(detector, "Hope is all I have left some days.")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Mama kannst du mich morgen zur Tanzschule Bauer fahren?", "Tanzschule Bauer"),
        ("27 Jahre Maurer bei Baumann Hochbau und dann das.", "Baumann Hochbau"),
    ],
)
def test_german_schools_and_years_at_a_firm(detector: Detector, text: str, firm: str) -> None:
    assert (firm, "EMPLOYER") in _found(detector, text, DE)
