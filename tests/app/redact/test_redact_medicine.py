"""The medicine stays in the post: drugs, devices, eponyms, doses, schedules, lab values."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile, ProfileTerm
from app.redact import SpanType, detect
from app.redact.lexicon import MEDICAL, default_lexicon
from app.redact.medical import drug_words, eponym_ranges, medical_number_ranges

GB = PrivacyProfile(region="GB")
US = PrivacyProfile(region="US")


def words_flagged(text: str, profile: PrivacyProfile = GB) -> set[str]:
    out: set[str] = set()
    for s in detect(text, profile):
        out.update(w.strip(".,;:'’s") for w in s.text.split())
    return out


def test_drug_lexicon_comes_from_the_wheel_and_has_brands() -> None:
    words = drug_words()
    assert len(words) > 10_000
    assert {"humira", "keytruda", "stelara", "adalimumab", "ozempic", "entyvio"} <= words


@pytest.mark.parametrize(
    "word",
    [
        "keytruda",
        "stelara",
        "entyvio",
        "tysabri",
        "ocrevus",
        "mounjaro",
        "skyrizi",
        "dexcom",
        "omnipod",
        "mirena",
    ],
)
def test_drugs_and_devices_are_medical_in_the_lexicon(word: str) -> None:
    assert default_lexicon().flag(word) & MEDICAL


@pytest.mark.parametrize(
    "text",
    [
        # brands the drug package lacks, by the formulation or strength after them
        "Doctor gave Quetrexa Plus and then Novimab Forte for the pain.",
        "Started Pelmarol 50 and Dolo 650 for the fever.",
        "I've got my Zapain and my Voltarol gel and I manage.",
        "Fortisip twice a day, Clenil at night, Epilim syrup for the fits.",
        "Just been put on Ryeqo by the gynae; Vabysmo for Dad's eyes.",
        "Started Keytruda last cycle and Stelara before that; Humira never worked.",
        "Switched from Entyvio to Skyrizi, and Tysabri is next if the MRI is bad.",
        "My Dexcom fell off again so I went back to finger pricks; Omnipod is fine.",
        "Ocrevus infusion went well, Mounjaro has killed my appetite.",
        "Xeljanz plus Rinvoq? Nope, just Olumiant for now.",
    ],
)
def test_brand_names_that_look_like_names_are_kept(text: str) -> None:
    assert not words_flagged(text) & {
        "Keytruda",
        "Stelara",
        "Humira",
        "Entyvio",
        "Skyrizi",
        "Tysabri",
        "Dexcom",
        "Omnipod",
        "Ocrevus",
        "Mounjaro",
        "Xeljanz",
        "Rinvoq",
        "Olumiant",
    }


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Wilson's disease runs in the family.", "Wilson"),
        ("Bell's palsy came back on the left side.", "Bell"),
        ("Graves' disease made my eyes bulge.", "Graves"),
        ("Diagnosed with Hodgkin lymphoma in the spring.", "Hodgkin"),
        ("My Hashimoto's and Raynaud's are both worse in the cold.", "Raynaud"),
        ("They did the Epley manoeuvre and a Romberg test.", "Romberg"),
        ("Ehlers-Danlos is why my joints sublux.", "Ehlers-Danlos"),
        ("Guillain-Barré after the virus, the neuro said.", "Guillain-Barré"),
        ("My Hickman line got infected.", "Hickman"),
    ],
)
def test_eponyms_are_not_names(text: str, kept: str) -> None:
    assert kept not in words_flagged(text)


def test_an_eponym_in_the_profile_is_kept_where_it_names_a_disease() -> None:
    profile = PrivacyProfile.of([ProfileTerm("person", "Jane Wilson")])
    spans = detect("Jane Wilson said Wilson's disease is rare.", profile)
    texts = [s.text for s in spans]
    assert "Jane Wilson" in texts
    assert not any(t.startswith("Wilson") for t in texts)


def test_a_surname_that_is_an_eponym_is_still_a_name_without_a_disease_word() -> None:
    assert "Bell" in words_flagged("Dr Bell rang about the results.")


@pytest.mark.parametrize(
    "text",
    [
        "Took 15 mg of prednisolone, 2x daily, then 1-0-1 for a week.",
        "Methotrexate 20mg weekly, folic acid 5mg 6/7.",
        "BP 130/85, HR 110, sats 94%, temp 38.2.",
        "HbA1c 48 mmol/mol, eGFR 60, ferritin 12, B12 200.",
        "CRP was 45 and ESR 30; INR 2.5.",
        "Pain 7/10 this morning, fatigue 8/10.",
        "Insulin 12 units at 8, 10 units at 6.",
        "Weighed 72.5 kg; BMI 24.",
        "Vitamin D 25 nmol/l so loading dose 50,000 IU.",
        "Steroid taper over 2/52, started 3/7 ago.",
    ],
)
def test_doses_schedules_and_lab_values_are_not_dates_or_ids(text: str) -> None:
    spans = detect(text, GB)
    assert not [
        s for s in spans if s.type in (SpanType.DATE, SpanType.ID, SpanType.PHONE, SpanType.AGE)
    ], spans


def test_us_dates_next_to_medicine_are_still_dates() -> None:
    spans = detect("Pt fell on 8/10 and was seen again 3/7; BP 120/80.", US)
    dates = {s.text for s in spans if s.type is SpanType.DATE}
    assert {"8/10", "3/7"} <= dates


def test_ranges_helpers() -> None:
    text = "BP 130/85 and 15mg"
    assert [text[a:b] for a, b in medical_number_ranges(text)] == ["15mg", "BP 130/85"] or sorted(
        text[a:b] for a, b in medical_number_ranges(text)
    ) == ["15mg", "BP 130/85"]
    text = "Wilson's disease"
    assert [text[a:b] for a, b in eponym_ranges(text)] == ["Wilson's"]


MEDTRONIC = PrivacyProfile.of([ProfileTerm("employer", "Medtronic")], "GB")


@pytest.mark.parametrize(
    "text,kept",
    [
        ("I wear a Medtronic 780G pump now.", True),
        ("The Medtronic MiniMed arrived.", True),
        ("Got the Medtronic pump at last.", True),
        # the maker as a workplace is still redacted
        ("I work at Medtronic in Watford.", False),
        ("Three years at Medtronic 3 days a week.", False),
        ("Medtronic 2019 was the best team.", False),
        ("Medtronic's 780G is a good pump.", False),
    ],
)
def test_a_profile_brand_is_kept_only_as_the_product(text: str, kept: bool) -> None:
    """Medtronic as the user's employer is redacted, but "Medtronic 780G" is the pump."""
    employers = [s for s in detect(text, MEDTRONIC) if s.type is SpanType.EMPLOYER]
    assert (not employers) is kept


