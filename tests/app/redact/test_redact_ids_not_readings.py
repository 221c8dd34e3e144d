"""A label a clause away from its value must name an identifier, and the value must not
read as a measure; genes and variants are never IDs (review 14, findings 4 and 7).

"The referral said platelets were 150000": a noun of care or a payer opens sentences
about readings, doses, schedules and money, so only an identifier's own label (or any
label with its "number"/"no"/"ref") stands a clause before its value. A genetic report
writes codes too ("MTHFR-C677T-A1298C", "rs1801133", "CYP2D6")."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import detect
from app.redact.ids_codes import genetic


def spans(text: str, region: str = "GB") -> list[tuple[str, str]]:
    return [(s.text, s.type.name) for s in detect(text, PrivacyProfile(region=region))]


def ids(text: str, region: str = "GB") -> list[str]:
    return [t for t, kind in spans(text, region) if kind == "ID"]


@pytest.mark.parametrize(
    "text",
    [
        "The referral said platelets were 150000 last time.",
        "The referral letter said neutrophils were 1200000 on Monday.",
        "My chart says hCG was 125000 yesterday.",
        "My chart says ferritin was 1250000 which cannot be right.",
        "Our medical aid said viral load 240000 is too high.",
        "Our medical aid said CD4 count 350000 was fine, Humira approved.",
        "Papa admitted in IPD as platelets dropped to 120000.",
        "Ward round said viral load 2400000 copies.",
        "Prescription for vitamin D 100000 IU once a month.",
        "Prescription 100000 IU weekly.",
    ],
)
def test_readings_and_doses_after_a_noun_of_care_are_no_ids(text: str) -> None:
    assert ids(text, "ZA") == []


@pytest.mark.parametrize(
    "text",
    [
        "Pump settings: basal 0000-0600 at 0.8 units.",
        "Kit instructions: fast 2200-0800 before the test.",
        "Ward round: bolus 0600-1200 for Keytruda day.",
        "My scheme only paid R12000",
        "The scheme paid R45000 for Stelara.",
        "Insurance covered Rs 250000",
        "Insurance only covered $125000 of the surgery.",
    ],
)
def test_schedules_and_money_are_no_ids(text: str) -> None:
    assert ids(text, "IN") == []


def test_nam_and_dossier_name_no_identifier_alone() -> None:
    found = spans("Nam said my platelets were 150000 yesterday.", "CA")
    assert ("Nam", "NAME") in found and not ids("Nam said my platelets were 150000.", "CA")
    assert ids("Mon dossier dit que mes plaquettes sont 150000.", "CA") == []
    assert ids("Mon dossier no 5520-1187 est prêt pour Stelara.", "CA") == ["5520-1187"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the referral number they gave us is 88213456, platelets were fine", "88213456"),
        ("Practice number for Dr Mokoena's rooms is 0337182.", "0337182"),
        ("Priya's claim number (from the letter) is KP-5530-11902, Humira ok.", "KP-5530-11902"),
        ("Ref on the envelope LTH/2025/71104 if that helps", "LTH/2025/71104"),
        ("Booking ref K12345B for the MRI.", "K12345B"),
    ],
)
def test_identifier_labels_still_reach_a_clause_away(text: str, value: str) -> None:
    found = spans(text, "ZA")
    assert (value, "ID") in found
    assert not any("Humira" in t for t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Genetic result: MTHFR-C677T-A1298C compound heterozygous.",
        "The NHS letter says prothrombin G20210A heterozygous.",
        "My chart lists Factor V Leiden and prothrombin G20210A.",
        "My referral says rs1801133 homozygous.",
        "Referral CYP2D6 testing before tamoxifen.",
        "Pharmacogenomic order CYP2D6 and CYP2C19 came back",
        "Prior authorization CYP2C19 genotype",
        "Test showed BRAF V600E and KRAS G12C, order UGT1A1 next.",
        "Trial drug LY-3298176-01",
    ],
)
def test_genes_and_variants_are_no_ids(text: str) -> None:
    assert ids(text, "US") == []


def test_a_name_beside_a_variant_stays_hidden() -> None:
    found = spans("Genotype: CYP2C19*2 for Priya, prothrombin G20210A, from Leeds.", "GB")
    assert ("Priya", "NAME") in found and ("Leeds", "PLACE") in found
    assert not ids("Genotype: CYP2C19*2 for Priya, prothrombin G20210A.", "GB")


def test_genetic_shapes() -> None:
    assert genetic("MTHFR-C677T-A1298C") and genetic("CYP2C19*2") and genetic("RS1801133")
    assert genetic("G20210A") and genetic("V600E") and genetic("F508DEL")
    assert not genetic("K12345B")  # five digits between: no amino acid's place
    assert not genetic("KIT-2291-4471") and not genetic("KT7W2Q") and not genetic("HX-4471")


def test_code_labels_are_whole_words() -> None:
    # "ref" inside "Referral" made a six-character code of two digits enough
    assert ids("Referral CYP2D6 testing before tamoxifen.") == []
    assert ids("Booking ref KT7W2Q for the scan on Friday.") == ["KT7W2Q"]
