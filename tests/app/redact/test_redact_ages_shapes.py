"""Ages written without the usual cue words: a sex marker glued to the number, a
comparison, a bound after a person, German "mit 34", and a number set off by commas
after a condition; and the medicine in the same shapes that must stay."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import detect
from app.redact.spans import SpanType


def _ages(text: str) -> list[str]:
    return [s.text for s in detect(text, EMPTY_PROFILE) if s.type is SpanType.AGE]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("f34 with lupus, any tips?", "f34"),
        ("F34, POTS, EDS", "F34"),
        ("as a m29 i was ignored by every GP", "m29"),
        ("Hi all (M58) here, afib on Eliquis.", "M58"),
        ("My mum is older than 80, so they won't operate.", "80"),
        ("I'm older than 60, is that a problem for Leqembi?", "60"),
        ("she's over 70 and on warfarin.", "70"),
        ("Ich habe mit 34 die Diagnose bekommen.", "34"),
        ("Die 9-Jährige hat jetzt Diabetes.", "9"),
        ("POTS and EDS, 29, from the north.", "29"),
        ("my daughter with T1D, 14, is doing great", "14"),
        ("me 34f, hubby 36m, both coeliac.", "34"),
        ("I'm 34f, and tired.", "34"),
        ("a friend, 29f, told me about this group.", "29"),
        ("my nephew 6yrs, on Ventolin.", "6"),
        ("f/34/uk here, endo", "34"),
        ("34/f/uk here, endo", "34"),
        ("bhai my father 71 yrs, creatinine 2.3, urea 64.", "71"),
        ("My son with autism, 9, loves trains.", "9"),
    ],
)
def test_an_age_without_the_usual_cue_is_found(text: str, age: str) -> None:
    assert age in _ages(text)


@pytest.mark.parametrize(
    "text",
    [
        "the M25 was jammed so we were late for the infusion",
        "dx F32.1 on the letter",
        "Ich nehme es mit 2 Tabletten ein, mit 5 mg.",
        "Took Sertraline, 50, then 100 after a month.",
        "Lyrica, 75, twice a day.",
        "Meds: Humira, 40, fortnightly.",
        "Creon, 4, with meals.",
        "Ferritin, 9, is low.",
        "pain, 7, all day.",
        "PHQ-9, 14, GAD-7, 11.",
        "My BP is over 140 most mornings.",
        "the wait is longer than 18 weeks",
        "my sugar is over 14 after dinner",
        "a 20m walk and I'm done.",
        "I did a 5k and a 400m swim.",
        "for 6yrs I've had it.",
        "3yrs ago I was diagnosed.",
        "Temp 101f overnight.",
        "£15m for the new ward.",
        "about 30m later I felt sick.",
        "every 3mo infusions.",
        "my son 6 years ago had it.",
        "married to my husband 20 years now.",
    ],
)
def test_medicine_and_counts_in_the_same_shapes_stay(text: str) -> None:
    assert _ages(text) == []


def test_a_glued_age_reads_as_a_band_in_the_post() -> None:
    from app.redact.detect_cli import default_post

    post, _ = default_post("me 34f, hubby 36m, my nephew 6yrs, all coeliac.", EMPTY_PROFILE)
    assert "34" not in post and "36" not in post
    assert "thirtysomething," in post.lower() and "somethingf" not in post.lower()
    assert "childyrs" not in post
