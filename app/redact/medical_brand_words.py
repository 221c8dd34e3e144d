"""The rest of a product's name: the word after a brand, a strength after that word.

Brands come in ranges, and the range word is an everyday or foreign word the name and
town lists hold: "Femoston Conti", "Nurofen Junior", "Solpadeine Max". Taken alone,
"Conti" is a surname and "Junior" a given name, and the post loses half the product
("Femoston [name]") and then its strength ("seventysomething" for "Femoston Conti 75").
Where the drug list knows the brand, the word straight after it, capitalised and joined
by one space, is part of its name, unless that word goes on to do what people do
("Calpol Max said"), owns something ("Nurofen Max's") or is given the drug ("Gave
Calpol Sarah"). Only the drug list's words
anchor it: our own medical words are also specialties and care words ("Neuro",
"Gastro", "Chemo") a person's name follows, and titles, kin and jobs ("Dr Max",
"Physio Dave", "Nurse Kemi") are never brands.
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, FIRST, LAST, PLACE, Lexicon
from app.redact.names_cues import KIN, TITLES
from app.redact.names_doing import ROLE_ENDS
from app.redact.names_guess import person_after
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import DIGITS

_BRAND_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][A-Za-z-]{2,}) $")
# "Gave Calpol Sarah", "brought Lemsip Tom": the person given the drug, in the way
# British speech drops "to"
_GIVEN_BEFORE = re.compile(
    r"\b(?:gave|give|gives|giving|given|brought|bought|handed|passed|sent|fetched|offered|"
    r"got)\s+(?:some\s+|the\s+|a\s+)?$",
    re.IGNORECASE,
)
_OWNED = re.compile(r"['’]s?\b")
_OUR_SOURCES = (Source.LEXICON, Source.UNKNOWN_WORD, Source.CONTEXT)
# "Femoston Conti 75", "Nurofen Junior 100": a product's two words and a bare strength.
_PRODUCT_STRENGTH = re.compile(
    r"(?<![\w'’-])([A-Z][A-Za-z-]{2,}) ([A-Z][A-Za-z]{1,11}) (\d{1,4}(?:\.\d{1,3})?)"
    r"(?![\w.,/:]\d|[\w/])(?!\s*(?:years?|yrs?|yo|y/o|%|miles?|km|mins?|minutes?|hours?|"
    r"days?|weeks?|months?)\b)"
)

# The two capitalised words just before a number: where a match of the regex above can
# open, found from the numbers back (a text has far fewer numbers than capitals).
_ANY_PAIR_NUMBER = re.compile(r"[A-Z][A-Za-z-]{2,} [A-Z][A-Za-z]{1,11} \d")
_TWO_WORDS_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z-]{2,} [A-Z][A-Za-z]{1,11} $")


def is_brand(word: str, lex: Lexicon) -> bool:
    """A drug the drug list holds, that is no given name, surname or town, no title,
    kin word or job, nor a ward's letters ("ICU")."""
    key = fold_term(word)
    flag = lex.flag(key)
    if word.isupper() or not flag & DRUG or flag & (FIRST | LAST | PLACE):
        return False
    return key not in TITLES and key not in KIN and not key.endswith(ROLE_ENDS)


def brand_word(span: Span, text: str, lex: Lexicon) -> bool:
    """A guessed name or place of one word that is the second word of a listed brand's
    name ("Femoston Conti", "Nurofen Junior")."""
    if span.type not in (SpanType.NAME, SpanType.PLACE) or span.source not in _OUR_SOURCES:
        return False
    word = span.text.strip()
    if not word[:1].isupper() or not word.isalpha() or " " in word:
        return False
    if span.start < 4 or text[span.start - 1] != " " or not text[span.start - 2].isalpha():
        return False  # no word straight before: no brand's name to complete
    m = _BRAND_BEFORE.search(text, max(0, span.start - 30), span.start)
    if m is None or not is_brand(m.group(1), lex):
        return False
    if _GIVEN_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return False
    end = span.start + len(word)
    return not _OWNED.match(text, end) and not person_after(text, end)


def strength_ranges(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The bare strength after a brand's two words ("Femoston Conti 75"): a dose, not
    an age."""
    out: list[tuple[int, int]] = []
    if _ANY_PAIR_NUMBER.search(text) is None:
        return out  # no two capitalised words before a number anywhere
    for number in DIGITS.finditer(text):
        at = number.start()
        if at < 6 or text[at - 1] != " " or not text[at - 2].isalpha():
            continue
        words = _TWO_WORDS_BEFORE.search(text, max(0, at - 40), at)
        m = _PRODUCT_STRENGTH.match(text, words.start()) if words else None
        if m and is_brand(m.group(1), lex) and not person_after(text, m.end(2)):
            out.append(m.span(3))
    return out
