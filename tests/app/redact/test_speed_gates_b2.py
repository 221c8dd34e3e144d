"""The faster forms of the number and date finders (a table learnt once, a quick
reject before a loop, a scan that opens at a digit) give exactly the results of the
code they replace: they exist for speed and must never change a result."""

from __future__ import annotations

import random
import re

import pytest

from app.redact import (
    ages_extra,
    ages_shapes,
    date_grow,
    date_holiday_names,
    ids,
    patterns,
)
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Triggered


def _old_grow_dates(spans: list[Span], text: str) -> list[Span]:
    """``grow_dates`` as it was: two passes over the spans, every span kept or dropped
    by a look at each added date."""
    out: list[Span] = []
    added: list[Span] = []
    for s in spans:
        if s.type is SpanType.DATE and s.source is not Source.USER:
            grown = date_grow._grow(s, text)
            out.append(grown)
            if grown is not s:
                added.append(grown)
        else:
            out.append(s)
    for s in list(out):
        if s.type is SpanType.DATE and date_grow._ENDS_ORDINAL.search(s.text):
            added.extend(date_grow._more_days(s, text))
    words = date_grow.token_set(text)
    for regex in [
        r for gates, r in date_grow._STANDALONE if all(not set(words).isdisjoint(g) for g in gates)
    ]:
        for m in regex.finditer(text):
            a, b = m.span(m.lastindex or 0)
            found = Span(a, b, SpanType.DATE, Source.PATTERN, 0.8, text[a:b])
            added.append(date_grow._grow(found, text))
    if not words.isdisjoint(date_grow._DE_MONTHS):
        for m in date_grow._DE_DAY_MONTH.finditer(text):
            added.append(Span(m.start(), m.end(), SpanType.DATE, Source.PATTERN, 0.9, m.group()))
    if not added:
        return date_grow._join_on(out, text)
    out.extend(a for a in added if a not in out)
    return date_grow._join_on(
        [
            s
            for s in out
            if s.source in (Source.USER, Source.PROFILE)
            or s.type not in date_grow._OVERRULED
            or not any(a.start < s.end and s.start < a.end for a in added)
        ],
        text,
    )


_DATE_PIECES = [
    "the", "week", "of", "the 3rd", "3rd", "and", "17th", "/", "6th", "Easter", "March",
    "early", "last", "spring", "before", "after", "my", "birthday", "Am", "20.", "April",
    "on", "Tom", "Leeds", "42", ",", " ", " ", "  ", "\n", "Tuesday", "bank holiday",
    "next", "year", "3 days", "mid", "-", "Mitte", "Mai", "2024", "x",
]  # fmt: skip
_TYPES = [SpanType.DATE, SpanType.DATE, SpanType.AGE, SpanType.NAME, SpanType.PLACE, SpanType.ID]
_SOURCES = [Source.PATTERN, Source.CONTEXT, Source.USER, Source.PROFILE, Source.UNKNOWN_WORD]


def _case(rnd: random.Random) -> tuple[str, list[Span]]:
    text = " ".join(rnd.choice(_DATE_PIECES) for _ in range(rnd.randint(1, 16)))
    spans = []
    for _ in range(rnd.randint(0, 6)):
        a = rnd.randrange(len(text))
        b = rnd.randint(a + 1, min(len(text), a + 12))
        kind, source = rnd.choice(_TYPES), rnd.choice(_SOURCES)
        spans.append(Span(a, b, kind, source, 0.8, text[a:b]))
    # the finders' own dates, where they are
    for word in ("the 3rd", "17th", "6th", "Easter", "March", "April", "2024"):
        at = text.find(word)
        if at >= 0 and rnd.random() < 0.7:
            spans.append(Span(at, at + len(word), SpanType.DATE, Source.PATTERN, 0.9, word))
    rnd.shuffle(spans)
    return text, spans


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # grown over "the week of", then "and 17th" added: both as before
        ("the week of the 3rd and 17th", ["the week of the 3rd", "17th"]),
        # an age inside an added date goes; a name outside it stays
        ("Tom on the Tuesday after Easter", ["the Tuesday after Easter"]),
    ],
)
def test_grow_dates_grows_and_adds(text: str, dates: list[str]) -> None:
    core = {"the week of the 3rd and 17th": "3rd", "Tom on the Tuesday after Easter": "Easter"}
    at = text.index(core[text])
    spans = [
        Span(at, at + len(core[text]), SpanType.DATE, Source.PATTERN, 0.9, core[text]),
        Span(0, 3, SpanType.NAME, Source.CONTEXT, 0.8, text[:3]),
    ]
    got = date_grow.grow_dates(spans, text)
    assert [s.text for s in got if s.type is SpanType.DATE] == dates
    assert got == _old_grow_dates(spans, text)


