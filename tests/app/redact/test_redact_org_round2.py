"""Organisations, second round (issue #9): a chain with a service word after it ("CVS
Specialty", "Boots Online Doctor"), an ordinary-word chain where it is visited ("a box
at Target", "Fortis hospital", "Shoppers on Whyte Ave said"), a work cue in brackets
after a chain, hospitals by nickname ("admitted to the Royal"), and firms by what the
sentence says they are (employers_described). Hard negatives: the same words in
ordinary use ("specialty", "online", "clicks", "target range"), people who share a
chain's or hospital's name ("my son Apollo", "Dr Ramsay"), medicine and devices, drug
makers, weekdays and countries."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import detect
from app.redact.employers_described import find as described
from app.redact.lexicon import default_lexicon

GB = PrivacyProfile(region="GB")


def hidden(text: str) -> list[str]:
    return [s.text for s in detect(text, GB)]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Pharmacy is CVS Specialty, they ship the pens cold.", "CVS Specialty"),
        ("Called Walgreens Specialty about the Enbrel delivery.", "Walgreens Specialty"),
        ("Got my Mounjaro from Boots Online Doctor this month.", "Boots Online Doctor"),
        ("Don't use Pharmacy Online, they ship warm insulin.", "Pharmacy Online"),
        ("Reaching for a box at Target (I work stocking overnight) my knee went.", "Target"),
        ("Kroger, where I work, gave me Friday off for dialysis.", "Kroger"),
        ("Got the salbutamol inhaler from Boots on the way home.", "Boots"),
        ("Shoppers on Whyte Ave said the Ozempic pens come in March.", "Shoppers"),
        ("Update: Shoppers on Whyte Ave had no Ozempic.", "Shoppers"),
        ("Fortis hospital in Mohali did the biopsy.", "Fortis hospital"),
        ("Spire clinic called to book the hip replacement.", "Spire"),
        ("Fortis Mohali ya Max? Dr Gill said Hb 8.4", "Fortis Mohali"),
        ("Spire Leeds did my knee arthroscopy.", "Spire Leeds"),
        ("The MRI at AIIMS took four months to get.", "AIIMS"),
        ("Admitted to the Royal with chest pain, troponin fine.", "Royal"),
        ("Back in the Gen after the seizure, consultant came round.", "Gen"),
        ("KMCH endo Dr Raghu said her HbA1c was 8.9%.", "KMCH"),
        ("RPAH clinic moved my infusion to Friday.", "RPAH"),
    ],
)
def test_organisation_or_venue_hidden(text: str, value: str) -> None:
    assert any(value in s for s in hidden(text)), hidden(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("The specialty pharmacy called about the Humira refill.", "specialty"),
        ("I ordered vitamin D online last week.", "online"),
        ("She clicks her pen when she is nervous.", "clicks"),
        ("Target range for glucose is 4 to 7.", "Target"),
        ("I take Humira every two weeks and feel better.", "Humira"),
        ("Keytruda every three weeks, scan next month.", "Keytruda"),
        ("Stelara injection went fine.", "Stelara"),
        ("Target on Monday, then the clinic.", "Target"),
        ("Next in line was me at the GP.", "Next"),
        ("Next Tuesday is the scan.", "Next"),
        ("In general the MRI was ok.", "general"),
        ("The scan at the Neuro clinic moved.", "clinic"),
        ("Boots and a coat, off to the physio.", "Boots"),
        ("ACTH clinic test next week, cortisol was low.", "ACTH"),
        ("COPD team rang about the Trelegy inhaler.", "COPD"),
    ],
)
def test_ordinary_use_stays(text: str, kept: str) -> None:
    assert not any(kept in s for s in hidden(text)), hidden(text)


def test_nickname_stands_alone() -> None:
    """ "the Royal Navy" is no hospital: the nickname rule takes "Royal" only alone."""
    assert "Royal" not in hidden("My brother joined the Royal Navy after his asthma cleared.")
    assert "Royal" in hidden("Admitted to the Royal with chest pain.")


@pytest.mark.parametrize(
    "text,value",
    [
        ("My son Apollo had his tonsils out.", "Apollo"),
        ("Dr Ramsay said the MRI was clear.", "Ramsay"),
        ("We flew from Iceland on Monday.", "Iceland"),
    ],
)
def test_people_and_countries_stay_hidden_as_themselves(text: str, value: str) -> None:
    spans = detect(text, GB)
    found = [s for s in spans if s.text == value]
    assert found, [s.text for s in spans]
    assert found[0].type.name != "EMPLOYER"


@pytest.mark.parametrize(
    "text,org",
    [
        ("Collective Ip is the brainchild of our 3 founders.", "Collective Ip"),
        ("Lumora Digital is a design agency based in Leeds.", "Lumora Digital"),
        ("Tessaly Labs is a start-up in Bristol.", "Tessaly Labs"),
        ("The forms are on the Kestrelvane website.", "Kestrelvane"),
        ("Ardent Harbour is a small consultancy near us.", "Ardent Harbour"),
    ],
)
def test_firm_by_what_it_is(text: str, org: str) -> None:
    assert org in [s.text for s in described(text, default_lexicon())]


@pytest.mark.parametrize(
    "text",
    [
        "This is a company I trust.",
        "Tuesday is a business day.",
        "Humira is a brand I tried.",
        "Check the NHS website for the dose.",
        "Sarah is a design agency owner.",
        "Germany is a country with good care.",
        "It was a start-up.",
    ],
)
def test_no_firm_described(text: str) -> None:
    assert [s.text for s in described(text, default_lexicon())] == []
