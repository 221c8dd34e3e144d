"""One precedence rule over every name and place net: medicine wins.

Each net (capitalised unknown words, "moved from X to", lower-case places after a
locative, names after a relative, town guesses, German nouns) checks the lexicon's
``MEDICAL`` flag in its own way, and a new net may forget. A post that loses its
drug or device is useless, so this last pass drops any guessed NAME or PLACE whose
words are all shipped medical words ("Ozempic", "Ehlers-Danlos", "Accu-Chek", "SpO2",
"Elemental028"), whatever their case or possessive. Only a strong cue just before keeps
one: a title or a relation before a name ("Dr Crohn", "auntie X"), "the" before a listed
place nickname ("the Peg"). Profile terms, patterns and the user's own selections are
never touched here (``profile_extra`` decides those).
"""

from __future__ import annotations

import re
from functools import cache

from app.redact.lexicon import DRUG, MEDICAL, Lexicon, medical_terms
from app.redact.names_cues import KIN, TITLES
from app.redact.normalise import fold_term
from app.redact.places_informal import _patterns as informal_patterns
from app.redact.spans import Source, Span, SpanType

# Employers are left out: their finders need an employment cue ("work at", "Medtronic
# HR"), and a device maker named as the product is dropped by ``medical.device_product``.
_GUESSED = (SpanType.NAME, SpanType.PLACE)
_KEEP_SOURCES = (Source.PROFILE, Source.USER, Source.PATTERN)
_WORD = re.compile(r"[\w-]+")
_WORD_CHAR = re.compile(r"[\w-]")
_POSSESSIVE = re.compile(r"['’]s$")
# A person cue right before the word: a title ("Dr Bell"), a relation or a friend
# ("my friend Addison", "auntie Rosa"), possibly with "my"/"our" before it.
_CUE_BEFORE = re.compile(r"([A-Za-z']+)\.?\s+$")


@cache
def _multiword_terms() -> frozenset[str]:
    """Shipped medical terms written with a hyphen ("harvey-bradshaw", "port-a-cath"):
    the lexicon keys single words only, so these are looked up whole."""
    return frozenset(fold_term(t) for t in medical_terms() if "-" in t)


def medical_token(word: str, lex: Lexicon) -> bool:
    """A word the shipped medical lexicons know, in any case, with or without 's."""
    key = fold_term(_POSSESSIVE.sub("", word.strip(".,;:!?")))
    if not key:
        return False
    if lex.flag(key) & (MEDICAL | DRUG) or key in _multiword_terms():
        return True
    parts = [p for p in key.split("-") if p]
    return len(parts) > 1 and all(lex.flag(p) & (MEDICAL | DRUG) for p in parts)


def _whole(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole words, so "Elemental" in "Elemental028" or "SPO" in
    "SPO2" is judged as the word the reader sees."""
    while start > 0 and _WORD_CHAR.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD_CHAR.match(text[end]):
        end += 1
    return start, end


def _person_cue(text: str, start: int) -> bool:
    m = _CUE_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and (m.group(1).lower() in TITLES or m.group(1).lower() in KIN)


def _listed_nickname(span: Span, text: str) -> bool:
    """A place nickname the shipped list holds, after "the" ("out in the Peg"): the
    list's own cue, as strong for a place as a title is for a person."""
    if (
        span.type is not SpanType.PLACE
        or text[max(0, span.start - 4) : span.start].lower() != "the "
    ):
        return False
    first = span.text.split()[0].lower() if span.text.split() else ""
    return any(p.match(text, span.start) for p in informal_patterns().get(first, ()))


def drop_medical_words(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """The spans without guessed names and places that are medicine."""
    out = []
    for s in spans:
        if s.type in _GUESSED and s.source not in _KEEP_SOURCES:
            start, end = _whole(text, s.start, s.end)
            words = _WORD.findall(text[start:end].replace("'s", "").replace("’s", ""))
            if (
                words
                and all(medical_token(w, lex) for w in words)
                and not (s.type is SpanType.NAME and _person_cue(text, start))
                and not _listed_nickname(s, text)
            ):
                continue
        out.append(s)
    return out
