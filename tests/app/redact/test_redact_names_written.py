"""People written as initials or by a given name that is also a month
(``names_written``), beside the initialisms, conditions and months that are no one."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")


def names(text: str) -> list[str]:
    return [s.text for s in detect(text, GB) if s.type is SpanType.NAME]


def hidden(text: str) -> list[str]:
    return [s.text for s in detect(text, GB)]


@pytest.mark.parametrize(
    "text,name",
    [
        ("J.B. from the ward rang me.", "J.B."),
        ("I saw J.B. today about the Humira", "J.B."),
        ("Thanks to R.K. for the lift to dialysis", "R.K."),
        ("me and T.M. went to A&E", "T.M."),
        ("D.J. came round after chemo", "D.J."),
        ("Wei Ling and Jun brought food after the op", "Jun"),
        ("Jun took me to my Stelara injection", "Jun"),
        ("Ravi, Jan and Meena came to the clinic", "Jan"),
        ("Tom and May visited on Tuesday", "May"),
    ],
)
def test_people_by_initials_or_month_names_are_hidden(text: str, name: str) -> None:
    assert any(name in found for found in hidden(text))


@pytest.mark.parametrize(
    "text,word",
    [
        ("the U.K. is cold in winter", "U.K."),
        ("P.S. I'm fine on Keytruda", "P.S."),
        ("I have lived with M.E. for years", "M.E."),
        ("diagnosed with R.A. and on MTX", "R.A."),
        ("May I ask about Humira?", "May"),
        ("Jan and Feb were bad months", "Jan"),
        ("in May and June I had flares", "June"),
        ("Jun 4th is my scan", "Jun"),
    ],
)
def test_initialisms_conditions_and_months_are_no_one(text: str, word: str) -> None:
    assert not any(word in found for found in names(text))


def test_medicine_beside_initials_stays() -> None:
    spans = hidden("J.B. said the Keytruda and Humira 40 mg are fine")
    assert "J.B." in spans
    assert not any("Keytruda" in s or "Humira" in s or "40 mg" in s for s in spans)
