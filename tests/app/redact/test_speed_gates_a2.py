"""Speed steps of the name passes and the shared token machinery (third round): each
gives exactly the answers of the regex or loop it replaces, where that finds something
and where it finds nothing. (``test_speed_gates_a.py`` holds the second round.)"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import (
    names,
    names_companions,
    names_context,
    names_doing,
    names_extra,
    names_fields,
    names_guess,
    names_lower,
    names_shapes,
    names_tokens,
    normalise,
    windows_tokens,
)
from app.redact.lexicon import FIRST, LAST, MEDICAL, default_lexicon
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION
from app.redact.names_extra_words import NOT_SPEAKER
from app.redact.windows import BeforeDigits, Started, Triggered
from app.redact.windows_at import AtOpenings, AtWords, may_hold

_LEX = default_lexicon()

# -- the wrappers' finditer: plain functions that return at once when nothing can start --

_AGE = re.compile(r"\b(?:aged?|age)\s+(\d{1,3})\b", re.IGNORECASE)
_RUN = re.compile(r"\b\d{3,}")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{4,}\b")
_OPEN = re.compile(r"(?:^|(?<=[.!?\n]\s)|(?<=\n))([A-Z][a-z]+)(?=\s)")
_CUE = re.compile(r"\b(?:my|our)\s+(\w+)")


def _same(wrapper: object, regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    got = [m.span() for m in wrapper.finditer(text)]  # type: ignore[attr-defined]
    assert got == [m.span() for m in regex.finditer(text)], text
    return got


def test_wrappers_find_the_regexes_matches_and_nothing_where_none_can_start() -> None:
    wrappers = [
        (Triggered(_AGE, "aged?|age"), _AGE),
        (Started(_RUN, r"\d+"), _RUN),
        (BeforeDigits(_IBAN, 2), _IBAN),
        (AtOpenings(_OPEN, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), _OPEN),
        (AtWords(_CUE, ["my", "our"]), _CUE),
    ]
    found = "Tom was aged 41. My son GB82WEST1234 rang 0161 on our phone.\nAnn said"
    empty = "nothing here to see at all"
    for wrapper, regex in wrappers:
        assert _same(wrapper, regex, found), regex.pattern  # the gate opens
        assert _same(wrapper, regex, empty) == []
        assert list(wrapper.finditer("")) == []


_PIECES = [" ", ".", ". ", "\n", "aged ", "Age ", "my ", "our ", "12", "GB82", "X", "Ann ", "_"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_wrappers_agree_with_the_regexes(text: str) -> None:
    _same(Triggered(_AGE, "aged?|age"), _AGE, text)
    _same(Started(_RUN, r"\d+"), _RUN, text)
    _same(BeforeDigits(_IBAN, 2), _IBAN, text)
    _same(AtWords(_CUE, ["my", "our"]), _CUE, text)


# -- names_tokens._tokens: the ASCII word pattern on ASCII texts ---------------------------------

_WORD_PIECES = ["Ann", "o'neil", "x-ray", "'", "-", "’", " ", "_", "3", "Zoë", "É", "s", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=12).map("".join))
def test_ascii_words_are_the_words(text: str) -> None:
    if text.isascii():
        assert [m.span() for m in names_tokens._ASCII_WORD.finditer(text)] == [
            m.span() for m in names_tokens.WORD.finditer(text)
        ]
    tokens = names_tokens._tokens(text, _LEX)
    assert [(t.start, t.end + 2 * t.poss) for t in tokens] == [
        m.span() for m in names_tokens.WORD.finditer(text)
    ]


def test_non_ascii_words_keep_their_letters() -> None:
    tokens = names_tokens._tokens("Zanele’s trip to Ōtaki", _LEX)
    assert [t.raw for t in tokens] == ["Zanele", "trip", "to", "Ōtaki"]


# -- names._Tok.near: the gap test _near made per call, made once per word ----------------


def _near_by_gap(text: str, toks: list[names._Tok], i: int, step: int) -> names._Tok | None:
    """names._near as it was: the gap to the neighbour, at most 3 characters, one line,
    and (session 25) no digit in it."""
    j = i + step
    if not 0 <= j < len(toks):
        return None
    a, b = (toks[j], toks[i]) if step < 0 else (toks[i], toks[j])
    gap = text[a.end : b.start]
    near = len(gap) <= 3 and "\n" not in gap and not any(c.isdigit() for c in gap)
    return toks[j] if near else None


_GAP_PIECES = ["Ann", "Bob's", " ", "  ", "\n", ", ", " - ", "...", "Zoë’s", "x", "4", "'s"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PIECES), max_size=12).map("".join))
def test_near_is_the_gap_test(text: str) -> None:
    toks = names_tokens._tokens(text, _LEX)
    for i, tok in enumerate(toks):
        assert tok.near == (_near_by_gap(text, toks, i, -1) is not None), (text, i)


def test_near_words_and_far_ones() -> None:
    toks = names_tokens._tokens("Dr Ann's  son\nBob went    home", _LEX)
    # "Ann" "son": "'s" and two spaces; "Bob": a line break; "home": four spaces
    assert [t.near for t in toks] == [False, True, False, False, True, False]


# -- NameFinder.find: a lower-case function word is never sent to _classify ---------------


def test_lower_case_function_words_are_never_marked() -> None:
    finder = names.NameFinder(_LEX)
    for text in ["dr to see dr my", "Dr my and dr the an", "mr in, mrs of. DR to"]:
        tokens = names_tokens._tokens(text, _LEX)
        for i, tok in enumerate(tokens):
            if tok.raw[0].islower() and tok.key in FUNCTION and not tok.flags & MEDICAL:
                finder._classify(text, tokens, i, names._caps_mode(tokens) == "mixed")
                assert tok.kind is None, (text, tok.raw)


def test_capitalised_function_word_after_a_title_still_named() -> None:
    spans = names.NameFinder(_LEX).find("I saw Dr An at the clinic today with my mum.")
    assert [s.text for s in spans if s.text == "An"] == ["An"]


# -- names_fields: VOCATIVE as two quick scans, NAME_CALLED only with "called" ------------

_VOCATIVE_PIECES = [
    *[", ", "at ", "cat ", "_at ", " ", "?", "!", ":", "'s ", "’s ", "dog", "\n", "x"],
    *["Mary", "Bob", "O", "Ann"],
]


def _vocative_groups(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in names_fields.VOCATIVE.finditer(text):
        g = 1 if m.group(1) else 2
        out.append((m.start(g), m.end(g), m.group(g)))
    return out


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_VOCATIVE_PIECES), max_size=10).map("".join))
def test_vocatives_are_the_vocative_regexes_matches(text: str) -> None:
    assert names_fields.vocatives(text) == _vocative_groups(text)


def test_vocatives_of_both_kinds_in_order() -> None:
    text = "Bob's dog barked, Mary? Thanks at Ann! Cat's toy, at Tom:"
    assert names_fields.vocatives(text) == _vocative_groups(text)
    assert [w for _, _, w in names_fields.vocatives(text)] == ["Bob", "Mary", "Ann", "Cat", "Tom"]


def test_called_gate_opens_for_a_name_called_and_closes_without() -> None:
    found = list(names_fields.find("We met a girl called Addison at the park.", _LEX))
    assert [s.text for s in found] == ["Addison"]  # a medical word named: NAME_CALLED's
    assert list(names_fields.find("We met a girl Addison at the park.", _LEX)) == []


# -- names_doing.whole_word_starts: rf"\b{word}\b" read off the token table ---------------

_WHOLE_PIECES = ["Hope", "hope", "HOPE", "Hopeful", "_", " ", ".", "-", "\u212aate", "Kate", "3"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_WHOLE_PIECES), max_size=10).map("".join))
def test_whole_word_starts_are_the_regexes(text: str) -> None:
    for word in ("Hope", "Kate"):
        expected = [m.start() for m in re.finditer(rf"\b{word}\b", text)]
        assert names_doing.whole_word_starts(text, word) == expected


def test_whole_word_starts_found_and_not() -> None:
    text = "Hope was here. hope_Hope Hope."
    assert names_doing.whole_word_starts(text, "Hope") == [0, 25]
    assert names_doing.whole_word_starts("Hopeful hopes", "Hope") == []
    assert windows_tokens.token_set(text)  # the table the starts were read from


# -- names_extra: openers judged word by word alone, FIELD_PLACE only with a label -------------

_OPENERS = "Priya Thabo Rangi Kezia Deauville The My Grace Will Metformin Update Monday Xq".split()


def test_openers_judged_as_word_by_word() -> None:
    finder = names_extra.ExtraFinder(_LEX)
    flags, zipf = _LEX.flags, _LEX.zipf
    for word in _OPENERS:
        key = word.lower()
        f, z = flags.get(key, 0), zipf.get(key, 0.0)
        skipped = bool(
            f & MEDICAL
            or key in CLOSED_CLASS
            or key in FUNCTION
            or key in CALENDAR
            or key in NOT_SPEAKER
        )
        for _ in range(2):  # the same answer when asked again (nothing remembered)
            got = finder._opener(word)
            assert (got is None) == skipped, word
            if got is None:
                continue
            assert got[1] == bool(f & FIRST and z < 5.0), word
            for text in (f"{word} said so.", f"the {word} 3 times", f"my {word} tablets"):
                at = text.index(word)
                unknown = names_guess.named_here(text, at, at + len(word)) if got[3] else got[2]
                assert unknown == names_guess.unlisted_here(key, f, z, text, at, at + len(word)), (
                    word,
                    text,
                )


def test_sentence_start_names_still_found() -> None:
    finder = names_extra.ExtraFinder(_LEX)
    text = "Priya said hi. The nurse came. Mbalenhle, my neighbour, drove. Metformin was fine."
    assert [s.text for s in finder._sentence_start_names(text)] == ["Priya", "Mbalenhle"]


_FIELD_PIECES = ["Hospital", "hospital", "GP surgery", "work", "WORK", "ſurgery", "Town", "time"]
_FIELD_PIECES += [": ", ":", " ", "Kem", "Parel", ", ", "10:30", "\n"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_FIELD_PIECES), max_size=8).map("".join))
def test_field_label_gate_opens_wherever_the_regex_matches(text: str) -> None:
    if names_extra.FIELD_PLACE.search(text):
        assert may_hold(text, names_extra._FIELDS)


def test_field_label_gate_opens_and_closes() -> None:
    finder = names_extra.ExtraFinder(_LEX)
    assert "KEM, Parel" in [s.text for s in finder.find("Hospital: KEM, Parel\n")]
    assert not may_hold("Time: 10:30 with Tom", names_extra._FIELDS)


# -- normalise.fold: ASCII runs lowered at once --------------------------------------------


def _fold_char_by_char(text: str) -> normalise.Folded:
    if text.isascii():
        return normalise.Folded(text.lower(), None, len(text))
    parts: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        out = ch.lower() if ch.isascii() else normalise.fold_char(ch)
        parts.append(out)
        index.extend([i] * len(out))
    return normalise.Folded("".join(parts), tuple(index), len(text))


_FOLD_PIECES = ["Zoë", "ZOE", "\u200b", "ﬁ", "Straße", "İ", "Ѕаrаh", "æ", "a", " ", "É", "’"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_FOLD_PIECES), max_size=10).map("".join))
def test_fold_by_runs_is_fold_char_by_char(text: str) -> None:
    assert normalise.fold.__wrapped__(text) == _fold_char_by_char(text)


def test_fold_maps_back_through_a_run() -> None:
    folded = normalise.fold("Dr Zoë Økafor’s")
    assert folded.text == "dr zoe okafor’s"
    assert folded.to_original(3, 6) == (3, 6) and folded.to_original(7, 13) == (7, 13)


# -- names_context.mark_firms: the gap's length before the gap ----------------------------


def _firms_by_gaps(text: str, toks: list[names._Tok], mixed: bool) -> list[int]:
    """The words mark_firms marked before its length test: every gap sliced."""
    out = []
    for i in range(len(toks) - 2):
        a, b, c = toks[i], toks[i + 1], toks[i + 2]
        if text[a.end : b.start] != ", " or text[b.end : c.start] not in (" and ", " & "):
            continue
        trio = (a, b, c)
        if all(t.flags & LAST and (t.raw[0].isupper() or not mixed) for t in trio) and not any(
            t.flags & MEDICAL for t in trio
        ):
            out += [j for j in (i, i + 1, i + 2) if toks[j].kind is None and j not in out]
    return out


_FIRM_PIECES = ["Barnett", "Melton", "Garcia", "smith", ", ", ",  ", " and ", " & ", " ", "'s"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FIRM_PIECES), max_size=10).map("".join))
def test_firms_marked_as_by_every_gap(text: str) -> None:
    for mixed in (True, False):
        toks = names_tokens._tokens(text, _LEX)
        names_context.mark_firms(text, toks, mixed)
        assert [i for i, t in enumerate(toks) if t.kind is not None] == sorted(
            _firms_by_gaps(text, names_tokens._tokens(text, _LEX), mixed)
        )


def test_a_firm_of_three_surnames() -> None:
    text = "I rang Barnett, Melton & Garcia about it"  # ("and" is a word of its own)
    toks = names_tokens._tokens(text, _LEX)
    names_context.mark_firms(text, toks, True)
    assert [t.raw for t in toks if t.kind is not None] == ["Barnett", "Melton", "Garcia"]


# -- names_lower: the relative cue tried only where its first word starts a token ---------

_CUE_PIECES = ["my ", "My ", "our ", "auntie ", "grandma ", "gran ", "little ", "sister "]
_CUE_PIECES += ["gaz", "bee", " ", "\n", ", ", "x", "_", "ſ", "my-", "nanna "]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=10).map("".join))
def test_relative_cues_found_as_by_the_regex(text: str) -> None:
    expected = [m.span(1) for m in names_lower._CUE.finditer(text)]
    assert [m.span(1) for m in names_lower._CUE_FAST.finditer(text)] == expected


def test_lower_case_names_after_relatives() -> None:
    text = "my brother gaz drove. auntie bee rang and our sister nandi is 60."
    assert [s.text for s in names_lower.find_lower_names(text, _LEX)][:3] == [
        "gaz",
        "bee",
        "nandi",
    ]
    assert list(names_lower._CUE_FAST.finditer("a brother gaz drove")) == []


# -- "\b[A-Z]" written "[A-Z](?<!\w[A-Z])": the same matches, a quicker scan -------------

_REWRITTEN = [
    (names_doing._CAPITAL_NEXT, r"\b([A-Z][a-z]{1,14})\s+([a-z]+)"),
    (names_shapes._CAPS_RUN, r"(?<=[a-z,] )([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?=[.,;!?]| [a-z]|$)"),
    (
        names_companions._AND_I,
        names_companions._AND_I.pattern.replace(
            r"([A-Z](?<!\w[A-Z])[a-z]{1,14})", r"\b([A-Z][a-z]{1,14})", 1
        ),
    ),
    (
        names_shapes._THE_X,
        names_shapes._THE_X.pattern.replace(r"[Tt](?<!\w[Tt])he", r"\b[Tt]he", 1),
    ),
]
_SHAPE_PIECES = ["Tom", "Ann", "Silver Lake", "the", "The", "xThe", "_Tom", "é", "and", "I", "me"]
_SHAPE_PIECES += [" ", ", ", ".", "\n", "went", "drove to", "are", "Mater", "_"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_SHAPE_PIECES), max_size=10).map(" ".join))
def test_rewritten_openings_match_as_before(text: str) -> None:
    for regex, before in _REWRITTEN:
        assert regex.pattern != before
        old = [(m.span(), m.groups()) for m in re.finditer(before, text)]
        assert [(m.span(), m.groups()) for m in regex.finditer(text)] == old, regex.pattern


def test_rewritten_openings_find_and_skip() -> None:
    text = "Tom went home. xTom went too, Ann and I are off to Silver Lake. The Mater."
    for regex, before in _REWRITTEN:
        assert [m.span() for m in regex.finditer(text)] == [
            m.span() for m in re.finditer(before, text)
        ]
        assert regex.search(text), regex.pattern


# -- Triggered: digit and capital starts used as they are when they are the only kind ----

_AT_DIGIT_OR_CAPITAL = re.compile(r"\b(?:aged\s+|Mr\s+)?(?:\d+|[A-Z][a-z]+)\b")


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["aged ", "Mr ", "12", "Ann", "ann", " ", ".", "7x"]), max_size=10))
def test_digit_and_capital_starts_merged_as_before(pieces: list[str]) -> None:
    text = "".join(pieces)
    for digits in (True, r"\d+\b"):
        for capitals in (True, r"[A-Z][a-z]+\b"):
            trig = Triggered(_AT_DIGIT_OR_CAPITAL, "aged|mr", digits=digits, capitals=capitals)
            expected = [m.span() for m in _AT_DIGIT_OR_CAPITAL.finditer(text)]
            assert [m.span() for m in trig.finditer(text)] == expected, (text, digits, capitals)


def test_digit_only_and_capital_only_texts() -> None:
    trig = Triggered(_AT_DIGIT_OR_CAPITAL, "aged|mr", digits=True, capitals=True)
    assert [m.group() for m in trig.finditer("on 12 and 40")] == ["12", "40"]
    assert [m.group() for m in trig.finditer("Ann and Bob")] == ["Ann", "Bob"]
    assert [m.group() for m in trig.finditer("Ann aged 12, Mr Bob")] == ["Ann", "aged 12", "Mr Bob"]
