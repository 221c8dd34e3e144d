"""A profile term inside a medical token is medicine there ("CA" of "CA-125", "A" of
"Vitamin A", a place's short form "RA" where the writer has rheumatoid arthritis); the
same term used as the person or place is still redacted."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact.engine import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _profile(**kinds: list[str]) -> PrivacyProfile:
    data = {"self": [], "people": [], "places": [], "employers": [], "other": [], "region": "GB"}
    data.update(kinds)
    return PrivacyProfile.from_eval(data)


def _covered(detector: Detector, text: str, word: str, profile: PrivacyProfile) -> bool:
    start = text.index(word)
    end = start + len(word)
    return any(s.start < end and start < s.end for s in detector.detect(text, profile))


@pytest.mark.parametrize(
    ("text", "word", "kinds"),
    [
        ("My CA-125 is normal again.", "CA", {"people": ["CA"]}),
        ("Hep A and Vitamin A both fine.", "A", {"self": ["A"]}),
        ("Lupus class IV on the biopsy.", "IV", {"people": ["IV"]}),
        ("Got the MS diagnosis on Friday.", "MS", {"people": ["MS"]}),
        ("Also have RA in both hands.", "RA", {"places": ["RA"]}),
        ("Had an MRI on my knee.", "MRI", {"places": ["Manchester Royal Infirmary"]}),
        ("Started 5MG of it", "MG", {"people": ["MG"]}),
    ],
)
def test_profile_terms_inside_medicine_are_kept(
    detector: Detector, text: str, word: str, kinds: dict[str, list[str]]
) -> None:
    assert not _covered(detector, text, word, _profile(**kinds))


@pytest.mark.parametrize(
    ("text", "word", "kinds"),
    [
        ("A said hi after my Vitamin A test.", "A said", {"self": ["A"]}),
        ("MS said the MRI was fine.", "MS", {"people": ["MS"]}),
        ("Then at the MRI again for bloods.", "MRI", {"places": ["Manchester Royal Infirmary"]}),
        ("Saw the RA nurse at the JR.", "JR", {"places": ["JR"]}),
        ("Mag brought my Humira 40mg round.", "Mag", {"people": ["Mag"]}),
        ("gave Sarah 5mg of Calpol", "Sarah", {"people": ["Sarah"]}),
        ("Sarah-2 posted again", "Sarah", {"people": ["Sarah"]}),
        ("S. Jones rang about my B12.", "S. Jones", {"people": ["Jones"]}),
    ],
)
def test_profile_terms_used_as_themselves_are_caught(
    detector: Detector, text: str, word: str, kinds: dict[str, list[str]]
) -> None:
    assert _covered(detector, text, word, _profile(**kinds))
