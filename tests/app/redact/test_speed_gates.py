"""The cheap tests that spare a costly regex (a word set, a suffix tuple, a lookup table)
give exactly the answers of the regex or loop they stand in front of: they exist for
speed and must never change a result."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.profile import EMPTY_PROFILE
from app.redact import (
    ids,
    medical_designated,
    medical_named,
    medical_shapes,
    medical_words,
    names,
    names_extra,
    names_guess,
    names_shapes,
    names_tokens,
    names_unknown_places,
    patterns,
    postcodes,
)
from app.redact.date_holiday_names import holiday_month, holiday_months
from app.redact.employers_slots import ChainFinder
from app.redact.engine import Detector
from app.redact.lexicon import default_lexicon
from app.redact.overlap_index import OverlapIndex
from app.redact.places_slots import SlotPlaceFinder
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import CAPS_NEAR_DIGIT, Triggered, word_starts
from app.redact.windows_at import _openings
from app.redact.windows_tokens import caseless, lowered

_LEX = default_lexicon()
_NO_TAKEN = OverlapIndex([])

# The stem regex drug_shaped used before it became a suffix test.
_OLD_STEM = re.compile(
    rf"[a-z]{{3,}}(?:{'|'.join(sorted(set(medical_shapes._STEMS), key=len, reverse=True))})$"
)


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("Ulixertinib", True),
        ("Zuranolone", True),
        ("Humira", False),
        ("Keytruda", False),
        ("Stelara", False),
        ("Pam", False),  # the stem alone
        ("Islam", False),  # two letters before "lam"
        ("Ab1tinib", False),  # a digit among the three letters before the stem
        ("ZUMAB", False),  # "umab" after only "z"
        ("Xyzumab", True),
    ],
)
def test_drug_shaped_by_stem(word: str, shaped: bool) -> None:
    assert medical_shapes.drug_shaped(word) is shaped


def test_drug_shaped_agrees_with_the_stem_regex() -> None:
    rnd = random.Random(9)
    letters = "abcxyzAB1-éİıſK "
    words = [
        "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 5))) + rnd.choice(stems)
        for stems in [medical_shapes._STEMS] * 20_000
    ]
    for word in words:
        assert medical_shapes.drug_shaped(word) is (_OLD_STEM.search(word.lower()) is not None)


def test_word_starts_finds_listed_tokens_in_order() -> None:
    text = "Type II, then vitamin D; VITAMIN b and a vitamins."
    starts = word_starts(text, frozenset({"vitamin", "type"}))
    assert starts == [0, 14, 25]


def test_word_starts_gives_up_where_lower_case_misleads() -> None:
    # a regex ignoring case takes "ı" for "i": the token set cannot rule it out
    assert word_starts("vıtamin D", frozenset({"vitamin"})) is None
    assert re.search(r"(?i:vitamin)", "vıtamin D")


def test_lowered_maps_letters_a_caseless_regex_reads_as_ascii() -> None:
    assert "pfizer" in lowered("the PFİZER jab")
    assert "sanofi" in lowered("ſanofi")


@pytest.mark.parametrize(
    ("text", "drop"),
    [
        ("She had the Pfizer booster yesterday.", True),
        ("2 AstraZeneca and 1 Moderna so far.", True),
        ("I work at Pfizer in Sandwich now.", False),
        ("Took Lilly to nursery before clinic.", False),
    ],
)
def test_makers_named_for_their_product(text: str, drop: bool) -> None:
    word = next(w for w in ("Pfizer", "AstraZeneca", "Lilly") if w in text)
    start = text.index(word)
    guess = Span(start, start + len(word), SpanType.EMPLOYER, Source.LEXICON, 0.6, word)
    assert (medical_named.drop_named_medicine([guess], text, Detector().lexicon) == []) is drop


def test_designated_kind_is_medicine_only_with_its_word() -> None:
    text = "Low on Vitamin D again, and Dr Stage B said so."
    at = text.index("D again")
    guess = Span(at, at + 1, SpanType.NAME, Source.UNKNOWN_WORD, 0.4, "D")
    assert medical_designated.designated(guess, text)
    at = text.index("B said")
    stage = Span(at, at + 1, SpanType.NAME, Source.UNKNOWN_WORD, 0.4, "B")
    assert not medical_designated.designated(stage, text)  # "Dr Stage B": a person
    humira = "Started Humira D week"
    at = humira.index("Humira")
    assert not medical_designated.designated(
        Span(at, at + 6, SpanType.NAME, Source.UNKNOWN_WORD, 0.4, "Humira"), humira
    )


def _holiday_month_by_loop(text: str) -> int | None:
    key = re.sub(r"\s+(?:19|20)\d{2}$", "", text.strip()).lower().replace("’", "'")
    key = re.sub(r"^st\.? ", "saint ", key)
    key = re.sub(r"(['’]?s) (?:weekend|night)$", r"\1 day", key)
    for name, month in holiday_months().items():
        low = name.lower()
        if key in (low, low.replace("'", ""), re.sub(r"^st\.? ", "saint ", low)):
            return month
    return None


def test_holiday_month_table_agrees_with_a_pass_over_the_holidays() -> None:
    names = list(holiday_months())
    forms = names + [n.lower().replace("'", "") for n in names] + [f"{n} 2025" for n in names]
    forms += ["St Patrick's Day", "st. patricks day", "Paddy's weekend", "Monday", "May 3"]
    for form in forms:
        expected = _holiday_month_by_loop(form)
        if expected is not None:
            assert holiday_month(form) == expected, form
    assert holiday_month("St Patrick's Day") == 3


def test_detect_keeps_makers_and_names_apart() -> None:
    detector = Detector()
    text = "Had the Moderna jab, then Keytruda 200mg. Priya from Pfizer rang me."
    found = {text[s.start : s.end] for s in detector.detect(text, EMPTY_PROFILE)}
    assert "Moderna" not in found and "Keytruda" not in found
    assert "Priya" in found


def test_caseless_reads_lookalikes_as_ascii_letters() -> None:
    assert caseless("MOVED TO İSTANBUL") == "moved to istanbul"
    assert caseless("Plain ASCII") == "plain ascii"


def test_whole_widens_over_word_characters_only() -> None:
    text = "Took Elemental028 and SPO2, then re-dosed_x Humira."
    at = text.index("Elemental")
    assert medical_words._whole(text, at, at + len("Elemental")) == (at, at + 12)
    at = text.index("SPO")
    assert medical_words._whole(text, at, at + 3) == (at, at + 4)  # stops at the comma
    at = text.index("dosed")
    assert medical_words._whole(text, at, at + 5) == (text.index("re-"), text.index(" Humira"))


def test_word_char_agrees_with_the_regex_on_every_character() -> None:
    regex = re.compile(r"[\w-]")
    for code in range(0, 0x3000):
        ch = chr(code)
        assert medical_words._word_char(ch) is (regex.match(ch) is not None), hex(code)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We stayed near Mount Eden last week.", "Mount Eden"),
        ("Moving to Sea Point in May.", "Sea Point"),
        ("Chennai, Anna Nagar was hot.", "Anna Nagar"),
        ("Headache all day in Texas, then Humira.", None),  # "Head" inside a word
    ],
)
def test_headed_places_found_only_with_their_word(text: str, place: str | None) -> None:
    found = [
        text[s.start : s.end] for s in names_unknown_places.headed_places(text, _NO_TAKEN, _LEX)
    ]
    assert found == ([place] if place else [])


@pytest.mark.parametrize(
    ("text", "chains"),
    [
        ("Night shifts at Tesco Express again, then Costco.", {"Tesco Express", "Costco"}),
        ("Keytruda 200mg on Monday, Stelara in March.", set()),
    ],
)
def test_chains_found_from_their_first_words(text: str, chains: set[str]) -> None:
    found = {s.text for s in ChainFinder(_LEX).find(text)}
    assert found == chains


def test_slot_towns_skip_words_on_no_town_list() -> None:
    finder = SlotPlaceFinder(_LEX)
    assert [s.text for s in finder.find("we moved to reading last year")] == ["reading"]
    assert list(finder.find("we moved to france last year")) == []  # a country
    assert list(finder.find("i moved to humira last year")) == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("SAW DR PATEL ABOUT THE HUMIRA AND KEYTRUDA", "upper"),
        ("saw dr patel about the humira on monday in texas, 40mg", "lower"),
        ("Saw Dr Patel about the Humira on Monday in Texas, 40mg", "mixed"),
        ("I a", "mixed"),  # no word of two letters: nothing to go by
    ],
)
def test_caps_mode_counts_words_of_two_letters_or_more(text: str, mode: str) -> None:
    assert names._caps_mode(names_tokens._tokens(text, _LEX)) == mode


def test_triggered_with_extra_starts_leaves_the_shared_starts_sorted() -> None:
    regex = re.compile(r"\b(?:on|since)\s+\d{1,2}(?:st|nd|rd|th)?\b|\b[A-Z][a-z]+ \d{4}\b")
    fast = Triggered(regex, "on|since", capitals=True)
    plain = Triggered(regex, "on|since")
    text = "Since 3rd May, on 12 June and Humira 2024, Stelara since 9th, on 4."
    want = [m.span() for m in regex.finditer(text)]
    assert [m.span() for m in fast.finditer(text)] == want
    assert [m.span() for m in plain.finditer(text)] == [
        s for s in want if text[s[0]].lower() in "os"
    ]
    assert [m.span() for m in fast.finditer(text)] == want  # again: nothing was changed


# Sentence marks, the spaces \s takes (a no-break space, an em space, a file separator)
# and capitals, glued at random: where a sentence-opening lookbehind can hold.
_OPENING_PIECES = [
    *[".", "!", "?", "\n", " ", "  ", "\t", "\u00a0", "\u2003", "\x1c", ",", "'s ", ": "],
    *"Sam Priya Kessingham Llanfyllin is was said Humira Stelara Tuesday Texas mg".split(),
    *["sam", "llanfyllin", "A", "Z", "É", "ſ", "12", "é"],
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_OPENING_PIECES), max_size=16).map("".join))
def test_sentence_openings_match_as_the_regex(text: str) -> None:
    for fast, regex in (
        (names_extra._SENTENCE_WORD_FAST, names_extra._SENTENCE_WORD),
        (names_guess._OPENING_TOWN_FAST, names_guess._OPENING_TOWN),
        (names_shapes._OPENER_FAST, names_shapes._OPENER),
    ):
        found = [(m.start(), m.end()) for m in fast.finditer(text)]
        assert found == [(m.start(), m.end()) for m in regex.finditer(text)]


def test_openings_are_the_places_a_sentence_can_open() -> None:
    # after a line break; after a mark and one space; after ". " or "! " and one more;
    # never after a comma, nor after a line break and two spaces
    assert _openings("Hi. Sam!  Jo\nKit,\n  x") == [0, 4, 9, 10, 13, 18, 19]
    assert _openings("") == []
    # only capitals are tried by a pattern opening with [A-Z]
    found = [m.group(1) for m in names_extra._SENTENCE_WORD_FAST.finditer("so. Sam is. sam is")]
    assert found == ["Sam"]


# Capitals, digits (an Arabic-Indic one too: \d takes it), marks and state codes glued
# at random: the shapes the ID and postcode patterns tried at capitals look for.
_CAPS_PIECES = [
    *["A", "B", "Z", "AB", "ABCDE", "ABCDEF", "GIR", "D6W", "QQ", "NSW", "Vic", "TX", "x"],
    *["1", "12", "123", "4567", "123456", "٣", " ", "  ", "\n", "-", ",", "#", ":", "/"],
    *["no.", "number", "n", "MRN", "Humira", "Stelara", "mg", "Tuesday", "Texas"],
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_CAPS_PIECES), max_size=16).map("".join))
def test_capital_shapes_match_as_the_regex(text: str) -> None:
    for fast in (
        ids._ACRONYM_LABEL_FAST,
        ids._PAN_FAST,
        ids._NI_NUMBER_FAST,
        patterns._LETTER_ID_FAST,
        postcodes._AFTER_STATE_FAST,
        *postcodes._FAST.values(),
    ):
        found = [(m.start(), m.end()) for m in fast.finditer(text)]
        assert found == [(m.start(), m.end()) for m in fast.regex.finditer(text)]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("ref AB123456 and QQ 12 34 56 C", [4, 17]),
        ("GIR 0AA", [0]),  # the digit is the fifth character after the capital
        ("ABCDEF 1", []),  # too far; and never inside a run of capitals
        ("Humira 40mg, Stelara 90 and Keytruda", []),
        ("TX 12345 on Tuesday 3", [0]),
    ],
)
def test_caps_near_digit_starts(text: str, starts: list[int]) -> None:
    assert [m.start() for m in re.finditer(CAPS_NEAR_DIGIT, text)] == starts


# Numbers, day suffixes, dashes, months and marks glued at random: where DATE_TEXT can
# open at a digit (a day, a decade, a year with an apostrophe).
_DAY_PIECES = [
    *["3", "12", "31", "09", "1990", "2020", "123", "٣", "²", "st", "rd", "TH", "s", "S", "ſ"],
    *[" ", "  ", "\n", "-", "–", " to ", "to", "'", "’", ",", " of ", ".", ":"],
    *["March", "mar", "Sept", "Tuesday", "mg", "Humira", "x", "_"],
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_DAY_PIECES), max_size=14).map("".join))
def test_written_dates_match_as_the_regex(text: str) -> None:
    fast = patterns._DATE_TEXT_FAST
    found = [(m.start(), m.end()) for m in fast.finditer(text)]
    assert found == [(m.start(), m.end()) for m in patterns.DATE_TEXT.finditer(text)]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("3rd - 5th March, then the 1990s and summer 90'", ["3rd - 5th March", "1990s", "90'"]),
        ("12 of June; 20mg Humira on 4 Tuesday", ["12 of June"]),
        ("took 2 to 3 puffs", []),  # a range but no month after it
    ],
)
def test_written_dates_open_at_days_decades_and_years(text: str, dates: list[str]) -> None:
    assert [m.group() for m in patterns._DATE_TEXT_FAST.finditer(text)] == dates
