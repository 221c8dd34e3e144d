"""Organisations named by a proper name and a word for their kind (employers_kinds.py),
and "X of Y" places; with hard negatives: medicine, nationalities, days, acronyms."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

NZ = PrivacyProfile(region="NZ")
_WORDISH = (SpanType.EMPLOYER, SpanType.PLACE, SpanType.NAME)


def found(text: str) -> list[str]:
    return [s.text for s in detect(text, NZ) if s.type in _WORDISH]


@pytest.mark.parametrize(
    "text,organisation",
    [
        ("I clean at a Rose Garden nursing home on weekends.", "Rose Garden"),
        ("I do the books for Henderson Plumbing two days a week.", "Henderson Plumbing"),
        ("He drives for Tamati Transport and his back is shot.", "Tamati Transport"),
        ("She's a receptionist at Brookvale Dental, on Sertraline.", "Brookvale Dental"),
        ("We drove down to the Bay of Plenty after the chemo.", "Bay of Plenty"),
        ("Mum lives on the Isle of Wight and takes Warfarin.", "Isle of Wight"),
        ("Mum moved into Willow Lodge after the stroke, on Apixaban.", "Willow Lodge"),
        ("Dad is in Hope House hospice now, on morphine.", "Hope House"),
        (
            "I work for the Ministry of Social Development, on Sertraline.",
            "Ministry of Social Development",
        ),
        ("Works for Transport for NSW in the depot.", "Transport for NSW"),
        ("She's a teacher with the Peel District School Board.", "Peel District School Board"),
    ],
)
def test_organisation_by_kind(text: str, organisation: str) -> None:
    assert organisation in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We had a Chinese takeaway after my Humira shot.",
        "The GP surgery rang about my bloods.",
        "the Sunday school picnic was too much for my knees",
        "She's at the Catholic school near us.",
        "The Humira pharmacy rang about delivery.",
        "Pharmacy was shut so no Keytruda today.",
        "The Stelara nurse visits at home.",
        "The Town Hall was closed for the vaccine clinic.",
        "Referred to the Department of Rheumatology for my RA.",
        "Seen at the Department of Neurology about the seizures.",
        "The High Court ruled on the Humira patent.",
    ],
)
def test_not_an_organisation(text: str) -> None:
    assert not [s for s in detect(text, NZ) if s.type is SpanType.EMPLOYER], found(text)
