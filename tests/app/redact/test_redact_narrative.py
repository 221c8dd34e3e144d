"""Third round: ages told in running narrative, informal place names, and medicine that
looks like a name or a place (scales named after towns, devices, brands)."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _found(detector: Detector, text: str, kind: str | None = None) -> list[str]:
    return [
        s.text for s in detector.detect(text, EMPTY_PROFILE) if kind is None or s.type.value == kind
    ]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("My uncle got bowel cancer at 58 and never smoked.", "58"),
        ("She quit the council at 61, worn out.", "61"),
        ("Our lad had it at 4, he grew out of it.", "4"),
        ("I was told at 27 I'd never run again.", "27"),
        ("my nani is 91 and sharper than me", "91"),
        ("Po Po is 84 and still cooks every day.", "84"),
        ("my husband Al is seventy-three this year", "seventy-three"),
        ("Leeds lass, 33. Long time lurker.", "33"),
        ("hiya, 15 next month and scared", "15"),
        ("Now 52. Still here.", "52"),
        ("grandma lived to 99 on porridge", "99"),
        ("He worked down the pit from 15 to 40, then the knees went.", "15"),
        ("He worked down the pit from 15 to 40, then the knees went.", "40"),
        ("Any parents of kids about 9 or 11 on this?", "11"),
        ("She has had asthma since her teens.", "teens"),
        ("a forty-something dad with a bad back", "forty-something"),
        ("shes eighty-one and walks to church", "eighty-one"),
        ("My cousin (my cousin Jade, 14) has it too.", "14"),
        ("our Maya is 4 months and not feeding", "4 months"),
        ("Our little man is officially two today!", "two"),
    ],
)
def test_ages_in_narrative(detector: Detector, text: str, age: str) -> None:
    assert age in _found(detector, text, "AGE")


@pytest.mark.parametrize(
    "text",
    [
        "Bloods at 10 then the bus at 12.",
        "Sats at 88 on air, so they gave oxygen.",
        "Took my meds at 9 and slept at 11.",
        "HbA1c went from 64 to 48 in a year.",
        "The waiting list at Hilltop Regional is 14 months.",
        "Pain 7 out of 10, fatigue 8.",
        "It costs £30 something a month.",
        "Kids under 5 are the usual age for it.",
        "Dose went up from 20 to 40 mg.",
        "I'm 6 weeks post-op and 3 months into physio.",
        "PHQ-9 of 14 and GAD-7 of 11 today.",
        "Her Apgar was 3 and now she runs everywhere.",
        "I'm one tired mum and it's one of those days.",
    ],
)
def test_numbers_that_are_no_age(detector: Detector, text: str) -> None:
    assert _found(detector, text, "AGE") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Moved to Brum last year for work.", "Brum"),
        ("anyone in joburg know a good rheumy?", "joburg"),
        ("We're out in the Peg, winters are brutal.", "Peg"),
        ("A Glaswegian nurse sorted me out.", "Glaswegian"),
        ("Drove down from Akl on Friday.", "Akl"),
        ("They sent me to the RVI for a scan.", "RVI"),
        ("Grew up in Port Talbot by the steelworks.", "Port Talbot"),
        ("Flat near Selly Oak, handy for the QE.", "Selly Oak"),
    ],
)
def test_informal_places(detector: Detector, text: str, place: str) -> None:
    found = _found(detector, text)
    assert any(place in f for f in found), found


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Bristol type 6 all week, flare for sure.", "Bristol"),
        ("Glasgow coma score 14 on arrival.", "Glasgow"),
        ("Mayo score 2 so they held off steroids.", "Mayo"),
        ("Hoehn and Yahr 3 now, on Madopar.", "Hoehn"),
        ("Gleason 7 (3+4), watchful waiting.", "Gleason"),
        ("Tested positive for factor V Leiden last year.", "Leiden"),
        ("Ich habe Morbus Crohn seit Jahren.", "Crohn"),
        ("Switched from the Tandem to the Omnipod 5.", "Tandem"),
        ("My grandad Parkinson's is getting worse.", "Parkinson"),
        ("Skyrizi and Entyvio both failed, Rinvoq next.", "Skyrizi"),
        ("Sugar was 14.2 on the Libre after tea.", "Libre"),
        ("TSH 5.1. GP not bothered.", "5.1"),
    ],
)
def test_medicine_is_kept(detector: Detector, text: str, term: str) -> None:
    assert not any(term in f for f in _found(detector, text)), _found(detector, text)


def test_title_before_a_medical_word_is_a_name(detector: Detector) -> None:
    assert "Ng" in _found(detector, "Surgeon (Dr Ng) wants an MRI first.", "NAME")


def test_greetings_and_demonyms_of_countries_are_no_names(detector: Detector) -> None:
    assert _found(detector, "Hola mi gente. Any Saffers on Humira here?") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mum was 41 when she had me and 43 when my brother came.", "43"),
        ("I got my first migraine at eleven and they never stopped.", "eleven"),
        ("By 25 I'd had three surgeries.", "25"),
        ("Bell's palsy at 30, then nothing for years.", "30"),
        ("The nurse, maybe 25, had no clue.", "25"),
    ],
)
def test_more_ages_in_narrative(detector: Detector, text: str, age: str) -> None:
    assert age in _found(detector, text, "AGE")
