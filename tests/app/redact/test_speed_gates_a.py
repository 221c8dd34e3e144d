"""Speed gates and shared tables of the name, place and span-filter passes (second
round): each gives exactly the answers of the regex, loop or lookup it stands in front
of, opening where that can match and closing where it cannot."""

from __future__ import annotations

import random
import re
import threading

from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import (
    employers_slots,
    names,
    names_unknown,
    names_unknown_classes,
    names_unknown_places,
    places_lower,
    span_filters,
    windows,
    windows_tokens,
)
from app.redact.engine import Detector
from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, default_lexicon
from app.redact.normalise import fold_term
from app.redact.overlap_index import OverlapIndex
from app.redact.spans import Source, Span, SpanType

_LEX = default_lexicon()


# -- names_unknown_places.headed_places: asked only with a head or tail word as a token -

_PLACE_PIECES = [
    *["in ", "near ", "at the ", ", ", ",", " ", "  ", "\n", "-", "_", "’", "'s", "."],
    *"Mount Mt Port Lake San Santa Point Park Hill Hills Bay Nagar Vale".split(),
    *"MOUNT mount Mountain Hillside Baywatch Parks Sant Eden Sea Anna Humira".split(),
]


def _headed_gate_open(text: str) -> bool:
    return not names_unknown_places.PLACE_KEYS.isdisjoint(windows_tokens.token_set(text))


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_PIECES), max_size=10).map("".join))
def test_headed_place_gate_opens_wherever_the_regex_matches(text: str) -> None:
    if names_unknown_places.HEADED_PLACE.search(text):
        assert _headed_gate_open(text)


def test_headed_place_gate_closes_on_words_that_only_hold_a_head() -> None:
    # "Mountain", "Hillside", "Baywatch" hold a head or tail word but are none: the
    # substring test this replaced searched these texts, the token test does not
    for text in ("Mountain View, Hillside", "near Baywatch Parks", "Headache in Texas"):
        assert not _headed_gate_open(text)
        assert list(names_unknown_places.headed_places(text, OverlapIndex([]), _LEX)) == []
    assert _headed_gate_open("We stayed near Mount Eden")
    found = names_unknown_places.headed_places("We stayed near Mount Eden", OverlapIndex([]), _LEX)
    assert [s.text for s in found] == ["Mount Eden"]


# -- span_filters._not_a_name: _ON_DRUG asked only after a space ----------------------

_ON_PIECES = [
    *["on", "been on", "taking", "started on", "and on", "(on", "tried", "put me on"],
    *[" ", "  ", "\n", "\t", "\u00a0", "\u2003", "x", ",", "On", "TAKING"],
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_ON_PIECES), max_size=8).map("".join))
def test_on_drug_matches_only_after_a_space(text: str) -> None:
    for at in range(len(text) + 1):
        if span_filters._ON_DRUG.search(text, max(0, at - 24), at) is not None:
            assert text[at - 1 : at].isspace()


def _name(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), SpanType.NAME, Source.UNKNOWN_WORD, 0.4, word)


def test_a_drug_after_on_is_no_name_and_the_gate_lets_it_through() -> None:
    for text in ("I've been on Trelegy", "on\nTrelegy", "taking\u00a0Trelegy"):
        assert span_filters._not_a_name(_name(text, "Trelegy"), text, False)
    for text in ("Trelegy came", "been onTrelegy", "been on, Trelegy"):
        assert not span_filters._not_a_name(_name(text, "Trelegy"), text, False)


# -- employers_slots: tokens read from one lower-case copy ---------------------------


def _keyed_one_by_one(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), employers_slots._key(m.group()))
        for m in employers_slots._TOKEN.finditer(text)
    ]


_CHAIN_PIECES = [
    *["Tesco", "TESCO", "Tesco’s", "tesco's", "Pick n Pay", "M&S", "&", "-", "’", "'"],
    *[" ", ",", "\n", "İstanbul", "ſ", "Straße", "ÉCOLE", "K", "1", "_", "ǅ"],
]


