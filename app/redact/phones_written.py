"""Phone numbers as people write the front of them: the base pattern takes the groups
it knows and leaves the rest readable in the post.

- a country code before a one-digit area code: "+61 3 9555 1294", "+64 21 555 7304";
- the trunk zero in brackets: "+46 (0)8 928 571 38";
- North America's leading 1: "1-888-555-0190", "1 (866) 555-0188";
- the German slash after the area code: "0171 / 234 56 78", "0561/473 92 10";
- a subscriber number of seven or eight digits after a zero-led area code:
  "0393 1144137", "0961-7596216";
- any number with its extension: "0113 496 0581 extension 2231", "Durchwahl 12";
- a North American number with slashes or a separator left out: "201/324/1423",
  "202 2671093", "240444-1243" (area code and exchange never open with 0 or 1, and
  never end in "11"); a unit after it makes the slashes a dose schedule ("Keppra went
  250/500/1000 mg", "vitamin D 800/800/2000 IU"), and so does a drug or a word of
  dosing just before ("Keppra 250/500/1000 over three weeks", "dose 400/600/1200").

Each shape is one the base pattern misses or cuts; a wider span found here joins the
narrower one when spans are merged, so the whole number goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import DRUG, default_lexicon
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Started
from app.redact.windows_at import digit_starts
from app.redact.windows_tokens import lowered

_EXT = r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,5})?"
_GROUPS = r"(?:[\s.-]{1,2}\d{2,8}){1,4}"
WRITTEN = re.compile(
    r"(?<![\w/.+-])(?:"
    # +CC, an optional (0), then a short area code
    r"\+\d{1,3}[\s.-]?(?:\(0\)\s?)?\d{1,4}" + _GROUPS + "|"
    # the leading 1 of a North American number
    r"1[\s.-]?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}|"
    # German "0171 / 234 56 78"
    r"0\d{2,5}\s?/\s?\d{2,8}(?:[\s-]\d{1,8}){0,3}|"
    # zero-led area code, then one long subscriber group
    r"0\d{2,4}[\s-]\d{7,8}|"
    # a North American number with slashes or a separator missing: "201/324/1423",
    # "202 2671093", "240444-1243"
    r"(?!\d11)[2-9]\d{2}(?:/(?!\d11)[2-9]\d{2}/|\s(?!\d11)[2-9]\d{2}|(?!\d11)[2-9]\d{2}-)\d{4}"
    r")" + _EXT + r"(?![\w/]|[.,]\d)",
    re.IGNORECASE,
)
# Any number with an extension after it: "0113 496 0581 extension 2231", "Durchwahl".
WITH_EXTENSION = re.compile(
    r"(?<![\w+])(?:\+|\()?\d[\d ().-]{5,18}\d\s*,?\s*"
    r"(?:x|ext\.?|extension|durchwahl|dw\.?)\s?-?\d{1,5}(?!\w|[.,]\d)",
    re.IGNORECASE,
)

# Tried only where a number can open (a "+", a bracket or a run of digits), for the
# same matches as the regexes' own finditer (see ``windows.Started``).
_WRITTEN_FAST = Started(WRITTEN, r"[+(]|\d+")
_WITH_EXTENSION_FAST = Started(WITH_EXTENSION, r"[+(]|\d+")
# A unit after a run of numbers: a dose or its schedule, never a phone number.
_UNIT_AFTER = re.compile(
    r"\s*(?:mg|mcg|µg|ug|g|ml|iu|units?|u|tabs?|tablets?|caps?|capsules?|puffs?|mmol|%)"
    r"(?![a-z])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w-]*")
_CLAUSE_BREAK = re.compile(r"[.!?;:(\n]")
_DOSING = frozenset("dose doses dosed dosing titrated titrating tapered stepped".split())


def _dosed_before(text: str, start: int) -> bool:
    """A drug or a word of dosing among the three words before ``start`` in its clause:
    "Keppra went 250/500/1000", "dose 400/600/1200" are steps of a dose ("Humira day.
    Call 201/324/1423" is a phone)."""
    lex = default_lexicon()
    before = _CLAUSE_BREAK.split(text[max(0, start - 30) : start])[-1]
    for word in _WORD.findall(before)[-3:]:
        if word.lower() in _DOSING or lex.flag(fold_term(word)) & DRUG:
            return True
    return False


def find(text: str) -> Iterator[Span]:
    """PHONE spans for the shapes above; nothing where the text has fewer than two
    numbers (a cheap gate: most entries have one or none)."""
    if len(digit_starts(text)) < 2:
        return  # every shape here has two groups of digits or more
    low = lowered(text)
    extension = " x" in low or "ext" in low or "durchwahl" in low or " dw" in low
    for regex in (_WRITTEN_FAST, _WITH_EXTENSION_FAST if extension else None):
        for m in regex.finditer(text) if regex is not None else ():
            digits = sum(c.isdigit() for c in m.group())
            if not 8 <= digits <= 20 or _UNIT_AFTER.match(text, m.end()):
                continue
            if m.group()[0] in "23456789" and "/" in m.group() and _dosed_before(text, m.start()):
                continue  # a North American slashed shape after a drug: dose steps
            yield Span(m.start(), m.end(), SpanType.PHONE, Source.PATTERN, 0.9, m.group())
