"""The town, county and postcode after a street that has no house number.

"on Greams Road, Thousand Lights", "Pond Street, Kessingham, Norfolk NR12 3AB": a
street named without its number is found alone, and the town after it, when no list
knows it, was left readable beside "[address]". So a street grows over the comma
separated parts after it while each is a place: a word a list flags as a town, county
or state, or a capitalised word too rare to be ordinary English ("Kessingham"), or a
postcode. A common word ("Mum", "Thanks", "Then") or a lower-case word ends it. A dash
before a bare postcode ("Hyderabad - 500084") joins it too.
"""

from __future__ import annotations

import re

from app.redact.german import german_word, is_german
from app.redact.lexicon import COUNTRY, DRUG, MEDICAL, PLACE, REGION, Lexicon
from app.redact.names_cues import CLOSED_CLASS, KIN
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Started

_COMMA = re.compile(r"[ \t]*,[ \t]*")
# One part: one to three capitalised words ("Thousand Lights", "Co. Clare"), then maybe
# a postcode of letters and digits or a bare postcode of four to six digits.
_PART = re.compile(
    r"([^\W\d_a-z][^\W\d_]*\.?"
    r"(?:[ \t]+(?:[^\W\d_a-z][^\W\d_]*\.?|upon|on|le|la|de|by|super)){0,3})"
    r"(?:[ \t]+([A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|"
    r"[A-Z]\d{2}[ \t]?[0-9A-Z]{4}|\d{4,6}))?\b"
)
_DASH_CODE = re.compile(r"[ \t]*[-–][ \t]*(\d{4,6})\b(?![-/.:]\d)")
_MAX_PARTS = 4


def extend(span: Span, text: str, lex: Lexicon) -> Span:
    """``span`` (an ADDRESS) grown over the place parts after it (see above)."""
    end = span.end
    for _ in range(_MAX_PARTS):
        dash = _DASH_CODE.match(text, end)
        if dash:
            end = dash.end()
            continue
        comma = _COMMA.match(text, end)
        if comma is None:
            break
        m = _PART.match(text, comma.end())
        if m is None or not _place_words(m.group(1), lex):
            break
        end = m.end()
    if end == span.end:
        return span
    return Span(
        span.start,
        end,
        SpanType.ADDRESS,
        span.source,
        span.confidence,
        text[span.start : end],
        span.uncertain,
    )


def _place_words(words: str, lex: Lexicon) -> bool:
    """Whether a part can be a town: no closed-class or kin word, and a lone word a
    listed place or too rare to be an ordinary one ("Kessingham", not "Thanks"); two
    capitalised words together are a locality's name ("Thousand Lights")."""
    parts = words.split()
    if parts[0].islower():
        return False
    several = sum(not w.islower() for w in parts) > 1  # "Thousand Lights", "Cape Town"
    for word in parts:
        if word.islower():
            continue
        low = word.rstrip(".").lower()
        if low in CLOSED_CLASS or low in KIN:
            return False
        flags = lex.flag(low)
        if flags & (PLACE | REGION | COUNTRY):
            continue
        if flags & (MEDICAL | DRUG):
            return False  # "on Temple Street, Ciprodex drops for his ear"
        if len(low) <= 3 and word.rstrip(".").isupper():
            continue  # "NSW", "QC", "Co."
        if low in {"co", "county", "st", "mt", "nagar", "colony"}:
            continue
        if lex.zipf_of(low) >= 3.5 and not several:
            return False
    return True


# A house number and a name without a street type: "4 The Paddocks, Kilcock", "14 Tyne
# View, Newcastle upon Tyne NE6 2AB". Taken only with "The" or with a postcode closing
# the block, since "3 Musketeers, London" has the same shape.
_HOUSE_NAMED = re.compile(
    r"(?<![\w/.,:-])\d{1,4}[A-Za-z]?[ \t]+(?:(The)[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}"
    r"(?=[ \t]*,)"
)
# Tried only at a run of digits: every match opens with one, after no word character.
_HOUSE_NAMED_FAST = Started(_HOUSE_NAMED, r"\d+")
_POSTCODE_END = re.compile(
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|"
    r"[A-Z]\d{2}[ \t]?[0-9A-Z]{4}|\d{4,6})$"
)


def find_house_named(text: str, lex: Lexicon) -> list[Span]:
    """Addresses of a house number, a name with no street type, a town (see above)."""
    out = []
    german = None  # asked once, when a match needs it
    for m in _HOUSE_NAMED_FAST.finditer(text):
        anchor = Span(m.start(), m.end(), SpanType.ADDRESS, Source.PATTERN, 0.7, m.group())
        grown = extend(anchor, text, lex)
        if grown is anchor:
            continue
        if german is None:
            german = is_german(text)
        if any(_not_a_place_word(w, lex, german) for w in re.findall(r"[^\W\d_]+", grown.text)):
            continue  # "alle 8 Stunden, Amoxicillin 1000": a German count, then a dose
        if m.group(1) or _POSTCODE_END.search(grown.text):
            out.append(grown)
    return out


def _not_a_place_word(word: str, lex: Lexicon, german: bool) -> bool:
    """A medical word, or in German a German word no street or town is called ("Stunden")."""
    return bool(lex.flag(word.lower()) & (MEDICAL | DRUG)) or (
        german and word[:1].isupper() and german_word(word) and not lex.flag(word.lower()) & PLACE
    )
