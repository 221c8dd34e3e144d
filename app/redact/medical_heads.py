"""Eponyms by the medical noun they name: "Cobb angle", "Chiari malformation",
"Tetralogy of Fallot", "Widal positive", "stage Hurley II".

A surname or town that names an angle, a malformation, an operation or a test is the
condition or the measurement, not a person or a place, and the post is useless without
it. ``medical_named`` knows the nouns of conditions; these are the nouns of anatomy,
surgery, measurement and staging, the medical nouns an eponym is said "of" ("tetralogy
of Fallot", "circle of Willis"), a designation before ("stage Hurley II", "Factor V
Leiden"), and every other mention of a word the same text used so ("Chiari I" after
"Chiari malformation"). A person cue always wins: a title or a relation before ("Dr
Cobb", "my friend Whipple"), a verb of speaking after ("Cobb said").
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.medical_tokens import alternatives
from app.redact.names_cues import KIN, TITLES
from app.redact.normalise import fold_term
from app.redact.spans import SURE_SOURCES, Span, SpanType
from app.redact.windows import word_starts

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.OTHER)  # an organisation's name is its own
# Nouns an eponym names that no person or place is followed by in a sentence.
_HEADS_ANY = (
    "angle|malformation|anomaly|circulation|shunt|decompression|"
    "fundoplication|osteotomy|anastomosis|syndrome|disease|palsy|criteria|"
    "classification|reflex|manoeuvre|maneuver|murmur|triad|tetrad|contracture|"
    "deformity|neuroma|neuralgia|dystrophy|myopathy|encephalopathy|thyroiditis|"
    "lymphoma|sarcoma|ulcers?|cysts?|nodes?|nodules?|phenomenon|rods?|splint|"
    "catheter|valve|grafts?|flap|bodies|cells|stain|lesions?|tumou?r"
)
# Surgery a town's name stands before as where it was done ("my Leeds operation"): for
# a word on no town list only.
_HEADS_SURGERY = "procedures?|operation|repair|fractures?|technique|incision"
# Nouns a given name may stand before in a sentence ("did Anna test", "Amy type"):
# for a word on no given-name list only.
_HEADS_UNLISTED = (
    "tests?|sign|score|scale|stage|type|grade|positive|negative|index|line|block|"
    "frame|collar|brace|stockings?"
)
_HEAD_AFTER = re.compile(
    rf"(?:['’]s)?[ \t-]+(?:(?P<any>{_HEADS_ANY})|(?P<surgery>{_HEADS_SURGERY})|"
    rf"(?P<unlisted>{_HEADS_UNLISTED}))"
    # a verb's object after it is a sentence ("Saw Tolvik test the water"), no eponym
    r"(?![\w-])(?![ \t]+(?:the|an?|his|her|my|their|our|its?|out|them|him|me|us|you|"
    r"this|that)\b)(?![ \t]+(?:(?-i:[A-Z])|(?i:cent(?:re|er)s?|clinics?|hospitals?|society|"
    r"foundation|trust|association)\b))",
    re.IGNORECASE,
)
# "tetralogy of Fallot", "pouch of Douglas", "sphincter of Oddi": anatomy nobody is
# said "of" in a sentence.
_OF_ANATOMY = (
    "tetralogy|pentalogy|trilogy|bundle|islets?|pouch|ligament|canal|duct|ampulla|"
    "sphincter|crypts?|organ"
)
# "circle of Willis", "loop of Henle", "sign of ...": everyday words too ("no sign of
# Priya", "the circle of Aroha's friends"), so the word after is an eponym only where
# no name or town list holds it, or it is medicine itself.
_OF_EVERYDAY = "triad|tetrad|circle|loop|sign|disease|syndrome"
_OF_BEFORE = re.compile(
    rf"\b(?:(?P<anatomy>{_OF_ANATOMY})|{_OF_EVERYDAY})[ \t]+of[ \t]+$", re.IGNORECASE
)
# "stage Hurley II", "Typ Chiari I", "Factor V Leiden": a staging word before.
_DESIGNATION_BEFORE = re.compile(
    r"\b(?:stage|staged|grade|graded|type|typ|class|score|classification)[ \t:]+$",
    re.IGNORECASE,
)
_STAGING = ("stage", "staged", "grade", "graded", "type", "typ", "class", "score", "classification")
_FACTOR = re.compile(r"Factor[ \t]+(?:[IVX]+|\d{1,2})[ \t]+\w+$")
_CUE_BEFORE = re.compile(r"([A-Za-zäöü]+)\.?\s+$")
_OTHER_CUES = frozenset("friend mate colleague neighbour neighbor named frau herr".split())
_SPEAKS_AFTER = re.compile(
    r"(?:['’]s[ \t]+(?:mum|mom|dad|wife|husband|son|daughter|kids?|house|place|car|"
    r"birthday|party)|[ \t]+(?:said|says|told|asked|texted|rang|called|came|visited|"
    r"drove|and[ \t]+I|kommt|sagt|hat[ \t]+angerufen))\b",
    re.IGNORECASE,
)
_THING_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|our|of|die|der|eine?n?)[ \t]+$", re.IGNORECASE
)
# Heads a person does not own in a sentence ("Bell's palsy", "Morton's neuroma"), and
# the words that make a possessive a kind ("my Baker's cyst", "a Baker's cyst").
_CONDITION = re.compile(
    r"syndrome|disease|palsy|phenomenon|criteria|classification|reflex|manoeuvre|maneuver|"
    r"triad|tetrad|neuroma|neuralgia|dystrophy|myopathy|encephalopathy|thyroiditis|"
    r"lymphoma|sarcoma",
    re.IGNORECASE,
)
_OWNED_BEFORE = re.compile(r"\b(?:a|an|the|my|your|his|her|their|our)[ \t]+$", re.IGNORECASE)
_THING_AFTER = re.compile(r"[ \t]+[IV]{1,3}\b(?![:.]\d)")
# The heads' words: a text holding none of them (or " of ", or a staging word) names
# no eponym this way, and the regexes are not tried.
_ANY_HEAD = alternatives(
    f"{_HEADS_ANY}|{_HEADS_SURGERY}|{_HEADS_UNLISTED}|{_OF_ANATOMY}|{_OF_EVERYDAY}|factor|"
    "stage|staged|grade|graded|typ|class"
)
_PEOPLE = FIRST | LAST | PLACE


def may_hold_eponym(text: str) -> bool:
    """Whether any head or designation word is a token of ``text`` (else nothing here
    applies): looked up in the text's shared tokens, not searched for."""
    return word_starts(text, _ANY_HEAD) != []


