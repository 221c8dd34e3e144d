"""The age and medicine finders' fast paths (a cheap necessary condition before a
costly regex) give exactly the matches of the regex tried everywhere: they exist for
speed and must never change a result."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from app.redact import ages, ages_extra, medical

_DATA = Path(__file__).resolve().parents[1] / "data"
_PIECES = [
    *"0123456789 -/.:'(),\n’[]",
    *"mMfFyYwWaAsSkKıİſ",
    "I'm ",
    "i am ",
    "she's ",
    "my son is ",
    "Karabo is ",
    "Tom was ",
    "Will ",
    "KARABO is ",
    "Émile is ",
    "This is ",
    "diagnosed at ",
    "dx'd with lupus at ",
    "since I was ",
    "in my early ",
    "thirties",
    "30s",
    "my ",
    "40th",
    "fortieth",
    "seventy-two ",
    "years old",
    " yo",
    "y/o",
    "-year-old",
    " months old",
    " too young",
    " ans",
    " Jahre",
    "32F",
    "(32F)",
    "M, 45",
    "aged ",
    "turned ",
    "mg",
    " is ",
    " 's ",
    "14",
    "5",
    "119",
    "1234",
    "Leo is ",
    "sheis ",
    "baby ",
    "LO ",
    " 6 months",
    " weeks old",
    "nine weeks",
    "only ",
    "ago",
    "1-0-1",
    "2x daily",
    "3 X a day",
    " for ",
    "5/7",
    "2/52",
    "6/12 ago",
    "q4h",
    "every 4 hours",
    "x",
    "/",
]


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    texts = ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 20))) for _ in range(n)]
    for path in sorted(_DATA.glob("patient_voice*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def _matches(regex, text):
    return [(m.span(), m.groups()) for m in regex.finditer(text)]


@pytest.mark.parametrize(
    "regex, fast",
    [
        (ages.AGE, ages._AGE_FAST),
        *[(fast.regex, fast) for fast, _ in ages._MORE],
        (ages_extra.BABY, ages_extra._BABY_FAST),
        (medical.SCHEDULE, medical._SCHEDULE_FAST),
    ],
    ids=lambda p: getattr(p, "pattern", "")[:30],
)
def test_age_fast_finders_match_as_the_regex(regex, fast):
    for text in _texts(11, 3000):
        assert _matches(fast, text) == _matches(regex, text), text


def test_age_conditions_pass_where_the_regex_matches():
    assert [m.group() for m in ages._AGE_FAST.finditer("Karabo is 6, Tom 34yo, (32F)")] == [
        "Karabo is 6",
        "34yo",
        "32F",
    ]
    # a number with no unit or cue after it, and a capitalised word before no verb
    assert not list(ages._AGE_FAST.finditer("Took 20 mg. Then Humira 40."))


def _every_triggered():
    import sys

    import app.redact.engine  # noqa: F401 - loads every finder
    from app.redact.windows import Triggered

    found = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("app.redact"):
            continue
        for value in vars(module).values():
            items = value if isinstance(value, list | tuple) else [value]
            for item in items:
                item = item[0] if isinstance(item, tuple) and item else item
                if isinstance(item, Triggered) and hasattr(item.regex, "finditer"):
                    found[id(item)] = item
    return list(found.values())


def _naive(fast, text):
    """What ``Triggered`` promises, computed the slow way: its regex tried at every token
    whose lower-cased form its first-word pattern matches in full, or that starts with a
    digit or a capital (where its conditions, if any, hold), skipping the inside of
    each match."""
    import re

    first = re.compile(fast._first_pattern)
    starts = []
    for m in re.finditer(r"[^\W_]+", text):
        tok, at = m.group(), m.start()
        if first.fullmatch(tok.lower()):
            starts.append(at)
        if tok[0].isdigit() and fast._digits:
            if fast._digits_if is None or fast._digits_if(text, at):
                starts.append(at)
        elif tok[0].isupper() and fast._capitals:
            if fast._capitals_if is None or fast._capitals_if(text, at):
                starts.append(at)
    out, end = [], 0
    for at in sorted(starts):
        if at < end:
            continue
        m = fast.regex.match(text, at)
        if m is not None and m.end() > at:
            end = m.end()
            out.append((m.span(), m.groups()))
    return out


def test_every_triggered_finder_tries_exactly_its_starts():
    finders = _every_triggered()
    assert len(finders) > 20
    texts = _texts(13, 400)
    for fast in finders:
        for text in texts:
            assert _matches(fast, text) == _naive(fast, text), (fast.regex.pattern, text)


def test_a_finder_made_after_a_text_was_read_still_sees_its_words():
    import re

    from app.redact.windows import Triggered

    text = "zq11 said zq22 then zq33"
    one = Triggered(re.compile(r"zq\d+"), "zq11|zq33")
    assert [m.group() for m in one.finditer(text)] == ["zq11", "zq33"]
    two = Triggered(re.compile(r"zq\d+"), "zq22")  # registered after ``text`` was read
    assert [m.group() for m in two.finditer(text)] == ["zq22"]
    same = Triggered(re.compile(r"zq\d+ \w+"), "zq11|zq33")  # shares one's first words
    assert [m.group() for m in same.finditer(text)] == ["zq11 said"]