def _keyed_tokens(text: str) -> list[tuple[int, int, str]]:
    """Each token's start, end and key, from ``employers_slots._keys_and_spans``."""
    keys, spans = employers_slots._keys_and_spans(text)
    return [(a, b, k) for (a, b), k in zip(spans, keys, strict=True)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CHAIN_PIECES), max_size=10).map("".join))
def test_keyed_tokens_are_the_tokens_keyed_one_by_one(text: str) -> None:
    assert _keyed_tokens(text) == _keyed_one_by_one(text)


def test_keyed_tokens_with_a_dotted_capital_i() -> None:
    text = "Night shift at İKEA’s depot, then Tesco’s"  # "İ" lowers to two characters
    assert _keyed_tokens(text) == _keyed_one_by_one(text)
    assert _keyed_tokens(text)[-1] == (34, 41, "tesco's")


# -- names: place phrases sorted once per set ---------------------------------------


def test_place_phrases_longest_first_as_sorted() -> None:
    finder = names.NameFinder(_LEX)
    for phrases in list(_LEX.place_phrases.values())[:500]:
        want = sorted(phrases, key=len, reverse=True)
        assert finder._longest_first(phrases) == want
        assert finder._longest_first(phrases) == want  # from the table, the same
    grown = {("new", "york"), ("new", "york", "city")}
    assert finder._longest_first(grown)[0] == ("new", "york", "city")
    grown.add(("new", "york", "state", "x"))  # a changed set is sorted again
    assert finder._longest_first(grown)[0] == ("new", "york", "state", "x")


# -- engine: word lookups remembered per detector ------------------------------------


def test_remembered_word_lookups_agree_with_the_lexicon() -> None:
    detector = Detector()
    words = ["Metformin", "metformin.", "Tom", " Tom ", "Humira,", "Texas", "the", "HbA1c"]
    for _ in range(2):  # the second time from the table
        for word in words:
            medical = _LEX.flag(fold_term(word.strip(".,'’"))) & (MEDICAL | DRUG)
            assert detector._medical_word(word) is bool(medical)
            assert detector._name_like(word) is bool(
                _LEX.flag(fold_term(word.strip())) & (FIRST | LAST)
            )
    assert detector._medical_word("Metformin") and detector._name_like("Tom")
    assert not detector._medical_word("Tom") and not detector._name_like("the")


# -- windows: the last text's tables read from a global first --------------------------


def test_token_table_follows_the_text_across_threads() -> None:
    a = "Tom saw Dr Patel on 12 May"
    b = "".join(["Priya ", "went ", "home"])  # a new object each run
    assert windows_tokens._tokens(a).capitals == [0, 8, 11, 23]
    seen: list[list[int]] = []
    worker = threading.Thread(target=lambda: seen.append(windows_tokens._tokens(b).capitals))
    worker.start()
    worker.join()
    assert seen == [[0]]
    assert windows_tokens._tokens(a).capitals == [0, 8, 11, 23]  # not b's, though b came last
    assert windows_tokens._tokens(a) is windows_tokens._tokens(a)
    same_words = "".join(["Tom saw Dr Patel ", "on 12 May"])
    assert windows_tokens._tokens(same_words).at == windows_tokens._tokens(a).at


def test_start_scans_follow_the_text() -> None:
    digits = re.compile(r"\d+")
    a, b = "on 12 May and 3 June", "".join(["call 0800 ", "now"])
    assert windows._starts_in(a, digits) == [3, 14]
    assert windows._starts_in(b, digits) == [5]
    assert windows._starts_in(a, digits) == [3, 14]
    assert windows._starts_in(a, re.compile(r"\s\(|,\s\d")) == []
    assert windows._starts_in("Ellie (8), Tom, 9", re.compile(r"\s\(|,\s\d")) == [5, 14]


# -- places_lower._rare_towns: tried only at tokens the gazetteer places --------------

