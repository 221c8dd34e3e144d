"""People, firms and places where medicine told by its use stands (review 18).

The rules that keep a capitalised word as medicine by the words around it (a maker's
product, a device used "on the", a brand glossed by its generic, a test that "showed", a
supply in a list, an abbreviation spelt out or tested for, a German compound) were first
written from the medicine alone. A reviewer then put people, firms and places in the
same places; each case below left an identifier readable in the first version."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector
from tests.support.redact_posts import detector as shared_detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()  # one lexicon load for every redaction test module


def _found(detector: Detector, text: str) -> list[str]:
    return [s.text for s in detector.detect(text, EMPTY_PROFILE)]


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        # makers that are employers or people: no product in the sentence, a name-list
        # maker without a listed drug, work or a person as the one who switched
        ("my husband went from Pfizer to Roche last spring so new insurance", "Roche"),
        ("consultant changed from Abbott to Roche after the reshuffle", "Roche"),
        ("I borrowed a pen from Lilly at the support group", "Lilly"),
        ("she switched from Merck to Bayer and the health plan won't cover my Humira", "Bayer"),
        ("in the St Jude system since she was 3", "St Jude"),
        # joined capitals that are families, firms and places
        ("sat with the McKenzies in the unit during his dialysis", "McKenzies"),
        ("on the JetBlue flight home after chemo I threw up", "JetBlue"),
        ("my aunt lives off the DeKalb exit, handy for dialysis", "DeKalb"),
        # a carer's list of people and their medicine
        ("Night meds: Liam (melatonin 3mg), Ava (montelukast) and both asleep by 8.", "Liam"),
        # a town before a clinic named after an illness, a name before "came back from"
        ("the Box Hill fever clinic swabbed me", "Box Hill"),
        ("Echo came back from uni on Friday to help with Dad.", "Echo"),
        # a child with her medicine, a neighbour who rings
        ("up all night with our Jade with Calpol every four hours", "Jade"),
        ("the test strips and Ngaio rings twice a week to check on me", "Ngaio"),
        # a charity spelt out, an employer's check, a family counted
        ("Cancer Care Ontario (CCO) sent me the screening letter.", "CCO"),
        ("pre-employment screening for KPMG asked about my bipolar", "KPMG"),
        ("the two McGraths came round after my hysterectomy", "McGraths"),
        # a woman's name that ends like a German lysis
        ("Wir haben Marilyse zur Chemo mitgenommen.", "Marilyse"),
        # review 18b, after the first narrowing
        ("Mam got Ventolin from Roche next door.", "Roche"),
        ("a pen from Novartis, he's been a chemist there for years", "Novartis"),
        ("My pacemaker was put in at Abbott Northwestern.", "Abbott"),
        ("We've been in the St Jude system since her leukemia, her pump goes too.", "St Jude"),
        ("Booked at LakesideDermatology for the eczema.", "LakesideDermatology"),
        ("ordered mummy's insulin via the PharmEasy as usual", "PharmEasy"),
        ("Fundraiser for #JaxonsLymeDisease treatment", "JaxonsLymeDisease"),
        ("Night meds: Tavish (melatonin 3mg) and bed by 8.", "Tavish"),
        ("The list: blood sugar strips and Nomsa strips beds on Mondays.", "Nomsa"),
        ("Bloods for SAPS selection next week, my HIV status is nobody's business.", "SAPS"),
        ("Echo came back yesterday from her trip.", "Echo"),
        # review 18c, after the second narrowing
        ("MRI for BUPA approval is booked.", "BUPA"),
        ("my wife switched from Pfizer to Roche and her IBS calmed right down", "Roche"),
        ("Nach der Thrombolyse kam Annalyse mit Blumen.", "Annalyse"),
        ("Heute war Stent zu Besuch. Er bringt Kuchen mit.", "Stent"),
        ("kids' meds: Zeph (melatonin) and lights out", "Zeph"),
        ("leaning on Siphiwe for my epilepsy appointments", "Siphiwe"),
    ],
)
def test_an_identifier_where_medicine_stands_stays_redacted(
    detector: Detector, text: str, identifier: str
) -> None:
    assert any(identifier in found for found in _found(detector, text)), _found(detector, text)


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        ("my levo got switched at the chemist from Teva to Accord", "Accord"),
        ("The device side aches. 8 years with a St Jude box now.", "St Jude"),
        ("on the CoughAssist twice a day for the DMD", "CoughAssist"),
        ("Firazyr (icatibant) 30 mg in the thigh", "Firazyr"),
        ("Echo showed mild mitral stenosis.", "Echo"),
        ("Swab came back MRSA positive.", "Swab"),
        ("Coloplast bags, Brava rings are what I use.", "Brava"),
        ("The Paxman cold cap was freezing but worth it.", "Paxman"),
        ("my levo got switched at the chemist from Teva to Accord", "Teva"),
        ("Die Thrombolyse hat nur teilweise gewirkt.", "Thrombolyse"),
        ("MSLT mean latency 2.5 min, 4 SOREMPs.", "SOREMPs"),
    ],
)
def test_the_medicine_stays(detector: Detector, text: str, medicine: str) -> None:
    assert not any(medicine in found for found in _found(detector, text)), _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "living with Crohn's Ontario winters are brutal",
        "my HIV Western Cape clinic moved again",
        "TB Gauteng clinics are overrun again",
        "My TB Eastern Cape nurse is lovely.",
        "Cancer Queensland waiting times are a joke.",
    ],
)
def test_an_illness_before_a_place_is_no_charity(detector: Detector, text: str) -> None:
    detected = detector.detect(text, EMPTY_PROFILE)
    assert not [s.text for s in detected if s.type.name == "EMPLOYER"], detected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My friend Katya loves her Jaydess.", "Katya"),  # a pill's brand, and a woman
        ("My sister Katya came round with soup.", "Katya"),
        ("Nana Peg says she had nerves at my age.", "Peg"),  # a feeding tube's letters
    ],
)
def test_family_before_a_medical_word_makes_it_a_person(
    detector: Detector, text: str, name: str
) -> None:
    assert name in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "> bro Isotroin side effects r real??",  # "bro" said to the reader, no one's
        "from his mom. Skyrizi on-body injector 360 mg came today",  # across a full stop
        "my mum Katya 30/150 every day",  # a dose after it: the pill
    ],
)
def test_no_family_cue_leaves_the_medicine(detector: Detector, text: str) -> None:
    assert [s for s in detector.detect(text, EMPTY_PROFILE) if s.type.name == "NAME"] == []


def test_a_rare_word_saying_something_is_a_person(detector: Detector) -> None:
    found = detector.detect(
        "Cleaned the flat. Shug says he's never seen me finish a cup.", EMPTY_PROFILE
    )
    assert [s.text for s in found if s.type.name == "NAME"] == ["Shug"]


def test_a_rare_word_also_written_small_is_no_person(detector: Detector) -> None:
    """Lung sounds: "crackles in both bases. Crackles thought to be..." names no one."""
    text = "Lungs coarse with crackles in both bases. Crackles said to be from the pneumonia."
    assert [s for s in detector.detect(text, EMPTY_PROFILE) if s.type.name == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my principal let me swap my classes with Mnr. Venter so I can do chemo.", "Venter"),
        ("Dhr. de Vries belde over de afspraak.", "de Vries"),
    ],
)
def test_afrikaans_and_dutch_titles(detector: Detector, text: str, name: str) -> None:
    assert name in _found(detector, text)
