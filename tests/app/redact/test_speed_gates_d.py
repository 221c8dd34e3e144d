"""The medical vetoes' cheap tests give exactly the answers of the regexes they spare:
the scans that find where a dose, a fraction or an eponym can start, the words a text
must hold before a condition's, a procedure's or a method's pattern can match, and the
word before a guess that a "switched from" or "started" phrase must end with. They
exist for speed and must never change a result."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import (
    medical,
    medical_company,
    medical_eponyms,
    medical_intervals,
    medical_named,
    medical_readings,
    medical_shapes,
    medical_therapies,
)
from app.redact.lexicon import default_lexicon
from app.redact.medical_tokens import alternatives, holds_any, may_end_with
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_words import _alternatives


def _texts(pieces: list[str], seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rnd.choice(pieces) for _ in range(rnd.randint(1, 10))]
        out.append(" ".join(parts) if rnd.random() < 0.7 else "".join(parts))
    return out


def _spans(matches: object) -> list[tuple[int, ...]]:
    return [(m.start(), m.end(), *(m.span(g) for g in range(1, m.re.groups + 1))) for m in matches]


# -- scans that say where a pattern can start ---------------------------------------------

_NUMBER_PIECES = [
    "1/2", "3 / 4", "1/2 tablet", "3/4 of a sachet", "2/7 fever", "for 3/52", "5/7 ago",
    "9/9 doses", "scored 9/9", "out of 3/4", "thread 2/5", "(part 1/2)", "\U0001f9f5 1/3:",
    "on 14/2", "since 4/3", "and/or", "http://x.org/a", "12/03/2024", "a1/2", "x/7", "/12",
    "500mg", "5-10 mg", "2 x 500 mg", "1.5ml", "10 units", "3 days", "in 2019", "20 µg",
    "40 ſ", "4 Kg", "100 MG", "7 puffs", "2 tabs", "x", " ", "\n", ".", ",", "-", "_3",
    "q4h", "5/7 course", "1/8", "1/4 the pill", "2 cups", "75 auf 88 µg", "250 500 1000 mg",
]  # fmt: skip


def _old_slash_ranges(text: str) -> list[tuple[int, int]]:
    """``slash_ranges`` before its gates: every pattern over the whole text."""
    if "/" not in text:
        return []
    r = medical_readings
    out = [m.span() for m in r._FRACTION.finditer(text)]
    for m in r._CLINICAL_DURATION.finditer(text):
        out.append(m.span(1 if m.group(1) else 2))
    out.extend(m.span(1) for m in r._SCORED.finditer(text) if r._not_over(m.group(1)))
    out.extend(m.span(1) for m in r._PART_COUNTER.finditer(text))
    return out


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("took 1/2 tablet and 3/4 of a sachet", [(5, 8), (20, 23)]),
        ("fever for 3/52 now", [(10, 14)]),
        ("she scored 9/9 today", [(11, 14)]),
        ("\U0001f9f5 1/3: the story", [(2, 5)]),
        ("and/or see http://a.org/b", []),  # a slash, no number either side
        ("a1/2 tablet", []),  # after a letter: no fraction opens there
    ],
)
def test_slash_shapes_found_and_refused(text: str, found: list[tuple[int, int]]) -> None:
    assert medical_readings.slash_ranges(text) == found == _old_slash_ranges(text)


def test_slash_ranges_agree_with_the_ungated_patterns() -> None:
    for text in _texts(_NUMBER_PIECES, 1, 3000):
        assert medical_readings.slash_ranges(text) == _old_slash_ranges(text), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789/ \n.,:-abtofrscuhpe\U0001f9f5", max_size=40))
def test_slash_ranges_agree_on_any_text(text: str) -> None:
    assert medical_readings.slash_ranges(text) == _old_slash_ranges(text)


def test_fraction_scan_agrees_with_the_regex() -> None:
    r = medical_readings
    for text in _texts(_NUMBER_PIECES, 2, 2000):
        assert _spans(r._FRACTION_FAST.finditer(text)) == _spans(r._FRACTION.finditer(text))


def _unit_firsts(unit_pattern: str) -> set[str]:
    inner = unit_pattern.removeprefix("(?:").removesuffix(")")
    return {alt[0].lower() for alt in _alternatives(inner) or []}


def test_every_unit_opens_with_a_listed_letter() -> None:
    """The look at the unit's first letter never refuses a unit (its premise)."""
    assert _unit_firsts(medical._UNIT) <= set(medical._UNIT_FIRSTS)
    assert _unit_firsts(medical_intervals._UNIT) <= set(medical_intervals._UNIT_FIRSTS)
    assert len(_unit_firsts(medical._UNIT)) > 10


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("500mg twice", [(0, 5)]),
        ("5-10 mg daily", [(0, 7)]),
        ("for 3 days in 2019", []),  # a number no unit follows: tried, refused
        ("v2.5mg", []),  # after a letter: no dose opens there
        ("20 µg and 4 Kg", [(0, 5), (10, 14)]),
    ],
)
def test_dose_scan_found_and_refused(text: str, found: list[tuple[int, int]]) -> None:
    assert [m.span() for m in medical._DOSE_FAST.finditer(text)] == found
    assert [m.span() for m in medical.DOSE.finditer(text)] == found


