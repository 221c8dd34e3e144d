"""Places and workplaces in lower case, found by the cue before them, with the hard
negatives a cue also precedes: medical words, common words, weekdays, relatives."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import detect
from app.redact.spans import SpanType


def _found(text: str) -> dict[str, SpanType]:
    return {s.text: s.type for s in detect(text, EMPTY_PROFILE)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we're from newton, the clinic is miles away", "newton"),
        ("nana lives in khayelitsha and the clinic is near", "khayelitsha"),
        ("moved to wymondham last year", "wymondham"),
        ("hello from münchen, sorry for my english", "münchen"),
        ("dr stein at cincinnati children's says it's fine", "cincinnati children's"),
        ("chemo at christie's every other week", "christie's"),
        ("cardio at the royal in bolton said no", "royal"),
        ("i'm over in durbs till friday", "durbs"),
    ],
)
def test_lower_case_places_after_a_locative_cue(text: str, place: str) -> None:
    found = _found(text)
    assert place in found, found


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("work at countdown said 2 weeks off is fine", "countdown"),
        ("working 2 jobs at pak n save and the marae kitchen", "pak n save"),
        ("i'm a nurse at western health. long shifts", "western health"),
    ],
)
def test_lower_case_employers_after_a_workplace_cue(text: str, employer: str) -> None:
    assert _found(text).get(employer) is SpanType.EMPLOYER


@pytest.mark.parametrize(
    "text",
    [
        "came up in hives after the zyrtec",
        "my mum wants to babysit on tuesday",
        "referred me to urology at last",
        "19 days post op from tethered cord release",
        "i'm at home in bed in pain",
        "she got a job at the council and works at home",
        "on humira since, at night, in remission",
        "we went to the royal family's garden party",
        "diagnosed in grad school, in year 9",
    ],
)
def test_words_after_a_cue_that_are_no_places(text: str) -> None:
    assert [s.text for s in detect(text, EMPTY_PROFILE) if s.type is not SpanType.AGE] == []


@pytest.mark.parametrize(
    ("text", "town"),
    [("24F, pune. got PCOS at 19", "pune"), ("we shifted from kochi to thrissur", "thrissur")],
)
def test_a_word_only_the_gazetteer_knows_is_a_town_without_a_cue(text: str, town: str) -> None:
    assert _found(text).get(town) is SpanType.PLACE


@pytest.mark.parametrize("text", ["My abba is 69", "My lola (83) is admitted", "My mashi said no."])
def test_a_word_someone_owns_is_no_town(text: str) -> None:
    assert [s for s in detect(text, EMPTY_PROFILE) if s.type is SpanType.PLACE] == []
