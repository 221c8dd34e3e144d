"""Speed steps of session 17 (SP2) in the org, place, age and medicine finders and
vetoes, each against the pattern, the loop or the call it replaces: the same answers on
the shapes each step reads (capitals, joiners, tokens glued by hyphens and
apostrophes, letters beyond ASCII, line breaks), where it finds something and where it
does not."""

from __future__ import annotations

import random
import re

import pytest

from app.redact import (
    ages_written,
    employers_actors,
    employers_slots,
    medical_acronyms,
    medical_nouns,
    medical_numbers,
    orgs_acronyms,
    orgs_owned,
    orgs_titled,
    places_cued,
    places_initials,
    span_filters,
)
from app.redact.ages_written_kit import KEYS, NEVER, OPENERS
from app.redact.lexicon import default_lexicon
from app.redact.medical_nouns import MEDICAL_SHAPE, medical_shape
from app.redact.medical_tokens import may_end_with
from app.redact.windows import Triggered
from app.redact.windows_tokens import forget_last_text

_LEX = default_lexicon()


def _texts(pieces: list[str], n: int, seed: int, most: int = 8) -> list[str]:
    """``n`` strings of up to ``most`` pieces, each joined by nothing, a space or two."""
    rng = random.Random(seed)
    return [
        "".join(
            rng.choice(pieces) + rng.choice(["", " ", " ", "  "])
            for _ in range(rng.randint(0, most))
        )
        for _ in range(n)
    ]


# -- orgs_titled._runs: only the chains of capitals and joiners are read word by word ------

_RUN_PIECES = [
    *"Bank of Ireland Hope Rising Recovery I I'm I’m xMcKenzie McKenzie 3M _Tom A&E "
    "the van der Berg. e.g.Abc a.-B Ab-Cd ..Abc O'Brien ÉCOLE école Über über 中 Ǆx "
    "de la Tesco Express, & - ' ’ \n".split(" "),
    "Coastal",
    "Plumbing",
    "y",
    "Da",
]


@pytest.mark.parametrize("seed", range(4))
def test_runs_are_the_word_by_word_runs(seed: int) -> None:
    def runs(found) -> list[list[tuple[int, int]]]:
        return [[m.span() for m in run] for run in found]

    for text in _texts(_RUN_PIECES, 3000, seed):
        every_token = orgs_titled._token_runs(text, orgs_titled._TOKEN.finditer(text))
        assert runs(orgs_titled._runs(text)) == runs(every_token), text


# -- patterns that open with what the engine scans for --------------------------------------

_REWRITTEN = [
    (
        orgs_acronyms._ACRONYM,
        r"(?<![\w@#/.&-])([A-Z][A-Za-z&]{1,7})(?![\w@/&-]|\.\w)",
    ),
    (orgs_acronyms._PREFIX, r"\b([A-Z]{2,6})-?\d{4,}\b"),
    (places_initials._AT, r"\b(?:in|at)\s+(?:the\s+)?([a-z]{2,4})\b(?![\w'’-])"),
]
_PATTERN_PIECES = [
    *"HCF HCF-77031922 PanCAN @NAMI #CAB x/AB A&E .NHS in at the ane xin _at In "
    "amu 1234 12345 é ’s 'x -AB".split(),
    "\n",
]


@pytest.mark.parametrize(("fast", "old"), _REWRITTEN)
def test_rewritten_patterns_find_the_same(fast: re.Pattern[str], old: str) -> None:
    slow = re.compile(old, fast.flags)
    for text in _texts(_PATTERN_PIECES, 4000, 3):
        assert [m.span(1) for m in fast.finditer(text)] == [
            m.span(1) for m in slow.finditer(text)
        ], text


# -- whole-text patterns tried only where one of their first words starts ------------------

_TRIGGERED = [
    (employers_actors._CALLED, employers_actors._CALLED_FAST),
    (orgs_owned._FROM, orgs_owned._FROM_FAST),
]
_FIRST_WORD_PIECES = [
    *"my MY My our the The meine claim claims with through policy cover insured insurance "
    "ordered some stuff from letter letters e-mail E-Mail emails back on hold to rent "
    "renting banks banking left quit rejoined 'left ’quit insurer landlord is was , ( - : "
    "Aviva Bupa HCF AOK Grainger plc ſ İ ı K ınsured ſtatement my_ xmy".split(),
    "\n",
    *["my insurer is", "our landlord,", "claims with", "ordered it from", "ınsured with"],
    *["My ınsurer is", "letters from", "ſtatements from", "e-mail back from", "on hold to"],
]


@pytest.mark.parametrize(("regex", "fast"), _TRIGGERED)
def test_triggered_patterns_find_the_same(regex: re.Pattern[str], fast: Triggered) -> None:
    for text in _texts(_FIRST_WORD_PIECES, 4000, 17):
        forget_last_text()
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in regex.finditer(text)
        ], text


# -- gates that read the word before a guess --------------------------------------------------

_GATED = [
    (employers_slots._SLOT_BEFORE, employers_slots._SLOT_ENDS, employers_slots._ARTICLES, 48),
    (span_filters._ON_DRUG, span_filters._ON_DRUG_ENDS, (), 24),
]
_BEFORE_PIECES = [
    *"work shift at for the a an der dem bei für FÜR AT The my job nights on On ON with "
    "through manager started put me taking tried and , ( ; weaning off stopped ſ İ x Tom "
    "\n \t".split(" "),
]


