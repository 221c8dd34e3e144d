"""Organisations in a person's life (issue #9): a name with the head that makes it an
organisation or a venue is one span over name and head (org_settle, employers_kinds),
a verb of getting in touch before it is no part of it, and the brands of insurers,
housing associations, pharmacies, labs and gyms are known by name (data/chains.txt).
Hard negatives: medicine, national bodies, drug makers, weekdays and countries stay
readable, and people's names beside these stay hidden."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")
_WORDISH = (SpanType.EMPLOYER, SpanType.PLACE, SpanType.NAME)


def found(text: str) -> list[str]:
    return [s.text for s in detect(text, GB) if s.type in _WORDISH]


def hidden(text: str) -> list[str]:
    return [s.text for s in detect(text, GB)]


@pytest.mark.parametrize(
    "text,whole",
    [
        ("Clarion Housing still haven't fixed the damp.", "Clarion Housing"),
        ("Versa Living sent someone about the mould.", "Versa Living"),
        ("Rang Leeds City Council about the blue badge.", "Leeds City Council"),
        ("Emailed Bristol City Council about my COPD.", "Bristol City Council"),
        ("Our landlord, Grainger plc, ignored the letter.", "Grainger plc"),
        ("Sanctuary Housing Association moved us downstairs.", "Sanctuary Housing Association"),
        ("Ended up at Grady ER with chest pain.", "Grady ER"),
        ("Took the INR sample to Marlow Labs.", "Marlow Labs"),
        ("Went to Summit Urgent Care for the stitches.", "Summit Urgent Care"),
        ("My husband works for Okonjo Ltd in the stores.", "Okonjo Ltd"),
    ],
)
def test_name_and_head_are_one_span(text: str, whole: str) -> None:
    assert whole in found(text), found(text)


@pytest.mark.parametrize(
    "text,brand",
    [
        ("Aetna denied the Ozempic prior auth again.", "Aetna"),
        ("Medibank paid for most of the CT scan.", "Medibank"),
        ("Star Health rejected my claim for the angiogram.", "Star Health"),
        ("Southern Cross won't cover the colonoscopy.", "Southern Cross"),
        ("Die Barmer zahlt das Mounjaro nicht.", "Barmer"),
        ("Got my sertraline from Pharmacy2U this week.", "Pharmacy2U"),
        ("Bloods at Ampath on Monday, Humira on Tuesday.", "Ampath"),
        ("Peabody finally sent a surveyor about the damp.", "Peabody"),
        ("Discovery Health declined the MRI motivation.", "Discovery Health"),
        ("Die Techniker Krankenkasse hat die Reha genehmigt.", "Techniker Krankenkasse"),
    ],
)
def test_known_organisation_is_hidden(text: str, brand: str) -> None:
    assert any(brand in f for f in found(text)), found(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Living with Crohn's is exhausting. Trust me.", "Living"),
        ("My mental health is bad this week.", "mental health"),
        ("The Pfizer jab made my arm sore.", "Pfizer"),
        ("Switched to the Abbott Libre sensor on Monday.", "Abbott"),
        ("The Novo pens are easier than the old ones.", "Novo"),
        ("The NHS app shows my blood test results.", "NHS"),
        ("DWP stopped my PIP again.", "DWP"),
        ("Medicare covers the wheelchair rental.", "Medicare"),
        ("Back on Friday for the Keytruda trial, Bupa willing.", "Friday"),
        ("The Canadian plan with Manulife covers Humira.", "Canadian"),
        ("Stelara, Humira and Keytruda all failed me.", "Humira"),
        ("The ER doctor gave me morphine.", "ER"),
        ("Called the Group practice about my Stelara.", "Stelara"),
    ],
)
def test_medicine_bodies_days_and_countries_stay(text: str, kept: str) -> None:
    assert not any(kept in h for h in hidden(text)), hidden(text)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Priya drove me to Walgreens on Monday for the insulin.", "Priya"),
        ("Sean from Clarion Housing came on Friday.", "Sean"),
        ("Hamid rang Aetna on Wednesday about the Humira.", "Hamid"),
    ],
)
def test_people_beside_organisations_stay_hidden(text: str, name: str) -> None:
    assert name in found(text), found(text)


@pytest.mark.parametrize(
    "text,venue",
    [
        ("Destiny at the United Supermarkets pharmacy saved me twice.", "United Supermarkets"),
        ("Walked to Chapter café in Canton and sat for an hour.", "Chapter"),
        ("Test came back positive, the one inside the CVS on Route 9.", "CVS"),
        ("The Boots on the High St had no naproxen.", "Boots"),
    ],
)
def test_venue_named_by_its_shape(text: str, venue: str) -> None:
    assert venue in found(text), found(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Went to a Greek restaurant on Friday.", "Greek"),
        ("The boots on the stairs are muddy.", "boots"),
        ("I hit the Target in time for the Humira.", "Target"),
        ("Anyone use the Ochsner MS clinic for Ocrevus?", "MS"),
    ],
)
def test_venue_shape_leaves_kinds_and_medicine(text: str, kept: str) -> None:
    assert not any(kept in h for h in hidden(text)), hidden(text)
