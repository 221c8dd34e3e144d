"""The later kinds of medicine a name, place or organisation guess may be, in one pass.

``medical_kinds`` asks the kinds of medicine it knows of every guess before the spans
settle; the kinds here came later (issue #9: the terms posts still lost) and are asked
once, of the settled spans (``medical_last``), each kind in its own module:

- scales and tests by the grade or verdict after them (``medical_graded``);
- an eponym's possessive before a device's or an illness's noun (``medical_possessives``);
- an operation by its surgeon's name (``medical_operations``);
- a maker named for its product (``makers_products``);
- a word joined in capitals that is a device, a screening programme or a condition
  (``medical_camel``);
- a German medical compound (``medical_german``);
- an abbreviation spelled out, counted or listed with labs
  (``medical_acronyms_used``);
- a brand glossed by its generic or by what it treats (``medical_brands_glossed``);
- a test or an illness by what the sentence does with it (``medical_findings``);
- a word inside a designated kind, whatever net took it ("Vit D", ``medical_designated``);
- a product by its list or its drug (``medical_supplies``).

Each predicate takes a guess, the text and the lexicon, and says yes only for a guess
no user, profile or checked pattern made. ``drop_more`` asks them of a text's guesses,
each only where its cheapest sign is there (the pass runs on every entry, so a guess
with no sign costs a few lookups), and takes out the other mentions of the words they
found (``medical_mentions``).
"""

from __future__ import annotations

from app.redact.lexicon import Lexicon
from app.redact.makers_products import MAKER_TOKENS, maker_product
from app.redact.medical_acronyms import acronyms
from app.redact.medical_acronyms_used import acronym_used
from app.redact.medical_brands_glossed import glossed_brand
from app.redact.medical_camel import camel_medicine
from app.redact.medical_designated import DESIGNATING, designated
from app.redact.medical_findings import ILLNESS_NOUNS, NAMED_ILLNESS_NOUNS, TESTS, medical_finding
from app.redact.medical_german import (
    COUNTED_ONLY,
    EPONYM_ENDINGS,
    GERMAN_HEADS,
    eponym_adjective,
    german_medical,
    german_shaped,
    german_words,
)
from app.redact.medical_graded import graded
from app.redact.medical_labs import LAB_NAMES
from app.redact.medical_mentions import mention, word_of
from app.redact.medical_operations import OPERATIONS, named_operation
from app.redact.medical_possessives import possessive_eponym
from app.redact.medical_supplies import PRODUCT_NOUNS, listed_supply, next_word
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)
_STRIP = " .,;:!?"
# The words ``graded`` reads after a guess: a staging word, a verdict, a Roman numeral.
_GRADE_WORDS = frozenset(
    """stage grade class score type classification positive negative pos neg reactive
    non-reactive ii iii iv iia iib iiia iiib iva ivb""".split()
)
_ARTICLES = ("a ", "A ", "an ", "An ")
_SUPPLY_WORDS = PRODUCT_NOUNS | {"with"}
# The signs ``_no_sign`` looks for: words a guess may be (a lab's, an operation's, a
# maker's, a test's, a designating word), words that may follow it (a staging word, a
# verdict, a maker's second word, a product's noun, "with"), German whole words.
_SELF_SIGNS = (
    LAB_NAMES
    | frozenset(w.lower() for w in acronyms()[0])
    | OPERATIONS
    | MAKER_TOKENS
    | TESTS
    | DESIGNATING
)
_AFTER_SIGNS = _GRADE_WORDS | MAKER_TOKENS | _SUPPLY_WORDS
_GERMAN_WORDS = german_words()
_AFTER_STRIP = ".,;:!?)"
_CLAUSE_PUNCT = ".,;:!?\n)"


