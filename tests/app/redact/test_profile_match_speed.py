"""The profile matcher finds exactly what one alternation of all its variants found,
without compiling anything when it is built (a profile per record in ``fettle detect``
built and compiled a whole alternation each time)."""

from __future__ import annotations

import random
import re

import pytest

from app.profile import PrivacyProfile, ProfileTerm
from app.redact import profile_match
from app.redact.normalise import fold
from app.redact.profile_match import ProfileMatcher

PROFILE = PrivacyProfile.of(
    [
        ProfileTerm("self", "Sarah Jane Jones"),
        ProfileTerm("person", "Jones"),
        ProfileTerm("person", "Ana"),
        ProfileTerm("place", "St Mary's Hospital"),
        ProfileTerm("place", "Selly Oak"),
        ProfileTerm("employer", "Oak Tree Surgery"),
        ProfileTerm("other", "Éabha-Lí"),
    ]
)
TEXTS = [
    "Sarah Jane Jones saw S. Jones and SJJ at St Mary's; Sarah's mum is in Selly Oak.",
    "sarah jane-jones, s jones, s.j.j. and ana, anna, Ana's; oak tree surgery in selly-oak",
    "Nothing here at all, only dots... and a jones-ish word: jonesy, ojones, jones_",
    "EABHA LI and éabha-lí met Jane at the Oak; Mary of St Mary and Oak Tree",
    "a jones pt's s jones S.J. SJ sj. s. j. j.",
]


def _alternation(matcher: ProfileMatcher, text: str) -> list[tuple[int, int, str]]:
    """The old matcher: one regex of every variant, longest first."""
    variants = matcher._variants
    body = "|".join(f"(?P<v{i}>{v.shape.pattern})" for i, v in enumerate(variants))
    regex = re.compile(rf"(?<![\w'’])(?:{body})(?!\w)")
    out = []
    for m in regex.finditer(fold(text).text):
        v = variants[int(m.lastgroup[1:])]
        out.append((m.start(), m.end(), v.shape.pattern))
    return out


def _new(matcher: ProfileMatcher, text: str) -> list[tuple[int, int, str]]:
    folded = fold(text).text
    live = [v for v in matcher._variants if any(k in folded for k in v.keys)]
    found = profile_match.leftmost(folded, [v.shape for v in live])
    return [(a, b, live[i].shape.pattern) for a, b, i in found]


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_one_alternation(text: str) -> None:
    matcher = ProfileMatcher(PROFILE)
    assert _new(matcher, text) == _alternation(matcher, text)


def test_same_matches_on_random_texts() -> None:
    rng = random.Random(7)
    pieces = ["sarah", "jane", "jones", "s", "sj", "j", "oak", "selly", "ana", "eabha", "li",
              "tree", "surgery", "st", "mary's", ".", "-", " ", "  ", "\n", "'", "’", "_",
              "x", "9", "éabha", "\u00a0", "..", ". "]  # fmt: skip
    matcher = ProfileMatcher(PROFILE)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert _new(matcher, text) == _alternation(matcher, text), text


def test_building_a_matcher_compiles_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("compiled while building")

    monkeypatch.setattr(profile_match.re, "compile", refuse)
    ProfileMatcher(PROFILE)


def test_finding_compiles_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    matcher = ProfileMatcher(PROFILE)

    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("compiled while finding")

    monkeypatch.setattr(re, "compile", refuse)
    assert matcher.find(TEXTS[1], fold(TEXTS[1]))


def test_the_spans_themselves() -> None:
    matcher = ProfileMatcher(PROFILE)
    text = TEXTS[0]
    got = [(s.text, str(s.type)) for s in matcher.find(text, fold(text))]
    assert ("Sarah Jane Jones", "NAME") in got
    assert ("S. Jones", "NAME") in got
    assert ("Selly Oak", "PLACE") in got
