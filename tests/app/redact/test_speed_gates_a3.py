"""Speed steps of the name passes (fourth round): the words' codes (``names_tokens``)
that pick which words each pass of ``NameFinder`` visits, and the loops they replace.
Each gives exactly the answers of the loop over every word it stands in for, where that
marks something and where it marks nothing. (``test_speed_gates_a2.py`` holds the third
round.)"""

from __future__ import annotations

import re
from itertools import compress

from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import (
    names,
    names_companions,
    names_context,
    names_doing,
    names_extra,
    names_tokens,
    windows,
)
from app.redact.lexicon import COMPANY, DICT_WORD, FIRST, LAST, MEDICAL, PLACE, default_lexicon
from app.redact.names_cues import EMPLOY_CUES, FUNCTION
from app.redact.spans import Source, SpanType

_LEX = default_lexicon()

_PIECES = [
    *["Ann", "o'neil", "x-ray", "Smith-Jones", "smith-jones", "Fritz-Armstrong", "Zoë", "É"],
    *["Acme", "Widgets", "Ltd", "ltd", "Hospital", "hospital", "University", "of", "Leeds"],
    *["Dr", "Okafor", "okafor", "Mary", "grace", "Grace", "works", "for", "Tesco", "I", "i"],
    *["metformin", "Metformin", "the", "a", "B", "and", "Inc", "GROUP", "Group"],
    *[" ", "  ", ", ", ". ", "\n", "'s", "’s", "'", "-", "_", "3", "."],
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


# -- names_tokens._scan: one split instead of a loop over finditer's matches ---------------


def _tokens_by_finditer(text: str) -> list[tuple[int, int, str, str, bool, bool]]:
    """names_tokens._tokens as it was: each WORD match, its possessive cut off, and whether the
    gap to the word before (after its possessive) is at most 3 characters on one line."""
    out = []
    last = -9
    for m in names_tokens.WORD.finditer(text):
        raw = m.group()
        low = raw.lower() if raw.isascii() else names_tokens.fold_term(raw)
        poss = low.endswith(("'s", "’s")) and len(low) > 3
        key, form = (low[:-2], raw[:-2]) if poss else (low, raw)
        start, end = m.span()
        gap = text[last:start]
        near = start - last <= 3 and "\n" not in gap and not any(c.isdigit() for c in gap)
        last = end - 2 if poss else end
        out.append((start, last, key, form, poss, near))
    return out


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_scanned_words_are_the_matches(text: str) -> None:
    toks, codes = names_tokens._scan(text, _LEX)
    assert [(t.start, t.end, t.key, t.raw, t.poss, t.near) for t in toks] == (
        _tokens_by_finditer(text)
    )
    assert len(codes) == len(toks)


def test_a_possessive_and_a_line_break_part_words() -> None:
    toks = names_tokens._tokens("Zanele’s mum\nand Ann's", _LEX)
    assert [(t.raw, t.poss, t.near) for t in toks] == [
        ("Zanele", True, False),
        ("mum", False, True),
        ("and", False, False),  # a line break before it
        ("Ann", True, True),
    ]


# -- the words NameFinder.find classifies: the old loop's tests, read from the codes -------


def _classified_by_loop(toks: list[names._Tok], mixed: bool) -> list[int]:
    """The indexes NameFinder.find sent to _classify before the codes (all unmarked)."""
    out = []
    for i, tok in enumerate(toks):
        if not tok.raw[0].isupper():
            if (
                mixed
                and tok.zipf >= 3.0
                and not tok.flags & (FIRST | LAST | PLACE)
                and not tok.poss
                and tok.raw[0].islower()
            ):
                continue
            if (tok.key in FUNCTION or len(tok.key) < 2) and not tok.flags & MEDICAL:
                continue
        out.append(i)
    return out


def _picked(codes: list[int], bit: int) -> list[int]:
    return list(compress(range(len(codes)), map(bit.__and__, codes)))


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_the_codes_pick_the_words_the_loop_classified(text: str) -> None:
    toks, codes = names_tokens._scan(text, _LEX)
    assert _picked(codes, names_tokens._IF_MIXED) == _classified_by_loop(toks, True)
    assert _picked(codes, names_tokens._IF_NOT_MIXED) == _classified_by_loop(toks, False)


def test_an_ordinary_lower_case_word_is_classified_only_without_capitals() -> None:
    toks, codes = names_tokens._scan("Grace said the weather", _LEX)
    assert _picked(codes, names_tokens._IF_MIXED) == [0]  # "weather": a common word
    assert _picked(codes, names_tokens._IF_NOT_MIXED) == [0, 3]  # "said", "the": function words


# -- names_context's passes: the words word_code picks, against every word ----------------


def _org_by_loop(toks: list[names._Tok], mixed: bool) -> list[int]:
    """The words mark_organisations looked further at, tested word by word as before."""
    out = []
    for i in range(1, len(toks)):
        tok = toks[i]
        strong = tok.key in names_context._STRONG_ORG or (
            tok.flags & COMPANY and len(tok.key) > 2 and not tok.flags & DICT_WORD
        )
        if (tok.key in names_context.ORG_WORDS or strong) and tok.raw[0].isupper():
            if mixed or strong:
                out.append(i)
    return out


def _hyphens_by_loop(toks: list[names._Tok]) -> list[int]:
    out = []
    for i, tok in enumerate(toks):
        parts = tok.key.split("-")
        if "-" in tok.key and len(parts) == 2:
            flags = [_LEX.flags.get(p, 0) for p in parts]
            if all(f & (FIRST | LAST) and not f & MEDICAL for f in flags):
                out.append(i)
    return out


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_the_codes_pick_the_words_the_passes_tested(text: str) -> None:
    toks, codes = names_tokens._scan(text, _LEX)
    org_mixed = [i for i in _picked(codes, names_tokens.ORG_IF_MIXED) if i]
    org_plain = [i for i in _picked(codes, names_tokens.ORG_IF_PLAIN) if i]
    assert org_mixed == _org_by_loop(toks, True)
    assert org_plain == _org_by_loop(toks, False)
    assert _picked(codes, names_tokens.HYPHEN_NAMES) == _hyphens_by_loop(toks)


def test_the_passes_mark_what_they_marked_over_every_word() -> None:
    text = "Acme Widgets Ltd and Smith-Jones at Leeds Teaching Hospitals, University of Leeds"
    for mixed in (True, False):
        toks, codes = names_tokens._scan(text, _LEX)
        every, picked = names_tokens._tokens(text, _LEX), names_tokens._tokens(text, _LEX)
        names_context.mark_organisations(text, every, _LEX, mixed)
        names_context.mark_hyphen_names(every, _LEX, mixed)
        bit = names_tokens.ORG_IF_MIXED if mixed else names_tokens.ORG_IF_PLAIN
        at = [i for i in _picked(codes, bit) if i]
        names_context.mark_organisations(text, picked, _LEX, mixed, at)
        names_context.mark_hyphen_names(
            picked, _LEX, mixed, _picked(codes, names_tokens.HYPHEN_NAMES)
        )
        assert [(t.kind, t.source) for t in picked] == [(t.kind, t.source) for t in every]
        assert picked[0].kind is SpanType.EMPLOYER  # "Acme Widgets Ltd", "Ltd" in any case
        assert toks[[t.raw for t in toks].index("Smith-Jones")].kind is None
        assert picked[[t.raw for t in picked].index("Smith-Jones")].kind is SpanType.NAME


# -- names_context.marked: the marked words, read lazily -----------------------------------


def test_a_word_marked_ahead_of_the_loop_is_visited() -> None:
    toks = names_tokens._tokens("Ann met Bob and Cy", _LEX)
    names._mark(toks[0], SpanType.NAME, Source.CONTEXT)
    seen = []
    for i in names_context.marked(toks):
        seen.append(i)
        if i + 2 < len(toks):  # mark a word further on, as the passes do
            names._mark(toks[i + 2], SpanType.NAME, Source.CONTEXT)
    assert seen == [0, 2, 4]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_name_finder_finds_what_every_word_pass_finds(text: str) -> None:
    """NameFinder.find with each word handed to every pass of names_context (codes all
    set) and with the codes: the same spans."""
    finder = names.NameFinder(_LEX)
    fast = finder.find(text)
    scan = names._scan

    def every_word(t: str, lex: object) -> tuple[list[names._Tok], list[int]]:
        toks, codes = scan(t, lex)
        return toks, [c | 0xFC for c in codes]  # the classify bits left as they are

    names._scan = every_word
    try:
        assert finder.find(text) == fast
    finally:
        names._scan = scan


# -- names._classify: the two-word employment cues looked up after their last word ---------


def test_every_two_word_employment_cue_ends_in_a_listed_last_word() -> None:
    for cue in EMPLOY_CUES:
        first, _, last = cue.rpartition(" ")
        if first and re.fullmatch(r"\S+", first):
            assert last in names._EMPLOY_SECOND


def test_an_employer_after_a_two_word_cue() -> None:
    spans = names.NameFinder(_LEX).find("She works for Tesco now")
    assert [(s.text, s.type) for s in spans] == [("Tesco", SpanType.EMPLOYER)]


# -- names_doing: the capitalised words before a doing, found by one scan ------------------

_DOING_PIECES = [
    *["Frank", "Deb", "Kaveh", "McDonald", "X", "frank", "Storm", "TOM", "Zoë"],
    *["paid", "is", "was", "isn't", "is2", "from", "helps", "and", "table", "paidx", "hello"],
    *[" ", "  ", "\n", ". ", ", ", "'", "_", "3", "\t"],
]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_DOING_PIECES), max_size=12).map("".join))
def test_capitals_before_a_doing_are_the_matches_kept(text: str) -> None:
    kept = [
        m.span() + m.span(2)
        for m in names_doing._CAPITAL_NEXT.finditer(text)
        if m.group(2) in names_doing._DOING_HEADS
    ]
    assert [m.span() + m.span(2) for m in names_doing._CAPITAL_DOING.finditer(text)] == kept


