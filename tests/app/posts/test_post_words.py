"""The post's own words (issue 12, item 6): one table per post language, complete."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.posts.words import (
    DE,
    EN,
    decimals,
    long_date,
    number,
    post_language,
    post_words,
    word_list,
)

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_every_english_key_has_a_german_value_and_none_is_empty() -> None:
    assert set(DE) == set(EN)
    for table in (EN, DE):
        assert all(value.strip() for value in table.values())


@pytest.mark.parametrize("key", sorted(EN))
def test_a_german_value_fills_the_same_places(key: str) -> None:
    """A template that lost a ``{name}`` in translation would drop the user's words."""
    assert sorted(_PLACEHOLDER.findall(DE[key])) == sorted(_PLACEHOLDER.findall(EN[key]))


def test_lists_have_as_many_words_in_german() -> None:
    for key in ("months", "seasons", "numbers", "age.decade_words"):
        assert len(word_list("de", key)) == len(word_list("en", key)), key


def test_dates_and_numbers_in_german() -> None:
    assert long_date(dt.date(2026, 3, 3), "de") == "3. März 2026"
    assert long_date(dt.date(2026, 3, 3), "en") == "3 March 2026"
    assert number(4.5, "de") == "4,5"
    assert number(4.0, "en") == "4.0"
    assert decimals("2.5 mg twice daily", "de") == "2,5 mg twice daily"
    assert decimals("Dose: 2.5 mg", "de") == "Dose: 2,5 mg"
    # a date, a thousands group and a version are no decimals
    for text in ("3.5.2024", "1.000.000", "v1.2.3", "12.03."):
        assert decimals(text, "de") == text
    assert decimals("2.5 mg", "en") == "2.5 mg"


def test_an_unknown_language_writes_english() -> None:
    assert post_language("de_DE") == "de"
    assert post_language("fr") == "en"
    assert post_words(None) is EN


def test_the_language_is_remembered_per_site() -> None:
    from app.journal.settings import OPTIONS
    from app.posts.words import REMEMBERED, remember_language, remembered_language

    kept = remember_language("", "reddit", "de")
    kept = remember_language(kept, "mastodon", "en")
    kept = remember_language(kept, "reddit", "en_GB")
    assert kept == "mastodon=en,reddit=en"
    assert remembered_language(kept, "reddit") == "en"
    assert remembered_language(kept, "inspire") is None  # then the interface's
    assert remembered_language("reddit=xx", "reddit") is None
    # the journal's option takes what is written, and the pattern is the same
    assert OPTIONS["post_languages"].coerce(kept) == kept
    assert OPTIONS["post_languages"].pattern == REMEMBERED.pattern
