"""The words of a text for ``names``, each with what the passes over it need to know.

``NameFinder`` reads a text as a list of words (``_Tok``), classifies some of them and
then makes passes over them. What decides whether a pass needs to look at a word at all
depends on the word alone (its letters and the lexicon's flags for it), so it is worked
out once per distinct word, remembered with the word in ``_KEYS`` (which locking empties,
see ``app.memory``), and handed to the passes as a list of codes: each pass then visits
the few words that can open it, picked in C, instead of testing every word in Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.redact.lexicon import COMPANY, DICT_WORD, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.names_context import _STRONG_ORG, ORG_WORDS
from app.redact.names_cues import FUNCTION
from app.redact.normalise import fold_term
from app.redact.spans import Source, SpanType

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")
# WORD on an ASCII text, where a letter is [A-Za-z] and no "’" occurs: the same matches,
# found faster (a class of ranges, not a test of each character's category).
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*(?:-[A-Za-z]+)*")
_LISTED = FIRST | LAST | PLACE


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    key: str  # folded, possessive removed
    raw: str
    flags: int = 0
    zipf: float = 0.0
    kind: SpanType | None = None
    source: Source = Source.LEXICON
    uncertain: bool = False
    poss: bool = False  # followed by a possessive "'s" that is not part of ``key``
    near: bool = False  # the word before is near: at most 3 characters and no line break


def _tokens(text: str, lex: Lexicon) -> list[_Tok]:
    return _scan(text, lex)[0]


def _scan(text: str, lex: Lexicon) -> tuple[list[_Tok], list[int]]:
    """The words of ``text`` and, for each, whether ``NameFinder.find`` classifies it
    (see ``_code``). One ``split`` finds the words and the gaps between them in C (the
    same matches as ``finditer``; a word's offsets are the lengths before it), instead
    of three calls on a match per word."""
    toks: list[_Tok] = []
    codes: list[int] = []
    append, code = toks.append, codes.append
    known = _KEYS.get
    lexicon = Source.LEXICON
    parts = (_ASCII_SPLIT if text.isascii() else _WORD_SPLIT).split(text)
    pos = 0
    last = -9  # where the word before ends (its possessive left out): none yet
    for raw, gap in zip(parts[1::2], parts[0::2]):
        got = known(raw)
        if got is None or got[5] is not lex:
            got = _key_of(raw, lex)
        key, form, poss, flags, zipf, _, classify = got
        start = pos + len(gap)
        pos = start + len(raw)
        # _near's test, once per word: the gap to the word before (after its
        # possessive, which holds no line break) is short, on one line, and no number
        # stands in it ("my son 2 weeks ago": no "my son Weeks")
        near = start - last <= 3 and "\n" not in gap and not _HAS_DIGIT(gap)
        last = pos - 2 if poss else pos
        append(_Tok(start, last, key, form, flags, zipf, None, lexicon, False, poss, near))
        code(classify)
    return toks, codes


_WORD_SPLIT = re.compile(f"({WORD.pattern})")
_HAS_DIGIT = re.compile(r"\d").search
_ASCII_SPLIT = re.compile(f"({_ASCII_WORD.pattern})")
# _code's bits: classify the word where capitals carry information, and where not
_IF_MIXED, _IF_NOT_MIXED = 1, 2


# raw word -> (folded key without a possessive, raw form without it, possessive?, the
# key's lexicon flags and frequency, the lexicon they were read from, and _code): remembered
# across entries, since a post repeats most of its words.
_KEYS: dict[str, tuple[str, str, bool, int, float, Lexicon, int]] = {}


def _key_of(raw: str, lex: Lexicon) -> tuple[str, str, bool, int, float, Lexicon, int]:
    # an ASCII word folds to its lower case (WORD holds no space for fold_term to strip);
    # only the words with other letters ("Ōtaki", "Zanele’s") need the full fold
    low = raw.lower() if raw.isascii() else fold_term(raw)
    poss = low.endswith(("'s", "’s")) and len(low) > 3
    key, form = (low[:-2], raw[:-2]) if poss else (low, raw)
    flags, zipf = lex.flags.get(key, 0), lex.zipf.get(key, 0.0)
    code = _code(key, form, poss, flags, zipf) | word_code(key, form, flags, lex)
    got = (key, form, poss, flags, zipf, lex, code)
    if len(_KEYS) < 200_000:
        _KEYS[raw] = got
    return got


def _code(key: str, raw: str, poss: bool, flags: int, zipf: float) -> int:
    """Which modes ``NameFinder.find`` sends the word to ``_classify`` in: all but a
    word without a capital that ``_classify`` would mark nothing of (it depends on the
    word alone): an ordinary lower-case word where capitals mean something, and a
    function word or a single letter that is not medical."""
    if raw[0].isupper():
        return _IF_MIXED | _IF_NOT_MIXED
    if (key in FUNCTION or len(key) < 2) and not flags & MEDICAL:
        return 0
    if zipf >= 3.0 and not flags & _LISTED and not poss and raw[0].islower():
        return _IF_NOT_MIXED
    return _IF_MIXED | _IF_NOT_MIXED


# word_code's bits: the word can end an organisation's name where capitals carry
# information, and where they do not; it is a hyphenated pair of listed names
ORG_IF_MIXED, ORG_IF_PLAIN, HYPHEN_NAMES = 4, 8, 16


def word_code(key: str, raw: str, flags: int, lex: Lexicon) -> int:
    """Which passes of ``names_context`` the word (its key, raw form and flags) can
    open, which depends on the word alone: remembered with it in ``_KEYS``, so a pass
    visits those words only instead of testing every word of the text."""
    code = 0
    if raw[0].isupper():  # _titled
        if key in _STRONG_ORG or (flags & COMPANY and len(key) > 2 and not flags & DICT_WORD):
            code |= ORG_IF_MIXED | ORG_IF_PLAIN
        elif key in ORG_WORDS:
            code |= ORG_IF_MIXED
    if "-" in key:
        parts = key.split("-")
        listed = lex.flags
        if len(parts) == 2 and all(
            listed.get(p, 0) & (FIRST | LAST) and not listed.get(p, 0) & MEDICAL for p in parts
        ):
            code |= HYPHEN_NAMES
    return code
