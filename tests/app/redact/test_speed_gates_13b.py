"""Speed steps of the number finders (session 13, SP-b): each one scan, set test or
shared table against the loop or regex it replaces, on texts where it must say yes and
where it must say no. A test here fails if the replacement is always open, always
closed, or reads a different shape."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import (
    ages,
    ages_extra,
    ages_more,
    ages_narrative_more,
    ages_shapes,
    date_grow,
    date_relative,
    date_words,
    ids,
    patterns,
)
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_at import case_traps
from app.redact.windows_tokens import token_set

# Pieces that make up numbers, greetings, marks and the words the gates look for.
_PIECES = [
    *["4", "17", "34", "٣", "²", "x", "a", " ", "  ", "\t", "\n", ". ", "!", "?", ">", ","],
    *["hi", "Hi", "HEY", "hello", "hallo", "hiya", "ohi", "_hi", "male", "turning", "İ"],
    *["kids", "sons", "children", "yr", "y/o", "y.o", "year", "yo", "Y.O", "over", "push"],
    *["der", "mit", "saal", "hy", "shes", "ur", "thirties", "0s", "(", ")", "+", "-", "."],
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


# -- ages._opening_hint: three scans instead of a search before each digit -------------


def _opening_hint_by_search(text: str) -> bool:
    return ages._OPENING_HINT.search(text) is not None


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_opening_hint_is_the_search(text: str) -> None:
    assert ages._opening_hint(text, token_set(text)) == _opening_hint_by_search(text)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("34 and just got told", True),  # a digit first
        ("٣4f here", True),  # a digit beyond ASCII first ("\\d")
        ("Hello.  34f from Leeds", True),  # a mark and two spaces
        ("ok\n29, male", True),
        ("> 45m here", True),
        ("Hi, 29 here", True),  # a greeting's comma
        ("hey, 3", True),
        ("they, 3", False),  # "hey" inside a word is no greeting
        ("Hi,  29 here", False),  # one space only after a greeting
        ("I had 4 of them", False),
        ("²4 and", False),  # "²" is a digit to str.isdigit, not to "\\d"
        ("Chi, 3 days", False),
        ("", False),
    ],
)
def test_opening_hint_cases(text: str, hint: bool) -> None:
    assert not case_traps(text)
    assert ages._opening_hint(text, token_set(text)) is hint
    assert _opening_hint_by_search(text) is hint


# -- set tests and one-scan substring tests instead of generator loops ------------------


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_word_gates_are_the_loops(text: str) -> None:
    words = token_set(text)
    # ages_more
    assert (not words.isdisjoint(ages_more._DE_KEYS)) == any(k in words for k in ages_more._DE_KEYS)
    assert (not words.isdisjoint(ages_more._TONGUE_KEYS)) == any(
        k in words for k in ("saal", "sal", "jaar", "hy", "sy")
    )
    assert (not words.isdisjoint(ages_more._PRONOUN_KEYS)) == any(
        k in words for k in ("shes", "hes", "theyre", "ur")
    )
    # date_relative
    assert (not words.isdisjoint(date_relative._DECADES)) == any(
        w in words for w in date_relative._DECADES
    )
    # substrings: one regex scan for "any of these occurs" (the units share their "y")
    assert (ages_extra._APPOSED_HINT.search(text) is not None) == any(
        u in text for u in ("yr", "yo", "year", "y/o", "y.o")
    )
    # patterns.find_phones: the characters that group a number
    assert (not patterns._GROUPING.isdisjoint(text)) == any(c in text for c in " .-()+")


@pytest.mark.parametrize(
    ("text", "apposed"),
    [
        ("Ayaan, 6yrs, has", True),
        ("my son (4 y.o)", True),
        ("4 years", True),
        ("yo", True),
        ("my son (4 yxo)", False),
        ("4 YRS", False),  # as the test it replaces: case-sensitive (the regex is not)
        ("", False),
    ],
)
def test_apposed_scan_cases(text: str, apposed: bool) -> None:
    assert (ages_extra._APPOSED_HINT.search(text) is not None) is apposed


# -- ages_shapes: COMPARED searched only where "older" or "younger" is a token -----------

_COMPARED_PIECES = [
    *["older", "Older", "OLDER", "younger", "_older", "beholder", "olders", "than", "Than"],
    *[" ", "  ", "\n", ",", "-", "_", "about ", "nearly ", "30", "7", "%", "mg", "İ", "ſ"],
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_COMPARED_PIECES), max_size=10).map("".join))
def test_compared_gate_keeps_every_match(text: str) -> None:
    found = [m.span(1) for m in ages_shapes.COMPARED.finditer(text)]
    if found:  # the gate must be open wherever the regex matches
        assert "than" in text.lower()
        assert not token_set(text).isdisjoint(ages_shapes._COMPARED_WORDS)
    spans = [(s.start, s.end) for s in ages_shapes.find(text)]
    assert all(f in spans for f in found)


def test_compared_gate_cases() -> None:
    assert [s.text for s in ages_shapes.find("she is older than 40")] == ["40"]
    assert [s.text for s in ages_shapes.find("I'm YOUNGER THAN 30.")] == ["30"]
    assert token_set("better than 40").isdisjoint(ages_shapes._COMPARED_WORDS)
    assert token_set("beholder than 40").isdisjoint(ages_shapes._COMPARED_WORDS)


def test_grouping_characters() -> None:
    assert not patterns._GROUPING.isdisjoint("0161 496")
    assert not patterns._GROUPING.isdisjoint("(0)20")
    assert patterns._GROUPING.isdisjoint("07700900123")
    assert patterns._GROUPING.isdisjoint("0770\t0900")  # a tab groups nothing here


def test_word_gate_sets_cases() -> None:
    assert not ages_more._TONGUE_KEYS.isdisjoint(token_set("hy is 40 jaar oud"))
    assert ages_more._TONGUE_KEYS.isdisjoint(token_set("hyper 40 years"))
    assert not ages_more._PRONOUN_KEYS.isdisjoint(token_set("shes 40"))
    assert ages_more._PRONOUN_KEYS.isdisjoint(token_set("she's 40"))  # "she", "s"
    assert not date_relative._DECADES.isdisjoint(token_set("in my thirties"))
    assert date_relative._DECADES.isdisjoint(token_set("thirtieth"))


def test_finders_still_find() -> None:
    """The finders the gates stand in front of, end to end."""
    assert "29" in [s.text for s in ages.find_ages("Hi, 29f here")]
    assert [s.text for s in ages.find_ages("my kids (7 and 9) are")] == ["7", "9"]
    assert [s.text for s in ages_extra.find("Ayaan, 6yrs, has")] == ["6"]
    assert any(s.text == "0161 496 0000" for s in patterns.find_phones("call 0161 496 0000", "GB"))
    assert [s.text for s in ages_more.find("hy is 40 jaar oud")] == ["40"]


# -- ages_narrative_more: "Hamish is 6 months" asked backwards from "months" first --------

_MONTHS_PIECES = [
    *["Hamish", "our Kinsley", "my son", "the baby", "she", " ", "  ", "\n", ".", ",", "!"],
    *["is", "was", "'s", "’s", "turned", "turns", "now", "only", "just", "IS"],
    *["6", "10", "١٠", "twenty-one", "three", "a", "months", "month", "MONTHS", "weeks"],
    *["week", "weeksend", "-months", "old", "and", "today", "ago", "monthſ", "K"],
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MONTHS_PIECES), max_size=10).map(" ".join))
def test_months_gate_keeps_every_match(text: str) -> None:
    if ages_narrative_more._MONTHS_AGE.search(text) is not None:
        assert ages_narrative_more._months_may_match(text)


@pytest.mark.parametrize(
    ("text", "open_", "ages"),
    [
        ("our Kinsley is 10 weeks old.", True, ["10"]),
        ("Hamish is 6 months", True, ["6"]),
        ("my son is 3\n  months old.", True, ["3"]),
        ("Mia’s twenty-one weeks now", True, []),  # the gate opens; the pattern decides
        ("I waited 6 months for it", False, []),
        ("she is 6 -months", False, []),
        ("the scan is in 6 weeks", False, []),
        # "ſ" is an "s" to the pattern: open (the word gate before it finds no "months")
        ("He is 6 monthſ old", True, []),
    ],
)
def test_months_gate_cases(text: str, open_: bool, ages: list[str]) -> None:
    assert ages_narrative_more._months_may_match(text) is open_
    words = token_set(text)
    assert [s.text for s in ages_narrative_more.find_more(text, words)] == ages


# -- ids._label_may_start: no space scan at a word, owners by their first letter ---------


def _label_may_start_before(text: str, start: int) -> bool:
    """ids._label_may_start as it was."""
    at = ids._SPACE.match(text, start).end()
    head = text[at : at + 40]
    if not head.isascii() or head.lower().startswith(ids._LABEL_OPENINGS):
        return True
    head = text[start : start + 5]
    if not head.isascii():
        return True
    head = head.lower()
    for owner in ids._OWNERS:
        if head.startswith(owner):
            at = ids._SPACE.match(text, start + len(owner)).end()
            after = text[at : at + 40]
            if not after.isascii() or after.lower().startswith(ids._LABEL_OPENINGS):
                return True
    return False


_LABEL_PIECES = [
    *["my", "the", "their", "The", "THEIR", "her", "hers", "old", "new", "your", "our"],
    *["nhs", "NHS", "mrn", "policy", "bed", "ref", "irdx", "ird", "pan", "X", "é", "İ"],
    *[" ", "  ", "\n", "\t", "\u00a0", ":", "#", "1234", "B14", ".", "-"],
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=8).map("".join))
def test_label_gate_is_the_loop(text: str) -> None:
    for start in range(len(text) + 1):
        assert ids._label_may_start(text, start) == _label_may_start_before(text, start)


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("NHS 485 777 3456", True),
        ("my nhs number", True),
        ("their ref: 12", True),  # "the" and "their" both open it: each owner is tried
        ("the policy 2024", True),
        ("the dog", False),
        ("hers 4", False),
        ("my  \u00a0bed 4", True),  # any spaces after the owner
        ("  nhs 1", True),  # a space where it is asked: skipped as before
    ],
)
def test_label_gate_cases(text: str, may: bool) -> None:
    assert ids._label_may_start(text, 0) is may
    assert _label_may_start_before(text, 0) is may


# -- date_grow: the dates of a list looked at alone, joined dates sorted in place ---------


def _join_on_before(spans: list[Span], text: str) -> list[Span]:
    dates = sorted((s for s in spans if s.type is SpanType.DATE), key=lambda s: s.start)
    if len(dates) < 2:
        return spans
    for a, b in zip(dates, dates[1:]):
        gap = date_grow._ON_GAP.fullmatch(text, a.end, b.start)
        if gap and a.source is not Source.USER and b.source is not Source.USER:
            joined = Span(
                a.start, b.end, SpanType.DATE, a.source, a.confidence, text[a.start : b.end]
            )
            return _join_on_before([s for s in spans if s is not a and s is not b] + [joined], text)
    return spans


def _grow_dates_before(spans: list[Span], text: str) -> list[Span]:
    """date_grow.grow_dates as it was (its first loop, then the same rest)."""
    out: list[Span] = []
    added: list[Span] = []
    more: list[Span] = []
    for s in spans:
        if s.type is SpanType.DATE:
            if s.source is not Source.USER:
                grown = date_grow._grow(s, text)
                if grown is not s:
                    added.append(grown)
                    s = grown
            out.append(s)
            if date_grow._ENDS_ORDINAL.search(s.text):
                more.extend(date_grow._more_days(s, text))
        else:
            out.append(s)
    added.extend(more)
    words = token_set(text)
    for regex in date_grow._standalone(words):
        for m in regex.finditer(text):
            a, b = m.span(m.lastindex or 0)
            found = Span(a, b, SpanType.DATE, Source.PATTERN, 0.8, text[a:b])
            added.append(date_grow._grow(found, text))
    if not words.isdisjoint(date_grow._DE_MONTHS):
        for m in date_grow._DE_DAY_MONTH.finditer(text):
            added.append(Span(m.start(), m.end(), SpanType.DATE, Source.PATTERN, 0.9, m.group()))
    if not added:
        return _join_on_before(out, text)
    out.extend(a for a in added if a not in out)
    return _join_on_before(
        [
            s
            for s in out
            if s.source in (Source.USER, Source.PROFILE)
            or s.type not in date_grow._OVERRULED
            or not any(a.start < s.end and s.start < a.end for a in added)
        ],
        text,
    )


_DATE_TEXTS = [
    "the day before my scan on the 3rd, then the 5th and 17th",
    "the week after Easter, on the 21st I was 34",
    "Am 20. April 2023 war ich 45 und am 3. Mai",
    "on Tuesday 4th March, on the 6th, Tom (8) was off",
    "bank holiday weekend, then the 12th/13th of June 2021 at 3pm",
    "I am 40. No dates here at all.",
]


@pytest.mark.parametrize("text", _DATE_TEXTS)
def test_grow_dates_is_the_loop(text: str) -> None:
    spans = sorted(
        [*patterns.find_dates(text), *date_words.find(text, "GB"), *ages.find_ages(text)],
        key=lambda s: (s.start, s.end),
    )
    spans.append(Span(0, min(3, len(text)), SpanType.DATE, Source.USER, 1.0, text[:3]))
    want = _grow_dates_before(list(spans), text)
    got = date_grow.grow_dates(iter(list(spans)), text)
    assert [(s.start, s.end, s.type, s.source, s.text) for s in got] == [
        (s.start, s.end, s.type, s.source, s.text) for s in want
    ]
    if len([s for s in spans if s.type is SpanType.DATE]) > 2:
        assert got != spans  # the dates were looked at: something grew or joined


def test_join_on_sorts_as_before() -> None:
    text = "the day before my scan, on the 3rd"
    a = Span(0, 22, SpanType.DATE, Source.PATTERN, 0.8, text[0:22])
    b = Span(31, 34, SpanType.DATE, Source.PATTERN, 0.7, text[31:34])
    age = Span(28, 30, SpanType.AGE, Source.CONTEXT, 0.8, text[28:30])
    for order in ([b, age, a], [a, b], [age, b, a]):
        got = date_grow._join_on(list(order), text)
        assert [(s.start, s.end) for s in got] == [
            (s.start, s.end) for s in _join_on_before(list(order), text)
        ]
        assert (0, 34) in [(s.start, s.end) for s in got]
    assert date_grow._join_on([a], text) == [a]
