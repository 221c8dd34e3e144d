"""How unexplained a capitalised word is, for the unknown-word net (``names_unknown``).

The net redacts a capitalised word only when no list explains it. This module says how
sure that is, from the lexicon alone or from the few words before: ``RARE`` for a word
too rare to be a word at all, or said to be a name ("called Hope"); ``COMMON`` for a
common proper noun ("British", "Amazon") or a listed word that the words before make a
place or a firm ("moved to Reading", "I work at Boots"); 0 for a word that is explained.
Kept apart from the net's vetoes because each tier is a fact about the word and its
cue, asked once per word, while the vetoes look at the sentence around it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from app.redact import names_guess
from app.redact.lexicon import (
    COMPANY,
    COUNTRY,
    DICT_WORD,
    DRUG,
    DRUG_OR_NAME,
    FIRST,
    LAST,
    MEDICAL,
    PLACE,
    REGION,
    STREET,
    Lexicon,
)
from app.redact.names_context import medical_shape
from app.redact.names_unknown_classes import KNOWN_OR_OPENER, code_shaped
from app.redact.normalise import fold_term

RARE, COMMON = 1, 2
_RARE_ZIPF = 2.0  # rarer than this, a capitalised word is unknown whatever it is
_BAD = DICT_WORD | MEDICAL | DRUG | DRUG_OR_NAME | COUNTRY | REGION | STREET | COMPANY
# What no grown name and no headed place may hold: "Bad Neuenahr" grows, "Lyrica
# Smith" does not.
GROW_STOP = MEDICAL | DRUG | COUNTRY | REGION
# A cue of work before a word: "I work at Boots", "cashier for the Co-op".
WORK_BEFORE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|job|jobs|boss|manager|employer|employed|shifts?|hired|"
    r"fired|sacked|interview(?:ed)?|intern(?:ship)?|contract(?:ed)?|colleagues?|"
    r"cowork(?:er)?s?|HR|redundant|retired|teacher|nurse|cashier|driver)\b"
    r"[^.!?\n]{0,24}\b(?:at|for|with|from|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("es", ""),
    ("s", ""),
    ("ly", ""),
    ("ally", ""),
    ("er", ""),
    ("ers", ""),
    ("est", ""),
    ("ness", ""),
    ("ment", ""),
    ("ful", ""),
)


@cache
def _common_proper() -> frozenset[str]:
    text = resources.files("app.redact.data").joinpath("proper_words_common.txt")
    lines = text.read_text("utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def unexplained(key: str, lex: Lexicon) -> int:
    """No list explains the word: ``RARE`` if it is too rare to be a word or a proper
    noun of the rarer tiers, ``COMMON`` if a common proper noun, else 0."""
    if lex.flag(key) & _BAD:
        return 0
    return _unexplained_at(key, lex.zipf_of(key), lex)


def _unexplained_at(key: str, zipf: float, lex: Lexicon) -> int:
    """``unexplained`` of a word none of whose flags is ``_BAD``, of frequency ``zipf``
    (asked once by the caller)."""
    if zipf < _RARE_ZIPF:
        return 0 if _inflected_english(key, lex) or medical_shape(key) else RARE
    if names_guess.rare_proper(key):
        return 0 if medical_shape(key) else RARE
    return COMMON if key in _common_proper() else 0


def word_tier(text: str, start: int, word: str, lex: Lexicon, named: bool) -> tuple[int, str]:
    """``word``'s key and its tier (``unexplained`` or ``cued``), 0 for an acronym, a
    code (``code_shaped``) or a word of a known class: the checks in one call, most
    words settled by a set or dict lookup. ``named``: whether the text may hold a
    "called"/"named" cue (``NAMED_WORDS``)."""
    if word.isascii():  # code_shaped in line: an ASCII capital opens it, so it is no
        # code only with a small letter ("not word.isupper()")
        if word[1].isupper() or word[-1].isupper() or word.isupper():
            return 0, ""  # acronyms and codes ("TAVI", "DMs", "HbF") are no one
        if "-" in word:
            parts = word.split("-")
            if len(parts[0]) == 1 or any(p[:1].islower() for p in parts):
                return 0, ""  # "G-tube", "Mandarin-speaking"
        key = word.lower()
    elif code_shaped(word):
        return 0, ""
    else:
        key = fold_term(word)
    known = KNOWN_OR_OPENER
    if key in known or "-" in key and all(p in known for p in key.split("-")):
        return 0, key  # "Thursdays", "Mon-Wed-Fri"
    flags = lex.flags.get(key, 0)
    # unexplained is 0 for a listed word, and cued only for a word said to be a name
    # ("called Hope", only where such a cue is in the text) or a place or medical word;
    # the word's flags and frequency are looked up once here for both
    zipf: float | None = None  # not looked up yet
    if flags & _BAD:
        tier = 0
    else:
        zipf = lex.zipf.get(key, 0.0)
        tier = _unexplained_at(key, zipf, lex)
    if not tier and (
        flags & _CUED_LISTED and not flags & _NOT_CUED or named and not flags & (MEDICAL | DRUG)
    ):
        tier = cued(text, start, key, lex, flags, zipf)
    return tier, key


def cued(
    text: str,
    start: int,
    key: str,
    lex: Lexicon,
    flags: int | None = None,
    zipf: float | None = None,
) -> int:
    """A listed word that the words before make a name, a place or a firm: said to be a
    name ("called Hope"), a town that is also a word after travelling ("moved to
    Reading"), a shop or clinic brand after a work cue ("I work at Boots"). ``flags``
    and ``zipf``: the word's, if the caller looked them up."""
    if flags is None:
        flags = lex.flag(key)
    if (
        not flags & (MEDICAL | DRUG)
        and _NAMED_BEFORE.search(text, max(0, start - 16), start) is not None
    ):
        return RARE  # "a nurse called Hope and", "my cat's named Frank": said to be a name
    if not flags & (PLACE | MEDICAL) or flags & (DRUG | COUNTRY | REGION | STREET):
        return 0
    if (zipf if zipf is not None else lex.zipf_of(key)) > 5.5:
        return 0
    if flags & PLACE and not flags & MEDICAL and names_guess.travel_before(text, start):
        return COMMON
    before = text[max(0, start - 40) : start]
    return COMMON if flags & MEDICAL and WORK_BEFORE.search(before) else 0


# ``cued`` past its "called"/"named" cue: only a place or medical word that is no drug,
# country, region or street can be cued by the words before.
_CUED_LISTED = PLACE | MEDICAL
_NOT_CUED = DRUG | COUNTRY | REGION | STREET
_NAMED_BEFORE = re.compile(
    r"\b(?:called|named|nicknamed|name is|name['’]s|names are|goes by|known as)\s+$", re.I
)
# The whole first word of each of its cues (after a ``\b``): a text holding none of
# them as a token cannot match it (see ``windows_at.may_hold``).
NAMED_WORDS = frozenset(["called", "named", "nicknamed", "name", "names", "goes", "known"])


def _inflected_english(key: str, lex: Lexicon) -> bool:
    """An English word the lemma dictionary lacks: "Started", "Teaching", "Originally"."""
    for tail, repl in _INFLECTIONS:
        if key.endswith(tail) and len(key) - len(tail) >= 3:
            base = key[: -len(tail)] + repl
            if _english(base, lex):
                return True
            if tail in ("ing", "ed") and len(base) >= 4 and base[-1] == base[-2]:
                if _english(base[:-1], lex):
                    return True  # "Stopped", "Running"
    return False


def _english(word: str, lex: Lexicon) -> bool:
    """A common word that is no proper noun and no name or place."""
    return (
        lex.zipf_of(word) >= 3.0
        and not lex.flag(word) & (FIRST | LAST | PLACE)
        and not names_guess.rare_proper(word)
        and word not in _common_proper()
    )
