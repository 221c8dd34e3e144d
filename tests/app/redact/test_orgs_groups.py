"""Charities, patient organisations, unions and acronym organisations (``orgs_groups``,
``orgs_acronyms``): found whole in their frames, while medicine, people, days,
countries and national bodies beside them stay as they are."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector
from app.redact.spans import SpanType


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _found(detector: Detector, text: str) -> list[tuple[str, SpanType]]:
    return [(s.text, s.type) for s in detector.detect(text, EMPTY_PROFILE)]


def _texts(detector: Detector, text: str) -> list[str]:
    return [t for t, _ in _found(detector, text)]


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Gastroparesis UK sent me a grant for the taxi fares.", "Gastroparesis UK"),
        ("Tendai from Myositis Ireland runs the group on Tuesdays.", "Myositis Ireland"),
        ("Wiremu from Sarcoidosis NZ rang about the walk.", "Sarcoidosis NZ"),
        ("Kev from Glaucoma SA runs the class.", "Glaucoma SA"),
        ("Crohn's & Colitis UK's helpline was kind.", "Crohn's & Colitis UK"),
        (
            "The Narcolepsy Foundation Oregon chapter sent the letter.",
            "Narcolepsy Foundation Oregon chapter",
        ),
        ("Thanks to the QHAC Leinster chapter for the hamper.", "QHAC Leinster chapter"),
        ("The Hydrocephalus Association sent a pack.", "Hydrocephalus Association"),
        ("Rang the Northfield Kidney Trust about the grant.", "Northfield Kidney Trust"),
    ],
)
def test_charity_by_its_head_or_country_is_one_employer_span(
    detector: Detector, text: str, organisation: str
) -> None:
    assert (organisation, SpanType.EMPLOYER) in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "union"),
    [
        ("Work at the dairy and the SIPTU rep got me flexible hours.", "SIPTU"),
        ("My Unison rep Gary says they can't sack me.", "Unison"),
        ("The union (Unite) backed my appeal on the sick pay.", "Unite"),
        ("My union (SEIU 1199) got the disability sorted.", "SEIU 1199"),
        ("AFSCME got me the leave after the chemo.", "AFSCME"),
        ("Bei ver.di haben sie mir beim Widerspruch geholfen.", "ver.di"),
        ("The IG Metall Vertrauensmann kam vorbei.", "IG Metall"),
    ],
)
def test_unions_and_staff_bodies(detector: Detector, text: str, union: str) -> None:
    assert union in _texts(detector, text)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("KFTA case manager found the trial for my myeloma.", "KFTA"),
        ("BDSA paid all but $240 of the MRI.", "BDSA"),
        ("Claim with LPFN went through for the CT.", "LPFN"),
        ("Someone from ZAPS rang about the CPAP.", "ZAPS"),
        ("HDNZ helped with the school funding. Her TSH 6.1.", "HDNZ"),
        ("Big thanks @pals@mastodon.online and SCAGB. Endo is away.", "SCAGB"),
        ("OrgKID declined the Ozempic again.", "OrgKID"),
        ("Is there any charity? We tried KPSA in Mumbai, they said apply.", "KPSA"),
        ("The QMF extras paid most of the orthotics.", "QMF"),  # a fund's extras
        ("The WCC choir sang for Mum after chemo.", "WCC"),  # a church's choir
        ("BLS group insurance covered the infusions.", "BLS"),  # a firm's insurance
        ("The GSU health plan covers the psych gap.", "GSU"),
    ],
)
def test_acronym_in_an_organisations_frame(detector: Detector, text: str, acronym: str) -> None:
    assert acronym in _texts(detector, text)


def test_an_acronym_that_prefixes_a_claim_number_is_the_payer(detector: Detector) -> None:
    text = "QHF covered most of it, claim QHF-77031922 on the letter."
    assert "QHF" in _texts(detector, text)


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Herr Baumgartner von der Caritas hat den Hausnotruf organisiert.", "Caritas"),
        ("Die Techniker zahlt bei mir die Aminosäuremischung.", "Techniker"),
        ("Die DAK will für das Korsett ein zweites Gutachten.", "DAK"),
        ("Der VdK hilft beim Widerspruch gegen den Bescheid.", "VdK"),
        (
            "Termin vom Medizinischen Dienst Nordrhein wegen Pflegegrad.",
            "Medizinischen Dienst Nordrhein",
        ),
    ],
)
def test_german_organisations_by_article_and_list(
    detector: Detector, text: str, organisation: str
) -> None:
    assert organisation in _texts(detector, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The MRI helped and the CT paid off.", ["MRI", "CT"]),
        ("From ICU to the ward on Monday; Keytruda next.", ["ICU", "Keytruda", "Monday"]),
        ("My Cancer nurse was great and the arthritis class helps.", ["Cancer", "arthritis"]),
        ("The NHS paid for the Humira and DWP declined the PIP.", ["NHS", "Humira", "DWP", "PIP"]),
        ("HSE approved the Stelara and NDIS funded the chair.", ["HSE", "Stelara", "NDIS"]),
        ("Medicare covered the CPAP in the end.", ["Medicare", "CPAP"]),
        ("Lupus flare again, my Crohn's is worse in the UK winter.", ["Lupus", "Crohn's", "UK"]),
        ("The OT rep came on Wednesday and the GP said rest.", ["OT", "GP", "Wednesday"]),
        ("Thanks to CBT and EMDR I sleep better.", ["CBT", "EMDR"]),
        ("LOL the TENS machine helped more than anything.", ["LOL", "TENS"]),
        ("The COPD plan says two puffs; my HD nurse agrees.", ["COPD", "HD"]),
        ("HG plan is cyclizine; the AFO extras claim went through.", ["HG", "AFO"]),
        ("My TPD insurance claim is stuck and the MS is worse.", ["TPD", "MS"]),
        ("Diabetes clinic on Friday; Dementia is cruel.", ["Diabetes", "Dementia", "Friday"]),
        ("Northern Ireland is home and my asthma is fine.", ["asthma"]),
    ],
)
def test_medicine_bodies_days_and_countries_in_the_same_frames_stay(
    detector: Detector, text: str, kept: list[str]
) -> None:
    found = " ".join(_texts(detector, text))
    for word in kept:
        assert word not in found, (word, found)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She goes to dialysis MWF in Brownsville now.", "MWF"),
        ("Three GPs in Newcastle missed it before the MRI in Leeds.", "GPs"),
        ("Did my MBA in Sydney before the Humira.", "MBA"),
    ],
)
def test_letters_before_a_town_that_name_no_organisation(
    detector: Detector, text: str, kept: str
) -> None:
    assert kept not in " ".join(_texts(detector, text))


def test_a_forums_heading_line_is_not_an_organisation(detector: Detector) -> None:
    text = "Group: Lupus Warriors India\nHello all, my lupus is flaring again."
    assert not any("Lupus" in t for t in _texts(detector, text))


def test_names_beside_a_charity_stay_names(detector: Detector) -> None:
    found = _found(detector, "Aoife from Gastroparesis UK runs the group; Humira 40mg still.")
    assert ("Aoife", SpanType.NAME) in found
    assert not any("Humira" in t for t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "We sang in unison at the carol service, then Humira at 8.",
        "Let's unite against the stigma of Keytruda side effects.",
        "The community nurse came on Tuesday with the Stelara.",
    ],
)
def test_ordinary_words_on_the_list_need_a_frame(text: str) -> None:
    """The list's rule, without the tagger (which learned that a union may be written
    in lower case, and guesses "unison" as uncertain since session 22)."""
    found = _texts(Detector(rules_only=True), text)
    assert not any(w in " ".join(found) for w in ("unison", "unite", "community", "Humira"))
