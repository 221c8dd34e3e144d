"""The cheap tests in front of the medicine frames give exactly the answers of the
regexes they spare: they exist for speed and must never change a result."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import medical_context
from app.redact.medical_context import _BEFORE, _ON_EITHER, frame_may_end, medicine_frame

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