def test_grow_dates_agrees_with_its_old_form() -> None:
    rnd = random.Random(31)
    dropped = 0
    for _ in range(6_000):
        text, spans = _case(rnd)
        new, old = date_grow.grow_dates(list(spans), text), _old_grow_dates(list(spans), text)
        assert new == old, (text, spans)
        dropped += len(old) < len(spans)
    assert dropped > 100  # the overlap test was asked, and dropped spans


def test_standalone_choices_are_remembered_per_set_of_words() -> None:
    view = {"early": 1, "next": 1, "the": 1}.keys()
    first = date_grow._standalone(view)
    assert first and date_grow._standalone(view) is first  # learnt once
    assert date_grow._standalone({"the": 1}.keys()) == ()


_ID_PIECES = [
    "123", "4567", "12", "1", "0", " ", " ", "-", "\t", "\n", "/", ".", ",", "QQ", "AB",
    "C", "W", "TA", "GB", "ABCDE", "mg", "x", "nhs", "ID", ":", "#", "٣", "99",
]  # fmt: skip
# Each pattern the six-digit scan spares, with the finder that tries it.
_LONG_SHAPES = [
    patterns.CARD, patterns.NHS, patterns.SSN, patterns.LETTER_ID, patterns.LONG_DIGITS,
    ids._DIGIT_RUN, ids.NI_NUMBER, ids._DIGITS_LETTER,
]  # fmt: skip


def _id_texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_ID_PIECES) for _ in range(rnd.randint(1, 14))) for _ in range(n)]


def test_six_digits_are_in_every_long_number() -> None:
    matched = 0
    for text in _id_texts(41, 20_000):
        for regex in _LONG_SHAPES:
            for m in regex.finditer(text):
                matched += 1
                assert ids.SIX_DIGITS.search(m.group()), (regex.pattern, m.group())
    assert matched > 500


@pytest.mark.parametrize(
    ("text", "long"),
    [
        ("card 4111 1111 1111 1111", True),
        ("NI QQ 12 34 56 C", True),
        ("SSN 078-05-1120", True),
        ("PPS 6666176I", True),
        ("took 2 at 10:30, 12/03/2024", False),  # dates and times: no six in a row
        ("12 34  56 78", False),  # a double space splits them
    ],
)
def test_six_digits_scan(text: str, long: bool) -> None:
    assert (ids.SIX_DIGITS.search(text) is not None) is long


def test_find_ids_agrees_without_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _id_texts(42, 6_000) + [
        "NHS 943 476 5919, card 4111-1111-1111-1111, NI QQ 12 34 56 C, 7391845W",
        "member ID XHK 448 219 006 and SSN 078-05-1120, ref AB1234567",
    ]
    new = [list(patterns.find_ids(t, region)) for t in texts for region in ("GB", "IE")]
    monkeypatch.setattr(ids, "SIX_DIGITS", re.compile(""))  # the scan always finds
    old = [list(patterns.find_ids(t, region)) for t in texts for region in ("GB", "IE")]
    assert new == old
    assert sum(map(len, old)) > 300


_YEAR_PIECES = [
    "1", "2", "3", "0", "9", "12", "19", "20", "1999", "2019", "2045", "1933", "1929", "'",
    "’", "'98", "/", "-", ".", ":", ",", " ", "  ", "$", "£", "%", "\n", "x", "٣", "10:30",
    ".5", "hrs",
]  # fmt: skip


