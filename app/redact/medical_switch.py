"""A word swapped for a drug, or weighed against one, is a drug too.

"Moved from Testogel to Nebido", "switched from Advate three times a week to Hemlibra",
"swapped the Fostair for Trelegy", "is Zorvane any better than ibuprofen?", "naproxen
instead of Dermalin": people change one medicine for another and compare them, and
when one side is a drug the lists know, a word no list knows on the other side is its
replacement or its rival, not the town "from ... to" usually names. So is a word in a
list that a label of medicines opens ("My meds: Zorvane, Calmera and Dermalin"). Only a drug the lexicon flags
as one anchors the frame: a ward, a clinic or a service does not ("moved from ICU to
Derriford", "from physio to Kendal" keep their places).
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, FIRST, LAST, PLACE, Lexicon
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType

_REACH = 70
_GUESSED = (Source.UNKNOWN_WORD, Source.CONTEXT)
_OWNED = re.compile(r"['’]s?\b")
_CLAUSE_END = re.compile(r"[.!?;\n]")
# "from Testogel to ", "from the Fostair 200/6 onto ", "swapped Fostair for "
_DRUG_THEN = re.compile(
    r"(?:\bfrom|\b(?:switch|swap|chang|mov)\w*(?:\s+(?:me|him|her|them|us|over))?"
    r"(?:\s+from)?)\s+(?:the\s+|my\s+|his\s+|her\s+)?([A-Za-z][\w-]+)"
    r"(?:\s+[^\s.!?;]+){0,5}?\s+(?:to|onto|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Ibuprofen is better than Zorvane", "Naproxen instead of ", "Humira vs "
_DRUG_THAN = re.compile(
    r"\b([A-Za-z][\w-]+)\s+(?:(?:is|was|works|worked)\s+)?(?:(?:much|far|way|any)\s+)?"
    r"(?:(?:better|worse|stronger|weaker|gentler|easier|cheaper)\s+than|instead\s+of|"
    r"rather\s+than|vs\.?|versus|compared\s+(?:to|with))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_THAN_DRUG = re.compile(
    r"\s+(?:(?:is|was|works|worked)\s+)?(?:(?:much|far|way|any)\s+)?"
    r"(?:(?:better|worse|stronger|weaker|gentler|easier|cheaper)\s+than|instead\s+of|"
    r"rather\s+than|vs\.?|versus|compared\s+(?:to|with))\s+(?:the\s+)?([A-Za-z][\w-]+)",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|my\s+)?$", re.IGNORECASE)
# "[from X] three times a week to Hemlibra"
_THEN_DRUG = re.compile(
    r"(?:\s+[^\s.!?;]+){0,5}?\s+(?:to|onto)\s+(?:the\s+)?([A-Za-z][\w-]+)", re.IGNORECASE
)


def _drug(word: str, lex: Lexicon) -> bool:
    flag = lex.flag(fold_term(word))
    return bool(flag & DRUG) and not flag & (FIRST | LAST | PLACE) and not word.isupper()


# Words each frame needs in its window: where none is, its regex is not tried (these
# run for every guessed name of the text).
_THEN_WORDS = ("from", "switch", "swap", "chang", "mov")
_THAN_WORDS = ("than", "instead", "vs", "versus", "compared")


def switched_drug(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the word at ``start:end`` is what a listed drug was changed to or from,
    or what it is weighed against."""
    lo = max(0, start - _REACH)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    lo = ends[-1] if ends else lo
    before = text[lo:start].lower()
    if any(w in before for w in _THEN_WORDS):
        m = _DRUG_THEN.search(text, lo, start)
        if m is not None and _drug(m.group(1), lex):
            return True
    if any(w in before for w in _THAN_WORDS):
        m = _DRUG_THAN.search(text, lo, start)
        if m is not None and _drug(m.group(1), lex):
            return True
    after = text[end : end + 40].lower()
    if any(w in after for w in _THAN_WORDS):
        m = _THAN_DRUG.match(text, end)
        if m is not None and _drug(m.group(1), lex):
            return True  # "Is Zorvane any better than ibuprofen?"
    if "from" not in before[-12:] or not _FROM_BEFORE.search(text, max(lo, start - 10), start):
        return False
    nxt = _CLAUSE_END.search(text, end, end + _REACH)
    then = _THEN_DRUG.match(text[: nxt.start() if nxt else end + _REACH], end)
    return then is not None and _drug(then.group(1), lex)


# A list under a label of medicines: "My meds: Zorvane, Calmera and Dermalin", "tried
# everything (Zorvane, Calmera)", "meds are Zorvane/Calmera".
_LABELLED_LIST = re.compile(
    r"\b(?:meds|medications?|medicines?|tablets|pills|drugs|prescriptions|regimen|regime|"
    r"supplements|inhalers|creams|tried\s+everything)"
    r"\s*(?:are|were|is|now|include|including|like|such\s+as)?\s*[:(\-–]?\s*"
    r"(?:[A-Za-z][\w-]*(?:\s+\d+(?:\.\d+)?\s*(?:mg|mcg|ml)?)?\s*(?:,|/|\+|&|\band\b|\bor\b)"
    r"\s*){0,6}$",
    re.IGNORECASE,
)


_LABELS = (
    "med",
    "tablets",
    "pills",
    "drugs",
    "prescriptions",
    "regim",
    "supplements",
    "inhalers",
    "creams",
    "everything",
)
# Every word one of the frames here needs: a text with none of them holds no such frame.
SWITCH_HINTS = _THEN_WORDS + _THAN_WORDS + _LABELS


def labelled_list(text: str, start: int) -> bool:
    """Whether the word at ``start`` is in a list a label of medicines opens."""
    lo = max(0, start - _REACH)
    window = text[lo:start].lower()
    if not any(w in window for w in _LABELS):
        return False
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    return _LABELLED_LIST.search(text, ends[-1] if ends else lo, start) is not None


def switched_span(span: Span, text: str, lex: Lexicon) -> bool:
    """A guessed name or place of one capitalised word no name list holds, that a
    listed drug was changed to or from (``switched_drug``) or that a list of medicines
    holds (``labelled_list``)."""
    if span.type not in (SpanType.NAME, SpanType.PLACE) or span.source not in _GUESSED:
        return False
    word = span.text.strip()
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    if lex.flag(fold_term(word)) & (FIRST | LAST) or _OWNED.match(text, span.start + len(word)):
        return False
    return labelled_list(text, span.start) or switched_drug(
        text, span.start, span.start + len(word), lex
    )
