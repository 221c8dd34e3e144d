"""Names, towns and workplaces found by a general cue rather than a list: "our kev",
a given name with an age in brackets, a hospital's town after "in", job and school
cues; with the hard negatives each cue also precedes."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import detect
from app.redact.spans import SpanType


def _found(text: str) -> dict[str, SpanType]:
    return {s.text: s.type for s in detect(text, EMPTY_PROFILE)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("our baz is 52 and still smokes", "baz"),
        ("my flatmate jo was the one who rang", "jo"),
        ("my partner sky has been amazing", "sky"),
        ("lily (7) has the same rash", "lily"),
        ("We saw the nurse. Ella was weighed first.", "Ella"),
    ],
)
def test_names_after_a_general_cue(text: str, name: str) -> None:
    assert _found(text).get(name) is SpanType.NAME, _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "our house is a mess this week",
        "our gp said no to the referral",
        "my partner said it was fine",
        "Hope is all I have left.",
        "my son got his results today",
    ],
)
def test_ordinary_words_after_those_cues_are_no_names(text: str) -> None:
    assert not any(t is SpanType.NAME for t in _found(text).values()), _found(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("the neuro at st luke's in cedar falls said", "cedar falls"),
        ("bloods at the RUH in frome on the 3rd", "frome"),
        ("stacking shelves at greggs in dalston now", "dalston"),
    ],
)
def test_the_town_after_a_hospital_or_workplace(text: str, town: str) -> None:
    found = _found(text)
    assert any(town.split()[0] in t for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "admitted to St Mary's in pain again",
        "at the Royal in March for bloods",
        "physio at the Nuffield in the mornings",
        "at Kings in total for six hours",
    ],
)
def test_no_town_after_in_when_the_word_is_ordinary(text: str) -> None:
    found = _found(text)
    for word in ("pain", "March", "mornings", "total"):
        assert found.get(word) is not SpanType.PLACE, found


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("he's a sophomore at creighton and loves it", "creighton"),
        ("i'm a courier for yodel, long days", "yodel"),
        ("i work weekends at pets at home", "pets"),
    ],
)
def test_workplaces_and_schools_after_job_cues(text: str, employer: str) -> None:
    assert any(employer in t for t in _found(text)), _found(text)


@pytest.mark.parametrize("text", ["i'm a carer for my mum", "i was a nurse for 20 years"])
def test_job_cues_before_a_relative_or_a_number(text: str) -> None:
    assert not any(t is SpanType.EMPLOYER for t in _found(text).values())
