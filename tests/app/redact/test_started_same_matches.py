"""The fast finders (``windows.Started`` and ``Triggered`` over a pattern's possible
starts) give exactly the matches of the pattern's own ``finditer``: they exist for
speed and must never change a result."""

from __future__ import annotations

import random

import pytest

from app.redact import addresses, date_holiday_names, date_words, ids, patterns, postcodes
from app.redact.windows import Started

PAIRS = [
    (patterns.CARD, patterns._CARD_FAST),
    (patterns.NHS, patterns._NHS_FAST),
    (patterns.SSN, patterns._SSN_FAST),
    (patterns.IPV4, patterns._IPV4_FAST),
    (patterns.LETTER_ID, patterns._LETTER_ID_FAST),
    (patterns.LONG_DIGITS, patterns._LONG_DIGITS_FAST),
    (patterns.IBAN, patterns._IBAN_FAST),
    (patterns._PHONE_CANDIDATE, patterns._PHONE_FAST),
    (patterns.DATE_NUM, patterns._DATE_NUM_FAST),
    (patterns.DATE_RANGE, patterns._DATE_RANGE_FAST),
    (patterns.YEAR, patterns._YEAR_FAST),
    (patterns.ORDINAL, patterns._ORDINAL_FAST),
    (patterns.BIRTH_YEAR, patterns._BIRTH_YEAR_FAST),
    (patterns.HANDLE, patterns._HANDLE_FAST),
    (ids.ACRONYM_LABEL, ids._ACRONYM_LABEL_FAST),
    (ids._DIGIT_RUN, ids._DIGIT_RUN_FAST),
    (ids.PAN, ids._PAN_FAST),
    (ids._DIGITS_LETTER, ids._DIGITS_LETTER_FAST),
    (addresses.NUMBERED_STREET, addresses._NUMBERED_FAST),
    (addresses.NAMED_STREET, addresses._NAMED_FAST),
    *[(regex, postcodes._FAST[regex]) for regex in (postcodes.GB, postcodes.CA, postcodes.EIRCODE)],
    (postcodes.AFTER_STATE, postcodes._AFTER_STATE_FAST),
    (postcodes.BEFORE_TOWN, postcodes._BEFORE_TOWN_FAST),
    *[(getattr(date_words, a), getattr(date_words, b)) for a, b in date_words._EQUIV],
]
# Pieces that start or stop the patterns, and letters that fold oddly ("ſ", "K", "İ").
_PIECES = [
    *"0123456789 -/.:'+()@#,\n_’",
    *"uUsSeErRAaZzBbKkıİſäÄ",
    "u/",
    "user/",
    "born ",
    "b. ",
    "dob: ",
    "the ",
    "on ",
    "since ",
    "1990",
    "'98",
    "12",
    "GB82 ",
    "WEST",
    "12345678",
    "3rd",
    "www.",
    ".com",
    "://",
    "märz ",
    "Mai ",
    "Tues ",
    "Fri ",
    "Mo ",
    "Friday ",
    "early ",
    "mid-",
    "end of ",
    "March",
    "12.",
    "3. ",
    "de ",
    "2022",
    "31st",
    "ſeptembre",
    "Dezember",
    " Street",
    " Rd",
    "Flat ",
    "Hauptstraße ",
    "ABCDE1234F",
    "SW1A 1AA",
    "K1A 0B1",
    "D02 X285",
    "NSW 2000",
    "Vic 3128",
    "IL 60707",
    "10115 Berlin",
    "D6W",
    "7391845W",
    "MRN: ",
    "+44 ",
    "(0)",
    "07700 900461",
    "123-45-6789",
]
_TEXTS = [
    "Seen 12/03/2024 and 3/4 to 3/9; born 1961, '98, the 14th, Tues 4th, mid-March.",
    "Card 4111 1111 1111 1111, NHS 943 476 5919, IBAN GB82 WEST 1234 5698 7654 32.",
    "Call +44 (0)20 7946 0958 or u/spoonie_99, @kerry.b, jane@example.org, www.x.com.",
    "14 Foxglove Close, Otley; 6750 Koskikatu 25; on Pond Street; 3. März 2022; 12.09.",
    "PAN ABCDE1234F, PPS 7391845W, CRN# 4471-22, ID AB1234567, 192.168.0.1.",
]


def _matches(regex, text):
    return [(m.span(), m.groups()) for m in regex.finditer(text)]


@pytest.mark.parametrize("regex, fast", PAIRS, ids=lambda p: getattr(p, "pattern", "")[:30])
def test_same_matches_as_the_regex(regex, fast):
    rnd = random.Random(7)
    texts = list(_TEXTS)
    texts += ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 25))) for _ in range(3000)]
    for text in texts:
        assert _matches(fast, text) == _matches(regex, text), text


def test_urls_always_carry_the_hint():
    for text in ("see www.nhs.uk/conditions", "https://a.b/c", "WWW.X.ORG", "my.blog is up"):
        assert patterns.URL.search(text) and patterns._URL_HINT.search(text)
    rnd = random.Random(3)
    for _ in range(3000):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 25)))
        assert not patterns.URL.search(text) or patterns._URL_HINT.search(text), text


def test_started_tries_only_its_starts():
    import re

    fast = Started(re.compile(r"(?<!\w)\d+"), r"\d+")
    assert [m.group() for m in fast.finditer("a1 22 x333")] == ["22"]


def test_every_street_match_holds_a_street_type_word():
    from app.redact.engine import Detector
    from app.redact.windows_tokens import token_set

    finder = Detector()._addresses
    assert finder._types is not None
    for text in (*_TEXTS, "12 High St", "Flat 3, 14 ROAD END", "Baker Street 221b", "7 rd."):
        if finder._street.search(text):
            assert not finder._types.isdisjoint(token_set(text)), text


def test_holidays_split_by_first_character_match_as_the_whole_regex():
    full, split = date_holiday_names.holiday_regex(), date_holiday_names._ByFirstChar()
    names = list(date_holiday_names.holiday_months())
    rnd = random.Random(5)
    texts = list(_TEXTS)
    for _ in range(400):
        name = rnd.choice(names)
        form = rnd.choice([name, name.lower(), name.upper(), name.replace("'", ""), name + " 2024"])
        texts.append(
            rnd.choice(["on ", "", "x", "the ", "4 "]) + form + rnd.choice(["", "'s", "-x"])
        )
    for text in texts:
        for pos in range(len(text)):
            a, b = full.match(text, pos), split.match(text, pos)
            assert (a and a.span()) == (b and b.span()), text