def test_a_doing_after_a_left_out_pair() -> None:
    text = "Kaveh table Frank paid and Mags is2 Deb isn't"
    # "is2": the run of letters "is"; "isn't": "isn", no doing
    assert [m.group(1) for m in names_doing._CAPITAL_DOING.finditer(text)] == ["Frank", "Mags"]


# -- names_companions: the sex-and-age gate as two scans -----------------------------------


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["M", "F", "m", "f", "/", " ", "4", "41", "x", "MF"])).map("".join))
def test_sex_and_age_gate_opens_as_the_alternation(text: str) -> None:
    two_scans = (
        "/" in text
        and names_companions._SEX_SLASH_AGE.search(text)
        or names_companions._SEX_AGE_DIGITS.search(text)
    )
    assert bool(two_scans) == bool(names_companions._SEX_AGE_GATE.search(text))


def test_sex_and_age_tags() -> None:
    lex = _LEX
    found = list(names_companions.find("Sipho M/41 and Nomvula F36, Mr M 4", lex, set()))
    assert [s.text for s in found] == ["Sipho", "Nomvula"]


# -- names_extra: the greeting tried at its cue words --------------------------------------

_GREETING_PIECES = [
    *["Thanks", "thanks", "THANKS", "hi", "Hi", "hiya", "hey", "in reply to", "Reply to"],
    *["replying to", "thank you", "cc", "ty", "morning", "dear", "Priya", "Sam", "K", "M."],
    *[" ", ", ", ",", "\n", "&", "'", "_", "3", "ſ", "K"],
]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_GREETING_PIECES), max_size=10).map("".join))
def test_greetings_found_at_cue_words_are_the_regex_matches(text: str) -> None:
    fast = [m.span() + m.span(1) for m in names_extra._GREETING_FAST.finditer(text)]
    assert fast == [m.span() + m.span(1) for m in names_extra.GREETING.finditer(text)]


