"""Capitalised runs inside a sentence (``orgs_titled``): names no list holds are hidden,
kinds, calendar words, medicine and headings are not."""

from __future__ import annotations

import re

import pytest

from app.profile import EMPTY_PROFILE
from app.redact import orgs_titled
from app.redact.engine import Detector
from tests.support.redact_posts import detector as shared_detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()  # one lexicon load for every redaction test module


def _found(detector: Detector, text: str) -> list[str]:
    return [
        s.text for s in orgs_titled.find(text, [], detector.lexicon, detector._medical_word, False)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I volunteer at the Knights Table food bank on Tuesdays.", "Knights Table"),
        ("Been with Coastal Plumbing eleven years and they've been good.", "Coastal Plumbing"),
        ("Signed up with Pure Gym again.", "Pure Gym"),
        ("Massive thanks to Hope Rising Recovery and their coaches.", "Hope Rising Recovery"),
        ("- Hope Rising Recovery peer coaches, especially one.", "Rising Recovery"),
        ("My account is with the Knights of Columbus now.", "Knights of Columbus"),
        ("Rang Harvest Moon to say I can't do my shift.", "Harvest Moon"),
        ("Coastal Plumbing came out today and fixed it.", "Coastal Plumbing"),
    ],
)
def test_a_run_of_capitalised_words_inside_a_sentence_is_taken_whole(
    detector: Detector, text: str, name: str
) -> None:
    assert name in _found(detector, text)
    spans = detector.detect(text, EMPTY_PROFILE)
    at = text.index(name)
    for word in re.finditer(r"[A-Z]\w*", name):  # every capitalised word hidden, by any rule
        a, b = at + word.start(), at + word.end()
        assert any(s.start <= a and b <= s.end for s in spans), word.group()


@pytest.mark.parametrize(
    "text",
    [
        "Blood Warriors group helped us.",  # two words at a sentence's start: maybe only one name
        "Blue Door cafe let me sit down.",  # an everyday first word opens the sentence
        "Zyklus Tag 14 heute.",  # German nouns in a text too short to tell
        "Finally heard from the Motor Neurone Disease team.",
        "Finally heard from Social Services about the ramp.",
        "Diagnosed with Multiple Sclerosis last year.",
        "## Things That Helped Me",
        "ordered a C4 and C1-INH level",
        "even on Indocap SR 75 twice daily",
        "We moved back from the United States.",
        "Cardiac rehab on Tuesdays and Thursdays with the physio.",
        "Lunch with Meera and PSA 4.1 after, knackered.",
        "Lunch with Aroha and ICD-10 M05.9 after.",
        "She said it ON THE PHONE again.",
        "A few drops of Rescue Remedy before the scan.",
        "Using Aveeno Dermexa cream twice a day.",
        "Rubbed Deep Heat into my lower back before bed.",
        "Took Night Nurse and slept twelve hours.",
        "Had a Tilt Table test today.",
        "Back on Low FODMAP after the holidays.",
        "Was told I have Sensory Processing issues.",
        "My Frozen Shoulder is finally thawing.",
        "Get Well Soon cards from the kids.",
        "Things That Helped: a heat pad.",
        "Thank You Coastal Plumbing For Sorting Our Boiler!",
    ],
)
def test_kinds_calendar_medicine_headings_and_codes_are_left_alone(
    detector: Detector, text: str
) -> None:
    assert _found(detector, text) == []


def test_german_text_is_left_to_the_german_finders(detector: Detector) -> None:
    text = "Die Diagnose Hodgkin-Lymphom Stadium IIA kam im Oktober."
    assert list(orgs_titled.find(text, [], detector.lexicon, detector._medical_word, True)) == []


def test_the_run_is_uncertain_and_of_no_set_type(detector: Detector) -> None:
    text = "I volunteer at the Knights Table food bank."
    (span,) = orgs_titled.find(text, [], detector.lexicon, detector._medical_word, False)
    assert span.uncertain and span.type.name == "OTHER"
