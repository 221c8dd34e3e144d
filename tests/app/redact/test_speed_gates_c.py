"""The cheap tests in front of the medicine frames give exactly the answers of the
regexes they spare: they exist for speed and must never change a result."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import medical_context, medical_named
from app.redact.medical_context import _BEFORE, _ON_EITHER, frame_may_end, medicine_frame
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