@pytest.mark.parametrize(("regex", "ends", "skipped", "reach"), _GATED)
def test_a_phrase_before_passes_its_gate(regex, ends, skipped, reach: int) -> None:
    for text in _texts(_BEFORE_PIECES, 3000, 5):
        for start in range(len(text) + 1):
            lo = max(0, start - reach)
            if regex.search(text, lo, start) and text[start - 1 : start].isspace():
                assert may_end_with(text, lo, start, ends, skipped), text[lo:start]


# -- employers_slots: the chain gate reads texts whose only non-ASCII characters are marks ---


def test_no_chain_is_found_where_the_gate_says_none() -> None:
    names = [n for entries in employers_slots._chains()[0].values() for _, n, _ in entries]
    rng = random.Random(11)
    marks = ["work at", "the", "’s", "'s", " – ", "“", "”", "é", "café", "—", "😀", "&", ".", "\n"]
    finder = employers_slots.ChainFinder(_LEX)
    gated = 0
    for _ in range(4000):
        parts = []
        for _ in range(rng.randint(1, 5)):
            name = rng.choice(names)
            parts.append(
                rng.choice([name, name.lower(), name.upper(), name.replace("'", "’")])
                if rng.random() < 0.4
                else rng.choice(marks)
            )
        text = rng.choice([" ", ""]).join(parts)
        forget_last_text()
        if not employers_slots._may_name_a_chain(text):
            gated += 1
            assert not list(finder._chain_spans(text)), text
    assert gated > 500  # the gate does turn texts away, "’" and dashes among them


# -- medicine's word tests ------------------------------------------------------------------


def test_medical_shape_is_the_pattern() -> None:
    ends = list(medical_nouns._SHAPE_ENDS)
    words = _texts([*ends, "a", "x", "\n", "arthr", "-"], 4000, 7, most=4)
    for word in [*words, *ends, "colitis\n", "itis\n\n", "a\nitis"]:
        assert medical_shape(word) == (MEDICAL_SHAPE.match(word) is not None), repr(word)


def test_test_name_is_the_whole_alternation() -> None:
    plain = sorted(medical_numbers._TEST_WORDS)
    odd = ["ſ", "İ", "ı", "K", "é"]
    words = [w for p in plain for w in (p, p.upper(), p.title(), p + "s", p[:-1])]
    words += [o + p for o in odd for p in plain[:40]] + ["vitamin d3", "Vit.D", "eGFR", "PHQ9"]
    # letters a caseless pattern takes for ASCII ones: "ſodium" is "sodium" to it
    for ascii_letter, lookalikes in (("s", "ſ"), ("i", "İı"), ("k", "K")):
        words += [
            p.replace(ascii_letter, o, 1) for o in lookalikes for p in plain if ascii_letter in p
        ]
    for word in words:
        expected = medical_numbers._TEST.fullmatch(word) is not None
        assert medical_numbers._test_name(word) == expected, word


def test_later_capital_is_any_capital_after_the_first() -> None:
    pieces = ["a", "A", "é", "É", "ϒ", "ℂ", "ǅ", "𝐀", "1", "-", " "]
    for word in _texts(pieces, 3000, 9, most=5):
        assert medical_acronyms._later_capital(word) == any(c.isupper() for c in word[1:])


# -- places_cued: the towns by their first two words ----------------------------------------


def test_towns_by_first_two_words_are_the_towns_filtered() -> None:
    by_two = places_cued.CuedPlaceFinder(_LEX)._phrases_by_two()
    for first, phrases in _LEX.place_phrases.items():
        for second in {p[1] for p in phrases}:
            assert set(by_two[first, second]) == {p for p in phrases if p[1] == second}
    assert sum(map(len, by_two.values())) == sum(map(len, _LEX.place_phrases.values()))


# -- ages_written: the rules asked are those two Triggered passes asked ----------------------

_NUMBER_GATE = Triggered(re.compile(r"\d"), NEVER, digits="(?i)(?:" + "|".join(OPENERS) + ")")
_WORD_GATE = Triggered(re.compile(r"[^\W_]+"), "|".join(sorted(set().union(*KEYS.values()))))


def _asked(text: str) -> set[int]:
    asked = set(ages_written._ALWAYS)
    for m in _WORD_GATE.finditer(text):
        asked.update(ages_written._BY_WORD.get(m.group().lower(), ()))
    if next(iter(_NUMBER_GATE.finditer(text)), None) is not None:
        asked.update(ages_written._NUMBERED)
    return asked


def test_written_age_rules_asked_are_the_same() -> None:
    words = sorted(set().union(*KEYS.values()))
    pieces = [*words, "34", "18mo", "6mths", "²", "3", "yo", "yrs", "f", "M", "Kid", "x", "\n"]
    for text in _texts(pieces, 3000, 13):
        forget_last_text()
        picked = []
        original = ages_written._RULES
        try:  # the rules the finder asks, recorded in order
            ages_written._RULES = _Recorder(original, picked)
            list(ages_written.find(text))
        finally:
            ages_written._RULES = original
        assert set(picked) == _asked(text), text


class _Recorder:
    """``_RULES`` that notes which rules ``find`` reads."""

    def __init__(self, rules, seen: list[int]) -> None:
        self._rules = rules
        self._seen = seen

    def __getitem__(self, k: int):
        self._seen.append(k)
        return self._rules[k]
