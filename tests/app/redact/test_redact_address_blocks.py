"""An address is one span across its commas: Indian house numbers, Irish Eircodes,
German abbreviated streets, lower-case numbered streets and localities before a
postcode; a street named only by a compass point after a cue is a place."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact.engine import Detector
from app.redact.spans import SpanType

_DETECTOR = Detector()


def _spans(text: str) -> list[tuple[SpanType, str]]:
    return [(s.type, s.text) for s in _DETECTOR.detect(text, PrivacyProfile())]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Address for strips: H.No 8-2-293/82, Road No. 3, Banjara Hills, Hyderabad 500034.",
            "H.No 8-2-293/82, Road No. 3, Banjara Hills, Hyderabad 500034",
        ),
        (
            "send it to 12 Long St, Gardens, Cape Town 8001 please.",
            "12 Long St, Gardens, Cape Town 8001",
        ),
        (
            "we moved to 14 Main Street, Ballincollig, Co. Cork P31 X2Y4 last year.",
            "14 Main Street, Ballincollig, Co. Cork P31 X2Y4",
        ),
        ("Meine Adresse ist Hauptstr. 12, 10115 Berlin.", "Hauptstr. 12, 10115 Berlin"),
        (
            "post it to 221 n 68th st, seattle, wa 98103-1234 thanks",
            "221 n 68th st, seattle, wa 98103-1234",
        ),
        (
            "my mum lives at 3 church lane, little snoring, norfolk nr21 0jb",
            "3 church lane, little snoring, norfolk nr21 0jb",
        ),
    ],
)
def test_address_is_one_span(text: str, address: str) -> None:
    assert (SpanType.ADDRESS, address) in _spans(text)


@pytest.mark.parametrize(
    "text", ["she lives on queen west with her mum.", "i work at indigo on queen west."]
)
def test_compass_street_after_cue_is_a_place(text: str) -> None:
    assert (SpanType.PLACE, "queen west") in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "we drove north on the motorway west",
        "she lives on the other side east",
        "i went on holiday west",
        "took 2 tablets, then 3 more, 400mg each",
        "walked 20 minutes, slept 9 hours, pain 6",
        "room 4-6 on the ward was full",
    ],
)
def test_not_an_address(text: str) -> None:
    assert not [t for t, _ in _spans(text) if t is SpanType.ADDRESS]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("The office is at Király u. 15.", "Király u. 15"),
        (
            "The title refers to Árpád fejedelem útja 3. street in Budapest.",
            "Árpád fejedelem útja 3",
        ),
    ],
)
def test_hungarian_street(text: str, address: str) -> None:
    assert (SpanType.ADDRESS, address) in _spans(text)


def test_text_speak_u_is_no_street() -> None:
    assert not [t for t, _ in _spans("My Mum u 3 times a day") if t is SpanType.ADDRESS]
