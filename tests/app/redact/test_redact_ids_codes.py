"""Reference numbers people copy off letters and forms: labels of many countries, a
value a few words after its label, and codes whose shape only an office writes. Medicine
writes codes too (development codes, genes, variants, registry numbers, doses,
readings), and those stay readable."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import detect
from app.redact import validators as v
from app.redact.ids_codes import code_shape, labelled_shape, registry


def spans(text: str, region: str = "GB") -> list[tuple[str, str]]:
    return [(s.text, s.type.name) for s in detect(text, PrivacyProfile(region=region))]


def ids(text: str, region: str = "GB") -> list[str]:
    return [t for t, kind in spans(text, region) if kind == "ID"]


@pytest.mark.parametrize(
    ("text", "region", "value"),
    [
        ("Practice number 0283316 goes on the medical aid form.", "ZA", "0283316"),
        ("URN 5520183 is on her wristband.", "AU", "5520183"),
        ("MR No. 31/774120 on the OPD card.", "IN", "31/774120"),
        ("Az. 7 C 204/24 steht auf dem Brief.", "DE", "7 C 204/24"),
        ("Antragsnummer 2025-771-0934 für die Reha.", "DE", "2025-771-0934"),
        ("prior auth # QA88120374 finally approved", "US", "QA88120374"),
        ("NDIS number 431 882 019 for the plan review.", "AU", "431 882 019"),
        ("Letter ref: GH/NEURO/55821 about the scan.", "GB", "GH/NEURO/55821"),
        ("EHIC 80372000011234567890 for the holiday", "IE", "80372000011234567890"),
        ("HCN 5512 004 118 on the back of the card", "CA", "5512 004 118"),
    ],
)
def test_labels_of_many_forms(text: str, region: str, value: str) -> None:
    assert value in ids(text, region)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the referral number they gave us is WRH-CARD-60231, still no date", "WRH-CARD-60231"),
        ("Ref on the envelope LTH/2025/71104 if that helps", "LTH/2025/71104"),
        ("Ref from the council housing team: HSG/BRD/24/0771.", "HSG/BRD/24/0771"),
        ("my claim number (from the email) is KP-5530-11902", "KP-5530-11902"),
        ("Policy number, according to the app, 38-5521-0047.", "38-5521-0047"),
    ],
)
def test_value_a_few_words_after_its_label(text: str, value: str) -> None:
    assert value in ids(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Letter from the trust, NBT-GASTRO-30917, I'll chase Monday.", "NBT-GASTRO-30917"),
        ("Appeal went in as SSCS/23/04418, fingers crossed.", "SSCS/23/04418"),
        ("his new card says 4FK7-WD2-PT63 so I told the chemist", "4FK7-WD2-PT63"),
        ("does the student plan (CSU-5518204) cover Vyvanse?", "CSU-5518204"),
    ],
)
def test_codes_by_their_shape(text: str, value: str) -> None:
    assert value in ids(text, "US")


@pytest.mark.parametrize(
    "text",
    [
        "Reading about ABBV-951 and LY3298176 in the trial news.",
        "Had BNT162b2 in 2021 and AZD1222 before that; MK-3475 is Keytruda.",
        "BRCA1 positive, JAK2 V617F negative, HLA-B27 positive.",
        "The variant is c.68_69delAG; PD-L1 80%, IL-6 high.",
        "COVID-19 in March, SARS-CoV-2 PCR negative since.",
        "Switched to the t:slim X2, the Libre 2 and the G7.",
        "BP 148/60, insulin 10/5/5, metformin 1-0-1, prednisolone 20/10/10.",
        "Pain 6/10 and sleep 8/8 on Tuesday.",
        "Enrolled in the Indian trial CTRI/2021/03/031234 last year.",
        "HPV-16/18 positive, R-CHOP-21 cycle 3, CA-19-9 was 40.",
        "Vent settings AC/700/12/60% PEEP 5, HR-110-133 overnight.",
        "Coded ICD-10 E11.9 and M54.5 on the letter, app version 4.12.1.",
    ],
)
def test_medicine_codes_are_not_ids(text: str) -> None:
    assert ids(text, "US") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Humira auth number PA-4419-2210 came through from Ireland", ["Humira", "Ireland"]),
        ("Keytruda claim ref, on the letter, KY/2025/41190 for Stelara too", ["Keytruda"]),
    ],
)
def test_ids_beside_brands_take_only_the_code(text: str, kept: list[str]) -> None:
    found = ids(text)
    assert len(found) == 1
    assert not any(word in found[0] for word in kept)


def test_a_name_beside_an_id_stays_hidden() -> None:
    found = spans("Dr Mahlangu's practice number is 0337718, Humira 40mg", "ZA")
    assert any("Mahlangu" in t for t, _ in found)
    assert ("0337718", "ID") in found
    assert not any("Humira" in t for t, _ in found)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Physio self-referral number 020 7946 0831.", "020 7946 0831", "PHONE"),
        ("Registration on 020-6645 7120 or online.", "020-6645 7120", "PHONE"),
        ("Appointment card says 21/06/2025, bring it.", "21/06/2025", "DATE"),
    ],
)
def test_phones_and_dates_keep_their_type(text: str, value: str, kind: str) -> None:
    assert (value, kind) in spans(text)


def test_shapes() -> None:
    assert code_shape("NBT-GASTRO-30917") and code_shape("HX/4471/22/B")
    assert not code_shape("AC/700/12/60")  # settings: no serial of four digits
    assert not code_shape("CTRI/2021/03/031234")  # a trial's registry number
    assert not code_shape("12-MAR-2025")  # a date
    assert not code_shape("DMB-44812")  # two groups: only after a label
    assert labelled_shape("DMB-44812") and labelled_shape("7702150482081")
    assert not labelled_shape("19/05/2025") and not labelled_shape("905-555-0138")
    assert not labelled_shape("LY3298176")  # a development code
    assert registry("NCT04280705") and registry("ISRCTN12345678")
    assert not registry("NCT0428")


def test_mbi_validator() -> None:
    assert v.mbi_valid("1EG4-TE5-MK73") and v.mbi_valid("1EG4TE5MK73")
    assert not v.mbi_valid("0EG4-TE5-MK73")  # opens with 1-9
    assert not v.mbi_valid("1SG4-TE5-MK73")  # S reads as 5
    assert not v.mbi_valid("1EG4-TE5-MK7")  # ten characters
    assert not v.mbi_valid("1EGA-TE5-MK73")  # the fourth is a digit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Booking ref KT7W2Q for the scan on Friday.", "KT7W2Q"),
        ("Sort code 40-11-62 and the account for the grant.", "40-11-62"),
        ("BSB 083-004 for the NDIS refund.", "083-004"),
        ("SV-Nummer 65 170839 J 003 auf dem Ausweis.", "65 170839 J 003"),
        ("Unser Zeichen: KR-5521/25, bitte angeben.", "KR-5521/25"),
        ("UBRN 0001 4471 2290 for the e-referral.", "0001 4471 2290"),
    ],
)
def test_bank_booking_and_german_letter_codes(text: str, value: str) -> None:
    assert value in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "the reference range was 135-145, sodium fine",
        "Booking ref for the MRI comes on Tuesday at 9.",
        "confirmation code FEV1 80 percent, order 2 boxes of Libre 2",
        "Ward round at 10, sort code of the week: Monday in Germany.",
    ],
)
def test_ranges_and_words_after_code_labels_are_not_ids(text: str) -> None:
    assert ids(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my claim no is kp-5530-11902 btw", "kp-5530-11902"),
        ("ref on the letter: lth/neuro/71104", "lth/neuro/71104"),
        ("member id, from the app, abc44812", "abc44812"),
    ],
)
def test_codes_typed_in_lower_case_after_a_label(text: str, value: str) -> None:
    assert value in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "follow-up-2024 went fine, sars-cov-2 negative",
        "the ref range is b12-1000 they said",
        "the reference range on the letter B12-1000",
    ],
)
def test_lower_case_words_and_reference_ranges_are_not_ids(text: str) -> None:
    assert ids(text) == []


@pytest.mark.parametrize(
    ("text", "region", "value"),
    [
        ("Mon numéro d'assurance maladie est LAVM 6120 0457.", "CA", "LAVM 6120 0457"),
        ("Numéro de dossier 5520-1187 à l'hôpital.", "CA", "5520-1187"),
        ("Geschäftszeichen: 31-K 2290/25 bitte angeben", "DE", "31-K 2290/25"),
        ("Sy pasiëntnommer is 5520183 by die kliniek.", "ZA", "5520183"),
    ],
)
def test_labels_in_french_german_and_afrikaans(text: str, region: str, value: str) -> None:
    assert value in ids(text, region)


def test_a_french_file_of_pages_is_no_id() -> None:
    assert ids("le dossier fait 12 pages, Humira 40 mg", "CA") == []
