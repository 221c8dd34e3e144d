"""The cheap tests in front of the medicine frames give exactly the answers of the
regexes they spare, and the one-pass rewrites of per-word loops (the unknown-word net,
the lower-case and slot place finders, the overlap index) give exactly the answers of
the loops they replace: they exist for speed and must never change a result."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import (
    employers_slots,
    medical_context,
    medical_named,
    names_unknown,
    places_slots,
    span_filters,
)
from app.redact.lexicon import PLACE, default_lexicon
from app.redact.medical_context import _BEFORE, _ON_EITHER, frame_may_end, medicine_frame
from app.redact.names_unknown_classes import known_class
from app.redact.normalise import fold_term
from app.redact.overlap_index import OverlapIndex
from app.redact.places_lower import _LOWER_WORD, LowerPlaceFinder
from app.redact.places_slots import SlotPlaceFinder
from app.redact.spans import Source, Span, SpanType

# Pieces of the random texts: each frame's words, "the", and what folds to ASCII.
_FRAME_PIECES = [
    *medical_context.FRAME_ENDS, "the", "THE", "The", " ", "  ", "\n", "\t", ".", "Day",
    "day", "3", "course", "side effects", "anyone", "else", "better", "pharmacy",
    "insurance", "put", "me", "Zelvoxa", "haſ", "taKen", "uſed", "x", "-", "'", "thé",
    "nehme", "umgestellt", "Erfahrungen", "I", "dose", "loading dose", "_of", "ofs",
]  # fmt: skip


def _regexes_match(text: str, lo: int, start: int) -> bool:
    return bool(_BEFORE.search(text, lo, start) or _ON_EITHER.search(text, lo, start))


def _random_texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rnd.choice(_FRAME_PIECES) for _ in range(rnd.randint(1, 9))]
        out.append(" ".join(parts) if rnd.random() < 0.7 else "".join(parts))
    return out


@pytest.mark.parametrize(
    "before",
    [
        "Day 3 of ",
        "week 6 on the ",
        "side effects from ",
        "a course of THE ",
        "anyone else tried ",
        "switched me over to ",
        "put him on ",
        "Erfahrungen mit ",
        "the pharmacy had ",
        "the chemist's keinen ",
        "insurance finally approved the ",
        "Mum is doing better on ",
        "side effects of\n",
        "the pharmacy haſ ",  # "ſ" folds to "s": "has"
    ],
)
def test_frame_gate_opens_before_a_frame(before: str) -> None:
    text = before + "Zelvoxa today"
    start = len(before)
    assert _regexes_match(text, max(0, start - 50), start)
    assert frame_may_end(text, max(0, start - 50), start)


@pytest.mark.parametrize(
    "before",
    ["I met ", "Saw ", "then the ", "with Dr ", "at the clinic, ", "Day 3 of", "", "off "],
)
def test_frame_gate_closes_where_no_frame_ends(before: str) -> None:
    text = before + "Zelvoxa today"
    start = len(before)
    assert not _regexes_match(text, max(0, start - 50), start)
    assert not frame_may_end(text, max(0, start - 50), start)


def test_frame_gate_keeps_each_frame() -> None:
    """Where a frame matches, the gate is open and the medicine is taken."""
    cases = 0
    for text in _random_texts(7, 4000):
        for start in range(len(text) + 1):
            lo = max(0, start - 50)
            if _regexes_match(text, lo, start):
                cases += 1
                assert frame_may_end(text, lo, start), (text, start)
    assert cases > 100


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FRAME_PIECES), min_size=1, max_size=12), st.data())
def test_frame_gate_never_hides_a_match(pieces: list[str], data: st.DataObject) -> None:
    text = " ".join(pieces) + " Tavlexa"
    start = data.draw(st.integers(0, len(text)))
    lo = max(0, start - 50)
    if _regexes_match(text, lo, start):
        assert frame_may_end(text, lo, start)


def test_medicine_frame_answers_as_before() -> None:
    """``medicine_frame`` with its gate gives the answers of the regexes alone."""

    def ungated(text: str, start: int, end: int) -> bool:
        lo = max(0, start - 50)
        if _BEFORE.search(text, lo, start) or medical_context._AFTER_ANY.match(text, end):
            return True
        return (
            bool(
                _ON_EITHER.search(text, lo, start)
                and (
                    medical_context._BRAND_LETTERS.search(text, start, end)
                    or medical_context._STRENGTH_NEAR.match(text, end)
                )
            )
            or bool(
                medical_context._WORTH.match(text, end)
                and medical_context._ASKED.search(text, lo, start)
            )
            or bool(
                medical_context._AFTER_THE.match(text, end)
                and medical_context._THE_BEFORE.search(text, lo, start)
            )
        )

    seen = set()
    for text in _random_texts(11, 1500):
        text += " Zelvoxa is working"
        start = text.rindex("Zelvoxa")
        got = bool(medicine_frame(text, start, start + 7))
        assert got == ungated(text, start, start + 7), text
        seen.add(got)
    assert seen == {True, False}


# -- medical_named: a maker's word before a model's name -------------------------------

_MAKER_TEXTS = [
    ("Abbott Assurity pacemaker", "Assurity"),
    ("the Medtronic Azure XT ICD was fitted", "Azure"),
    ("ST. JUDE Ellipse ICD", "Ellipse"),
    ("Boston  Scientific Accolade pacemaker", "Accolade"),
    ("J&J Ortho pump", "Ortho"),
    ("the Assurity pacemaker", "Assurity"),
    ("Dr Abbottson Assurity pacemaker", "Assurity"),
    ("Bd Ultra pens", "Ultra"),
    ("Roche Accu went to the clinic", "Accu"),
]


@pytest.mark.parametrize(("text", "model"), _MAKER_TEXTS)
def test_model_name_answers_as_before(text: str, model: str) -> None:
    start = text.index(model)
    span = Span(start, start + len(model), SpanType.NAME, Source.UNKNOWN_WORD, 0.5, model)

    def ungated() -> bool:
        for m in medical_named.MAKER.finditer(text, max(0, start - 30), start):
            if text[m.end() : start].strip(" \t") or m.end() == start:
                continue
            product = medical_named._MAKER_PRODUCT.match(text, m.end())
            return product is not None and product.end() > span.end
        return False

    assert medical_named._model_name(span, text) == ungated()


def test_model_name_gate_opens_and_closes() -> None:
    assert medical_named.holds_maker("the Medtronic ")
    assert medical_named.holds_maker("ST. JUDE ")
    assert not medical_named.holds_maker("the ")
    assert not medical_named.holds_maker("Dr Abbot ")
    span = Span(7, 15, SpanType.NAME, Source.UNKNOWN_WORD, 0.5, "Assurity")
    assert medical_named._model_name(span, "Abbott Assurity pacemaker")


def test_every_maker_match_holds_a_maker_word() -> None:
    """MAKER matches only where a word of ``_MAKER_HINTS`` is (the gate's premise)."""
    pattern = medical_named.MAKER.pattern
    names = re.sub(r"\(\?[!:i]+|\)|\?|\[[^]]*\]|\\s\*|\\s\+|\\s|\\.", " ", pattern)
    found = 0
    for text in [*(t for t, _ in _MAKER_TEXTS), *names.split("|")]:
        for m in medical_named.MAKER.finditer(text):
            found += 1
            assert medical_named.holds_maker(m.group()), m.group()
    assert found > 60


# -- one-pass rewrites of per-word loops ---------------------------------------------


def _slot_words_by_loop(text: str, words: set[str]) -> list[tuple[int, str]]:
    """What ``places_slots.find`` looked at before: every ``_WORD`` match, in order."""
    return [(m.start(), m.group()) for m in places_slots._WORD.finditer(text) if m.group() in words]


@pytest.mark.parametrize(
    "text",
    [
        "we moved to reading last year",
        "bathroom bath-time bath's -bath- 'bath' o'bath bath",
        "Reading reading--  -- reading's x-reading-y reading",
        "sale, sales; resale for-sale sale' 'sale",
        "'-hope-' hope-ful hopeless hope",
        "münchen bath ünbath bathé",
    ],
)
def test_slot_words_are_the_word_regex_matches(text: str) -> None:
    words = {"reading", "bath", "sale", "hope", "for-sale", "o'bath"}
    words = {w for w in words if places_slots._WORD.fullmatch(w)}
    want = _slot_words_by_loop(text, words)
    assert places_slots._words_at(text, words) == want
    assert want  # each case holds a whole word to find, beside parts that are none


@given(st.text(alphabet="ab'- xA.é", max_size=24), st.data())
@settings(max_examples=300, deadline=None)
def test_slot_words_never_differ_from_the_loop(text: str, data: st.DataObject) -> None:
    found = sorted({m.group() for m in places_slots._WORD.finditer(text)})
    words = set(data.draw(st.lists(st.sampled_from(found), max_size=3))) if found else set()
    words |= {"bab", "a-b", "aab"}
    assert places_slots._words_at(text, words) == _slot_words_by_loop(text, words)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("we moved to reading last year", "reading"),
        ("im from bath originally", "bath"),
        ("grew up in sale, then moved", "sale"),
    ],
)
def test_slot_places_still_finds_its_towns(text: str, town: str) -> None:
    spans = list(SlotPlaceFinder(default_lexicon()).find(text))
    assert [s.text for s in spans] == [town]


