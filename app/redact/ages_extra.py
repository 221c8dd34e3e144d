"""Ages in the shapes the cue-word finders leave half done or miss.

A baby's age is a number and its unit ("9 months", "6 weeks old"): redacting the
number alone leaves "[age] months", which still says "a baby". Ages glued to their
unit ("6yrs", "54m" opening a post), halves ("2 and a half") and German number words
("ist jetzt neunzig") are ages as surely as "she's 9". Each shape needs a word before
it that makes the number someone's age, so durations ("for 3 months", "at 6 weeks
post-op") stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Triggered
from app.redact.windows_tokens import token_set

_SMALL = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
_BE = r"(?:is|was|['’]s|turned|turns|turning|aged|age)"
_MOD = r"(?:(?:only|just|nearly|almost|now|about|barely|already)\s+)*"
# Who has a baby's age: "she's only 9 months", "Leo is 6 weeks old" (not "the list is
# 18 months"); "aged 18 months" needs no one.
_WHO = (
    r"\b(?:she|he|baby|bub|son|daughter|boy|girl|lo|ds|dd|twins|kid|one|grandson|"
    r"granddaughter|nephew|niece)|(?-i:\b[A-Z][a-z]+)"
)
BABY = re.compile(
    rf"(?:\b(?:turned|turns|turning|aged|age)|(?:{_WHO})\s*(?:is|was|['’]s))\s+{_MOD}({_SMALL}\s+(?:months?|mos?|weeks?|wks?))(?:\s+old)?\b"
    r"(?!\s+(?:ago|later|before|after|since|of|on|into|in|post|pregnant|off|sober|clean|"
    r"smoke|free|without|waiting|behind|late|early|overdue))",
    re.IGNORECASE,
)
# Where ``BABY`` can start: its verbs, its people (a verb may be glued on: "sheis"), any
# word whose case folds oddly, and a capitalised word before its verb ("Leo is").
_BABY_FAST = Triggered(
    BABY,
    r"turned|turns|turning|aged|age|(?:she|he|baby|bub|son|daughter|boy|girl|lo|ds|dd|twins|"
    r"kid|one|grandson|granddaughter|nephew|niece)(?:is|was)?|.*[^\x00-\x7f].*",
    capitals=r"[A-Z][a-z]+\s*(?i:is|was|['’]s)",
)
# "repaired at 5 months", "diagnosed at 6 weeks old": an event in a baby's life.
BABY_AT = re.compile(
    r"\b(?:diagnosed|dx['’]?d|repaired|operated|found|noticed|spotted|detected|weaned|"
    r"adopted|christened|baptised|baptized|died|passed)"
    rf"\s+at\s+({_SMALL}\s+(?:months?|weeks?))(?:\s+old)?\b"
    r"(?!\s+(?:post|after|into|in|of|later|follow|review|pregnant|gestation))",
    re.IGNORECASE,
)
# Tried only at its verbs (any word beyond ASCII too: its case folding is the regex's).
_BABY_AT_FAST = Triggered(
    BABY_AT,
    r"diagnosed|dx|dxd|repaired|operated|found|noticed|spotted|detected|weaned|adopted|"
    r"christened|baptised|baptized|died|passed|.*[^\x00-\x7f].*",
)
# "54m hep C", "29f here": an age and sex opening a post or a line.
OPENING = re.compile(r"^[ \t>*-]*(\d{2})[mfMF](?=[\s,.:;)!])", re.MULTILINE)
# What every ``OPENING`` match holds: two digits and a sex, found by a scan that skips
# to digits in C (the pattern, opening at any line's start, was tried at every place).
_OPENING_HINT = re.compile(r"\d\d[mfMF]")
# "Ayaan, 6yrs, has", "my son (4yrs)": an age in apposition, glued to its unit.
# Its units as plain substrings, any of which a match holds (one scan, not five tests).
_APPOSED_HINT = re.compile(r"yr|yo|year|y/o|y\.o")
APPOSED = re.compile(
    r"[,(]\s*(\d{1,3})\s?(?:yrs?|years?|y/o|yo|y\.o\.)(?:\s+old)?\s*(?=[,)])", re.IGNORECASE
)
# "she's 2 and a half", "Nikau is two and a half".
HALF = re.compile(
    rf"\b(?:{_BE}|only|just|nearly|almost)\s+{_MOD}({_SMALL}\s+and\s+a\s+half)\b"
    r"(?!\s+(?:weeks?|days?|months?|hours?|hrs?|mins?|minutes?|kg|kilos?|stone|st|lbs?|"
    r"litres?|liters?|miles?|km|times|tablets?|pills?|cups?|years?\s+(?:ago|later|into)))",
    re.IGNORECASE,
)
_DE_UNITS = r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)"
_DE_TENS = r"(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
# "Oma ist jetzt neunzig", "Er wurde einundachtzig", "mit fünfzig".
GERMAN = re.compile(
    rf"\b(?:ist|bin|bist|wird|wurde|war|werde|mit|seit\s+ich|als\s+(?:ich|er|sie))\s+"
    rf"(?:(?:jetzt|schon|erst|fast|gerade|knapp|bald|gerade\s+mal)\s+)*"
    rf"((?:{_DE_UNITS}und)?{_DE_TENS}|hundert)\b(?!\s+(?-i:(?!Jahre)[A-ZÄÖÜ]))",
    re.IGNORECASE,
)
# A capitalised word after another, or an organisation's word: no baby.
_ORGANISATION = re.compile(
    r"(?:[A-Z][\w'’]*\s+[A-Z][a-z]+|(?i:regional|general|hospital|clinic|centre|center|"
    r"unit|ward|service|trust|list|queue|wait))\s*$"
)
_WORD = re.compile(r"[\w'’]*")
_BABY_UNITS = frozenset("month months mo mos week weeks wk wks".split())
# ``GERMAN`` tried only where its first words start (any word beyond ASCII too: its
# case folding is the regex's), not at every place of every text that holds a letter
# beyond ASCII (most: "’") or a German ten: the same matches as its own finditer.
_GERMAN_FAST = Triggered(
    GERMAN, r"ist|bin|bist|wird|wurde|war|werde|mit|seit|als" r"|.*[^\x00-\x7f].*"
)


_DE_VALUES = {
    **{w: i for i, w in enumerate("ein zwei drei vier fünf sechs sieben acht neun".split(), 1)},
    **{
        w: 10 * i
        for i, w in enumerate(
            "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split(), 2
        )
    },
    "dreissig": 30,
    "hundert": 100,
}


def german_number(word: str) -> int | None:
    """ "neunzig" → 90, "einundachtzig" → 81, else None."""
    low = word.lower()
    units, _, tens = low.rpartition("und")
    if tens in _DE_VALUES and (not units or units in _DE_VALUES and _DE_VALUES[units] < 10):
        return _DE_VALUES[tens] + (_DE_VALUES[units] if units else 0)
    return None


def find(text: str) -> Iterator[Span]:
    """Ages of the shapes above (the number and unit for a baby's age)."""
    words = token_set(text)
    units = not words.isdisjoint(_BABY_UNITS)
    for regex, confidence, wanted in (
        (_BABY_FAST, 0.8, units),
        (_BABY_AT_FAST, 0.7, units),
        (OPENING, 0.8, _OPENING_HINT.search(text) is not None),
        (APPOSED, 0.8, _APPOSED_HINT.search(text) is not None),
        (HALF, 0.8, "half" in words),
        # its first words are rarer than the text test that came first, and a match
        # holds a German ten or "hundert", so needs no test for one
        (_GERMAN_FAST, 0.8, True),
    ):
        for m in regex.finditer(text) if wanted else ():
            word_end = _WORD.match(text, m.start()).end()  # type: ignore[union-attr]
            if regex is _BABY_FAST and _ORGANISATION.search(text, max(0, m.start() - 40), word_end):
                continue  # "the list at Hilltop Regional is 14 months"
            start, end = m.span(1)
            yield Span(start, end, SpanType.AGE, Source.CONTEXT, confidence, text[start:end])
