"""The cheap tests that spare a costly regex (a word set, a suffix tuple, a lookup table)
give exactly the answers of the regex or loop they stand in front of: they exist for
speed and must never change a result."""

from __future__ import annotations

import random
import re

import pytest

from app.profile import EMPTY_PROFILE
from app.redact import medical_named, medical_shapes
from app.redact.date_holiday_names import holiday_month, holiday_months
from app.redact.engine import Detector
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import lowered, word_starts

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
    assert medical_shapes._designated(guess, text)
    at = text.index("B said")
    stage = Span(at, at + 1, SpanType.NAME, Source.UNKNOWN_WORD, 0.4, "B")
    assert not medical_shapes._designated(stage, text)  # "Dr Stage B": a person
    humira = "Started Humira D week"
    at = humira.index("Humira")
    assert not medical_shapes._designated(
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
