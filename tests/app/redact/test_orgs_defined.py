"""An organisation's letters defined after its name (``orgs_defined``): the name, the
letters and every later use of the letters are hidden; medicine and countries are not."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector
from tests.support.redact_posts import detector as shared_detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()  # one lexicon load for every redaction test module


def _covered(detector: Detector, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text, EMPTY_PROFILE)]


@pytest.mark.parametrize(
    ("text", "name", "letters"),
    [
        (
            "The Irish Motor Neurone Disease Association (IMNDA) were great. "
            "IMNDA nurse coming Fri.",
            "Irish Motor Neurone Disease Association",
            "IMNDA",
        ),
        (
            "I joined Knights Table Community Kitchen (KTCK) last year and KTCK staff are lovely.",
            "Knights Table Community Kitchen",
            "KTCK",
        ),
        ("My account with Bank of Ireland (BoI) is fine, BoI said so.", "Bank of Ireland", "BoI"),
    ],
)
def test_the_name_its_letters_and_their_later_uses_are_hidden(
    detector: Detector, text: str, name: str, letters: str
) -> None:
    covered = _covered(detector, text)
    assert any(name in c for c in covered)
    assert sum(c == letters for c in covered) == text.count(letters)


@pytest.mark.parametrize(
    "text",
    [
        "I have Chronic Obstructive Pulmonary Disease (COPD) and COPD is rough.",
        "Postural Tachycardia Syndrome (PoTS) is hard, PoTS days are the worst.",
        "We moved to the United Kingdom (UK) in May and the UK is cold.",
    ],
)
def test_medicine_and_countries_spelled_out_stay(detector: Detector, text: str) -> None:
    letters = text[text.index("(") + 1 : text.index(")")]
    assert letters not in _covered(detector, text)
