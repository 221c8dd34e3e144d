"""A first-word pattern split into plain words and the rest matches every word exactly
as the whole pattern did (``windows`` looks the plain words up in a set)."""

from __future__ import annotations

import random
import re

import pytest

from app.profile import EMPTY_PROFILE
from app.redact import detect, windows
from app.redact.windows_words import split_words


@pytest.mark.parametrize(
    ("pattern", "words", "rest"),
    [
        ("age|aged|at", {"age", "aged", "at"}, None),
        ("mon|tue|.*[^\\x00-\\x7f].*", {"mon", "tue"}, "(?:.*[^\\x00-\\x7f].*)"),
        ("(?:bp|blood pressure)|hr", {"bp", "blood pressure", "hr"}, None),
        ("jan(?:uary)?|may", {"may"}, "(?:jan(?:uary)?)"),
        ("[]|]x|y", {"y"}, "(?:[]|]x)"),
        ("(?i)age|at", set(), "(?i)age|at"),
        ("(a)|\\1b", set(), "(a)|\\1b"),
    ],
)
def test_split(pattern: str, words: set[str], rest: str | None) -> None:
    assert split_words(pattern) == (frozenset(words), rest)


def test_every_registered_pattern_matches_as_before() -> None:
    detect("Warm up: Dr Smith saw me on 12/3/2024, aged 34, at the JR.", EMPTY_PROFILE)
    rng = random.Random(11)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789äé"
    candidates = {w for r in windows._FIRST_RES for w in re.findall(r"[a-z0-9]+", r.pattern)}
    candidates |= {
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(3000)
    }
    n = len(windows._FIRST_RES)
    for word in sorted(candidates):
        want = tuple(k for k in range(n) if windows._FIRST_RES[k].fullmatch(word))
        assert windows._firsts_of(word, n) == want, word