def _towns_by_loop(finder: LowerPlaceFinder, text: str) -> list[int]:
    """``_towns_at``'s starts as the loop over every token of the text found them."""
    from app.redact.windows_tokens import _tokens

    get = finder.lex.flags.get
    starts = [
        s
        for word, where in _tokens(text).at.items()
        if len(word) >= 4 and get(word if word.isascii() else fold_term(word), 0) & PLACE
        for s in where
    ]
    return sorted(starts)


@pytest.mark.parametrize(
    "text",
    [
        "bloods up at pune then thrissur, pune again",
        "Mum is in Pune and ich war in münchen und köln",
        "no towns here at all",
        "bath and sale and hope",  # listed places of three and four letters
    ],
)
def test_lower_towns_are_tried_where_the_loop_tried_them(text: str) -> None:
    finder = LowerPlaceFinder(default_lexicon())
    want = _towns_by_loop(finder, text)
    got = [m.start() for m in finder._towns_at(text)]
    assert got == [m.start() for m in _LOWER_WORD.finditer(text) if m.start() in want]
    assert ("pune" in text) <= bool(got)  # the gate opens where a town is


@pytest.mark.parametrize(
    "text",
    [
        "Hello Tom, I went to Withcott",
        "ALL CAPS TEXT HERE",
        "all lower case text here",
        "Ünïcödé Äpfel und Öl, ǅ ß ĸ Ⅷ ⅷ İı",
        "lone \ud800 surrogate",
        "",
    ],
)
def test_case_counts_are_the_per_character_counts(text: str) -> None:
    want = (sum(map(str.isupper, text)), sum(map(str.islower, text)))
    assert names_unknown._case_counts(text) == want


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_case_counts_never_differ(text: str) -> None:
    want = (sum(map(str.isupper, text)), sum(map(str.islower, text)))
    assert names_unknown._case_counts(text) == want


