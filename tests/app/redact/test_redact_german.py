"""German entries: capitalised nouns are not names; names still are."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect
from app.redact.german import german_word, is_german

DE = PrivacyProfile(region="DE")


def names(text: str) -> list[str]:
    return [s.text for s in detect(text, DE) if s.type in (SpanType.NAME, SpanType.PLACE)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Nacht war schlimm. Danach Termin beim Arzt. Morgen früh Blutabnahme.",
        "Weihnachtsstress. Kontrolle beim Kardiologen, danach Reha.",
        "Meine Tochter hat seit dem Sommer Asthma, die Kinderärztin ist super.",
        "Heute wieder Kopfschmerzen. Nächster Termin ist im Herbst.",
    ],
)
def test_german_nouns_are_not_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text,found",
    [
        ("Mein Sohn Lukas hat Diabetes, wir wohnen in Leipzig.", ["Lukas", "Leipzig"]),
        ("Klaus war mit mir bei Dr. Brandt in der Praxis.", ["Klaus", "Brandt"]),
        ("Petra ist 72 und hat Vorhofflimmern.", ["Petra"]),
    ],
)
def test_german_names_and_towns_are_still_found(text: str, found: list[str]) -> None:
    assert names(text) == found


def test_german_is_told_by_its_function_words() -> None:
    assert is_german("Die Nacht war schlimm. Danach Termin beim Arzt.")
    # English with "die", "war", "was", "also" is not German
    assert not is_german("I was afraid I would die in the war, also the pain was bad.")


@pytest.mark.parametrize(
    "word,ordinary",
    [
        ("Termin", True),
        ("Blutabnahme", True),
        ("Rheumaambulanz", True),
        ("Klaus", False),
        ("Leipzig", False),
        ("Okafor", False),
    ],
)
def test_german_word_list(word: str, ordinary: bool) -> None:
    assert german_word(word) is ordinary


def test_a_german_kin_word_is_no_town() -> None:
    assert names("Danach ging es mir schlecht. Meine Oma ist 93.") == []
