"""A band of readings ("sats in the mid 90s") is neither an age nor a decade, but a
reading named near a person's decade does not hide the age (review of c944c14), and a
reading the old list lacked ("BMI", "FEV1", "EF") stops the decade too."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import Detector
from app.redact.numbers_readings import reading_before


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _found(detector: Detector, text: str, region: str = "GB") -> list[tuple[str, str]]:
    return [(s.text, s.type.value) for s in detector.detect(text, PrivacyProfile(region=region))]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Gran's BP is good for her mid 80s, on amlodipine 10 mg.", "mid 80s"),
        ("The nurse checked his pulse, he is in his late 70s.", "late 70s"),
        ("Her weight is stable and she's in her early 60s.", "early 60s"),
    ],
)
def test_a_persons_decade_beside_a_reading_is_an_age(detector, text, age):
    assert (age, "AGE") in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "My BMI is in the early 30s, CPAP pressure 12.",
        "Kaftrio, FEV1 in the mid 60s now.",
        "My EF was in the late 40s on the echo.",
        "My ferritin was in the early 20s so iron infusion.",
        "My sats were in the mid 90s all night.",
        "SATS-MID 90'S ON 2 L NP.",
        "Temp in the high 30s all week, sats in the mid 90s.",
        "Her platelets have been in the mid 80s for weeks.",
        "My sugars were in the 20s and BP in the low 90s.",
    ],
)
def test_a_band_of_readings_is_no_date_and_no_age(detector, text):
    assert not [t for t, k in _found(detector, text) if k in ("DATE", "AGE")]


def test_a_decade_after_a_word_of_time_is_no_reading():
    text = "Dad has had high BP since the 80s."
    assert not reading_before(text, text.index("80s"))
    text = "Her platelets have been in the mid 80s."
    assert reading_before(text, text.index("mid"))