def test_dose_and_unit_scans_agree_with_their_regexes() -> None:
    ungated_unit = re.compile(rf"\d\s?{medical_intervals._UNIT}(?![\w/])", re.IGNORECASE)
    for text in _texts(_NUMBER_PIECES, 3, 3000):
        assert _spans(medical._DOSE_FAST.finditer(text)) == _spans(medical.DOSE.finditer(text))
        assert _spans(medical_intervals._UNIT_AFTER.finditer(text)) == _spans(
            ungated_unit.finditer(text)
        )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 /.,-mgcluµKſxtdMLU%", max_size=30))
def test_dose_scan_agrees_on_any_text(text: str) -> None:
    assert _spans(medical._DOSE_FAST.finditer(text)) == _spans(medical.DOSE.finditer(text))


# -- eponyms and methods: the words a text must hold ---------------------------------------

_EPONYM_PIECES = [
    "Wilson's disease", "Bell's palsy", "Graves' disease", "Parkinson disease", "Murphy's",
    "sign", "Hickman line", "Romberg test", "Heart", "signs", "Ehlers-Danlos",
    "Guillain-Barré", "Charcot-Marie-Tooth disease", "Crohn's", "Disease", "DISEASE",
    "the", "my", "x", "Tom", "and", "type", "stage", "Ça", "(", ")", "-", "'", "’",
    "_disease", "diseases", "ſign", "Bobath", "Pilates", "McKenzie exercises", "pilates",
    "Mrs Bobath said", "after the Whipple", "the Nissen", "physio", "does Bobath with me",
    "Maitland physio", "Kegels", "brandt-daroff", "Brandt Daroff", "İ", "Pilateſ",
]  # fmt: skip


def _old_eponym_ranges(text: str) -> list[tuple[int, int]]:
    """``_eponym_ranges`` before its gates: both patterns over the whole text, every
    method word looked for in the lower-cased text one by one."""
    e = medical_eponyms
    out = e._scale_ranges(text)
    out.extend(_old_therapy_ranges(text, text.lower()))
    for m in e.EPONYM.finditer(text):
        possessive = m.group(2) is not None
        if m.group(4) and not possessive and m.group(1).lower() not in e._known_eponyms():
            continue
        out.append((m.start(1), m.end(2) if possessive else m.end(1)))
    for m in e._HYPHENATED.finditer(text):
        if m.group().lower() in e._KNOWN_HYPHENATED:
            out.append((m.start(), m.end()))
    return out


def _old_therapy_ranges(text: str, lowered: str) -> list[tuple[int, int]]:
    t = medical_therapies
    real = t._may_hold
    try:  # the old gates: each word looked for anywhere in the lower-cased text
        t._may_hold = lambda _text, low, words: any(w in low for w in words)  # type: ignore[assignment]
        return t.therapy_ranges(text, lowered)
    finally:
        t._may_hold = real  # type: ignore[assignment]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I have Wilson's disease.", [(7, 15)]),
        ("Ehlers-Danlos runs in the family", [(0, 13)]),
        ("Heart signs were fine", []),  # a sign word, no possessive, no known eponym
        ("Mr Wilson visited", []),  # no disease word in the text: the scan never runs
        ("after the Whipple I rested", [(10, 17)]),
        ("the physio does Bobath with me", [(16, 22)]),
    ],
)
def test_eponyms_found_and_refused(text: str, found: list[tuple[int, int]]) -> None:
    assert sorted(medical_eponyms._eponym_ranges(text)) == found
    assert sorted(_old_eponym_ranges(text)) == found


