"""Speed steps of the learned tagger (session 13, SP-a): the words in C, the words no
span touches by bisection, the vetoes in one loop, and the feature hashes without the
feature names. Each gives exactly what the code it replaces gave: the replaced code is
kept here as the reference (``_words``, ``_veto``) or still ships as the one the
trainer reads (``coverage``, ``features`` and ``hashed``)."""

from __future__ import annotations

import json
import re
from itertools import accumulate
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import places_initials
from app.redact import tagger_features as F
from app.redact import tagger_words as T
from app.redact.german import german_word, is_german
from app.redact.lexicon import DICT_WORD, REGION, STREET, default_lexicon
from app.redact.medical import medical_number_ranges
from app.redact.medical_words import medical_token
from app.redact.names_context import CALENDAR
from app.redact.regions import coarse_regions
from app.redact.spans import Source, Span, SpanType

_LEX = default_lexicon()
DATA = Path(__file__).resolve().parents[1] / "data"
ODD = [
    "",
    "x",
    " ",
    "Zanele",
    "  . Zanele\n",
    "Ich war in Bad Kleinstadt beim Arzt Wernicke, mit Jolanthe, am Montag um 10 Uhr.",
    "Zoë’s Straße 12 — “Siobhán” (Lóa) • Ann - x: y! z? w* __init__ 42nd",
    "नमस्ते दोस्त, Priya आज ठीक है।",
    "Привет, Наташа! Day 3: Tues. Children's Ward, Renal Unit, Urgent Care.",
    "Stage Four. TAK-279 and klean-prep; The Road to recovery. Hope did not help.",
    "Queensland Texas Trip, Chronic Fatigue and Tennis Elbow in ane on AMU ward",
    "AAAAAAAAAAAAAAAAAAAAAAAA bbbbbbbbbbbbbbbbbbbb Mmmmmmm 123456789 a1b2c3",
]


def _tuning_texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("patient_voice_dev*.jsonl")):
        lines = path.read_text("utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    assert len(texts) > 1000
    return texts


TEXTS = [*_tuning_texts(), *ODD]
_PIECES = [
    *["Ann", "ann", "Zoë", "É", "Straße", "Ward", "ward", "Unit", "Care", "care", "Stage"],
    *["Day", "Children", "s", "'", "’", "-", "—", "Fatigue", "Chronic", "Texas", "Road"],
    *["Hope", "did", "the", "Tues", "mum", "pain", "ane", "TAK", "279", "12", "x", "I"],
    *[" ", "  ", ", ", ". ", "\n", "\n\n", ": ", "(", ")", "“", "•", "*", "!", "_"],
]
_MADE_UP = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


# -- split_words: the words in C ------------------------------------------------------------

_PAD = ("aaa", "aa", "a")


def _words(text: str) -> list[tuple]:
    """tagger_words.words as it was (session 12)."""
    pieces = T._SPLIT.split(text)
    if len(pieces) == 1:
        return []
    raws, gaps = pieces[1::2], pieces[0:-1:2]
    bounds = list(accumulate(map(len, pieces)))
    folded = list(map(str.casefold, raws))
    before = [g[-3:] if len(g) >= 3 else _PAD[len(g)] + g for g in gaps]
    before[0] = gaps[0][-3:]
    opens = {b: bool(T._SENTENCE_END.search(b)) for b in set(before)}
    return [
        (a, b, r, f, _LEX.flags.get(f, 0), _LEX.zipf.get(f, 0.0), opens[o])
        for a, b, r, f, o in zip(bounds[0:-1:2], bounds[1::2], raws, folded, before)
    ]


def _same_words(text: str) -> None:
    ws, columns = T.split_words(text, _LEX)
    assert ws == _words(text) == T.words(text, _LEX)
    assert all(type(w) is T.Word for w in ws)
    assert columns.raws == [w.raw for w in ws] and columns.folded == [w.folded for w in ws]
    assert columns.flags == [w.flags for w in ws] and columns.zipf == [w.zipf for w in ws]
    ends = [0, *(w.end for w in ws)]
    starts = [*(w.start for w in ws), len(text)]
    assert columns.gaps == [text[a:b] for a, b in zip(ends, starts)]


def test_words_are_the_loops_words_on_every_tuning_text() -> None:
    for text in TEXTS:
        _same_words(text)
    # sentence openings where the loop found them: the text's start, after ". " and "\n"
    ws = T.words("Ann met Bo. Cy and\nDi (Ed) x", _LEX)
    assert [w.raw for w in ws if w.initial] == ["Ann", "Cy", "Di", "Ed"]


@settings(max_examples=500, deadline=None)
@given(_MADE_UP)
def test_words_are_the_loops_words_on_made_up_texts(text: str) -> None:
    _same_words(text)


# -- untouched: the words no span touches, by bisection ------------------------------------


def _span(a: int, b: int, kind: SpanType = SpanType.NAME) -> Span:
    return Span(a, b, kind, Source.LEXICON, 1.0, "")


@settings(max_examples=500, deadline=None)
@given(
    _MADE_UP,
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=8),
)
def test_untouched_is_coverage_zero(text: str, spans: list[tuple[int, int]]) -> None:
    """Overlapping, nested and out-of-order spans: a word is left exactly where
    ``coverage`` gives it 0."""
    ws = T.words(text, _LEX)
    found = [_span(a, a + n) for a, n in spans]
    cov = T.coverage(ws, found)
    every = list(range(len(ws)))
    assert T.untouched(ws, every, found) == [i for i in every if not cov[i]]


