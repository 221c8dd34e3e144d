"""People, dates and ages beside medicine stay redacted: each input here leaked in a
review of the rules that keep medicine (a name before a dose, a possessive before a
condition, a date before "the pain", a language that is also a name, an age beside a
drug), and each is checked in the post as well as in the spans."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile, ProfileTerm
from app.redact.engine import Detector
from app.redact.spans import SpanType

DETECT = Detector()
FAMILY = PrivacyProfile.of(
    [
        ProfileTerm("self", "Alex Morgan"),
        ProfileTerm("person", "Sarah Okafor"),
        ProfileTerm("person", "Ella"),
        ProfileTerm("person", "Tom Brennan"),
    ]
)


def found(text: str, profile: PrivacyProfile = FAMILY) -> set[str]:
    return {s.text for s in DETECT.detect(text, profile)}


@pytest.mark.parametrize(
    "text,name",
    [
        ("gave sarah 2 units at tea, bg was 14", "sarah"),
        ("ella 4 units novorapid at dinner", "ella"),
        ("ELLA 4 UNITS AT DINNER", "ELLA"),
        ("Sarah's flu is worse today.", "Sarah"),
        ("Tom's injury is healing.", "Tom"),
        ("Mum and Alex's flu jabs are booked.", "Alex"),
    ],
)
def test_a_profile_name_beside_medicine_is_still_the_person(text: str, name: str) -> None:
    assert name in found(text)


def test_a_profile_name_with_a_bracket_does_not_break_detection() -> None:
    profile = PrivacyProfile.of([ProfileTerm("person", "Sarah (Sadie) Okafor")])
    assert "Sarah" in found("Sarah rang about the appointment.", profile)


@pytest.mark.parametrize(
    "text",
    [
        "My friend Shona came round with soup.",
        "Dr Ndebele said it was fine.",
        "Mrs Farsi from next door helped.",
        "My colleague Venda covered my shift.",
    ],
)
def test_a_person_named_like_a_language_is_still_a_person(text: str) -> None:
    names = {s.text for s in DETECT.detect(text, PrivacyProfile()) if s.type is SpanType.NAME}
    assert names


@pytest.mark.parametrize(
    "text,name",
    [
        ("My son lives with Tavish's parents since the divorce.", "Tavish's"),
        ("I'm living with Zanele's sister for now.", "Zanele's"),
        ("We have Tavish's and my birthday on the same day.", "Tavish's"),
    ],
)
def test_a_possessive_after_living_with_or_having_is_a_person(text: str, name: str) -> None:
    assert name in found(text, PrivacyProfile())


@pytest.mark.parametrize(
    "text,date",
    [
        ("On 14/2 the pain started again", "14/2"),
        ("Since 3/11 my symptoms got worse", "3/11"),
        ("From 4/3 the nights were bad", "4/3"),
        ("Admitted on 1/12 pain everywhere", "1/12"),
        ("Op is scheduled for 21/7", "21/7"),
        ("taking 24/12 and 27/12 off", "24/12"),
    ],
)
def test_a_day_and_month_before_a_symptom_is_still_a_date(text: str, date: str) -> None:
    assert date in found(text, PrivacyProfile())


@pytest.mark.parametrize(
    "text", ["1/2 tablet at night", "3/4 of a sachet", "2/7 fever", "for 3/52", "scored 9/9"]
)
def test_fractions_durations_and_scores_stay_medicine(text: str) -> None:
    assert not found(text, PrivacyProfile())


@pytest.mark.parametrize(
    "text,age",
    [
        ("Intro: Lamotrigine, 29, female, UK.", "29"),
        ("Been on Sertraline, 34, single mum.", "34"),
        ("I'm 15 going on 16", "16"),
        ("She's only on 14 and already worrying", "14"),
    ],
)
def test_an_age_beside_a_drug_or_after_on_is_still_an_age(text: str, age: str) -> None:
    assert age in found(text, PrivacyProfile())


def test_a_strength_after_a_drug_over_its_comma_is_still_medicine() -> None:
    assert "50" not in found("Sertraline, 50, then 100 since spring.", PrivacyProfile())


@pytest.mark.parametrize("text", ["Their aadhar is AB12 CD34.", "My enroment no is AB1234"])
def test_a_label_spelt_without_its_optional_letter_still_finds_the_id(text: str) -> None:
    assert {s.type for s in DETECT.detect(text, PrivacyProfile())} == {SpanType.ID}


def test_a_lower_case_profile_name_before_a_strength_is_the_person_first() -> None:
    """'mag 400mg' could be magnesium, but a profile person Mag must never leak: the
    profile wins (an all-capitals short term, 'MG' in '5MG', can still be medicine)."""
    profile = PrivacyProfile.of([ProfileTerm("person", "Mag")])
    assert "mag" in found("then mag 400mg at night", profile)


@pytest.mark.parametrize(
    "text,found_name",
    [
        ("She has Zanele's, and I have the spare key.", "Zanele's"),
        ("I have Kikuchi's and lupus.", None),
    ],
)
def test_a_possessive_is_a_disease_only_standing_alone(text: str, found_name) -> None:
    names = {s.text for s in DETECT.detect(text, PrivacyProfile()) if s.type is SpanType.NAME}
    assert (found_name in names) if found_name else not names


@pytest.mark.parametrize(
    "text,name",
    [
        ("After the stroke Tavish stopped working for a year.", "Tavish"),
        ("Spoke to Zanele and Lyrica came up again.", "Zanele"),
        ("The consultant recommended Withcott for the surgery.", "Withcott"),
        ("Aunty suggested Kessingham for the weekend.", "Kessingham"),
    ],
)
def test_people_and_towns_near_drug_words_stay_redacted(text: str, name: str) -> None:
    assert name in found(text, PrivacyProfile())


@pytest.mark.parametrize(
    "text,value",
    [
        ("The PBS criteria need SLEDAI ≥ 10 and I'm at 8. Anyone approved lower?", "8"),
        ("My medical aid won't pay Ozempic without BMI over 35 (mine's 33).", "33"),
        ("They want ferritin over 30… yours is 24, push for the iron.", "24"),
        ("Levemir abends, weil der Nüchternwert trotz Diät bei 98 bleibt.", "98"),
        ("Nurse Shona went through HbA1c and what 48 means. Mine was 61 in December.", "61"),
    ],
)
def test_ones_own_value_against_a_measures_threshold_is_a_reading(text: str, value: str) -> None:
    assert value not in found(text, PrivacyProfile())


@pytest.mark.parametrize(
    "text,age",
    [
        ("The trial takes people over 18 with MS, mine's 16 so no.", "16"),
        ("Anyone over 60 with RA? I'm at 61 and struggling.", "61"),
        ("My son was diagnosed at 12 with T1D. Mine was 45.", "45"),
        # a drug's or a procedure's age limit, a person "bei", a person's bracket
        ("Ozempic under 18 isn't allowed, mine's 16 and desperate.", "16"),
        ("Colonoscopy over 45 is the rule now and I'm at 44, doc said wait.", "44"),
        ("Mein Zuckerwert war gut, Oma ist bei 90 noch fit.", "90"),
        ("My daughter's lows (7 now) are worse at night.", "7"),
        ("Dad's BP goes 90 next month and he still won't take the ramipril.", "90"),
        ("All the pressure now 40 and no kids, my PCOS makes it worse.", "40"),
    ],
)
def test_an_age_against_an_age_limit_is_still_an_age(text: str, age: str) -> None:
    assert age in found(text, PrivacyProfile())


@pytest.mark.parametrize(
    "text,value",
    [
        ("They said bring me in if the sats drop under 92. They didn't.", "92"),
        ("Dev: 3 mon-fri, 4 sat-sun now", "4"),
        ("Eye pressure 28 right, 24 left, so it is glaucoma.", "24"),
        ("L'EEG montrait des pointes-ondes à 3 Hz.", "3"),
        ("methadone down to 40ml now from 80. keyworker says fortnightly.", "80"),
        ("Her last CRP (62) was the highest since the flare began.", "62"),
    ],
)
def test_a_reading_a_dose_by_weekday_or_a_frequency_is_no_age(text: str, value: str) -> None:
    assert value not in found(text, PrivacyProfile())


@pytest.mark.parametrize(
    "text,age",
    [
        ("DS (7) has had eczema flares all winter.", "7"),
        ("DD (4) and DS (9) both caught chickenpox.", "9"),
        ("My daughter (9) has the same rash.", "9"),
        ("Mum (62) is on warfarin and her INR drops under 2 a lot.", "62"),
        ("Hallo ihr Lieben, unser Finn ist jetzt 14 Monate und hat Neurodermitis.", "14 Monate"),
        ("Die TK zahlt das kleine Blutbild nicht extra. Bin 58 und etwas nervös.", "58"),
    ],
)
def test_a_childs_age_in_a_bracket_or_in_months_stays_an_age(text: str, age: str) -> None:
    assert age in found(text, PrivacyProfile())


def test_a_surname_that_is_a_unit_after_a_clinicians_word_is_the_person() -> None:
    assert "Ng" in found("My rheumatologist Ng says to wait.", PrivacyProfile())
    assert "Ng" in found("Cardiologist Ng at Westmead Private says my Lp(a) is high.")
    assert "Keppra" not in found("The neurologist Keppra dose was doubled.", PrivacyProfile())
