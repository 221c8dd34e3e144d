"""Places and employers a review found hiding medicine or people: eponyms and
symptoms after care words, a disease's stage, care settings in lower case, numbered
leagues and school years, lists of people; and a German firm opening a sentence.
Each case failed before its fix; the cases beside them that name a place or a firm
guard the rule's gain."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")
US = PrivacyProfile(region="US")
DE = PrivacyProfile(region="DE")


def hidden(text: str, words: str, profile: PrivacyProfile = GB) -> bool:
    """Some character of ``words`` lies inside a span."""
    start = text.index(words)
    spans = detect(text, profile)
    return any(s.start < start + len(words) and start < s.end for s in spans)


def typed(text: str, profile: PrivacyProfile = GB) -> list[tuple[str, SpanType]]:
    return [(s.text, s.type) for s in detect(text, profile)]


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Had my appointment at Parkinson's clinic today, Sinemet 4x daily.", "Parkinson"),
        ("Consultant in Cushing's clinic said my cortisol was high.", "Cushing"),
        ("Seen in Addison's clinic, hydrocortisone 20mg", "Addison"),
        ("The physio in Rehab was lovely, knee bending to 90.", "Rehab"),
        ("Saw the consultant at Cushing clinic about my adrenals.", "Cushing"),
    ],
)
def test_eponym_or_common_word_after_care_is_no_town(text: str, kept: str) -> None:
    assert not hidden(text, kept), typed(text)


def test_town_that_names_a_scale_after_care_still_found() -> None:
    text = "Physio at Epworth again on Tuesday, knee is better."
    assert ("Epworth", SpanType.PLACE) in typed(text), typed(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Suffering from Chronic Fatigue again this week.", "Chronic Fatigue"),
        ("Woke up in Hot Flushes all night, HRT patch due.", "Hot Flushes"),
        ("Suffering from Tennis Elbow since the gardening.", "Tennis Elbow"),
        ("Suffering from Cluster Headaches, on verapamil 80mg.", "Cluster Headaches"),
        ("Still in Brain Fog recovery after covid.", "Brain Fog"),
    ],
)
def test_symptom_pairs_after_in_or_from_are_no_places(text: str, kept: str) -> None:
    assert not hidden(text, kept), typed(text)


@pytest.mark.parametrize(
    "text,place",
    [
        ("Moved here from Kemble Locks last year, Humira since.", "Kemble Locks"),
        ("We live in Tarrow Park now, Stelara every 8 weeks.", "Tarrow Park"),
        ("She grew up in Kings Heath before the MS.", "Kings Heath"),
    ],
)
def test_place_pairs_after_in_or_from_still_found(text: str, place: str) -> None:
    assert hidden(text, place), typed(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Mother diagnosed with Carcinoma 3rd stage in March.", "Carcinoma"),
        ("Dad has Lymphoma 2nd stage, R-CHOP next week.", "Lymphoma"),
        ("Myeloma 3rd stage, on Revlimid 25mg.", "Myeloma"),
        ("Hodgkins 2nd stage they said, ABVD starts Monday.", "Hodgkins"),
        ("mum has sarcoma 3rd stage now", "sarcoma"),
    ],
)
def test_disease_stage_is_no_suburb(text: str, kept: str) -> None:
    assert not hidden(text, kept), typed(text)


def test_suburb_block_still_found() -> None:
    text = "dialysis centre is in koramangala 4th block now"
    assert hidden(text, "koramangala 4th block", PrivacyProfile(region="IN"))


@pytest.mark.parametrize(
    "text,kept",
    [
        ("in ane for 6 hours with chest pain, troponin fine", "ane"),
        ("at ohs for my fit note on monday", "ohs"),
        ("in edu for obs all night, sats 94", "edu"),
    ],
)
def test_care_settings_in_lower_case_are_no_hospitals(text: str, kept: str) -> None:
    assert not hidden(text, kept), typed(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("He played for the 1st Division side, knees gone, on naproxen.", "1st Division side"),
        ("He plays in the 2nd Division now, ibuprofen after every match.", "2nd Division"),
        ("My son is in 3rd Division at school, his asthma is better.", "3rd Division"),
    ],
)
def test_numbered_division_alone_is_no_unit(text: str, kept: str) -> None:
    assert not [t for t, k in typed(text) if k is SpanType.EMPLOYER], typed(text)


@pytest.mark.parametrize(
    "text,unit",
    [
        ("He was in 3 Rifles for six years before the PTSD.", "3 Rifles"),
        ("Served with 2 Para, now on sertraline 50mg.", "2 Para"),
        ("Grandad was in the 1st Division Royal Irish in the war.", "1st Division Royal Irish"),
        ("She was a nurse at 22 Field Hospital before the MS.", "22 Field Hospital"),
    ],
)
def test_units_of_the_forces(text: str, unit: str) -> None:
    assert (unit, SpanType.EMPLOYER) in typed(text), typed(text)


@pytest.mark.parametrize(
    "text,gap",
    [
        ("Verdafero is the brainchild of our 3 founders: Eklund, Michael and Hodge.", " and "),
        ("Galorath is the brainchild of our 3 founders: Morrison, Rogers and Torres.", " and "),
        ("Had lunch with Eklund, Michael and Hodge after the Humira clinic.", " and "),
    ],
)
def test_three_people_are_no_firm(text: str, gap: str) -> None:
    at = text.index(gap)
    assert not any(s.start <= at + 1 < s.end for s in detect(text, US)), typed(text, US)


@pytest.mark.parametrize(
    "text,firm",
    [
        (
            "The Barnett, Melton and Garcia songwriter was there before my Keytruda.",
            "Barnett, Melton and Garcia",
        ),
        ("I temped at Barnett, Mitchell and Garcia before the MS.", "Barnett, Mitchell and Garcia"),
    ],
)
def test_partners_of_a_firm_still_one_name(text: str, firm: str) -> None:
    assert (firm, SpanType.EMPLOYER) in typed(text), typed(text)


@pytest.mark.parametrize(
    "text,firm",
    [
        ("Beim Autohaus Seitz arbeite ich seit 2019, Ibuprofen 600 hilft.", "Autohaus Seitz"),
        ("Bei der Spedition Kohlmaier fahre ich, HbA1c 7,9.", "Spedition Kohlmaier"),
    ],
)
def test_german_trade_and_owner_opening_a_sentence(text: str, firm: str) -> None:
    assert (firm, SpanType.EMPLOYER) in typed(text, DE), typed(text, DE)