def test_year_opening_at_its_quote_or_digit_matches_as_the_regex() -> None:
    rnd = random.Random(51)
    found = 0
    for _ in range(10_000):
        text = "".join(rnd.choice(_YEAR_PIECES) for _ in range(rnd.randint(1, 12)))
        want = [(m.span(), m.groups()) for m in patterns.YEAR.finditer(text)]
        assert [(m.span(), m.groups()) for m in patterns._YEAR_FAST.finditer(text)] == want
        found += len(want)
    assert found > 1_000  # the texts hold years, so a scan finding none fails


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("in 1999, '98, $2019, 2019.5, 2019hrs", ["1999", "'98", "2019"]),
        ("x1999 and 1/2019, 21999, 1929, 2050", ["1999"]),
    ],
)
def test_year_opening_at_its_quote_or_digit_finds(text: str, years: list[str]) -> None:
    assert [m.group() for m in patterns._YEAR_FAST.finditer(text)] == years


def test_holidays_tried_only_at_the_digits_they_open_with() -> None:
    fast = date_holiday_names._holiday_fast()
    ungated = Triggered(
        date_holiday_names._ByFirstChar(),  # type: ignore[arg-type]
        fast._first_pattern,
        digits=True,
    )
    assert fast._digits == "[4]"  # "4th of July" is the one opening with a digit
    rnd = random.Random(53)
    pieces = ["4th", "of", "July", "4th of July", "4th-of-july", "14th", "4", " ", "-", "3rd", "Easter", "St", "Patrick's",
              "Day", "٤th", "x4th", "on", "4TH", "july", "1st", "May"]  # fmt: skip
    found = 0
    for _ in range(4_000):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        want = [m.span() for m in ungated.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == want, text
        found += any(text[a].isdigit() for a, _ in want)
    assert found > 50  # "4th of July" is found at its digit


_SHAPE_PIECES = [
    "she's", "I'm", "i’m", "im", "he is", "we were", "my mum is", "our dad was", "who's",
    "over", "under", "past", "nearly", "not yet", "70", "9", "101", "mg", " ", "  ", ",",
    "father", "Son", "nana", "kid", "years", "yrs", "yr", "ago", "ſhe's", "İm", "x_", "_",
    "M/45", "45/F", "W / 30", "/", "m", "F", "3/10", "\n", ".", "mum's", "father 70 yrs",
    "Nana 9 years", "she's over 70", "my dad is nearly 90",
]  # fmt: skip


@pytest.mark.parametrize(
    ("regex", "fast"),
    [
        (ages_shapes.BOUNDED, ages_shapes._BOUNDED_FAST),
        (ages_shapes.KIN_YEARS, ages_shapes._KIN_YEARS_FAST),
    ],
    ids=["bounded", "kin_years"],
)
def test_age_shapes_tried_at_their_first_words(regex: re.Pattern[str], fast: Triggered) -> None:
    rnd = random.Random(61)
    found = 0
    for _ in range(6_000):
        text = " ".join(rnd.choice(_SHAPE_PIECES) for _ in range(rnd.randint(1, 10)))
        want = [(m.span(), m.groups()) for m in regex.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want, text
        found += len(want)
    assert found > 100  # the texts hold such ages, so trying nowhere fails


def test_slashed_ages_hold_their_hint() -> None:
    rnd = random.Random(62)
    found = 0
    for _ in range(6_000):
        text = "".join(rnd.choice(_SHAPE_PIECES) for _ in range(rnd.randint(1, 10)))
        for m in ages_shapes.SLASHED.finditer(text):
            found += 1
            assert ages_shapes._SLASHED_HINT.search(m.group()), text
    assert found > 100
    assert [s.text for s in ages_shapes.find("me M/45, pain 3/10")] == ["45"]


def _old_german(text: str) -> list[tuple[int, int]]:
    """``ages_extra``'s German ages as they were found: the whole regex, in a text with a
    letter beyond ASCII or a German ten."""
    quick = re.compile(r"zig\b|ssig\b|hundert", re.IGNORECASE)
    if text.isascii() and quick.search(text) is None:
        return []
    return [m.span(1) for m in ages_extra.GERMAN.finditer(text)]


def test_german_ages_tried_at_their_first_words() -> None:
    pieces = ["Oma", "ist", "jetzt", "neunzig", "wurde", "einundachtzig", "mit", "fünfzig",
              "seit ich", "als er", "dreißig", "dreissig", "hundert", "Jahre", "Tabletten",
              "IST", "ſeit ich", "zwanzig", " ", "schon", "x", "’", "bin", "Mit"]  # fmt: skip
    rnd = random.Random(63)
    found = 0
    for _ in range(6_000):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 9)))
        want = _old_german(text)
        assert [m.span(1) for m in ages_extra._GERMAN_FAST.finditer(text)] == want, text
        found += len(want)
    assert found > 300


