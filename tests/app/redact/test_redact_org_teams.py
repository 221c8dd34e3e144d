"""Teams, clubs' kind words and lower-case place tails grown in org_settle.py: a town
before a team's nickname is the club someone plays for ("Tamworth Eagles"), a pantry or
larder after a town and "Community" is a workplace, a church's kind after a town is a
place, and a lower-case place keeps its "heights" or "colony". Hard negatives: a person
whose surname is a team's word, drugs, doses, weekdays, states, and a lower-case town
before an everyday word."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect

GB = PrivacyProfile(region="GB")
AU = PrivacyProfile(region="AU")
IN = PrivacyProfile(region="IN")


def typed(text: str, profile: PrivacyProfile = GB) -> list[tuple[str, SpanType]]:
    return [(s.text, s.type) for s in detect(text, profile)]


@pytest.mark.parametrize(
    "text,team",
    [
        ("I play prop for the Tamworth Eagles and my knee is gone.", "Tamworth Eagles"),
        ("tell coach at tamworth eagles im off, on pred again", "tamworth eagles"),
        ("I run with the Hexham Harriers when the RA lets me.", "Hexham Harriers"),
        ("The Rotherham Community Pantry needs drivers on Tuesdays.", "Rotherham Community Pantry"),
    ],
)
def test_team_or_pantry_after_a_town_is_one_employer(text: str, team: str) -> None:
    assert (team, SpanType.EMPLOYER) in typed(text), typed(text)


@pytest.mark.parametrize(
    "text,place,profile",
    [
        ("Choir practice is at Halifax Unitarian tonight, then Humira.", "Halifax Unitarian", GB),
        ("we drove out to ballarat heights for the footy", "ballarat heights", AU),
        ("mummy is staying at rajaji colony for the dialysis", "rajaji colony", IN),
    ],
)
def test_place_keeps_its_kind_word(text: str, place: str, profile: PrivacyProfile) -> None:
    assert (place, SpanType.PLACE) in typed(text, profile), typed(text, profile)


@pytest.mark.parametrize(
    "text,profile",
    [
        ("Tom Eagles is my physio now, Stelara every 8 weeks.", GB),
        ("spent sunday in ballarat building a fence, knee in pain", AU),
        ("Leeds on Tuesday for the Humira nurse, 40mg.", GB),
        ("Keytruda every 3 weeks, Texas in March.", GB),
    ],
)
def test_no_team_grown_where_none_is(text: str, profile: PrivacyProfile) -> None:
    assert not [t for t, k in typed(text, profile) if k is SpanType.EMPLOYER], typed(text, profile)
    assert not [t for t, _ in typed(text, profile) if " building" in t]
    # "Tom Eagles" the physio is a person: his surname may be hidden with him (the
    # learned tagger does), never as a team (the assertion above)


@pytest.mark.parametrize(
    "text,place",
    [
        ("Our walking batch meets in BTM Layout at 6am, sugar 140 fasting.", "BTM Layout"),
        ("dialysis centre is in jayanagar 9th block now", "jayanagar 9th block"),
        ("lifts from camp hill or tarragindi heights are fine", "tarragindi heights"),
    ],
)
def test_suburbs_by_their_kind_or_block(text: str, place: str) -> None:
    assert (place, SpanType.PLACE) in typed(text, IN), typed(text, IN)


@pytest.mark.parametrize(
    "text",
    [
        "The new Layout of the ward confused me, Humira on Monday.",
        "Day 3 of the 2nd phase of the trial, Keytruda 200mg.",
        "Stage 4 now, 2nd stage of chemo on Tuesday.",
        "my hip and knee ache, salt and pepper hill walk in Texas",
    ],
)
def test_no_suburb_in_everyday_words(text: str) -> None:
    assert not [t for t, k in typed(text, IN) if k is SpanType.PLACE], typed(text, IN)


@pytest.mark.parametrize(
    "text,initials",
    [
        ("been in uhw all night with my sats dropping", "uhw"),
        ("shes in rpa again, on iv fluids", "rpa"),
        ("ablation in uhg next week, flecainide till then", "uhg"),
    ],
)
def test_hospital_initials_in_lower_case(text: str, initials: str) -> None:
    assert (initials, SpanType.PLACE) in typed(text), typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "im in bed, in pain, back at uni in 2 wks",
        "he was in icu then hdu, now in nsr on bisoprolol",
        "did my humira in pjs, ferritin 12, out on monday",
    ],
)
def test_no_initials_in_everyday_or_clinical_shorthand(text: str) -> None:
    assert not [t for t, k in typed(text) if k is SpanType.PLACE], typed(text)


@pytest.mark.parametrize(
    "text,team",
    [
        ("Plays league twice a week for bardon magpies, knee is shot", "bardon magpies"),
        ("back training with the Kedron Wolves since the Stelara", "Kedron Wolves"),
    ],
)
def test_team_by_town_and_nickname(text: str, team: str) -> None:
    assert (team, SpanType.EMPLOYER) in typed(text, AU), typed(text, AU)


@pytest.mark.parametrize(
    "text",
    [
        "we cheered for the big lions at the zoo, Humira on Friday",
        "swimming with two sharks lol, ferritin 12",
        "watched it for Kedron sharks? no, for the Humira nurse",
    ],
)
def test_no_team_from_everyday_words(text: str) -> None:
    assert not [t for t, k in typed(text, AU) if k is SpanType.EMPLOYER], typed(text, AU)


@pytest.mark.parametrize(
    "text,place",
    [
        ("anyone up tarrawong way can grab my crutches", "tarrawong"),
        ("Mum lives out Yallambee way, Xarelto 20mg daily", "Yallambee"),
    ],
)
def test_place_named_by_the_way_to_it(text: str, place: str) -> None:
    assert (place, SpanType.PLACE) in typed(text, AU), typed(text, AU)


@pytest.mark.parametrize(
    "text",
    [
        "came up the way the nurse said, Humira on Monday",
        "put ten on it each way, round this way now, in pain",
    ],
)
def test_no_place_in_an_everyday_way(text: str) -> None:
    assert not [t for t, k in typed(text, AU) if k is SpanType.PLACE], typed(text, AU)