def test_known_class_is_every_class_in_one_set() -> None:
    from app.redact import names_guess
    from app.redact import names_unknown_classes as c

    classes = [
        c.CALENDAR, c.CALENDAR_MORE, c.KIN, c.TITLES, c.NOT_NAMES, c.LANGUAGES,
        c.REGIONS_MORE, c.PASTIMES, c.KIN_MORE, c.BLESSINGS, c.FUNCTION, c.CLOSED_CLASS,
        c.TEXTSPEAK,
    ]  # fmt: skip
    words = set().union(*classes) | {"withcott", "tom", "ugh", "tbh", "zanele", ""}
    for word in words:
        want = any(word in cls for cls in classes) or names_guess.opener(word)
        assert known_class(word) is want, word
    assert known_class("thursdays") and not known_class("withcott")


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=12), st.data())
@settings(max_examples=300, deadline=None)
def test_overlap_index_answers_as_a_scan(pairs: list[tuple[int, int]], data: st.DataObject) -> None:
    ranges = [(a, a + n) for a, n in pairs]
    index = OverlapIndex(ranges)
    start = data.draw(st.integers(0, 80))
    end = start + data.draw(st.integers(1, 20))
    assert index.overlaps(start, end) is any(a < end and start < b for a, b in ranges)
    assert index.contains(start, end) is any(a <= start and end <= b for a, b in ranges)


_CHAIN_TEXTS = [
    "I do nights at M&S and the Next store",
    "doing a double at m&s's warehouse",
    "my manager at the co-op said",
    "worked at Pick n Pay for years",
    "shift at the Co-op's depot",
    "I'm at Marks & Spencer today",
    "mum's shopping at Tesco",
    "it was nice, I'm sure",  # "m" and "s" but no "m&s"
    "co op marks spencer",  # every run, but no "co-op" and no "&"
    "nothing of the sort here",
    "Café at Boots",  # beyond ASCII: always read
]


@pytest.mark.parametrize("text", _CHAIN_TEXTS)
def test_chain_gate_closes_only_where_no_chain_is_found(text: str) -> None:
    finder = employers_slots.ChainFinder(default_lexicon())
    found = list(finder._chain_spans(text))
    if not employers_slots._may_name_a_chain(text):
        assert not found


def test_chain_gate_opens_and_closes() -> None:
    gate = employers_slots._may_name_a_chain
    assert gate("nights at M&S") and gate("at m&s's") and gate("the co-op's depot")
    assert gate("Marks & Spencer") and gate("worked at Tesco") and gate("Café")
    assert not gate("it was nice, I'm sure") and not gate("co op marks spencer")
    assert not gate("Marks Spencer") and not gate("nothing of the sort here")


@pytest.mark.parametrize(
    "bare",
    ["monday", "mon-wed-fri", "suhoor and iftar", "sundays", "may", "-mon", "", "mon wed", "oak"],
)
def test_calendar_veto_answers_as_the_split(bare: str) -> None:
    want = all(w in span_filters.CALENDAR for w in span_filters._DASHES_OR_SPACES.split(bare))
    assert span_filters._calendar_words(bare) is want
    assert span_filters._calendar_words("monday") and not span_filters._calendar_words("oak")


def test_unknown_words_build_their_index_only_when_asked() -> None:
    index = names_unknown._LazyIndex([(0, 3), (10, 20)])
    assert index._index is None
    assert index.overlaps(2, 4) and not index.overlaps(4, 9) and index.overlaps(19, 25)
    assert index._index is not None
