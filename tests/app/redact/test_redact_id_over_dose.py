"""A labelled ID wins over the dose reading of its value; real doses stay medicine."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact.engine import Detector
from app.redact.spans import SpanType

_DETECTOR = Detector()


def _found(text: str) -> list[tuple[SpanType, str]]:
    return [(s.type, s.text) for s in _DETECTOR.detect(text, PrivacyProfile())]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Medical card number 6140392G is on the form.", "6140392G"),
        ("my medical card no. 6140392G and prednisolone 40mg", "6140392G"),
        ("Hospital number: 1234567M, ward 4", "1234567M"),
    ],
)
def test_labelled_id_is_kept_though_it_ends_like_a_unit(text: str, value: str) -> None:
    assert (SpanType.ID, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "prednisolone 40mg for five days",
        "took 2g of paracetamol",
        "Rx: 500mg amoxicillin three times a day",
        "vitamin D 50000 IU weekly",
    ],
)
def test_doses_stay_medicine(text: str) -> None:
    assert not [t for t, _ in _found(text) if t in (SpanType.ID, SpanType.DATE, SpanType.AGE)]
