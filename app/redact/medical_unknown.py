"""Unknown-word guesses that are medicine after all, taken back out of the spans.

The name finders' guesses at an unknown capitalised word are checked here, after all
finders ran, with the whole text in view: a word shaped, dosed or taken like a drug
(``medical_shapes.unknown_drug``), the "10/20" date that is the strength of such a drug
("Kombiflex 10/20 daily"), and a possessive used as a disease's name ("diagnosed with
Kikuchi's"). Kept apart from ``medical_shapes``, which says what a drug looks like,
because this is the pass over a detection's spans that acts on it.
"""

from __future__ import annotations

import re

from app.redact.lexicon import FIRST, LAST, PLACE, Lexicon
from app.redact.medical_shapes import (
    EVERYDAY_ZIPF,
    GUESSES,
    drug_shaped,
    taken_before,
    unknown_drug,
)
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType

_RATIO = re.compile(r"\d{1,4}/\d{1,4}")
_WORD_BEFORE = re.compile(r"([A-Z][a-z][A-Za-z]+)\s+$")
_SCHEDULE_AFTER = re.compile(
    r"\s*(?:daily|twice|once|nightly|bd|od|tds|at night|in the morning|each|every|a day|"
    r"(?:one|two|1|2)\s+(?:puffs?|tablets?|tabs|caps(?:ules)?))\b",
    re.IGNORECASE,
)


def unknown_strength(span: Span, text: str, lex: Lexicon) -> bool:
    """A "10/20" date that is the strength of a drug we do not list: after an unknown
    capitalised word shaped or taken like a drug ("Kombiflex 10/20 daily")."""
    if span.type is not SpanType.DATE or not _RATIO.fullmatch(span.text):
        return False
    m = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
    if m is None:
        return False
    key = fold_term(m.group(1))
    if lex.flag(key) & (FIRST | LAST | PLACE) or lex.zipf_of(key) >= EVERYDAY_ZIPF:
        return False
    return (
        drug_shaped(m.group(1))
        or _SCHEDULE_AFTER.match(text, span.end) is not None
        or taken_before(text, m.start()) is not None
    )


def drop_unknown_drugs(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """``spans`` without the unknown-word guesses that are drugs (``unknown_drug``) or
    diseases named after someone (``eponym_used``) and the dates that are their
    strengths (``unknown_strength``)."""
    return [
        s
        for s in spans
        if not unknown_drug(s, text, lex)
        and not unknown_strength(s, text, lex)
        and not eponym_used(s, text)
    ]


# Having a disease, before its possessive name: "diagnosed with Kikuchi's" (strong),
# "my Behçet's flared" (weak: the possessive must stand alone after it).
_DIAGNOSED_BEFORE = re.compile(
    r"\b(?:diagnosed with|dx(?:['’]?d|ed)? with|"
    r"suffers? (?:from|with)|suffering (?:from|with)|fighting|battling)\s+$",
    re.IGNORECASE,
)
_HAVING_BEFORE = re.compile(r"\b(?:have|has|had|got|my|his|her|their|your)\s+$", re.I)
# A disease word after the possessive ("my Behçet's flared"); "lives with Tavish's
# parents", "has Zanele's key" and "we have Tavish's and my birthday" stay people.
_ALONE_AFTER = re.compile(
    r"(?=\s*(?:[.!?)]|$))|\s+(?:and|or)\s+(?!(?:my|his|her|our|their|the|a|an|your|i|me|we)\b)[a-z]"
    r"|\s+(?:flared?|flares|flaring|dx|diagnosis|symptoms|patients|warriors|sufferers|"
    r"disease|syndrome|flare|flare-ups?|diagnosed)\b"
)


def eponym_used(span: Span, text: str) -> bool:
    """A one-word name or place guess used as a disease's name: a possessive after a
    word of having it ("diagnosed with Kikuchi's", "my Behçet's flared"); "at Tavish's
    for the weekend" or "Zanele's mum" stay people."""
    if span.type not in GUESSES or span.source in (Source.PROFILE, Source.USER):
        return False
    word = span.text.removesuffix("'s").removesuffix("’s")
    if " " in word.strip() or not word[:1].isupper():
        return False
    end = span.start + len(word)
    if not text.startswith(("'s", "’s"), end):
        return False
    before = max(0, span.start - 24)
    if _DIAGNOSED_BEFORE.search(text, before, span.start):
        return True
    return (
        _HAVING_BEFORE.search(text, before, span.start) is not None
        and _ALONE_AFTER.match(text, end + 2) is not None
    )
