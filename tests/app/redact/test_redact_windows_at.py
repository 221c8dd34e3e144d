"""The faster ways to run a regex give exactly the regex's own matches on any text.

``AtOpenings`` and ``AtWords`` try a pattern only where it can start, the start scans
of ``Started`` are rewritten or merged, and a few finders skip a search when its words
are missing; each must agree with the plain regex everywhere, including on the few
characters an ASCII letter matches under ``re.IGNORECASE`` ("ſ", "K", "ı", "İ").
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import (
    ages,
    ages_narrative,
    ages_narrative_more,
    ages_narrative_words,
    contacts_extra,
    names_extra,
    names_fields,
    names_guess,
    names_shapes,
    places_care,
    windows,
    windows_tokens,
)
from app.redact import places_lower as pl
from app.redact.names_cues import KIN, TITLES
from app.redact.numbers_age import lower_keeping_offsets
from app.redact.regex_reverse import ending_at, may_end

# Words and marks the patterns care about, glued together at random.
_PIECES = [
    *"in into from near to the at work works job shift nurse i im first year grade".split(),
    *"played for employed by retired drive trucks posted by username handle".split(),
    *"reddit insta x fb male female almost nearly turning hello hi zwanzig ssig".split(),
    *"Llanfyllin Kessingham Sam Priya is was has said told kids twins 3rd 12 40".split(),
    *"gmail Gmail me sky hotmail (at) [AT] @ .com tamsin.k AT".split(),
    *"mum Mum Aunt dr dr's m8 my friend jordan Royal Free name named call called".split(),
    *["&", "Asya's kid", "'s ", "’s "],
    *"drove went back TO into towards from ſrom".split(),
    *"this he SHE ward hba1c nurse maybe lıke only Dr".split(),
    *"the first week of weekend Tuesday until start end run-up go up a couple".split(),
    *[" ", "  ", "\n", ". ", "! ", "?", ", ", "'", "’", "-", "_", "(", "+", ">", "\t"],
    *["\u017f", "\u212a", "\u0131", "\u0130", "é", "ß", "٣", "²", "A", "Z"],
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_sentence_openers_match_as_the_regex(text: str) -> None:
    for fast, regex in (
        (names_guess._OPENING_TOWN_FAST, names_guess._OPENING_TOWN),
        (names_shapes._OPENER_FAST, names_shapes._OPENER),
    ):
        assert _spans(fast.finditer(text)) == _spans(regex.finditer(text))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_cue_words_match_as_the_regex(text: str) -> None:
    lower = lower_keeping_offsets(text)
    for fast, regex in ((pl._CUE_FAST, pl._CUE), (pl._WORK_CUE_FAST, pl._WORK_CUE)):
        assert _spans(fast.finditer(text, lower)) == _spans(regex.finditer(lower))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_skipped_searches_could_not_have_matched(text: str) -> None:
    words = windows_tokens.token_set(text)
    assert ages._opening_hint(text, words) == bool(ages._OPENING_HINT.search(text))
    assert ages_narrative_more._foreign_hint(text) == bool(
        ages_narrative_more._FOREIGN_HINT.search(text)
    )
    low = text.lower()
    assert contacts_extra._handle_cue(text, low) == bool(contacts_extra._HANDLE_CUE.search(text))
    if contacts_extra._SITE.search(low):
        assert contacts_extra.may_hold(text, contacts_extra._SITE_WORDS)
    if contacts_extra.PROVIDER_EMAIL.search(text):
        assert contacts_extra._provider_after_at(text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_start_scans_find_the_same_starts(text: str) -> None:
    for pattern in (r"\d+", r"[A-Z]+", r"'|\d+", r"[+(]|\d+", r"\s\(|,\s\d"):
        regex = re.compile(pattern)
        assert windows._starts_in(text, regex) == [m.start() for m in regex.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_name_cues_match_as_the_regex(text: str) -> None:
    for fast, regex in (
        (names_extra._SENTENCE_WORD_FAST, names_extra._SENTENCE_WORD),
        (places_care._CARE_PLACE_FAST, places_care._CARE_PLACE),
    ):
        assert _spans(fast.finditer(text)) == _spans(regex.finditer(text))
    cues = KIN | TITLES
    assert [m.span() for m in names_extra._CUE_WORD_FAST.finditer(text) if m.group(1) in cues] == [
        m.span() for m in names_extra._CUE_WORD.finditer(text) if m.group(1) in cues
    ]
    if names_fields.VOCATIVE.search(text):
        assert names_fields._may_address(text)
    if names_fields.NAME_FIELD.search(text):
        assert names_fields.may_hold(text, names_fields._FIELD_WORDS)
    if any(m.group(1).lower() in KIN for m in names_extra._CUE_CAP.finditer(text)):
        assert not names_extra._CAP_CUES.isdisjoint(windows_tokens.token_set(text))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_travel_before_as_the_search(text: str) -> None:
    for start in range(len(text) + 1):
        want = names_guess._TRAVEL_BEFORE.search(text, max(0, start - 40), start) is not None
        assert names_guess.travel_before(text, start) == want


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_narrative_searches_as_before(text: str) -> None:
    for before in (text, text[-70:], text[:20]):
        assert ages_narrative._not_subject(before) == bool(
            ages_narrative._NOT_SUBJECT.search(before)
        )
        assert ages_narrative_words._apposition(before) == bool(
            ages_narrative_words._APPOSITION.search(before)
        )


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_reversed_patterns_miss_no_match(text: str) -> None:
    from app.redact import date_grow, names_shapes

    for regex in (
        date_grow._BEFORE,
        pl._MOTION_BEFORE,
        pl._UP_BEFORE,
        names_shapes._TRAVEL_BEFORE,
        names_guess._TRAVEL_BEFORE,
    ):
        backwards = ending_at(regex)
        assert backwards is not None
        for hi in range(len(text) + 1):
            lo = max(0, hi - 40)
            if regex.search(text, lo, hi):
                assert may_end(backwards, text, lo, hi)


def test_unsupported_patterns_are_not_reversed() -> None:
    assert ending_at(re.compile(r"(?<=a)b$")) is None
    assert ending_at(re.compile(r"ab")) is None
    assert ending_at(re.compile(r"ab$", re.MULTILINE)) is None
    assert ending_at(re.compile(r"a$|b$")) is None