def test_untouched_opens_and_closes() -> None:
    ws = T.words("Ann met Bo at Costa", _LEX)  # 0-3 4-7 8-10 11-13 14-19
    every = list(range(5))
    assert T.untouched(ws, every, []) == every
    assert T.untouched(ws, every, [_span(4, 7)]) == [0, 2, 3, 4]
    assert T.untouched(ws, every, [_span(3, 4)]) == every  # the gap alone touches none
    assert T.untouched(ws, every, [_span(9, 10)]) == [0, 1, 3, 4]  # inside "Bo": touches
    assert T.untouched(ws, every, [_span(0, 19), _span(5, 6)]) == []
    assert T.untouched(ws, [1, 4], [_span(12, 16), _span(0, 2)]) == [1]


# -- unvetoed: the vetoes in one loop ------------------------------------------------------


def _veto(text, ws, i, numbers, german) -> bool:  # noqa: ANN001
    """tagger_words.veto as it was (session 12), its helpers inlined as they were."""
    w = ws[i]
    word = w.folded
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    prev = ws[i - 1] if i else None
    if (
        word in T._NOT_IDENTIFIERS
        or word.removesuffix("s") in CALENDAR
        or any(a <= w.start and w.end <= b for a, b in numbers)
        or (german and german_word(w.raw))
    ):
        return True
    if i < len(ws) - 1:  # _kind_of_ward
        after = ws[i + 2].folded if nxt.folded == "s" and i + 2 < len(ws) else nxt.folded
        if after in T._WARD_WORDS and not T._ward_name(w.raw, _LEX):
            return True
    # _medical_phrase
    if nxt is not None and nxt.folded == "care" and w.folded in T._CARE_KINDS:
        return True
    if w.folded in T._SYMPTOMS or (w.folded in places_initials._SETTINGS and w.raw.islower()):
        return True
    if prev is not None and prev.end + 1 >= w.start:
        if prev.folded in T._GRADED or (w.raw.isdigit() and prev.raw.isupper()):
            return True
    if nxt is not None and nxt.folded in T._SYMPTOMS and nxt.start - w.end == 1:
        return True
    if w.flags & REGION:
        return True
    # _plain_word
    if w.folded in coarse_regions() and not (nxt and nxt.capital and nxt.start == w.end + 1):
        return True
    if w.flags & STREET and w.zipf >= 4.5 and (i == 0 or not prev.capital or prev.initial):
        return True
    if w.initial and w.flags & DICT_WORD and nxt is not None and nxt.folded in T._OBJECTS:
        return True
    if w.initial and w.flags & DICT_WORD and w.zipf >= 4.0 and nxt and nxt.folded in T._AUX:
        return True
    if text[w.end : w.end + 1] == "-" or text[w.start - 1 : w.start] == "-":
        a, b = w.start, w.end
        while a > 0 and (text[a - 1].isalnum() or text[a - 1] == "-"):
            a -= 1
        while b < len(text) and (text[b].isalnum() or text[b] == "-"):
            b += 1
        return medical_token(text[a:b], _LEX)
    return False


