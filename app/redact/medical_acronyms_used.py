"""Abbreviations that are medicine by how they are used, whether a list holds them or not.

``medical_acronyms`` knows the abbreviations it lists. New ones arrive with every
regimen, scale and subtype ("BPaL", "MSA-P", "SOREMPs"), and writers make their
meaning plain:

- they spell it out beside it, in brackets or after a comma: "multiple system atrophy
  (MSA-P)", "HLH (haemophagocytic lymphohistiocytosis)", "BPaL, that is bedaquiline,
  pretomanid and linezolid": the capitals are the initials of a phrase holding a
  medical word, or of the drugs listed;
- they count it in the plural: "4 SOREMPs", "new AFOs" (a kind of thing, no one's name);
- they list a lab's short name with other labs: "CRP, albumin, Hb.".

The name nets read such capitals as a place or a firm. A phrase that holds an
organisation's word ("Pancreatic Cancer Action Network (PanCAN)") names a firm and
stays one, and so does an abbreviation after a person cue.
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, FIRST, MEDICAL, Lexicon
from app.redact.medical_acronyms import acronym, acronyms
from app.redact.medical_labs import LAB_NAMES
from app.redact.medical_nouns import medical_noun
from app.redact.normalise import fold_term
from app.redact.person_cue import person_cue_before
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’]*")
# Words a spelled-out phrase skips in its initials ("Acceptance and Commitment Therapy").
_SKIPPED = frozenset("of and the & for in with on to a an de der die das und".split())
# Words that make a spelled-out phrase an organisation's name.
_ORG_WORDS = frozenset(
    """society foundation network action trust association group hospital hospitals
    clinic clinics centre center service services council institute alliance fund
    programme program charity union board agency department authority uk usa
    international research partnership coalition campaign care support now helpline
    line ireland canada australia scotland wales england cymru victoria ontario
    queensland tasmania zealand india africa""".split()
)
# "that is", "i.e.", "=", ":" before a spelled-out list of drugs.
_SPELLED_AFTER = re.compile(r"[ \t]*(?:,[ \t]*)?(?:that[ \t]+is|i\.?e\.?|=|:|-|–|\()[ \t]*,?")
_MARKS = frozenset("=:-–(")  # what may open a gloss after the abbreviation
_SPELLERS = ("that is", "i.e", "ie ")
# Capitals in the plural ("SOREMPs", "AFOs", "PICCs"); not a family ("the two McGraths").
_PLURAL = re.compile(r"[A-Z][A-Z0-9]{1,6}[a-z]?s")
_COUNT_BEFORE = re.compile(
    r"(?:\b\d+|\b(?:two|three|four|five|six|several|many|multiple|new|more|some|few|"
    r"my|his|her|their|our))[ \t]+$",
    re.IGNORECASE,
)
_LISTED_BEFORE = re.compile(r"([A-Za-z][\w-]*)[ \t]*(?:,|\band\b|\bplus\b|&|/)[ \t]*$")


def acronym_used(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guessed name, place or organisation is an abbreviation used as medicine
    (see above)."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    piece = span.text.strip(" .,;:!?()")
    if " " in piece or len(piece) > 12 or len(piece) < 2:
        return False
    capitals = not piece[1:].islower() and sum(1 for c in piece if c.isupper()) >= 2
    if not capitals and not (piece in acronyms()[0] or piece.lower() in LAB_NAMES):
        return False  # most guesses: one capital, and no listed lab written so
    start = span.start + span.text.find(piece)
    end = start + len(piece)
    if person_cue_before(text, start):
        return False
    if capitals and _spelled_out(piece, text, start, end, lex):
        return True
    if (
        capitals
        and _PLURAL.fullmatch(piece)
        and _COUNT_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True  # "4 SOREMPs", "new AFOs"
    return _listed_lab(piece, text, start, lex)


def _initials(piece: str) -> str:
    """The capitals of an abbreviation before a subtype's hyphen ("MSA" of "MSA-P")."""
    head = piece.split("-")[0] if len(piece.split("-")[0]) >= 2 else piece
    return "".join(c for c in head if c.isupper() or c.isdigit()).lower()


def _spelled_out(piece: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    before_mark = text[max(0, start - 3) : start].rstrip()[-1:]
    after = text[end : end + 12].lstrip(" \t,")
    if before_mark != "(" and after[:1] not in _MARKS and not after.startswith(_SPELLERS):
        return False  # no bracket or gloss beside it: most abbreviations
    letters = _initials(piece)
    if not 2 <= len(letters) <= 6 or not letters.isalpha():
        return False
    before = text[max(0, start - 90) : start].rstrip()
    if before.endswith("("):
        words = [w for w in _WORD.findall(before[:-1]) if w.lower() not in _SKIPPED]
        if _phrase(words[-len(letters) :], letters, lex):
            return True  # "multiple system atrophy (MSA-P)"
    after = text[end : end + 120]
    tail = after[after.find("(") + 1 :] if after.lstrip(" -–").startswith("(") else ""
    if tail:
        inside = tail.split(")")[0]
        words = [w for w in _WORD.findall(inside) if w.lower() not in _SKIPPED]
        if _phrase(words[: len(letters)], letters, lex):
            return True  # "HLH (haemophagocytic lymphohistiocytosis)"
    spelled = _SPELLED_AFTER.match(text, end)
    if spelled is None:
        return False
    drugs = [
        w
        for w in _WORD.findall(text[spelled.end() : spelled.end() + 90])[: len(letters) + 3]
        if lex.flag(fold_term(w)) & DRUG
    ]
    return "".join(w[0].lower() for w in drugs[: len(letters)]) == letters  # "BPaL, that is ..."


def _phrase(words: list[str], letters: str, lex: Lexicon) -> bool:
    """Words whose initials are ``letters``, one a medical word and none an
    organisation's."""
    if len(words) != len(letters) or "".join(w[0].lower() for w in words) != letters:
        return False
    keys = [fold_term(w) for w in words]
    if any(k in _ORG_WORDS for k in keys):
        return False
    return any(lex.flag(k) & (MEDICAL | DRUG) or medical_noun(k) for k in keys)


def _listed_lab(piece: str, text: str, start: int, lex: Lexicon) -> bool:
    """A lab's short name listed after another lab or medical word ("CRP, albumin, Hb")."""
    if piece.lower() not in LAB_NAMES or lex.flag(fold_term(piece)) & FIRST:
        return False
    m = _LISTED_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    prev = m.group(1)
    key = fold_term(prev)
    return key in LAB_NAMES or acronym(prev) or bool(lex.flag(key) & (MEDICAL | DRUG))
