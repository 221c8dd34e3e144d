"""Hospitals written by their initials in lower case: "been in qe all night", "she's in
rpa again", "ablation in uhg".

People who write without capitals shorten the hospital they are in to its letters, and
those letters are no word: the frequency table hardly knows them. After "in" or "at" such
a short token is where someone is, and it names the place as surely as the full name.
Words it does know ("in bed", "at uni", "in icu"), wards and tests the medical list
knows, shorthand for time or clothes ("in wks", "in pjs") and letters with no vowel,
as clinical shorthand mostly is ("in nsr"), are not taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import DRUG, MEDICAL, default_lexicon
from app.redact.spans import Source, Span, SpanType

# Shorthand the frequency table hardly knows that is no place.
_SHORTHAND = frozenset("tafe wks wk hrs hr mins secs yrs pjs ur ya da tho rn atm lmao omg".split())
# Care settings by their letters, written as a word: "in ane" (A&E), "at ohs"
# (occupational health), "in edu", "on amu". They name a kind of ward, not a hospital.
_SETTINGS = frozenset(
    "ane ae aande ed edu eau ohs oh ohd amu sau mau cdu ccu hdu itu icu opd ipd sdec utc "
    "ucc miu wic ooh gp ot or ".split()
)
# A hospital's initials hold a vowel ("qe", "uhg", "cuh"); clinical shorthand often
# holds none ("in nsr", "at lcx", "sbp").
_VOWEL = frozenset("aeiou")
# ("\b" said after "in" or "at": a pattern opening with them is scanned for in C.)
_AT = re.compile(r"(?:in|at)(?<!\w..)\s+(?:the\s+)?([a-z]{2,4})\b(?![\w'’-])")


def find(text: str) -> Iterator[Span]:
    lex = default_lexicon()
    for m in _AT.finditer(text):
        word = m.group(1)
        if (
            lex.zipf.get(word, 0.0) < 3.0
            and not _VOWEL.isdisjoint(word)
            and word not in _SHORTHAND
            and word not in _SETTINGS
            and not lex.flags.get(word, 0) & (MEDICAL | DRUG)
        ):
            yield Span(m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.5, word, True)