@pytest.mark.parametrize(
    "text",
    [
        "Rehab 7 von 10 heute.",
        "Beschwerden: Rehab 7 von 10",
        "Rehab 2 pump days a week.",
        "Rehab MRI",
    ],
)
def test_a_person_named_like_medicine_is_never_kept_as_a_product(text: str) -> None:
    """Rehab (a given name, and a medical word) before a number or a device word is the
    user's person, not a device brand and its model (hypothesis found this)."""
    profile = PrivacyProfile.of([ProfileTerm("person", "Rehab")], "DE")
    assert "Rehab" in {s.text for s in detect(text, profile) if s.type is SpanType.NAME}


@pytest.mark.parametrize(
    "text,is_id",
    [
        ("Enrolled in the trial of LY3437943 in June.", False),
        ("I'm on BIIB080 or placebo.", False),
        ("The CAR-T was KTE-X19 for me.", False),
        ("My patient number is MK-3475, do not share.", True),
        ("Participant ID: BIIB-1234.", True),
    ],
)
def test_drug_development_codes_are_not_ids(text: str, is_id: bool) -> None:
    ids = [s for s in detect(text, GB) if s.type is SpanType.ID]
    assert bool(ids) is is_id


@pytest.mark.parametrize(
    "text",
    [
        "My Hoehn and Yahr is 3 and UPDRS 42 at the last visit.",
        "Trikafta since spring, sweat chloride 32.",
        "T-score -2.5 at the hip, K+ 5.9 on the ward.",
        "Walked with my Rollator, then the Zimmer frame.",
    ],
)
def test_scales_labs_and_walking_aids_are_not_identifiers(text: str) -> None:
    assert not [s for s in detect(text, GB) if s.type is not SpanType.DATE]


def test_a_date_is_not_a_lab_value() -> None:
    """ "Oct 12" is October, not the OCT eye scan."""
    assert [s.text for s in detect("Oct 12 was the op.", GB)] == ["Oct 12"]


@pytest.mark.parametrize(
    "text,flagged",
    [
        ("The Mounjaro KwikPen hurt less.", set()),
        ("Dexcom Clarity says I was in range.", set()),
        ("Fintepla for Dravet has changed our lives.", set()),
        # a listed name after a drug is still a name
        ("Gave Calpol Sarah and she slept.", {"Sarah"}),
    ],
)
def test_a_word_after_a_brand_is_part_of_the_product(text: str, flagged: set[str]) -> None:
    assert words_flagged(text) == flagged


def test_drug_shorthand_before_a_dose_is_no_age() -> None:
    text = "on humira 40 and pred 30 then down to 25. mtx 15 weekly, hcq 200."
    assert [s for s in detect(text, GB) if s.type is SpanType.AGE] == []