def _medicine(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guess is one of the later kinds. Most guesses are one capitalised word
    with no sign of any kind (``_no_sign``) and are asked nothing (a short one only
    whether it is designated: "Vit D", "Hep B")."""
    piece = span.text.rstrip(_STRIP)
    if not piece:
        return False
    start = span.start
    end = start + len(piece)
    low = piece.lower()
    if piece[1:].islower() and piece[:1].isupper() and _no_sign(low, text, start, end):
        return len(piece) <= 3 and _after_designating(text, start) and designated(span, text)
    if " " in piece and "'" not in piece and "’" not in piece:
        return _run_of_words(span, piece, low, text, lex)
    if piece.islower():
        return _lower_case(span, low, text, lex, end)
    return _with_sign(span, piece, low, text, lex)


def _after_designating(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a designating word ("Vitamin" of "Vitamin
    D"): ``designated`` needs one there or in the guess itself."""
    before = text[max(0, start - 16) : start].split()
    return bool(before) and before[-1].lower().strip(".,;:(") in DESIGNATING


def _run_of_words(span: Span, piece: str, low: str, text: str, lex: Lexicon) -> bool:
    """A guess of several words ("Harrogate District Hospital", "Ross River", "Abbott
    Assurity", "Syringe Driver"): only the kinds that take more than one word."""
    end = span.start + len(piece)
    after = next_word(text, end)
    words = low.replace("-", " ").split()
    return bool(
        after in NAMED_ILLNESS_NOUNS
        and medical_finding(span, text, lex)  # "Ross River virus"
        or after in _SUPPLY_WORDS
        and listed_supply(span, text, lex)  # "a Syringe Driver with"
        or (after.lower() in MAKER_TOKENS or not MAKER_TOKENS.isdisjoint(words))
        and maker_product(span, text, lex)  # "Abbott Assurity"
        or (words[0] in DESIGNATING or _after_designating(text, span.start))
        and designated(span, text)  # "D research" of "Vitamin D research"
    )


def _lower_case(span: Span, low: str, text: str, lex: Lexicon, end: int) -> bool:
    """A guess in lower case ("strep", "cardiff"): an illness's first word, a maker's
    name, a lab's short name."""
    return bool(
        next_word(text, end) in ILLNESS_NOUNS
        and medical_finding(span, text, lex)  # "strep throat"
        or low in MAKER_TOKENS
        and maker_product(span, text, lex)
        or low in _SELF_SIGNS
        and _with_sign(span, low, low, text, lex)
    )


def _no_sign(low: str, text: str, start: int, end: int) -> bool:
    """Whether one capitalised word shows none of the signs the kinds below need: no
    word it is or that follows it ("Pfizer", "stage", "rings"), nothing glued to it
    ("-positive", "'s", "("), no "for" after it, no article before it, no German head."""
    c0 = text[end : end + 1]
    if c0 == " ":
        c1 = text[end + 1 : end + 2]
        if c1 == "(" or c1 == "f" and text.startswith("for ", end + 1):
            return False  # a gloss in brackets, or what the guess is for
        after = text[end + 1 : end + 14].split(" ", 1)[0].rstrip(_AFTER_STRIP).lower()
        if after in _AFTER_SIGNS or 2 <= len(after) <= 3 and after[1:2].isdigit():
            return False
    elif c0 and c0 not in _CLAUSE_PUNCT:
        return False  # "-", "+", "(", "'", a letter: a kind may read it
    return not (
        "-" in low
        or "'" in low
        or "’" in low
        or low in _SELF_SIGNS
        or text.endswith(_ARTICLES, max(0, start - 3), start)
        or low in _GERMAN_WORDS
        or low in COUNTED_ONLY
        or len(low) >= 7
        and low.endswith(GERMAN_HEADS)
        or low.endswith(EPONYM_ENDINGS)  # "Pfeiffersches Drüsenfieber"
    )


def _with_sign(span: Span, piece: str, low: str, text: str, lex: Lexicon) -> bool:
    """Each kind, asked only where its cheapest sign is there; each then decides."""
    start = span.start
    end = start + len(piece)
    c0, c1 = text[end : end + 1], text[end + 1 : end + 2]  # "(", " (", " f" of " for"
    after = next_word(text, end)
    inner_capital = not piece[1:].islower()
    return bool(
        (
            c0 == "-"
            or c0 == "+"
            or "-" in piece  # "HER2-positive" taken whole
            or after.lower() in _GRADE_WORDS
            or 2 <= len(after) <= 3
            and after[1:2].isdigit()  # "Rutgeerts i3"
        )
        and graded(span, text, lex)
        or inner_capital
        and (camel_medicine(span, text, lex) or acronym_used(span, text, lex))
        or not inner_capital
        and (low in LAB_NAMES or piece in acronyms()[0])
        and acronym_used(span, text, lex)  # "CRP, albumin, Hb."
        or (c0 == "(" or c1 == "(" or c1 == "f" or text[start - 1 : start] == "(")
        and glossed_brand(span, text, lex)
        or (low.split(" ", 1)[0] in DESIGNATING or _after_designating(text, start))
        and designated(span, text)
        or ("'" in piece or "’" in piece or c0 == "'" or c0 == "’")
        and possessive_eponym(span, text, lex)
        or low in OPERATIONS
        and named_operation(span, text)
        or (
            low in MAKER_TOKENS
            or after.lower() in MAKER_TOKENS  # "St" of "St Jude"
            or (" " in low or "-" in low)
            and not MAKER_TOKENS.isdisjoint(low.replace("-", " ").split())
        )
        and maker_product(span, text, lex)
        or (
            piece.islower()
            or " " in piece
            or low in TESTS
            or text.endswith(_ARTICLES, max(0, start - 3), start)
        )
        and medical_finding(span, text, lex)
        or after in _SUPPLY_WORDS
        and listed_supply(span, text, lex)  # "Brava rings", "a Syringe Driver with"
        or (c0 == "-" or german_shaped(piece) or low in COUNTED_ONLY)
        and german_medical(span, text, lex)
        or low.endswith(EPONYM_ENDINGS)
        and eponym_adjective(span, text, lex)  # "Pfeiffersches Drüsenfieber"
    )


def drop_more(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """``spans`` without the guesses that are a later kind of medicine, and without the
    other mentions of the words these were (``medical_mentions``)."""
    found = [
        s
        for s in spans
        if s.type in _GUESSES and s.source not in SURE_SOURCES and _medicine(s, text, lex)
    ]
    if not found:
        return spans
    words = {word_of(s) for s in found}
    gone = {id(s) for s in found}
    return [s for s in spans if id(s) not in gone and not mention(s, text, lex, words)]
