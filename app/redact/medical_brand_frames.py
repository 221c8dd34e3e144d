"""Frames that make a word medicine whatever the name lists say.

Two frames the name nets miss, both general:

- a product line after a medicine's name: "Lemsip Max", "Evorel Conti", "Ramipril
  Hexal", "Magnesium Verla". The second word is on a given-name or surname list ("Max",
  "Conti") or unknown ("Hexal"), but right after a drug it names a strength, a form or
  the generic maker, never a person (unless a person's verb follows: "Ozempic Max said");
- a substance after "allergic to" ("allergic to Zorblax"), or after "gave him" with a
  medical cue near ("they gave him Plenvaxo 15 g"): nobody is allergic to a person, but
  one may be given one's number. Only a word on no name or town list, and never one with
  a possessive ("allergic to Bryony's cat") or a person's verb after it.

Profile terms, patterns and the user's own selections are never dropped here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.redact.lexicon import DRUG, DRUG_OR_NAME, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType

# Words of a product line that follow a brand or a generic's name, lower case: strengths
# and forms, inhaler and pen names, and the generic makers printed after the drug on
# German, Swiss and Austrian packs ("Ibuprofen AL", "Ramipril Hexal").
PRODUCT_LINE = frozenset(
    """max plus forte extra duo trio combi comp rapid junior retard mite conti sequi
    express ultra advance zavance liquigels soluble sr mr xl xr cr la odt depot flexpen
    kwikpen solostar penfill novopen flextouch turbohaler accuhaler evohaler ellipta
    respimat easyhaler clickhaler autohaler spiromax nexthaler genuair breezhaler
    handihaler nite night kids infant original complete intense sensitive
    ratiopharm hexal stada aliud sandoz teva mylan zentiva heumann abz acis verla
    lichtenstein puren axcount basics winthrop""".split()
)
_PERSON_AFTER = re.compile(
    r"['’]s\b|\s+(?:said|says|told|asked|texted|messaged|called|rang|came|visited|drove|"
    r"picked|who|and I|and me|is coming|was here)\b",
    re.IGNORECASE,
)
_PREVIOUS = re.compile(r"([A-Za-zÄÖÜäöüß][\w-]*)[ -]$")
_ALLERGIC_BEFORE = re.compile(
    r"\b(?:allergic|allergy|allergies|intolerant|intolerance|reaction|reacted)\s+(?:to|of)\s+$",
    re.IGNORECASE,
)
_GAVE_BEFORE = re.compile(r"\bgave\s+(?:him|her|me|us|them)\s+$", re.IGNORECASE)
_GUESSED = (SpanType.NAME, SpanType.PLACE)
_KEEP_SOURCES = (Source.PROFILE, Source.USER, Source.PATTERN)
_NAMED = FIRST | LAST | PLACE


# Whether a dose, a verb of taking or another drug is near ``text[start:end]``
# (``medical_words.medical_cue``, handed in so neither module imports the other).
Cue = Callable[[str, int, int, Lexicon], bool]


def drop_brand_frames(spans: list[Span], text: str, lex: Lexicon, cue: Cue) -> list[Span]:
    """The spans less guessed one-word names and places in a medicine frame."""
    return [s for s in spans if not _in_frame(s, text, lex, cue)]


def _in_frame(span: Span, text: str, lex: Lexicon, cue: Cue) -> bool:
    if span.source in _KEEP_SOURCES:
        return False
    if span.type is SpanType.AGE:
        return _strength(span, text, lex)
    if span.type not in _GUESSED:
        return False
    word = span.text.strip()
    if not word or " " in word or "'" in word or "’" in word:
        return False
    if _PERSON_AFTER.match(text, span.end):
        return False
    key = fold_term(word)
    if _product_word(word, lex):
        prev = _PREVIOUS.search(text, max(0, span.start - 30), span.start)
        if prev and lex.flag(fold_term(prev.group(1))) & (MEDICAL | DRUG):
            return True  # "Lemsip Max", "Magnesium Verla"
    if lex.flag(key) & _NAMED:
        return False
    lo = max(0, span.start - 24)
    if _ALLERGIC_BEFORE.search(text, lo, span.start):
        return True
    return bool(_GAVE_BEFORE.search(text, lo, span.start)) and cue(text, span.start, span.end, lex)


def _strength(span: Span, text: str, lex: Lexicon) -> bool:
    """A number right after a product line's word after a drug ("Evorel Conti 50",
    "Nurofen Express 400"): the strength, not an age."""
    line = _PREVIOUS.search(text, max(0, span.start - 24), span.start)
    if line is None or not _product_word(line.group(1), lex):
        return False
    drug = _PREVIOUS.search(text, max(0, line.start() - 30), line.start())
    return drug is not None and bool(lex.flag(fold_term(drug.group(1))) & (MEDICAL | DRUG))


def _product_word(word: str, lex: Lexicon) -> bool:
    key = fold_term(word)
    return key in PRODUCT_LINE or bool(lex.flag(key) & DRUG_OR_NAME)
