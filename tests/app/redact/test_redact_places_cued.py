"""Hospitals named after a care cue ("rheumy at the larches"), lower-case multi-word
towns, and moderately common proper nouns no English dictionary holds; with the hard
negatives a care cue is also followed by: times, care settings, numbers, medicine."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import detect
from app.redact.places_lower import proper_words
from app.redact.spans import SpanType


def _found(text: str) -> dict[str, SpanType]:
    return {s.text: s.type for s in detect(text, EMPTY_PROFILE)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my neuro at the larches said wait and see", "larches"),
        ("surgeon at sunnybrook wants another scan", "sunnybrook"),
        ("infusions at st bernards every 8 weeks", "st bernards"),
        ("the paed at wansbeck general was lovely", "wansbeck general"),
        ("Had my biopsy at Mater Misericordiae on the 3rd", "Mater Misericordiae"),
        ("oncologist at moffitt is straight with us", "moffitt"),
        ("physio at the meadows said rest", "meadows"),
        ("my haem at royal marsden says it's slow", "royal marsden"),
    ],
)
def test_the_words_after_a_care_cue_are_a_place(text: str, place: str) -> None:
    found = _found(text)
    assert found.get(place) is SpanType.PLACE, found


@pytest.mark.parametrize(
    "text",
    [
        "my endo at the moment is happy with me",
        "bloods at the surgery on friday",
        "scan at 20 weeks showed nothing",
        "the nurse at night was kind",
        "physio at home twice a week",
        "appointment at lunch so I can go back",
        "infusion at the same time as last month",
    ],
)
def test_a_care_cue_before_a_time_or_a_setting_names_no_place(text: str) -> None:
    found = _found(text)
    assert not any(t is SpanType.PLACE for t in found.values()), found


@pytest.mark.parametrize(
    "text",
    [
        "the doc at Humira support line was helpful",
        "my derm at the clinic put me on Stelara",
        "the consultant at first thought Wilson's disease",
    ],
)
def test_medicine_after_a_care_cue_is_kept(text: str) -> None:
    found = _found(text)
    for word in ("Humira", "Stelara", "Wilson's"):
        assert word not in found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we live in thousand oaks now", "thousand oaks"),
        ("she came up from the blue mountains for it", "blue mountains"),
    ],
)
def test_lower_case_towns_of_several_words(text: str, place: str) -> None:
    assert _found(text).get(place) is SpanType.PLACE


def test_proper_words_hold_names_not_english_words() -> None:
    words = proper_words()
    assert {"vanderbilt", "nuffield", "kroger"} <= words
    assert not {"pelvis", "spine", "priory", "walked", "hospitals"} & words


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("back home in redcliffe for the weekend", "redcliffe"),
        ("grew up near nuffield, small place", "nuffield"),
    ],
)
def test_a_word_no_dictionary_has_is_a_place_after_a_cue(text: str, place: str) -> None:
    assert place in _found(text)


@pytest.mark.parametrize("text", ["sore in the pelvis again", "pain near the sternum"])
def test_an_english_word_after_a_cue_is_no_place(text: str) -> None:
    assert _found(text) == {}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("31F brissy. endo since 19", "brissy"),
        ("45M, tauranga. gout again", "tauranga"),
        ("nana took me to Timaru hospital again", "Timaru hospital"),
    ],
)
def test_the_town_after_an_age_and_sex_tag_and_hospital_after_a_town(text: str, place: str) -> None:
    assert _found(text).get(place) is SpanType.PLACE, _found(text)


@pytest.mark.parametrize(
    "text", ["58F, post-menopause, T-score -2.8", "27F here. long time lurker", "40M UK. crohns"]
)
def test_no_town_after_an_age_tag_when_the_word_is_ordinary(text: str) -> None:
    assert not any(t is SpanType.PLACE for t in _found(text).values()), _found(text)
