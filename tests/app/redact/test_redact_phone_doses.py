"""Slashed doses are no North American phone numbers (review of 37b3e43): a unit after
the numbers makes them a schedule; a slashed number with a real area code and exchange
and no unit stays a phone number."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import Detector, phones_written


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    "text",
    [
        "Keppra went 250/500/1000 mg over three weeks.",
        "Calcium 600/400/1200 mg a day with Humira.",
        "vitamin D 800/800/2000 IU through the winter",
    ],
)
def test_a_dose_schedule_is_no_phone_number(detector, text):
    found = detector.detect(text, PrivacyProfile(region="US"))
    assert not [s for s in found if s.type.value == "PHONE"]


def test_an_n11_code_is_no_area_code_or_exchange():
    assert not list(phones_written.find("ref 311/555/1234 and 212/411/5555 on file"))


def test_a_slashed_number_without_a_unit_stays_a_phone(detector):
    found = detector.detect(
        "his wife (201/324/1423) confirms, Stelara", PrivacyProfile(region="US")
    )
    assert ("201/324/1423", "PHONE") in [(s.text, s.type.value) for s in found]


@pytest.mark.parametrize(
    "text",
    [
        "Keppra went 250/500/1000 over three weeks, then Humira.",
        "The dose 400/600/1200 was too quick, Stelara next.",
    ],
)
def test_slashed_steps_after_a_drug_or_a_dose_are_no_phone(text):
    assert not list(phones_written.find(text))


def test_a_drug_in_the_sentence_before_leaves_the_phone(detector):
    text = "Humira day. Call 201/324/1423 for the nurse."
    found = detector.detect(text, PrivacyProfile(region="US"))
    assert ("201/324/1423", "PHONE") in [(s.text, s.type.value) for s in found]
