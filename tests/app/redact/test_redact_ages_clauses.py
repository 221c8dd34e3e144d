"""The writer's age in a clause after a greeting's comma or a dash, after a sentence
that names them, beside a year, in German after "jetzt"; a young child's age in months
("Poppy (18 months)", "sat up at 7 months"). Hard negatives: readings, doses, scores and
counts in the same places, drug names before a bracket, plans "at 6 months"."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact.engine import Detector
from app.redact.spans import SpanType


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def typed(detector: Detector, text: str, kind: str) -> list[str]:
    return [s.text for s in detector.detect(text, PrivacyProfile()) if s.type == kind]


def found(detector: Detector, text: str) -> list[str]:
    return [s.text for s in detector.detect(text, PrivacyProfile())]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Morning all, I'm 41 in Tamworth and on mesalazine 2.4g.", "41"),
        ("Hello lovely people — I'm 36 in Kelowna, new here.", "36"),
        ("Hey everyone - she's 52 in Bendigo now.", "52"),
        ("Marta from Gdansk. 44, ankylosing spondylitis, on etanercept.", "44"),
        ("Born in spring 1987, 38 now and tired.", "38"),
        ("Er ist jetzt 83 und will noch spazieren gehen.", "83"),
        ("Diagnosis at last - fibromyalgia (FMS)\n\n44. walked into a door today", "44"),
    ],
)
def test_own_age_after_a_comma_a_dash_or_a_sentence(
    detector: Detector, text: str, age: str
) -> None:
    assert age in typed(detector, text, "AGE")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Our little one Isla (9 months) has her repair on Friday.", "9 months"),
        ("my son (7 weeks old) has reflux", "7 weeks old"),
        ("Our son had the op at 5 months and now the baby crawls.", "5 months"),
        ("Unsere Tochter (3 Monate) hat Reflux, Nexium 10 mg.", "3 Monate"),
        ("Unser Sohn ist 4 Monate alt und trinkt schlecht.", "4 Monate alt"),
    ],
)
def test_a_child_age_in_months(detector: Detector, text: str, age: str) -> None:
    assert age in typed(detector, text, "AGE")


@pytest.mark.parametrize(
    "text",
    [
        "Hi all, CRP 34 and ferritin 12, still tired.",
        "Hi friends — I'm 3 weeks post-op on oxycodone 5mg.",
        "Hey everyone - pain 6/10 today, PHQ-9 of 14.",
        "Morning all, HbA1c 48, eGFR 61.",
        "Hi all — I'm 2 days in on Wegovy.",
        "Started Humira. 40 every other week.",
        "ER 34 PR 12 HER2 negative",
        "Sie hat 12 Punkte im Test.",
        "My bloods:\n\n11. ferritin\n12. B12",
    ],
)
def test_readings_doses_and_counts_after_a_comma_are_no_age(detector: Detector, text: str) -> None:
    assert typed(detector, text, "AGE") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Started Keytruda (12 months) last year, the kids are fine.", "12 months"),
        ("Stelara (3 months) worked for my daughter.", "3 months"),
        ("Review at 6 months, my son is fine.", "6 months"),
        ("Bloods at 3 months for my daughter.", "3 months"),
        ("She was 5 months pregnant with my daughter.", "5 months"),
        ("Humira (3 Monate) hat nicht geholfen, meine Tochter auch nicht.", "3 Monate"),
        ("Seit 4 Monaten nehme ich Metformin, mein Sohn hilft.", "4 Monaten"),
    ],
)
def test_a_course_or_a_plan_in_months_is_no_age(detector: Detector, text: str, kept: str) -> None:
    assert not any(kept in span for span in found(detector, text))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("My boy started walking at 11 months.", "11 months"),
        ("Our little one rolled over at 5 months!", "5 months"),
    ],
)
def test_a_child_said_in_two_words_opens_the_months_gate(text: str, age: str) -> None:
    """A session-13 review: the gate's word set had lost "my boy" and "little one"."""
    spans = Detector().detect(text, PrivacyProfile())
    assert any(text[s.start : s.end] == age and s.type is SpanType.AGE for s in spans)
