"""Products known by the list they are in or the drug they carry: "Coloplast bags, Brava
rings", "compression stockings and Liquid I.V. packets", "on a Syringe Driver with
midazolam".

Supplies and devices carry brand names no list can keep up with, and posts name them
the way a prescription does: listed with other kit, each with its own product noun
("SenSura Mio bags, Brava rings"), or as the thing a drug is given through ("a Syringe
Driver with midazolam", "the Nebuliser with salbutamol"). The name nets take the brand
for a person. A capitalised word (or two) is the product

- when a product's noun follows it, ends the list (or a plural verb follows: "Brava
  rings are") and the list holds medicine before it ("bags, Brava rings"; "Brava scored
  8 at darts" has no product's noun, and in "strips and Nomsa strips beds" the noun is a
  verb with its object); or
- when an article stands before it and "with" a listed drug follows ("on a Syringe
  Driver with midazolam"; "a coffee with Tavish" names no drug, and "our Jade with
  Calpol" is a child).

A person cue before the word (a title, a relation), a name or town list holding one of
its words, or a ward's word ("the Rowan Ward with oramorph") keeps it a person or a
place.
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.medical_nouns import medical_noun
from app.redact.normalise import fold_term
from app.redact.person_cue import person_cue_before
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.OTHER)
# Products' nouns after a brand, lower case: "Brava rings", "Liquid I.V. packets".
PRODUCT_NOUNS = frozenset(
    """rings bags wafers flanges strips lancets sensors patches sachets packets sticks pods
    cartridges needles pens wipes dressings plasters tubes stockings supplies""".split()
)
_PRODUCT_AFTER = re.compile(
    rf"\.?[ \t]+(?:{'|'.join(sorted(PRODUCT_NOUNS))})\b"
    # the list goes on or ends after it; a word after it makes the noun a verb with its
    # object or its time ("Tavish rings me daily", "Nomsa strips beds", "Mary Anne sticks
    # with me", "bags it up")
    r"(?=[ \t]*(?:[,.;:!?)\n]|$|(?:and|or|from|plus|are|were|work|worked|help|helped|"
    r"keep|kept|stay|stayed|hold|held|last|lasted)\b))"
)
# The list the product ends: a comma or "and" before it, and what came before in it.
_NEXT_WORDS = PRODUCT_NOUNS | {"with"}
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bplus|&)[ \t]+$")
_WITH_DRUG_AFTER = re.compile(r"[ \t]+with[ \t]+([A-Za-z][\w-]+)")
# An article, not a possessive: "our Jade with Calpol" is a child ("our" names kin in
# Ireland and the north of England), "the Graseby with morphine" a pump.
_THING_BEFORE = re.compile(r"\b(?:a|an|the|on)[ \t]+$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w-]*")
_PLACE_WORDS = frozenset("ward wards unit house centre center clinic hospital hospice".split())
_LIST_REACH = 60
_SENTENCE_BREAK = re.compile(r"[.!?\n]\s")


def listed_supply(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guessed name, place or other is a product by its list or its drug."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    piece = span.text.rstrip(" ,;:!?")
    words = piece.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    end = span.start + len(piece)
    if next_word(text, end) not in _NEXT_WORDS:
        return False  # no product's noun and no "with" after: most guesses
    if any(lex.flag(fold_term(w)) & (FIRST | LAST | PLACE) for w in words):
        return False  # "Ngaio rings twice a week", "Mary Beth bags", "Kayden with Calpol"
    if words[-1].lower() in _PLACE_WORDS:
        return False  # "on the Rowan Ward with oramorph"
    if _PRODUCT_AFTER.match(text, end):
        lo = max(0, span.start - 4)
        listed = _LISTED_BEFORE.search(text, lo, span.start) is not None
        return listed and _medicine_before(text, span.start, lex) and not _person(text, span)
    drug = _WITH_DRUG_AFTER.match(text, end)
    return (
        drug is not None
        and bool(lex.flag(fold_term(drug.group(1))) & DRUG)
        and _THING_BEFORE.search(text, max(0, span.start - 6), span.start) is not None
        and not _person(text, span)
    )


def next_word(text: str, end: int) -> str:
    """The lower-case word after ``end`` (over a full stop and one space), or ""."""
    i = end + 1 if text[end : end + 1] == "." else end
    if text[i : i + 1] != " ":
        return ""
    return text[i + 1 : i + 14].split(" ", 1)[0].rstrip(".,;:!?)")


def _person(text: str, span: Span) -> bool:
    return person_cue_before(text, span.start)


def _medicine_before(text: str, start: int, lex: Lexicon) -> bool:
    """A listed medical word or a medical noun earlier in the list, in its sentence."""
    piece = text[max(0, start - _LIST_REACH) : start]
    piece = _SENTENCE_BREAK.split(piece)[-1]
    for m in _WORD.finditer(piece):
        key = fold_term(m.group())
        if lex.flag(key) & (MEDICAL | DRUG) or medical_noun(key):
            return True
    return False