def test_eponym_gates_agree_with_the_ungated_scans() -> None:
    for text in _texts(_EPONYM_PIECES, 4, 3000):
        assert medical_eponyms._eponym_ranges(text) == _old_eponym_ranges(text), text


def test_eponym_words_are_every_disease_word() -> None:
    """A text with no word of _EPONYM_WORDS holds no EPONYM match (the gate's premise):
    each word the two alternations name is in it, and only those."""
    e = medical_eponyms
    words = alternatives(e._STRONG) | alternatives(e._WEAK)
    assert e._EPONYM_WORDS == words
    assert {"tumor", "tumour", "esophagus", "oesophagus", "signs", "sign"} <= words
    disease = re.compile(rf"(?:{e._STRONG}|{e._WEAK})")
    assert all(disease.fullmatch(w) for w in words)


def test_capital_scans_agree_with_the_word_boundary_patterns() -> None:
    e = medical_eponyms
    for text in [*_texts(_EPONYM_PIECES, 5, 2000), "Ça Wilson disease", "éWilson disease"]:
        assert _spans(e._EPONYM_AT_CAPITALS.finditer(text)) == _spans(e.EPONYM.finditer(text))
        assert _spans(e._HYPHENATED_AT_CAPITALS.finditer(text)) == _spans(
            e._HYPHENATED.finditer(text)
        )


# -- condition nouns and makers: once per text -----------------------------------------------

_NAMED_PIECES = [
    "Lyme", "disease", "Disease", "DISEASE", "ſyndrome", "Epstein", "Barr", "virus",
    "Down", "Syndrome", "Glasgow", "coma", "score", "Bristol", "stool", "chart", "Leiden",
    "Factor", "V", "Long", "Covid", "long-haul", "Colles", "fracture", "Whipple",
    "procedure", "Tom", "West", "said", "my", "friend", "Dr", "Hantavirus", "Chondrosarcoma",
    "Pfizer", "booster", "Lilly", "pens", "work", "at", "Medtronic", "pump", "called",
    "what I have is called", "Addison's", "Clinic", "ulcers", "ulcer", "'s", ".", ",",
    "\n", "the", "pain", "scale", "Norwalk", "Nile", "West Nile virus",
]  # fmt: skip