_TOWN_PIECES = [
    *["pune", "thrissur", "reading", "humira", "Pune", "PUNE", "café", "zürich", "the"],
    *[" ", "  ", "-", "'", "’", "@", "/", "#", "_", "2", "÷", "\n", ",", "."],
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TOWN_PIECES), max_size=10).map("".join))
def test_town_starts_are_the_placed_lower_words(text: str) -> None:
    finder = places_lower.LowerPlaceFinder(_LEX)
    want = [
        m.span()
        for m in places_lower._LOWER_WORD.finditer(text)
        if _LEX.flag(m.group() if m.group().isascii() else fold_term(m.group())) & PLACE
    ]
    if "÷" not in text:  # a text holding it is read whole by the caller
        assert [m.span() for m in finder._towns_at(text)] == want


def test_rare_towns_found_and_common_words_passed_over() -> None:
    finder = places_lower.LowerPlaceFinder(_LEX)
    text = "back home in pune, then humira"
    assert [m.group() for m in finder._towns_at(text)] == ["pune"]  # not "back", "home"...
    assert [s.text for s in finder._rare_towns(text)] == ["pune"]
    assert [s.text for s in finder._rare_towns("pune÷thrissur")] == []  # read whole


# -- names_unknown: the capitalised words tried only at capital tokens ----------------

_CAPITAL_PIECES = [
    *["Withcott", "O'Rourke", "Mercedes-Benz", "McAllister", "Zanele’s", "Ōtaki", "Élise"],
    *["tom", "x", " ", ".", "-", "@", "/", "#", "_", "1", "'", "’", "×", "Þor", "ÀB"],
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_CAPITAL_PIECES), max_size=10).map("".join))
def test_capital_words_match_as_the_regex(text: str) -> None:
    if "×" not in text:  # a text holding it is read whole by the caller
        got = [m.span() for m in names_unknown._capital_words(text)]
        assert got == [m.span() for m in names_unknown._WORD.finditer(text)]


# -- overlap_index: running maximum of the ends made by accumulate -------------------


def test_overlap_index_agrees_with_a_scan_of_every_range() -> None:
    rnd = random.Random(4)
    for _ in range(300):
        ranges = []
        for _ in range(rnd.randint(0, 8)):
            a = rnd.randint(0, 40)
            ranges.append((a, a + rnd.randint(1, 12)))
        index = OverlapIndex(ranges)
        for start in range(0, 50, 3):
            for end in range(start + 1, start + 15, 2):
                assert index.overlaps(start, end) is any(a < end and start < b for a, b in ranges)
                assert index.contains(start, end) is any(a <= start and end <= b for a, b in ranges)


# -- names: a word opening no place phrase is not asked about one -----------------


def test_place_phrases_still_found_after_their_first_word() -> None:
    # both words by the phrase "palmerston north" (alone, "North" is no place)
    spans = names.NameFinder(_LEX).find("I live in Palmerston North now.")
    assert [(s.text, s.type) for s in spans] == [
        ("Palmerston", SpanType.PLACE),
        ("North", SpanType.PLACE),
    ]
    spans = names.NameFinder(_LEX).find("Lunch in La Jolla today.")
    assert [(s.text, s.type) for s in spans] == [("La", SpanType.PLACE), ("Jolla", SpanType.PLACE)]


# -- names_unknown_classes.code_shaped: hyphen parts by str.split --------------------


def test_code_shapes_split_at_hyphens_as_the_regex() -> None:
    for word in ["G-tube", "Mandarin-speaking", "Mercedes-Benz", "A--b", "Abc-", "-Abc", "Abc"]:
        assert word.split("-") == re.split(r"-", word)
    assert names_unknown_classes.code_shaped("G-tube")  # one letter before the hyphen
    assert names_unknown_classes.code_shaped("Mandarin-speaking")  # a lower-case part
    assert not names_unknown_classes.code_shaped("Mercedes-Benz")
