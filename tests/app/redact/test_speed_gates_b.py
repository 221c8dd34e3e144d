"""The cheap tests and faster scans in front of the number, date, address and medical
finders give exactly the matches of the regex or code they replace: they exist for
speed and must never change a result."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import (
    addresses,
    ages,
    ages_shapes,
    date_grow,
    date_holidays,
    medical,
    numbers_age,
    patterns,
)
from app.redact.windows import Triggered
from app.redact.windows_tokens import _tokens

# Pieces the random texts are made of: the words and marks each gate looks at, and
# the characters around them that decide a match ("x5mg", "1.5 mg", "Pond Street-").
_DOSE_PIECES = [
    "5mg", "10 mg", "1.5", "x", "/", ".", " ", "mg", "ml", "units", "to", "-", "3",
    "42", "a", "ab", "\n", "2-4", "1/7", "5/52", "iu", "kg", "MG", "tabs", "_", "٣",
]  # fmt: skip
_STREET_PIECES = [
    "Pond", "Street", "St", "street", "STREET", "Road", "Rd", "Straße", "Strasse",
    "Harley", "on", " ", "  ", ".", "-", "'", "Main", "the", "Ave", "Gardens", "ST",
    "Oak", "\n", "É", "Zoë", "x", "Close", "Grove",
]  # fmt: skip


def _texts(pieces: list[str], seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(n)]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        ("took 5mg at 8", [(5, 8)]),
        ("1.5 mg then 2-4 units", [(0, 6), (12, 21)]),
        ("x5mg and a/5mg", []),  # after a letter or a slash: no dose starts there
        ("day 3/7 of 5 tabs 1/7", [(11, 21)]),  # with its schedule
        ("no numbers here", []),
    ],
)
def test_dose_scan_finds_the_doses(text: str, doses: list[tuple[int, int]]) -> None:
    assert _spans(medical._DOSE_FAST.finditer(text)) == doses
    assert _spans(medical.DOSE.finditer(text)) == doses


def test_dose_scan_agrees_with_the_regex() -> None:
    for text in _texts(_DOSE_PIECES, 11, 20_000):
        assert _spans(medical._DOSE_FAST.finditer(text)) == _spans(medical.DOSE.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 .,/-xmgluMG٣_a\n", max_size=40))
def test_dose_scan_agrees_on_any_text(text: str) -> None:
    assert _spans(medical._DOSE_FAST.finditer(text)) == _spans(medical.DOSE.finditer(text))


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        ("we live on Pond Street now", [(11, 22)]),
        ("Harley St. and Main Road", [(0, 9), (15, 24)]),
        ("Oak Gardens-", []),  # a hyphen after the type: no street
        ("Pond STREET", []),  # the types are written as in the pattern: no capitals
        ("Am Markt Straße", [(0, 15)]),
        ("nothing like one here", []),
    ],
)
def test_named_streets_are_found(text: str, streets: list[tuple[int, int]]) -> None:
    assert _spans(addresses._named_streets(text)) == streets
    assert _spans(addresses.NAMED_STREET.finditer(text)) == streets


def test_named_street_gate_holds_every_street_word() -> None:
    words = re.search(
        r"\(\?:((?:[^\W\d_]+\|)+[^\W\d_]+)\)\\b\(\?!-\)$", addresses.NAMED_STREET.pattern
    )
    assert words is not None
    assert addresses._NAMED_TYPES == {w.lower() for w in words.group(1).split("|")}


def test_named_street_gate_agrees_with_the_regex() -> None:
    for text in _texts(_STREET_PIECES, 12, 20_000):
        assert _spans(addresses._named_streets(text)) == _spans(
            addresses.NAMED_STREET.finditer(text)
        )


# ``words_to_number`` before its regexes were compiled once and its table of endings
# built once: the same value for every phrase an age pattern can hand it.
def _old_words_to_number(text: str) -> int | None:
    low = text.lower().replace("’", "'").strip().removesuffix(" and a half")
    low = re.sub(r"\s+(?:months?|mos?|weeks?|wks?)$", "", low)
    digits = re.search(r"\d+", low)
    if digits:
        return int(digits.group())
    for word, n in {**ages._DECADE_WORDS, **ages._ORD_TENS}.items():
        if low.endswith(word):
            return n
    total = 0
    for part in re.split(r"[\s-]+", low):
        if part in ages._TENS:
            total += 10 * ages._TENS.index(part)
        elif part in ages._UNITS:
            total += ages._UNITS.index(part)
        elif part in ages._ORD_UNITS:
            total += ages._ORD_UNITS[part]
        elif part in ("early", "mid", "late"):
            continue
        else:
            return ages.ages_extra.german_number(low)
    return total


_NUMBER_PIECES = [
    *ages._UNITS, *ages._TENS[2:], *ages._DECADE_WORDS, *ages._ORD_TENS, *ages._ORD_UNITS,
    "early", "mid", "late", "34", "30s", "40’s", " ", "-", "  ", " months", " wks",
    " and a half", "einundachtzig", "neunzig", "Forty", "x",
]  # fmt: skip


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("seventy-two", 72), ("fortieth", 40), ("30s", 30), ("34", 34), ("mid twenties", 20)],
)
def test_words_to_number(phrase: str, value: int) -> None:
    assert ages.words_to_number(phrase) == value


def test_words_to_number_agrees_with_its_old_form() -> None:
    for text in _texts(_NUMBER_PIECES, 13, 20_000):
        assert ages.words_to_number(text) == _old_words_to_number(text)


_CANDIDATE_PIECES = [
    "twenty", "Twenty", "TWENTY", "one", "-", " ", "nineteen", "nine", "ninety", "4", "34",
    "1st", "x", "'", ".", ",", "5.5", "£", "year", "-year", "twentyone", "İ", "ſix", "six",
    "K", "\n", "%", "(", "_", "seventy", "/", "٣",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("she was twenty-one and Tom 9", [(8, 18), (27, 28)]),
        ("Nineteen, NINE and ninety", [(0, 8), (10, 14), (19, 25)]),
        ("x9 £5 twentyone 5.5 4-year", []),  # inside a word, money, a decimal, a range
        ("my 40th", [(3, 7)]),
    ],
)
def test_number_candidates_are_found(text: str, numbers: list[tuple[int, int]]) -> None:
    low = numbers_age.lower_keeping_offsets(text)
    assert _spans(numbers_age._candidates(text)) == numbers
    assert _spans(numbers_age._CANDIDATE.finditer(low)) == numbers


def test_number_candidates_agree_with_the_regex() -> None:
    for text in _texts(_CANDIDATE_PIECES, 14, 5_000):
        low = numbers_age.lower_keeping_offsets(text)
        assert _spans(numbers_age._candidates(text)) == _spans(numbers_age._CANDIDATE.finditer(low))


# --- Round 11: shared sets asked the cheap way round, scans from digit runs ---------


def _old_holidays(text: str) -> list[tuple[int, int]]:
    """``date_holidays.find`` as it was, with ``at.keys() & firsts``."""
    by_first = date_holidays._by_first()
    at = _tokens(text).at
    starts = sorted(s for low in at.keys() & date_holidays._firsts_lower() for s in at[low])
    out, end = [], 0
    for start in starts:
        if not text[start].isupper():
            continue
        word = date_holidays._FIRST.match(text, start)
        regex = by_first.get(word.group()) if word else None
        if regex is None or start < end or start and text[start - 1] in "-_":
            continue
        m = regex.match(text, start)
        if m:
            end = m.end()
            out.append(m.span())
    return out


@pytest.mark.parametrize(
    "text",
    [
        "We flew home on ANZAC Day 2024 and again for Alaska Day.",
        "anzac day in lower case, then Adelaide Cup weekend-",
        "Accession Weekend and Akshay Tritiya, Accession Day",
        "no holiday here at all",
    ],
)
def test_holiday_firsts_asked_of_the_text(text: str) -> None:
    found = [(s.start, s.end) for s in date_holidays.find(text)]
    assert found == _old_holidays(text)
    assert bool(found) == text[0].isupper()  # the three named ones do have holidays


_GLUED_PIECES = [
    "5", "54", "6", "m", "f", "M", "F", "yo", "y/o", "y.o.", "yrs", "yr", " ", ",", ".",
    "/", "£", "a", "_", "-", "\n", ")", "120", "٣", "x", "3.",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("54m here", [(0, 3)]),
        ("son 6yrs, daughter 4yo.", [(4, 8), (19, 22)]),
        ("a5yo and £30m and 3.5m", []),  # after a letter, a pound sign or a point
        ("m54 is no glued age", []),
    ],
)
def test_glued_scan_finds_the_glued_ages(text: str, ages: list[tuple[int, int]]) -> None:
    assert _spans(ages_shapes._GLUED_FAST.finditer(text)) == ages
    assert _spans(ages_shapes.GLUED.finditer(text)) == ages


def test_glued_scan_agrees_with_the_regex() -> None:
    for text in _texts(_GLUED_PIECES, 21, 20_000):
        assert _spans(ages_shapes._GLUED_FAST.finditer(text)) == _spans(
            ages_shapes.GLUED.finditer(text)
        )


def test_standalone_gates_asked_of_the_words_present() -> None:
    gate_words = sorted(date_grow._STANDALONE_WORDS)
    rnd = random.Random(22)
    for _ in range(5_000):
        words = set(rnd.sample(gate_words, rnd.randint(0, 4))) | {"the", "of", "x"}
        view = dict.fromkeys(words).keys()
        old = [
            r for gates, r in date_grow._STANDALONE if all(not view.isdisjoint(g) for g in gates)
        ]
        assert list(date_grow._standalone(view)) == old
    assert date_grow._standalone({"early": 1, "next": 1}.keys())  # "early next spring"


def _old_phones(text: str, region: str) -> list[tuple[int, int, bool]]:
    """``find_phones`` as it was: the cue searched before every test."""
    out = []
    for m in patterns._PHONE_FAST.finditer(text):
        raw = m.group()
        digits = sum(c.isdigit() for c in raw)
        cue = patterns._PHONE_CUE.search(text, max(0, m.start() - 20), m.start()) is not None
        grouped = any(c in raw for c in " .-()+")
        if patterns._TIME_RANGE.fullmatch(raw) or patterns._DATE_LIKE.fullmatch(raw):
            continue
        if digits >= 7 and (grouped or cue) and patterns._possible_phone(raw, region):
            out.append((m.start(), m.end(), False))
        elif cue and 3 <= digits and not grouped and text[m.end() : m.end() + 1] != ":":
            out.append((m.start(), m.end(), True))
    return out


_PHONE_PIECES = [
    "call ", "tel: ", "mob ", "07700 900123", "0161 496 0000", "12", "123", "4567",
    "7700900", "(", ")", "+44 ", ".", "-", " ", "x", "ext ", "0930-1730", "12-03-2020",
    "pager #", "bleep ", "01234567", "a", ":", "555.123.4567",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("call 07700 900123 today", [(5, 17, False)]),
        ("bleep 4567 or ext 123", [(6, 10, True), (18, 21, True)]),
        ("pager #12, 45 and 7.5", []),  # two digits, or a decimal: never a phone
        ("tel: 0930-1730 and 12-03-2020", []),  # a time range and a date
    ],
)
def test_phone_tests_in_cheap_order(text: str, phones: list[tuple[int, int, bool]]) -> None:
    got = [(s.start, s.end, s.uncertain) for s in patterns.find_phones(text, "GB")]
    assert got == phones == _old_phones(text, "GB")


def test_phone_tests_agree_with_the_old_order() -> None:
    for text in _texts(_PHONE_PIECES, 23, 5_000):
        got = [(s.start, s.end, s.uncertain) for s in patterns.find_phones(text, "GB")]
        assert got == _old_phones(text, "GB")


# ``ages.AGE`` tried at its first words with and without the gate on what must follow.
_AGE_UNGATED = Triggered(
    ages.AGE, ages._FIRST_WORDS, digits=ages._AGE_DIGITS, capitals=ages._AGE_CAPITALS
)
_AGE_WORDS = [
    "at", "At", "the", "age", "of", "in", "In", "my", "My", "her", "his", "our", "son",
    "little", "one", "mother-in-law", "is", "was", "were", "since", "Since", "she", "he",
    "I", "i", "I'm", "I’ll", "i'll", "be", "turned", "turn", "turns", "5", "34", "9",
    "forty", "fortieth", "fourteenth", "thirteenth", "twenty-first", "forties", "from",
    "when", "by", "time", "until", "till", "before", "after", "just", "who", "we", "you",
    "they're", "you’re", "we's", "hit", "Karabo", "ſhe", "waſ", "years", "old", ",", ".",
    "would", "have", "been", "will", "are", "both", "mid", "early",
]  # fmt: skip


def _age_texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    seps = [" ", " ", " ", " ", "  ", "\n", ", "]
    out = []
    for _ in range(n):
        words = [rnd.choice(_AGE_WORDS) for _ in range(rnd.randint(1, 9))]
        out.append("".join(w + rnd.choice(seps) for w in words).strip())
    return out


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I was diagnosed at the age of 34", "34"),
        ("struggling in my forties", "forties"),
        ("since she was 9 she has", "9"),
        ("my little son is 5", "5"),
        ("our mother-in-law was 90", "90"),
        ("my fourteenth birthday", "fourteenth"),
        ("they're 7 and 9", "7"),
        ("I've just turned 40", "40"),
        ("by the time I was 12", "12"),
        ("I’ll be 40 soon", "40"),
        ("at the shop from 5 to 6, by the 3 of us", None),
    ],
)
def test_age_gate_opens_where_an_age_can_start(text: str, age: str | None) -> None:
    def groups(tr: Triggered) -> list[str]:
        return [next(g for g in m.groups() if g) for m in tr.finditer(text)]

    assert _spans(ages._AGE_FAST.finditer(text)) == _spans(_AGE_UNGATED.finditer(text))
    assert groups(ages._AGE_FAST)[:1] == ([age] if age else [])


def test_age_gate_agrees_with_the_ungated_regex() -> None:
    for text in _age_texts(32, 20_000):
        assert _spans(ages._AGE_FAST.finditer(text)) == _spans(_AGE_UNGATED.finditer(text))


def test_age_gate_closes_on_most_first_words() -> None:
    # the gate exists for speed: "at", "in", "my", "from" without an age's words
    for text in ("at home", "in the car", "my back", "from work", "I think", "they said"):
        assert ages._AGE_GATE.match(text, 0) is None