def test_url_hint_finds_as_before() -> None:
    old = re.compile(
        r"://|www\.|\.(?:com|org|net|info|io|co\.uk|org\.uk|nhs\.uk|social|app|me|blog|health|"
        r"edu|gov)",
        re.IGNORECASE,
    )
    pieces = ["www", "WWW", "ww", ".", ":", "//", "/", "com", "CO.UK", "co", "uk", "x", " ",
              "nhs", "ſocial", "me", "Me", "gov", "https", ":/", "w.", "K"]  # fmt: skip
    rnd = random.Random(71)
    found = 0
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        want = old.search(text) is not None
        assert (patterns._URL_HINT.search(text) is not None) is want, text
        found += want
    assert 2_000 < found < 18_000  # both answers are asked for


_MONTH_PIECES = [
    "in", "In", "since", "end of", "beginning of", "mid", "mid-", "til", "till", "x", " ", "  ",
    "March", "march", "may", "May", "January", "JANUARY", "june", "Junes", "ſince", "İn",
    "of", "\n", ",", "_", "Dec", "dec.", "Sept", "this", "through", "Apr", "in March",
    "since May", " January", "until june ", "February", "from Oct",
]  # fmt: skip


@pytest.mark.parametrize(
    ("regex", "fast"),
    [
        (patterns.MONTH_AFTER_CUE, patterns._MONTH_AFTER_CUE_FAST),
        (patterns.LONE_MONTH, patterns._LONE_MONTH_FAST),
    ],
    ids=["after_cue", "lone"],
)
def test_months_tried_at_their_first_words(regex: re.Pattern[str], fast: Triggered) -> None:
    rnd = random.Random(72)
    found = 0
    for _ in range(6_000):
        text = "".join(rnd.choice(_MONTH_PIECES) for _ in range(rnd.randint(1, 12)))
        want = [(m.span(), m.groups()) for m in regex.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want, text
        found += len(want)
    assert found > 100


_STRUCTURED_PIECES = [
    "number ", "No.", "#", "nr", " ", "is ", ": ", "LKO", "A", "/", "-", "2291", "04", "ab",
    "x", "0448", "/B", "number LKO/2291/0448", " # A-12-BC", "LKO/22",
]  # fmt: skip
_OPENING_PIECES = [
    "54", "29", "5", "m", "f", "M", "F", " ", "\t", ">", "*", "-", "\n", ",", ".", "hep", "x",
    "100",
]  # fmt: skip


@pytest.mark.parametrize(
    ("regex", "hint", "pieces"),
    [
        (ids.STRUCTURED, ids._STRUCTURED_HINT, _STRUCTURED_PIECES),
        (ages_extra.OPENING, ages_extra._OPENING_HINT, _OPENING_PIECES),
    ],
    ids=["structured", "opening"],
)
def test_every_match_holds_its_hint(
    regex: re.Pattern[str], hint: re.Pattern[str], pieces: list[str]
) -> None:
    rnd = random.Random(73)
    found = 0
    for _ in range(10_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        for m in regex.finditer(text):
            found += 1
            assert hint.search(m.group()), text
    assert found > 100


def test_contacts_hold_the_marks_they_are_looked_for_by() -> None:
    pieces = ["@", "u/", "user/", "u", "/", "#", "4471", "447", "leafy", "kerry.b", " ", ".",
              "_", "x", "jane", "example.org", "spoonie_99", "USER/", "leafy#4471"]  # fmt: skip
    rnd = random.Random(81)
    handles = tags = 0
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        for m in patterns.HANDLE.finditer(text):
            handles += 1
            assert "@" in m.group() or "/" in m.group(), text
        for m in patterns.DISCORD_TAG.finditer(text):
            tags += 1
            assert patterns._DISCORD_HINT.search(m.group()), text
    assert handles > 1_000 and tags > 100
    found = [s.text for s in patterns.find_contacts("ask u/spoonie_99 or leafy#4471, @kerry")]
    assert found == ["u/spoonie_99", "@kerry", "leafy#4471"]
