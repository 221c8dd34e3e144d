"""Employers as the subject of what employers do: "Amazon let me go", "Northgate have
been brilliant", "Kingsway sacked me", "made redundant by Harlow Print".

No preposition stands before such a name, so the finders that read "work at" or
"shift at" miss it; the verb says who it is. Two shapes:

- a name before a verb only an employer does to its staff: "let me go", "sacked me",
  "laid us off", "made me redundant", "took me back on", "kept me on", "pay per
  parcel", and the same verbs in the passive before "by"/"from";
- a name in the singular before a plural verb and what an employer is or does
  ("Tesco have been good about it", "Hermes are useless", "Northgate have put me on
  nights"): British writers give organisations plural verbs, never people or things.

The name opens a clause (not "the side effects of Zelvoxa are awful", where a
preposition makes it no subject) and is one to three capitalised words, none a
function word, day, kin word, medicine or a person's given name alone; a single
everyday word ("Work have been good", "School were fine") or a plural noun
("Doctors have said") is no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from app.redact.employers_listed import chain_names
from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN, TEXTSPEAK
from app.redact.spans import Source, Span, SpanType

_THEM = r"(?:me|us|him|her|them|my\s+\w+)"
_DONE_TO_STAFF = re.compile(
    rf"[ ](?:lets?[ ]{_THEM}[ ]go|sacked[ ]{_THEM}|fired[ ]{_THEM}|laid[ ]{_THEM}[ ]off|"
    rf"made[ ]{_THEM}[ ]redundant|took[ ]{_THEM}[ ](?:back[ ])?on|kept[ ]{_THEM}[ ]on|"
    rf"hired[ ]{_THEM}|pay[ ](?:per|by[ ]the|minimum)|paid[ ]{_THEM}[ ]off)\b"
)
_PLURAL_VERB = re.compile(
    r"[ ](?:have|are|were|haven['’]?t|aren['’]?t|weren['’]?t)[ ](?:(?:been|now|just|finally|"
    r"already|still|really|so)[ ])*(?:good|great|brilliant|awful|rubbish|terrible|"
    r"supportive|understanding|decent|useless|amazing|helpful|fine|put|given|offered|"
    r"refused|agreed|told|asked|sent|moved|cut|stopped|paid|changed|docked|suspended)\b"
)
_PASSIVE = re.compile(
    r"\b(?:sacked|fired|let[ ]go|laid[ ]off|made[ ]redundant|dismissed)[ ](?:by|from)[ ]"
    r"(?:the[ ])?([A-Z][\w&'’-]*(?:[ ][A-Z][\w&'’-]*){0,2})"
)
# Where a subject begins: a sentence or clause start, a conjunction, a determiner. After
# a preposition the name is no subject ("the side effects of Zelvoxa are awful").
_CLAUSE_START = re.compile(
    r"(?:^|[.!?;:,(\n\"“]\s*|\b(?:and|but|so|then|because|cos|my|our|the|also|plus|now|"
    r"even|honestly|tbh)\s+)$",
    re.IGNORECASE,
)
_RUN_BEFORE = re.compile(r"([A-Z][\w&'’-]*(?:[ ][A-Z][\w&'’-]*){0,2}?)(?:['’]s)?$")
_EVERYDAY = 4.0  # a single word this frequent is the word ("Work", "School", "Amazon")
_NOT_NAMES = frozenset("work school uni college home hr management job boss".split())


_GATES = (
    (_DONE_TO_STAFF, frozenset("let lets sacked fired laid made took kept hired pay paid".split())),
    (_PLURAL_VERB, frozenset("have are were haven aren weren havent arent werent".split())),
)


def find(text: str, tokens: AbstractSet[str], lex: Lexicon) -> Iterator[Span]:
    """Employers before what employers do; ``tokens`` are the text's lower-case words,
    to skip a shape whose verbs are absent."""
    for regex, gate in _GATES:
        if tokens.isdisjoint(gate):
            continue
        plural = regex is _PLURAL_VERB
        for m in regex.finditer(text):
            run = _RUN_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if run is None:
                continue
            words = _trimmed(run.group(1).split())
            if not words or not _name(words, lex, plural=plural):
                continue
            end = run.start(1) + len(run.group(1))
            start = end - len(" ".join(words))
            if _CLAUSE_START.search(text, max(0, start - 12), start):
                yield _span(text, start, end)
    if not tokens.isdisjoint(("by", "from")):
        for m in _PASSIVE.finditer(text):
            words = _trimmed(m.group(1).split(), leading=False)
            if words and _name(words, lex, plural=False):
                start = m.start(1)
                yield _span(text, start, start + len(" ".join(words)))


def _trimmed(words: list[str], *, leading: bool = True) -> list[str]:
    """The run less the function words before it ("My Tesco") or after it."""

    def plain(w: str) -> bool:
        key = w.lower().strip("'’")
        return key in FUNCTION or key in CLOSED_CLASS or key in TEXTSPEAK or w == "I"

    while leading and words and plain(words[0]):
        words = words[1:]
    while words and plain(words[-1]):
        words = words[:-1]
    return words


def _name(words: list[str], lex: Lexicon, *, plural: bool) -> bool:
    for word in words:
        key = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
        if key in CALENDAR or key in KIN or lex.flags.get(key, 0) & (MEDICAL | DRUG):
            return False
    if len(words) > 1:
        return any(_rare(w, lex) for w in words)
    word = words[0]
    key = word.lower().strip("'’")
    flags = lex.flags.get(key, 0)
    if key in _NOT_NAMES or word.isupper() and len(word) <= 3 and key not in chain_names():
        return False
    if flags & FIRST and not flags & (LAST | PLACE):
        return False  # "Dave sacked me": a person, left to the name finders
    if key.endswith("s") and lex.zipf.get(key[:-1], 0.0) >= 3.0:
        return False  # "Doctors have said", "Nurses were lovely": a plural noun
    return _rare(word, lex)


def _rare(word: str, lex: Lexicon) -> bool:
    key = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
    return lex.zipf.get(key, 0.0) < _EVERYDAY or key in chain_names()


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, SpanType.EMPLOYER, Source.CONTEXT, 0.6, text[start:end], True)