def _same_vetoes(text: str, numbers: list[tuple[int, int]], german: bool) -> int:
    ws = T.words(text, _LEX)
    every = list(range(len(ws)))
    kept = [i for i in every if not _veto(text, ws, i, numbers, german)]
    assert T.unvetoed(text, ws, every, numbers, german, _LEX) == kept
    assert T.vetoed(text, ws, numbers, german, _LEX) == [i not in kept for i in every]
    return len(every) - len(kept)


def test_unvetoed_is_the_vetoes_on_every_tuning_text() -> None:
    vetoed = 0
    for text in TEXTS:
        vetoed += _same_vetoes(text, medical_number_ranges(text), is_german(text))
    assert vetoed > 10_000  # the vetoes do veto


@settings(max_examples=500, deadline=None)
@given(_MADE_UP, st.booleans(), st.lists(st.tuples(st.integers(0, 60), st.integers(1, 9))))
def test_unvetoed_is_the_vetoes_on_made_up_texts(text: str, german: bool, numbers) -> None:  # noqa: ANN001
    _same_vetoes(text, [(a, a + n) for a, n in numbers], german)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Met Ann in the Children's Ward", "Children"),
        ("Then Urgent Care again", "Urgent"),
        ("Chronic Fatigue again", "Chronic"),
        ("Reached Stage Four", "Four"),
        ("Loved Queensland in May", "Queensland"),
        ("Rough night. Hope did not help", "Hope"),
        ("took 20 mg Zanele", "mg"),
        ("Then the klean-prep arrived", "klean"),
    ],
)
def test_each_veto_closes_and_its_word_alone_passes(text: str, word: str) -> None:
    ws = T.words(text, _LEX)
    i = next(j for j, w in enumerate(ws) if w.raw == word)
    numbers = [(text.index("20"), text.index("mg") + 2)] if "mg" in text else []
    assert T.veto(text, ws, i, numbers, False, _LEX)
    alone = T.words("Zanele " + word, _LEX)  # its neighbours gone, it may pass
    if word not in ("Queensland", "mg"):
        assert not T.veto("Zanele " + word, alone, 1, [], False, _LEX)


# -- indices: the feature names' hashes without the names ----------------------------------


def _reference(at: F.Around, todo: list[int]) -> tuple[list[int], list[int]]:
    out, starts = [], []
    for i in todo:
        starts.append(len(out))
        out += F.hashed(F.features(at, i))
    return out, starts


def _same_indices(text: str) -> int:
    ws, columns = T.split_words(text, _LEX)
    every = list(range(len(ws)))
    stacked = [(7 * i) % 5 for i in every]  # some coverage, as a stacked tagger sees it
    for seen in ([0] * len(ws), stacked):
        want = _reference(F.Around(text, ws, seen), every)
        for at in (F.Around(text, ws, seen, columns), F.Around(text, ws, seen)):
            got, starts = F.indices(at, every)
            assert ([h & F._MASK for h in got], starts) == want
    return len(every)


def test_indices_are_the_hashed_features_of_every_tuning_word() -> None:
    assert sum(map(_same_indices, TEXTS)) > 50_000


@settings(max_examples=300, deadline=None)
@given(_MADE_UP)
def test_indices_are_the_hashed_features_on_made_up_texts(text: str) -> None:
    _same_indices(text)


def test_the_hash_tables_keep_no_word_of_an_entry() -> None:
    """Hashes of names built from classes are kept between calls; a word's letters
    never are: an ASCII word is kept as its classes ("Xxxxxx"), and a word beyond ASCII
    (whose shape keeps its letters) and gaps beyond ASCII are not kept at all."""
    words = ["Zanelequorix", "Zoëquorix", "Квиториx", "क्विटोरिक्स"]
    for word in words:
        text = f"Met {word} at the café “{word}” — {word}’s"
        ws, columns = T.split_words(text, _LEX)
        F.indices(F.Around(text, ws, [0] * len(ws), columns), list(range(len(ws))))
    kept = repr([F._WORD_CLASSES, F._AROUND, F._COVERED, F._ROLES])
    for word in [*words, "anelequor", "quorix", "Zo", "ë", "“", "’", "—", "िक"]:
        assert word not in kept
    assert ("", "", "Xxxxxxxxxxxx") in F._AROUND  # the ASCII word, as its classes
    assert all(re.fullmatch(r"[xXd_]*", s) and (gb + ga).isascii() for gb, ga, s in F._AROUND)
