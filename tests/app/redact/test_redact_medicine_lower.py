"""Lower-case medicine stays in the post: drugs, regimens, conditions, procedures and
kit written in lower case are never taken by the lower-case name and place nets ("back
to apnoea again", "went from folfox to nothing") nor by the number net ("5-htp"); and
the same nets still find a lower-case town or name where nothing medical is there."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import detect
from app.redact.lexicon import MEDICAL, default_lexicon

_TEMPLATES = (
    "back to {w} again, ugh",
    "went from {w} to nothing",
    "gp said {w} was fine",
    "started {w} last week and feel rough",
)
_WORDS = (
    "humira",
    "keytruda",
    "stelara",
    "neulasta",
    "folfox",
    "r-chop",
    "lithium",
    "apnoea",
    "hiv",
    "osa",
    "hypothyroid",
    "neuralgia",
    "tracheostomy",
    "glucometer",
    "gastroparesis",
    "mthfr",
    "longcovid",
)


@pytest.mark.parametrize("word", _WORDS)
@pytest.mark.parametrize("template", _TEMPLATES)
def test_a_lower_case_medical_word_is_kept(word: str, template: str) -> None:
    text = template.format(w=word)
    at = text.index(word)
    taken = [s for s in detect(text, EMPTY_PROFILE) if s.start < at + len(word) and at < s.end]
    assert taken == [], (text, taken)


def test_the_words_carry_the_medical_flag() -> None:
    lex = default_lexicon()
    for word in ("hiv", "osa", "apnoea", "folfox", "neulasta"):
        assert lex.flag(word) & MEDICAL, word


def test_a_number_glued_to_a_medical_word_is_no_age() -> None:
    assert detect("started 5-htp last week", EMPTY_PROFILE) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("moved back to leeds again, ugh", "leeds"),
        ("my son is 9-ish and on humira", "9"),
        ("took 5-htp and my son is 12", "12"),
    ],
)
def test_hard_negatives_the_nets_still_find(text: str, found: str) -> None:
    assert found in [s.text for s in detect(text, EMPTY_PROFILE)]


@pytest.mark.parametrize(
    ("text", "kept", "found"),
    [
        ("Cystic Fibrosis clinic said fev1 is 60", "Fibrosis", None),
        ("Functional Neurological Disorder clinic in Leeds", "Disorder", "Leeds"),
        ("Peripheral Neuropathy clinic moved again", "Neuropathy", None),
    ],
)
def test_a_condition_before_clinic_is_no_place(text: str, kept: str, found: str | None) -> None:
    taken = [s.text for s in detect(text, EMPTY_PROFILE)]
    assert kept not in taken
    if found:
        assert found in taken
