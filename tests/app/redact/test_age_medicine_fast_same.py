"""The age and medicine finders' fast paths (a cheap necessary condition before a
costly regex) give exactly the matches of the regex tried everywhere: they exist for
speed and must never change a result."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from app.redact import ages

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
    [(ages.AGE, ages._AGE_FAST), *[(fast.regex, fast) for fast, _ in ages._MORE]],
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