def test_a_greeting_is_found() -> None:
    text = "Thanks Priya! and in reply to Sam K. x"
    assert [m.group(1) for m in names_extra._GREETING_FAST.finditer(text)] == ["Priya", "Sam"]


# -- windows.Triggered: a pattern of first words only takes its starts as they are ---------

_LAB = re.compile(r"\b(?:hba1c|tsh|ferritin)\b\s*(?:of|was|is)?\s*\d+(?:\.\d+)?", re.IGNORECASE)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["HbA1c", "tsh", "ferritin", " of ", " was ", "48", "7.5", " ", "x", "_"])
    ).map("".join)
)
def test_first_words_only_and_with_digits_agree_with_the_regex(text: str) -> None:
    words_only = windows.Triggered(_LAB, "hba1c|tsh|ferritin")
    with_digits = windows.Triggered(_LAB, "hba1c|tsh|ferritin", digits=True)
    expected = [m.span() for m in _LAB.finditer(text)]
    assert [m.span() for m in words_only.finditer(text)] == expected
    assert [m.span() for m in with_digits.finditer(text)] == expected


def test_a_words_only_pattern_starts_at_its_words() -> None:
    found = windows.Triggered(_LAB, "hba1c|tsh|ferritin").finditer("TSH was 4.1, ferritin 30")
    assert [m.group() for m in found] == ["TSH was 4.1", "ferritin 30"]
