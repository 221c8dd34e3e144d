"""Surnames of two letters: "Ng", "Wu", "Li", "Yu", "Oh".

Chinese, Korean and Vietnamese surnames are often two letters long, and the name
finders pass over so short a word (most two-letter words are function words, units or
codes). A careful reader takes one as a person in three frames:

- after a title, in any case: "dr ng upped my gabapentin", "Dr. Oh", "nurse Wu";
- written with its capital as the subject of a person's verb, with at most a place of
  work between: "Ng at the surgery said", "Wu reckons", "Yu thinks";
- written with its capital after a word of company: "a chat with Ng", "mit Li
  telefoniert", "thanks to Xu".

Those that are also English words or interjections ("Oh", "Ho", "Ma", "Do") count only
after a title or right before a verb of speaking ("Oh said to keep taking it"); "Li"
with a number or "levels" after it is lithium.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.spans import Source, Span, SpanType


def _title_cased(alternation: str) -> str:
    return "|".join(w.title() for w in alternation.split("|"))


# Two-letter surnames no English sentence uses as a word.
_PLAIN = "ng|wu|xu|vo|lu|hu|yu|li|ly|yi|ji|ko"
# Two-letter surnames that are also English words or sounds.
_WORDS = "oh|ho|lo|ma|do|ha|ye|im|an|au|bo|go"
_TITLE = (
    r"(?:dr|dr\.|doc|doctor|prof|prof\.|professor|nurse|sister|sr|sr\.|mr|mr\.|mrs|mrs\.|ms|"
    r"ms\.|miss|frau|herr|herrn)"
)
_BY_TITLE = re.compile(rf"\b(?i:{_TITLE})\s+((?i:{_PLAIN})|{_title_cased(_WORDS)})\b(?![\w'’-])")
_SPEAKS = (
    r"(?:said|says|reckons|reckoned|thinks|thought|told|tells|wants|wanted|asked|asks|"
    r"explained|mentioned|agreed|suggested|recommended|prescribed|upped|increased|reduced|"
    r"rang|called|texted|emailed|sent|referred|meint|sagt|sagte|hat|meinte)"
)
_SUBJECT = re.compile(
    rf"(?<![\w'’.-])({_title_cased(_PLAIN)}|{_title_cased(_WORDS)})"
    rf"(?:\s+(?:at|from|in)\s+(?:the\s+)?[\w-]+)?\s+({_SPEAKS})\b"
)
_COMPANY = re.compile(
    rf"\b(?:with|to|from|and|by|mit|von|bei|und|thanks\s+to|thank)\s+"
    rf"(?-i:({_title_cased(_PLAIN)}))\b(?![\w'’-])(?!\s*(?:\d|levels?|level\b|carbonate|ions?))",
    re.IGNORECASE,
)
_PLAIN_SET = frozenset(_PLAIN.split("|"))


def find(text: str) -> Iterator[Span]:
    """NAME spans for two-letter surnames and initials in a person's frame (see above)."""
    yield from _surnames(text)
    yield from _initials(text)


def _surnames(text: str) -> Iterator[Span]:
    for m in _BY_TITLE.finditer(text):
        yield _span(m.start(1), m.end(1), text)
    for m in _SUBJECT.finditer(text):
        word = m.group(1).lower()
        if word in _PLAIN_SET or m.group(2) in _SPOKEN and m.end(1) + 1 == m.start(2):
            yield _span(m.start(1), m.end(1), text)
    for m in _COMPANY.finditer(text):
        yield _span(m.start(1), m.end(1), text)


def _initials(text: str) -> Iterator[Span]:
    for regex in (_LETTERS_AFTER_KIN, _LETTERS_SUBJECT):
        for m in regex.finditer(text):
            if m.group(1) not in _NOT_INITIALS:
                yield _span(m.start(1), m.end(1), text)


# Initials without dots standing for a person: after a partner's or relative's word
# ("DH K has started CPAP", "my ex T.", "OH D"), or opening a sentence before a person's
# verb or "from group" ("JJ took me to A&E", "PJ from group said").
_LETTERS_AFTER_KIN = re.compile(
    r"(?:(?<![\w-])(?:DH|OH|DP|DW|BF|GF)|\b(?i:my\s+(?:ex|bf|gf|partner|husband|hubby|wife|friend|"
    r"mate|sister|brother|son|daughter|boyfriend|girlfriend)))\s+([A-Z]{1,2})\.?(?![\w&'’])"
    r"(?!\s+[A-Z]{2,}\b)"  # "OH MY GOD": shouting, no initial
)
_LETTERS_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z]{1,2})\s+(?:took|drove|rang|texted|came|"
    r"picked|brought|has\s+started|from\s+(?:the\s+)?(?:group|work|church|forum))\b"
)
# One or two capitals that are never a person's initials.
_NOT_INITIALS = frozenset(
    """I A GP OT PT ED ER UK US OK DH OH DS DD DP DW BF GF MS ME RA CF OB HV LO IT HR PA MD
    DO RN TV PC IV NG CT UC AF ID PE TB AE NP SW TA LA MP DN ENT PS NB AM PM OR SO BP MY HB
    XR NO HI UP GO TO IN ON AT IS IT BE WE HE DR MR ST MT RD XX OMG LOL""".split()
)


# Verbs of speaking that make even "Oh" a person right before them.
_SPOKEN = frozenset("said says reckons thinks told asked explained".split())


def framed(span: Span, text: str) -> bool:
    """Whether ``span`` is a two-letter surname this module took in a person's frame
    ("a chat with Ng": NG is also a nasogastric tube, which the medicine rules know)."""
    if span.type is not SpanType.NAME or span.end - span.start > 2:
        return False
    return any(s.start == span.start for s in _surnames(text))


def _span(start: int, end: int, text: str) -> Span:
    return Span(start, end, SpanType.NAME, Source.CONTEXT, 0.7, text[start:end], True)