def eponym_words(text: str, lex: Lexicon) -> frozenset[str]:
    """The capitalised words of ``text`` used before a medical head ("Chiari" of
    "Chiari malformation"), folded: their other mentions name the same thing."""
    out = set()
    for m in re.finditer(r"\b([A-Z][\w'’-]*?)(?=(?:['’]s)?[ \t-]+\w)", text):
        after = _HEAD_AFTER.match(text, m.end())
        if after is None or _person(text, m.start(), m.end()):
            continue
        flag = lex.flag(fold_term(m.group(1)))
        if _medicine(flag):
            out.add(fold_term(m.group(1)))
        elif after.group("any"):
            # "Nomvula's graft", "Siobhan's murmur": a given name's own valve or graft,
            # unless a thing's word stands before ("my Baker's cyst") or the head names
            # a condition ("Bell's palsy")
            owner = after.group()[:1] in "'’"  # anyone's, listed or not ("Adebayo's graft")
            if (
                not owner
                or _CONDITION.match(after.group("any"))
                or _OWNED_BEFORE.search(text, max(0, m.start() - 8), m.start())
            ):
                out.add(fold_term(m.group(1)))
        elif after.group("surgery") and not flag & PLACE:
            # an operation's name; before a test's or a line's word only a medical word
            # is an eponym ("Okafor test", "Wharepapa line", "Auckland positive" are the
            # person or the place, listed or not)
            out.add(fold_term(m.group(1)))
    return frozenset(out)


def head_eponym(span: Span, text: str, lex: Lexicon, words: frozenset[str] | None) -> bool:
    """Whether a guessed name, place or organisation is an eponym used medically
    (``words``: ``eponym_words`` of the text, None where ``may_hold_eponym`` said no)."""
    if words is None or span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    piece = span.text.rstrip(" .,;:!?")
    if not piece[:1].isupper():
        return False
    if piece.startswith("Factor") and _FACTOR.fullmatch(piece):
        return True  # "Factor V Leiden"
    if " " in piece:
        return False
    # each test below is asked only where its cheap sign is there: "of" before, a
    # staging word before, or the word among the text's eponyms
    start, end = span.start, span.start + len(piece)
    before = text[max(0, start - 24) : start].rstrip(" \t:").lower()
    of = before.endswith("of") and _OF_BEFORE.search(text, max(0, start - 24), start)
    staged = (
        not of
        and before.endswith(_STAGING)
        and _DESIGNATION_BEFORE.search(text, max(0, start - 16), start)
    )
    key = fold_term(piece.removesuffix("'s").removesuffix("’s"))
    if not (of or staged or key in words) or _person(text, start, end):
        return False
    flag = lex.flag(key)
    listed = flag & _PEOPLE and not _medicine(flag)
    if of:
        # "no sign of Priya", "a loop of Keisha's texts": a listed name or town, or
        # anyone's belongings, after an everyday word
        owner = piece.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), end)
        return of.group("anatomy") is not None or (bool(_medicine(flag)) and not owner)
    if staged:
        # "stage Hurley II", not "Grade Liam 3" (a listed name: a Roman numeral only)
        numeral = r"[ \t]+[IVX]{1,4}\b" if listed else r"[ \t]+(?:[IVX]{1,4}|\d)\b"
        return re.match(numeral, text[end:]) is not None
    # the word before a head here; elsewhere only where a thing stands ("his Fontan",
    # "Chiari I"), not a subject ("Parkinson is our postman") or a guest ("with Konno"),
    # and no listed name or town after a thing's word ("Met Sam at the Bell")
    return (
        _HEAD_AFTER.match(text, end) is not None
        or not listed
        and _THING_BEFORE.search(text, max(0, start - 8), start) is not None
        or _THING_AFTER.match(text, end) is not None
    )


def _medicine(flag: int) -> bool:
    """A word the medical lists hold ("Gleason", "Hickman", "Dupuytren") is medicine
    before its head whatever name or town lists hold it too."""
    return bool(flag & (MEDICAL | DRUG))


def _person(text: str, start: int, end: int) -> bool:
    cue = _CUE_BEFORE.search(text, max(0, start - 16), start)
    if cue and cue.group(1).lower() in KIN | TITLES | _OTHER_CUES:
        return True
    return _SPEAKS_AFTER.match(text, end) is not None
