"""A German score and a German heading are medicine and words, not an age and a person:
"Beschwerden: Rehab 7 von 10" turned "10" into "noch kein Teenager" and "Beschwerden"
into a name (the German post's property test found both)."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact.engine import Detector
from app.redact.spans import SpanType

DETECT = Detector()


@pytest.mark.parametrize(
    "text", ["Schmerzen 7 von 10 heute.", "Müdigkeit: 8 von 10.", "Lena war 10 von 10 fertig."]
)
def test_a_score_von_10_is_no_age(text: str) -> None:
    assert not [s for s in DETECT.detect(text, PrivacyProfile()) if s.type is SpanType.AGE]


def test_an_age_beside_a_score_is_still_an_age() -> None:
    text = "Meine Tochter ist 10. Schmerzen 7 von 10."
    ages = [s.text for s in DETECT.detect(text, PrivacyProfile()) if s.type is SpanType.AGE]
    assert ages == ["10"]


@pytest.mark.parametrize("text", ["Beschwerden: Schwindel", "Termin: Dienstag um 9"])
def test_a_german_heading_before_a_colon_is_no_speaker(text: str) -> None:
    assert not [s for s in DETECT.detect(text, PrivacyProfile()) if s.type is SpanType.NAME]


@pytest.mark.parametrize("text", ["Zanele: ok see you\nMe: yes", "Thabo: are you coming?"])
def test_a_speaker_no_list_knows_is_still_a_name(text: str) -> None:
    speaker = text.split(":")[0]
    names = {s.text for s in DETECT.detect(text, PrivacyProfile()) if s.type is SpanType.NAME}
    assert speaker in names
