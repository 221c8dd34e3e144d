"""Review 14, organisation findings 5 and 6: what gets approved is no organisation, and
a department or a drug before a venue's word is no venue.

A treatment, care package or leave is the subject of "approved"/"denied" as often as an
insurer is ("TMS approved", "EHCP approved", "PA denied"): the payer's-verb frame
(employers_actors) must not take medicine's letters or these plans for a firm. A
hospital department before "Lab", "Pathology" or "Physio" names the room, and "ER"
after a brand no name list knows is a release form (employers_kinds). Hard negatives:
insurers, surnames and towns before these words stay hidden, and so do the people
beside them."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect, employers_actors
from app.redact.employers_kinds import KindFinder
from app.redact.lexicon import default_lexicon

GB = PrivacyProfile(region="GB")
_WORDISH = (SpanType.EMPLOYER, SpanType.PLACE, SpanType.NAME)


def actors(text: str) -> list[str]:
    return [s.text for s in employers_actors.find(text, default_lexicon())]


def kinds(text: str) -> list[str]:
    return [s.text for s in KindFinder(default_lexicon()).find(text)]


def found(text: str) -> list[str]:
    return [s.text for s in detect(text, GB) if s.type in _WORDISH]


@pytest.mark.parametrize(
    "text",
    [
        "TMS approved after 4 failed antidepressants.",
        "ECT approved for Mum.",
        "DBS approved for my Parkinson's.",
        "SCS approved for my back.",
        "ABA denied for my son.",
        "IOP approved, starting Monday.",
        "PHP denied by the insurer.",
        "DBT approved at last.",
        "HBOT denied again.",
        "STD denied my claim.",
        "CHC approved for Dad.",
        "DFG approved for the ramp.",
        "EHCP approved for my son.",
        "FMLA approved for 12 weeks.",
        "PA denied again.",
        "IVIG approved after the second appeal.",
        "CGM approved by the panel.",
        "TAVI approved for Grandad.",
    ],
)
def test_an_approved_treatment_is_no_organisation(text: str) -> None:
    assert actors(text) == [], text


@pytest.mark.parametrize(
    "text,name",
    [
        ("Aetna denied it.", "Aetna"),
        ("WPA approved the scan.", "WPA"),
        ("Bupa paid for the MRI.", "Bupa"),
        ("Medibank paid for the Humira.", "Medibank"),
    ],
)
def test_payers_are_still_organisations(text: str, name: str) -> None:
    assert name in actors(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Haematology Lab lost my sample.",
        "Cytology Lab called me back.",
        "Histopathology Lab sent the report.",
        "Virology Lab lost my swab.",
        "Neurophysiology Lab did my EEG.",
        "Coagulation Lab ran the INR.",
        "Echo Lab was running late.",
        "Haematology Pathology flagged my platelets.",
        "Orthopaedic Physio said 6 weeks.",
        "Paediatric Physio rang on Tuesday.",
        "Cardiac Physio said walk more.",
        "Microbiology Lab grew nothing.",
        "Seroquel ER made me groggy.",
        "Adderall XR was stopped.",
        "Gralise ER helped the nerve pain.",
    ],
)
def test_a_department_or_a_release_form_is_no_venue(text: str) -> None:
    assert kinds(text) == [], text
    first = text.split()[0]
    assert not [s for s in found(text) if first in s], text


@pytest.mark.parametrize(
    "text,name",
    [
        ("Ended up at Grady ER with chest pain.", "Grady ER"),
        ("Took the INR sample to Marlow Labs.", "Marlow Labs"),
        ("Went to Summit Urgent Care for the stitches.", "Summit Urgent Care"),
        ("Sent my bloods to Hollins Pathology on Monday.", "Hollins Pathology"),
        ("Tom took me to Whitby ER after the Humira.", "Whitby ER"),
    ],
)
def test_named_venues_stay_hidden(text: str, name: str) -> None:
    assert name in kinds(text), text
    assert any(name in s or s in name for s in found(text)), text


def test_people_beside_treatments_stay_hidden() -> None:
    text = "ECT approved for Mum, Priya drove us to Leeds after the Keytruda."
    hidden = found(text)
    assert "Priya" in hidden and "Leeds" in hidden, hidden
    assert not [s for s in hidden if "ECT" in s or "Keytruda" in s], hidden