def _guesses(text: str) -> list[Span]:
    out = []
    for m in re.finditer(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?", text):
        for kind, source in (
            (SpanType.NAME, Source.UNKNOWN_WORD),
            (SpanType.PLACE, Source.LEXICON),
            (SpanType.NAME, Source.PROFILE),
        ):
            out.append(Span(m.start(), m.end(), kind, source, 0.5, m.group(), term=m.group()))
    return out


_ALL_OPEN = medical_named._Hints(True, True, True, True, True, True)


def test_named_medicine_hints_agree_with_every_test_tried() -> None:
    lex = default_lexicon()
    checked = dropped = 0
    for text in _texts(_NAMED_PIECES, 6, 1500):
        hints = medical_named._Hints.of(text)
        for span in _guesses(text):
            got = medical_named.named_medicine(span, text, lex, hints)
            assert got == medical_named.named_medicine(span, text, lex, _ALL_OPEN), (text, span)
            checked += 1
            dropped += got
    assert checked > 1000 and dropped > 100  # the gates were open in many of them


@pytest.mark.parametrize(
    ("text", "start", "end", "medicine"),
    [
        ("had Lyme disease", 4, 8, True),
        ("Mum had Long Covid", 8, 12, True),
        ("Tom's Colles fracture", 6, 12, True),
        ("a Hantavirus scare", 2, 12, True),
        ("went to Lyme yesterday", 8, 12, False),  # no condition's word in the text
    ],
)
def test_named_medicine_found_and_refused(text: str, start: int, end: int, medicine: bool) -> None:
    span = Span(start, end, SpanType.NAME, Source.LEXICON, 0.5, text[start:end])
    hints = medical_named._Hints.of(text)
    lex = default_lexicon()
    assert medical_named.named_medicine(span, text, lex, hints) is medicine
    assert medical_named.named_medicine(span, text, lex, _ALL_OPEN) is medicine


def test_hint_words_are_the_nouns_words() -> None:
    n = medical_named
    assert n._NOUN_WORDS >= {"syndrome", "ulcer", "ulcers", "nodule", "nodules", "protocol"}
    noun = re.compile(rf"(?:(?i:{n._NOUN_ANY_CASE})|{n._NOUN_LOWER})")
    assert all(noun.fullmatch(w) for w in n._NOUN_WORDS)
    assert all(re.fullmatch(n._PROCEDURE, w) for w in n._PROCEDURE_WORDS)
    for key in ("hantavirus", "gastritis", "toxoplasma", "streptococcus", "pancolitis"):
        assert key.endswith(n._CONDITION_ENDS) and n._CONDITION_WORD.search(key)
    assert not "chondro".endswith(n._CONDITION_ENDS)


def test_holds_any_falls_back_where_lower_case_is_no_guide() -> None:
    words = frozenset(["syndrome"])
    assert holds_any("Down Syndrome", words)
    assert not holds_any("Down town", words)
    assert holds_any("Down ſyndrome", words)  # a caseless regex reads "syndrome" there


def test_alternatives_refuses_a_pattern() -> None:
    assert alternatives("ulcers?|tumou?r") == {"ulcer", "ulcers", "tumor", "tumour"}
    with pytest.raises(ValueError):
        alternatives("cent(?:re|er)")


# -- the word before a guess ---------------------------------------------------------------

_BEFORE_PIECES = [
    "switched", "from", "the", "THE", "me", "went", "started", "taking", "Taking", "on",
    "been on", "swears by", "switched to", "came off", "dose of", "refill of", "my", "some",
    "friend", "my friend", "visited", "with", "and", "Zelvoxa", "Tom", " ", "  ", "\n",
    "\t", ".", "(", "fröm", "ſtarted", "taKing", "_from", "froms", "x", "of", "'s",
]  # fmt: skip


@pytest.mark.parametrize(
    ("regex", "ends", "skipped", "reach"),
    [
        (medical_company._SWITCH_BEFORE, medical_company._FROM, medical_company._THE, 30),
        (
            medical_shapes._TAKEN_BEFORE,
            medical_shapes._TAKEN_ENDS,
            medical_shapes._TAKEN_SKIPPED,
            24,
        ),
        (medical_shapes._FRIEND_BEFORE, medical_shapes._FRIEND_ENDS, (), 16),
    ],
)
def test_word_before_gate_never_refuses_a_match(
    regex: re.Pattern[str], ends: tuple[str, ...], skipped: tuple[str, ...], reach: int
) -> None:
    opened = matched = tried = 0
    for text in _texts(_BEFORE_PIECES, 7, 2500):
        for start in range(len(text) + 1):
            lo = max(0, start - reach)
            gate = may_end_with(text, lo, start, ends, skipped)
            found = regex.search(text, lo, start) is not None
            assert gate or not found, (text, start)
            opened += gate
            matched += found
            tried += 1
    assert matched > 10 and opened < tried // 5  # it opens where it must, and rarely


@pytest.mark.parametrize(
    ("text", "gate"),
    [
        ("switched from Zelvoxa", True),
        ("switched me from the Zelvoxa", True),
        ("came home from work Zelvoxa", False),  # "from", but not just before
        ("Zelvoxa", False),
        ("switched to Zelvoxa", False),
        ("switched fröm Zelvoxa", True),  # not ASCII: the regex judges
        ("from.Zelvoxa", False),  # no white space before the guess
    ],
)
def test_switch_gate_opens_and_closes(text: str, gate: bool) -> None:
    start = text.index("Zelvoxa")
    lo = max(0, start - 30)
    assert may_end_with(text, lo, start, medical_company._FROM, medical_company._THE) is gate


def test_taken_before_is_the_search() -> None:
    for text in _texts(_BEFORE_PIECES, 8, 1500):
        for start in range(len(text) + 1):
            old = medical_shapes._TAKEN_BEFORE.search(text, max(0, start - 24), start)
            new = medical_shapes.taken_before(text, start)
            assert (old and old.span()) == (new and new.span()), (text, start)


def test_kin_owns_gate_never_refuses_a_match() -> None:
    pieces = ["Mum's", "mum’s", "my", "son's", "Zelvoxa", "Tom", "s", "'s", " ", "\n", "its"]
    matched = 0
    for text in _texts(pieces, 9, 2000):
        for start in range(len(text) + 1):
            lo = max(0, start - 20)
            found = medical_shapes._KIN_OWNS.search(text, lo, start) is not None
            gate = may_end_with(text, lo, start, medical_shapes._POSSESSIVE_ENDS)
            assert gate or not found, (text, start)
            matched += found
    assert matched > 100
    assert not may_end_with("Mum said Zelvoxa", 0, 9, medical_shapes._POSSESSIVE_ENDS)


# -- words a text must hold, per text ------------------------------------------------------

_FRAME_PIECES = [
    "Zelvoxa", "verschrieben", "was", "approved", "through", "the", "PBS", "Is", "worth",
    "it", "?", "any", "good", "came", "back", "at", "48", "mine", "COME", "in", "ſ", " ",
    "\n", ".", "bone", "age", "is", "12", "score", "was", "14", "my", "MIDAS", "pain",
]  # fmt: skip


def test_frame_word_gates_agree_with_the_patterns() -> None:
    from app.redact import medical_context, medical_numbers, medical_words

    opened = 0
    for text in _texts(_FRAME_PIECES, 10, 2000):
        for end in range(len(text) + 1):
            if medical_context._AFTER_ANY.match(text, end):
                assert holds_any(text, medical_context._AFTER_ANY_WORDS), text
                opened += 1
            if medical_context._WORTH.match(text, end):
                assert holds_any(text, medical_context._WORTH_WORDS), text
            if medical_numbers._CAME_BACK.search(text, max(0, end - 24), end):
                assert holds_any(text, medical_numbers._CAME_WORDS), text
            clause = text[max(0, end - 60) : end]
            if medical_words._SCORE_GIVEN.search(clause):
                assert medical_words._may_give_score(clause), clause
            if medical_words._BODY_AGE.search(clause):
                assert "age" in clause.lower()
    assert opened > 20
    assert not holds_any("Zelvoxa is good", medical_context._AFTER_ANY_WORDS)
    assert not medical_words._may_give_score("mine was 14")


def test_maker_word_gate_is_the_substring_search() -> None:
    from app.redact.windows_tokens import lowered

    texts = [*_texts(_NAMED_PIECES, 11, 1500), "J&J", "xPfizerx", "ıpsen", "abdomen", "no"]
    opened = 0
    for text in texts:
        low = lowered(text)
        old = any(hint in low for hint in medical_named._MAKER_HINTS)
        assert medical_named._holds_maker_word(text, low) is old, text
        opened += old
    assert 100 < opened < len(texts) - 100


def test_medical_token_looks_up_hyphenated_terms_only_with_a_hyphen() -> None:
    """Every whole hyphenated term holds a hyphen once folded: a key without one need
    not be looked for among them."""
    from app.redact import medical_words

    terms = medical_words._multiword_terms()
    assert terms and all("-" in key for key in terms)
    lex = default_lexicon()
    assert medical_words.medical_token(next(iter(terms)), lex)
    assert medical_words.medical_token("Ozempic's", lex)
    assert not medical_words.medical_token("Tavish", lex)


def test_holds_maker_is_the_substring_search() -> None:
    from app.redact.windows_tokens import caseless

    for piece in [*_texts(_NAMED_PIECES, 12, 1000), "J & J", "ST. JUDE", "Dr Abbot", "ıpsen"]:
        low = caseless(piece)
        old = any(hint in low for hint in medical_named._MAKER_HINTS)
        assert medical_named.holds_maker(piece) is old, piece
