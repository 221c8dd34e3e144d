"""Charities named after a cause (``orgs_groups``, ``org_settle``): a society, a fund or
a region after an illness is an organisation, and the whole name is taken.

Three faults left them readable: "Irish Cancer Society" was found and then dropped as
an activity of everyday words ("Book Club"); "MS" opening "MS Society" was read as the
title "Ms" and trimmed away; and a fund or a state or province after a cause was no
charity's name."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact import orgs_groups
from app.redact.engine import Detector
from tests.support.redact_posts import detector as shared_detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()  # one lexicon load for every redaction test module


def _found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.type.name) for s in detector.detect(text, EMPTY_PROFILE)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Irish Cancer Society volunteer driver brings me in.", "Irish Cancer Society"),
        ("The Welsh Stroke Society sent a leaflet.", "Welsh Stroke Society"),
        ("The MS Society people at the wellness centre were lovely.", "MS Society"),
        ("The American Kidney Fund helped with premiums.", "American Kidney Fund"),
        ("Thanks to Autism Western Cape for every form.", "Autism Western Cape"),
        ("Cancer Council Queensland paid for the wig.", "Cancer Council Queensland"),
        ("Diabetes Tasmania runs a pump group.", "Diabetes Tasmania"),
    ],
)
def test_a_charity_named_after_a_cause_is_taken_whole(
    detector: Detector, text: str, name: str
) -> None:
    assert (name, "EMPLOYER") in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Book Club was at home this week.",  # everyday words before a club's word
        "I have MS and the fatigue is bad.",  # the illness alone
        "Ms Society of the parish rang.",  # no cause: a title stays a title
    ],
)
def test_no_cause_no_charity(detector: Detector, text: str) -> None:
    found = _found(detector, text)
    assert not [t for t, kind in found if kind == "EMPLOYER" and t != "Society"], found


def test_a_fund_without_a_cause_is_no_charity(detector: Detector) -> None:
    """This finder takes a fund only with a cause and another word in its name ("the
    Hardship Fund", "our IVF Fund" are money; whether another finder takes it as a firm
    is not this one's say)."""
    found = orgs_groups.find("Put the cheque in her College Fund.", detector.lexicon)
    assert list(found) == []
    found = orgs_groups.find("The Lupus Research Fund paid my bus fare.", detector.lexicon)
    assert [s.text for s in found] == ["Lupus Research Fund"]
    assert list(orgs_groups.find("Our IVF Fund is growing.", detector.lexicon)) == []


def test_a_blood_culture_is_no_province(detector: Detector) -> None:
    """A "BC" after a medical word is a blood culture, not British Columbia."""
    found = _found(detector, "Ceftriaxone IV Afebrile BC pending.")
    assert not [t for t, kind in found if kind == "EMPLOYER"], found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I went down to the Melanoma Institute for a second opinion.", "Melanoma Institute"),
        ("Seen at the Ottawa Heart Institute last week.", "Ottawa Heart Institute"),
    ],
)
def test_an_institute_is_taken_whole(detector: Detector, text: str, name: str) -> None:
    assert name in [found for found, _ in _found(detector, text)]  # a place or a body
