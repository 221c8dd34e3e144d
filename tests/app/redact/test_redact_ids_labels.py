"""More ID labels (medical and GMS cards, German insurance and file numbers) and the
digits-then-letter shape; doses and units written the same way are readings."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector

_DETECTOR = Detector()


def ids(text: str) -> list[str]:
    return [s.text for s in _DETECTOR.detect(text, EMPTY_PROFILE) if s.type.name == "ID"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My medical card number is 5521873K on the letter.", "5521873K"),
        ("the gms card 77412398 came in the post", "77412398"),
        ("Aktenzeichen KV-331-2049-8 vom Amt.", "KV-331-2049-8"),
        ("Meine Versichertennummer: B 448 120 937 steht drauf.", "B 448 120 937"),
        ("Kundennummer 55120-33 bei der Apotheke.", "55120-33"),
        ("Fallnummer 20240001187 im Brief.", "20240001187"),
        ("PPS 4419027T on the form.", "4419027T"),
    ],
)
def test_id_found(text: str, value: str) -> None:
    assert value in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vitamin D 100000IU weekly and 50000U once.",
        "I used my card twice at the pharmacy.",
        "Humira 40 mg every 2 weeks, Keytruda 200 mg, Stelara 90 mg.",
        "HbA1c 48, eGFR 62, ALT 31.",
    ],
)
def test_not_an_id(text: str) -> None:
    assert ids(text) == []
