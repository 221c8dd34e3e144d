"""What the written-age finders (``ages_written``, ``ages_framed``) share: the rule
builders, each rule tried only where its first word or number starts
(``windows.Triggered``), and the pieces of pattern and vetoes both use.

A word-opened rule records its first words, so ``ages_written.find`` asks it only when
the text holds one of them; a number-opened rule records what must follow the number,
so one pass over the text's numbers decides whether any of them is asked at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.redact.spans import Source
from app.redact.windows import Triggered

CASELESS = re.IGNORECASE
NEVER = "(?!)"  # no first word: a number starts the match
WORD_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
)
# What follows a number that is a quantity of something, not a person's age.
UNIT_AFTER = (
    r"(?!\s*(?:%|mg|mcg|ml|kg|g\b|lbs?|st\b|units?|iu\b|mmol|cm|mm|km|miles?|points?|"
    r"minutes?|mins?|hours?|hrs?|days?|tablets?|pills?|doses?|x\b|times|/|out\s+of|"
    r"am\b|pm\b|o'?clock|per\s*cent|percent|degrees|°|bpm))"
)

Veto = Callable[[re.Match[str], str], bool] | None
# (pattern, veto or None, source): group 1 (or the first group that took part) is the age.
Rule = tuple[Triggered, Veto, Source]

# For each rule opened by plain words, those words (as tokens).
KEYS: dict[int, frozenset[str]] = {}
_PLAIN_WORDS = re.compile(r"[a-zäöüß]+(?:\|[a-zäöüß]+)*")
OPENERS: list[str] = []  # what must follow a number for a number-opened rule to match
BY_NUMBER: list[Triggered] = []


def word_rule(regex: str, first: str, flags: int = CASELESS, **kw: object) -> Triggered:
    """A rule tried where a token matching ``first`` starts."""
    rule = Triggered(re.compile(regex, flags), first, **kw)  # type: ignore[arg-type]
    if _PLAIN_WORDS.fullmatch(first):
        KEYS[id(rule)] = frozenset(first.split("|"))
    return rule


def number_rule(regex: str, opener: str, flags: int = CASELESS) -> Triggered:
    """A rule a number opens, tried only where ``opener`` matches at a number."""
    OPENERS.append(opener)
    rule = Triggered(re.compile(regex, flags), NEVER, digits="(?i)" + opener)
    BY_NUMBER.append(rule)
    return rule


def after_digit(text: str, start: int) -> bool:
    """A number follows the first word: "at 15", "about 15 when"."""
    i = text.find(" ", start, start + 12)
    return i > 0 and text[i + 1 : i + 2].isdigit()


def too_old(m: re.Match[str], text: str) -> bool:
    """No one is older than 115: "age of 300" is something else."""
    digits = re.match(r"\d+", m.group(1))
    return digits is not None and int(digits.group()) > 115
