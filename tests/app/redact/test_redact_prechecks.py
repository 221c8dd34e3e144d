"""The cheap checks that spare a costly regex never skip a place it matches: wherever
the regex matches, the check says yes (random texts built from the regex's own words)."""

from __future__ import annotations

import random

from app.redact import ids

_WORDS = [
    *ids._OWNERS,
    *ids._LABEL_OPENINGS,
    "hospital number",
    "medical record no",
    "driver's licence",
    "mr #",
    "is",
    "no.",
    "#",
    ":",
    "ending in",
    "ABC",
    "4471",
    "22-918",
    "X12",
    "Théo",
    "ſsn",
    "theır",
    "and",
    "of",
    "The",
    "MY",
]
_GAPS = [" ", "  ", "\n", "\u00a0", "", ", ", ": ", "-"]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(1, 9)))
        for _ in range(n)
    ]


def test_label_check_never_skips_a_match() -> None:
    seen = 0
    for text in _texts(7, 5000):  # more label words each session: keep 300 matches
        for start in range(len(text)):
            if ids.LABELLED.match(text, start):
                seen += 1
                assert ids._label_may_start(text, start), (text, start)
    assert seen > 300


def test_subject_as_the_regex_finds_it() -> None:
    from app.redact import ages_narrative as an

    rng = random.Random(5)
    pieces = ["my", "son", "Tom", "Jo", "she", "is", "was", "just", "now", "turned"]
    pieces += ["'s", "’s", "x", "Mum", "hes", "the", "kid", "ſ", "İs", "daughter", "Ngozi"]
    gaps = [" ", " ", "  ", "\n", ", ", ""]
    seen = 0
    for _ in range(4000):
        before = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(1, 9)))
        want = an._SUBJECT.search(before) is not None
        seen += want
        assert an._subject(before) == want, before
    assert seen > 100


def test_age_shape_hints_hold_wherever_the_shape_matches() -> None:
    from app.redact import ages_shapes as a

    rng = random.Random(9)
    pieces = ["my mum is", "she's", "I'm", "over", "past", "nearly", "pushing", "not yet"]
    pieces += ["approaching", "F", "m", "M ", "34", "7", "19", "yrs", "YEAR", "dad", "a"]
    pieces += ["(", ",", ".", "\n", "ſ", "İ", "K", "Ÿ", "son", "Years", "OVER", "ALMOST"]
    pieces += ["my mum is over 70", "dad 34 yrs", "a f34", "she's nearly 9", "as a M29"]
    gaps = [" ", "", "  ", "\n"]
    seen = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(1, 9)))
        for regex, hint in (
            (a.SEX_GLUED, a._SEX_HINT),
            (a.KIN_YEARS, a._KIN_HINT),
            (a.BOUNDED, a._BOUNDED_HINT),
        ):
            if regex.search(text):
                seen += 1
                assert hint.search(text), (regex.pattern[:20], text)
    assert seen > 2000


def test_started_ages_after_names_as_the_regex_finds_them() -> None:
    from app.redact import ages

    rng = random.Random(13)
    pieces = ["Wilson", "Ehlers-Danlos", "Crohn", "'s", "’s", "s'", " disease", " sign", "McD"]
    pieces += [" syndrome", "Ellie", " (8)", " (aged 9)", ", 9, ", " (COPD, 81)", "(", ","]
    pieces += [" ", "\n", "-", "A", "é", "ſ", "K", "İ", "3", "x", " (", ", 1"]
    pairs = ((ages.AGE_AFTER_NAME, ages._AGE_AFTER_NAME_FAST),)
    seen = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for regex, fast in pairs:
            want = [(m.span(), m.groups()) for m in regex.finditer(text)]
            seen += len(want)
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want, text
    assert seen > 300


def test_triggered_baby_ages_as_the_regex_finds_them() -> None:
    from app.redact import ages_extra

    rng = random.Random(17)
    pieces = ["diagnosed", "dx'd", "dxd", "DX’D", "repaired", "died", "passed", "found"]
    pieces += ["at", "AT", "5", "six", "months", "weeks", "old", "post", "diagnoſed", "İ"]
    pieces += ["diagnosed at 6 weeks", "repaired at 5 months", "DX'D AT 3 MONTHS", "at 4 weeks"]
    gaps = [" ", "", "  ", "\n", ", "]
    seen = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(1, 9)))
        want = [(m.span(), m.groups()) for m in ages_extra.BABY_AT.finditer(text)]
        seen += len(want)
        got = [(m.span(), m.groups()) for m in ages_extra._BABY_AT_FAST.finditer(text)]
        assert got == want, text
    assert seen > 50
