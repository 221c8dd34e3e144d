"""Hand-written matchers that replaced a regex compiled per profile or per value find
exactly what those regexes found (random texts), and compile nothing."""

from __future__ import annotations

import random
import re

import pytest

from app.profile import PrivacyProfile, ProfileTerm
from app.redact import profile_extra
from app.redact.names_mentions import _spaced_words

PROFILE = PrivacyProfile.of(
    [
        ProfileTerm("place", "John Radcliffe Hospital"),
        ProfileTerm("place", "Norfolk and Norwich University Hospital"),
        ProfileTerm("employer", "Royal Devon and Exeter Hospital"),
        ProfileTerm("person", "Elizabeth Ward"),
        ProfileTerm("self", "William Robert Jones"),
    ]
)
PIECES = ["JR", "N&N", "RD&E", "Liz", "liz", "LIZ", "Bill", "bill", "Rob", "Bob", "Will", "&",
          " ", "'", "’", "_", "x", "9", "-", ".", "jr", "Lizzie", "Beth"]  # fmt: skip


def _old_acronyms(text: str) -> list[tuple[int, int, str]]:
    order, terms = profile_extra._acronym_forms(PROFILE)
    body = "|".join(f"({re.escape(f)})" for f in order)
    regex = re.compile(rf"(?<![\w&])(?:{body})(?![\w&])")
    return [(m.start(), m.end(), terms[m.lastindex - 1].text) for m in regex.finditer(text)]


def _old_nicknames(text: str) -> list[tuple[int, int, str]]:
    _order, terms = profile_extra._nickname_forms(PROFILE)
    regex = profile_extra._nickname_regex(PROFILE)
    return [(m.start(), m.end(), terms[m.lastindex - 1].text) for m in regex.finditer(text)]


def _triples(found: list[tuple[int, int, ProfileTerm]]) -> list[tuple[int, int, str]]:
    return [(a, b, term.text) for a, b, term in found]


def test_acronyms_and_nicknames_as_their_regexes_found_them() -> None:
    rng = random.Random(3)
    assert profile_extra._acronym_forms(PROFILE)[0]
    assert profile_extra._nickname_forms(PROFILE)[0]
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
        assert _triples(profile_extra._acronyms_in(text, PROFILE)) == _old_acronyms(text), text
        assert _triples(profile_extra._nicknames_in(text, PROFILE)) == _old_nicknames(text), text


def test_spaced_values_as_their_regex_found_them() -> None:
    rng = random.Random(5)
    pieces = [
        "selly",
        "oak",
        " ",
        "  ",
        "\n",
        "-",
        "_",
        "x",
        "9",
        "é",
        "oaks",
        "sellyoak",
        "\u00a0",
    ]
    # any run of whitespace between the words, whatever the value held between them
    # ("selly  oak" with two spaces, a tab)
    for value in ("selly oak", "oak oak", "selly  oak", "selly\toak"):
        words = r"\s+".join(map(re.escape, value.split()))
        regex = re.compile(r"(?<![\w-])" + words + r"(?![^\W_])")
        for _ in range(2000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
            want = [m.span() for m in regex.finditer(text)]
            assert _spaced_words(text, value) == want, (value, text)


def test_a_spaced_value_leaves_no_pattern_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    # a value of an entry with two spaces or a tab once built a cached regex of its words
    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("compiled")

    monkeypatch.setattr(re, "compile", refuse)
    monkeypatch.setattr(re, "_compile", refuse)
    assert _spaced_words("we met in selly oak again", "selly  oak") == [(10, 19)]
    assert _spaced_words("selly\toak", "selly\toak") == [(0, 9)]


def test_an_ascii_text_compiles_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("compiled")

    monkeypatch.setattr(re, "compile", refuse)
    text = "Liz and Bill went to the JR, then N&N; selly oak"
    assert _triples(profile_extra._acronyms_in(text, PROFILE))
    assert _triples(profile_extra._nicknames_in(text, PROFILE))
    assert _spaced_words(text, "selly oak") == [(39, 48)]
