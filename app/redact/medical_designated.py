"""A guess inside a designated kind is medicine: "Vitamin D", "Hepatitis B", "Type II".

A word and the letter or numeral that names its kind ("Influenza A", "Factor V") look
like a name and an initial to the name finders, and the unknown-word net guesses the
letter, or a word grown off it ("Vitamin D research"), a person. Only a closed list of
words designate, so this is a list and one regex, asked by ``medical_shapes.unknown_drug``
first; kept apart as it reads no lexicon and no person cue, only the designating word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from app.redact.names_cues import TITLES
from app.redact.spans import Span
from app.redact.windows import word_starts

# A word and the letter or numeral that designates its kind, ending the phrase:
# "Vitamin D", "Influenza A", "Hepatitis B", "Type II", "Factor V" (not "John D Rockefeller",
# "Hepatitis B Foundation": a capitalised word after makes it a name). Only a closed
# list of words designate: "Dr Goodwill T" and "saw Priya K" are a name and an initial.
_DESIGNATING = frozenset(
    """vitamin vitamins vit hep hepatitis type factor influenza flu grade stage class
    strep streptococcus group phase blood covid omega protein plan part haemophilia
    hemophilia coxsackie herpes cluster collagen immunoglobulin antithrombin
    apolipoprotein apo complex tier schedule level variant lineage serotype genotype
    subtype hla rhesus rh antigen antibody meningitis meningococcal botulinum toxin
    lipoprotein adenovirus enterovirus parainfluenza cox kell duffy""".split()
)
DESIGNATING = _DESIGNATING  # for ``medical_kinds_more``'s cheap signs
_DESIGNATION = re.compile(
    rf"\b((?i:{'|'.join(sorted(_DESIGNATING, key=len, reverse=True))}))"
    r"\s+(?:[A-Z]|I{1,3}|IV|VI{0,3})\b(?![-'’]|\s+[A-Z][a-z])(?!\.\s*[A-Z][a-z])"
)
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")


def designated(span: Span, text: str) -> bool:
    """A guess inside a designated kind ("my job at Vitamin D clinic"): medicine (the
    designating words are a closed list)."""
    lo = max(0, span.start - 16)
    # a designating word opens each match, which must start by the guess's start: where
    # none starts in reach, no match can be the guess's (most guesses)
    starts = word_starts(text, _DESIGNATING)
    if starts is not None and bisect_right(starts, span.start) == bisect_left(starts, lo):
        return False
    for m in _DESIGNATION.finditer(text, lo, min(len(text), span.end + 16)):
        inside = span.end <= m.end() or text[m.end() : span.end].islower()
        if m.start() <= span.start < m.end() and inside:  # "D research" grown off "Vitamin D"
            title = _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            return title is None or title.group(1).lower() not in TITLES  # "Dr Stage B"
    return False
