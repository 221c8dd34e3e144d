"""Places as people write them: nicknames, short forms, demonyms and half-found names.

A gazetteer knows "Birmingham" and "Wollongong" but not "Brum", "the Gong", "Chch" or
"a Glaswegian GP", and a post written by someone local uses those far more. The list
in ``data/place_nicknames.txt`` (hand-written, names of places only) covers the nine
regions a profile can name; abbreviations match only in the case they are written in,
and nicknames that are ordinary words ("the Peg", "the Hammer") only after "the".

``grow_places`` then finishes a place found by its core word: "Port Talbot", "Selly
Oak", "T Nagar", "Jones Beach", "Paisley Road West", so that no word of it is left
readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from app.redact import places_initials, places_lower_pairs
from app.redact.german import german_abstract_noun, german_function_word
from app.redact.lexicon import (
    COUNTRY,
    DICT_WORD,
    DRUG,
    FIRST,
    LAST,
    MEDICAL,
    PLACE,
    REGION,
    default_lexicon,
)
from app.redact.medical_acronyms import acronym
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, KIN
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import _tokens

_TOKEN = re.compile(r"[^\W_]+")
PLACE_FLAGS = FIRST | LAST | PLACE


@cache
def _patterns() -> dict[str, list[re.Pattern[str]]]:
    """First word (lower case) of each listed place → the patterns that start with it."""
    text = (
        resources.files("app.redact.data")
        .joinpath("place_nicknames.txt")
        .read_text(encoding="utf-8")
    )
    by_first: dict[str, list[re.Pattern[str]]] = {}
    seen: set[str] = set()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or line in seen:
            continue
        seen.add(line)
        phrase, _, flags = (part.strip() for part in line.partition("|"))
        options = set(flags.split())
        if phrase.lower().startswith("the "):
            phrase, options = phrase[4:], options | {"the"}
        body = re.escape(phrase).replace(r"\ ", r"\s+")
        if "cs" in options or "the" in options:
            body = f"(?-i:{body})"
        before = r"(?<=\bthe\s)" if "the" in options else r"(?<![\w'’-])"
        pattern = re.compile(rf"{before}{body}(?![\w-]|['’](?!s\b))", re.IGNORECASE)
        first = _TOKEN.search(phrase)
        if first:
            by_first.setdefault(first.group().lower(), []).append(pattern)
    return by_first


def find_informal_places(text: str) -> Iterator[Span]:
    """Listed nicknames, abbreviations and demonyms of places, and two-word places in
    lower case."""
    table = _patterns()
    toks = _tokens(text)
    for word in toks.at.keys() & table.keys():
        for pattern in table[word]:
            for pos in toks.at[word]:
                m = pattern.match(text, pos)
                if m is not None:
                    yield Span(m.start(), m.end(), SpanType.PLACE, Source.LEXICON, 0.7, m.group())
    yield from places_lower_pairs.find(text)  # "in kelby green", "at russells hall"
    yield from places_initials.find(text)  # "been in qe all night"


# Words that carry a place name on after its core: "Selly Oak", "Koregaon Park".
_TAIL = frozenset(
    "Park Lake Lakes Beach Oak Oaks Hill Hills Heights Green Cross Bridge Falls Springs Valley "
    "Point Harbour Harbor Island Vale Common Square Gardens Nagar Colony Layout Cyber City "
    "Village Town Bay Creek Ridge Grove Wood Woods End Quay Wharf Estate Mills Junction "
    "East West North South Central Sound Downs Fields Marsh Moor Ford Mouth Manor Lodge "
    "Grange Court".split()
)
# Of those, the ones that make even a person's name a place ("Jones Beach").
_NAME_TAIL = frozenset(
    "Beach Park Lake Heights Village Falls Springs Harbour Harbor Island Creek Bay Gardens "
    "Nagar Colony Layout".split()
)
# Words that start a place name before its core: "Port Talbot", "Salt Lake".
_HEAD = frozenset(
    "Port Fort Mount Mt Lake San Santa Salt Palm Long Cape Glen New Upper Lower Great "
    "Little Old East West North South Los Las El Le Bad Den Saint St Te".split()
)
_NAME_HEAD = frozenset("Port Fort Mount Mt Lake San Santa Salt Palm Cape Glen".split())
_GROWABLE = (SpanType.PLACE, SpanType.EMPLOYER, SpanType.ADDRESS, SpanType.NAME)
_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?!['’-])")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]*|[A-Z]) $")
_SPACE_OR_LINE = (" ", "\n")  # the last character before a match of _WORD_BEFORE
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|to|from|outside|past|of) $", re.IGNORECASE)


def grow_places(spans: list[Span], text: str) -> list[Span]:
    """Each place, organisation or address grown over the place words beside it."""
    out = []
    for span in spans:
        if span.type not in _GROWABLE or span.source is Source.USER:
            out.append(span)
            continue
        start, end, kind = span.start, span.end, span.type
        tails = _NAME_TAIL if kind is SpanType.NAME else _TAIL
        # each regex below is asked only where the character it needs is there: a space
        # after (_WORD_AFTER, _CARE_TAIL, _IN_TOWN), a space or a line end before
        # (_WORD_BEFORE ends with " $", and "$" also holds before a last "\n")
        while (
            text.startswith(" ", end)
            and (m := _WORD_AFTER.match(text, end))
            and m.group(1) in tails
        ):
            end, tails = m.end(), _TAIL
            if kind is SpanType.NAME:
                kind = SpanType.PLACE
        m = (
            _WORD_BEFORE.search(text, max(0, start - 8), start)
            if text[start - 1 : start] in _SPACE_OR_LINE
            else None
        )
        if kind is SpanType.NAME and m and m.group(1) in _NAME_HEAD:
            kind = SpanType.PLACE  # "Port Talbot", "Lake Placid"
        elif kind is SpanType.NAME and m and m.group(1) == "Te":
            start = m.start(1)  # "Te Aroha", "Te Rangi": Māori names of places and people
            if _LOCATIVE_BEFORE.search(text, max(0, start - 9), start):
                kind = SpanType.PLACE  # "near Te Aroha"
        if kind is not SpanType.NAME:
            while (
                text[start - 1 : start] in _SPACE_OR_LINE
                and (m := _WORD_BEFORE.search(text, max(0, start - 8), start))
                and (m.group(1) in _HEAD or len(m.group(1)) == 1 and m.group(1) not in "AI")
            ):
                start = m.start(1)
        if (
            kind is SpanType.PLACE
            and text.startswith(" ", end)
            and (m := _CARE_TAIL.match(text, end))
        ):
            end = m.end()  # "Rotorua hospital", "wellington hosp": the words are one place
        if (
            kind in (SpanType.PLACE, SpanType.EMPLOYER)
            and text.startswith(" ", end)
            and (m := _LETTERS_AFTER.match(text, end))
            and _their_letters(m.group(1))
            and not text[start:end].isupper()  # in a text of capitals, letters say nothing
        ):
            end = m.end(1)  # "Ballintubber GAA", "Southport RSL", "Cancer Council NT"
        if (start, end) != (span.start, span.end):
            span = Span(  # as dataclasses.replace, without its field-by-field walk
                start,
                end,
                kind,
                span.source,
                span.confidence,
                text[start:end],
                span.uncertain,
                span.term,
            )
        out.append(span)
        if kind in (SpanType.PLACE, SpanType.EMPLOYER) and text.startswith(" in ", end):
            town = _town_after(text, end)
            if town is not None:
                out.append(town)
    return out


# Letters after a place or a firm that are its own: "Ballintubber GAA", "Mount Zion AME".
_LETTERS_AFTER = re.compile(r" ([A-Z][A-Z&]{1,4})(?![\w'’&-])")
# Letters that are no firm's own: words in capitals, an ID's, a clinic's or a national
# body's ("Alberta Blue Cross ID", "Temple Street NOW", "Leeds NHS").
_NOT_THEIR_LETTERS = frozenset(
    """I A AM PM AND OR THE TO IN ON AT IS IT OF FOR MY OK ETA FYI BTW LOL TBH IMO IMHO
    ASAP DM PS NB RIP ER ED A&E ICU HDU GP NHS HSE VA DVA NDIS ACC PIP DWP CEO HR IT
    NOT NO YES WTF OMG ID IDS NOW ALL BUT SO WE HE SHE BE DO GO UP BY AS AN IF
    PLEASE HELP TODAY STILL JUST VERY THANK THANKS MICU SICU NICU PICU CCU CICU CVICU
    TICU NNU SCBU ITU AMU MAU CDU DDD""".split()
)


def _their_letters(word: str) -> bool:
    """Letters of the place's or firm's own: no listed medical abbreviation, no word in
    capitals ("Tallaght WAS awful")."""
    if word in _NOT_THEIR_LETTERS or acronym(word):
        return False
    lex = default_lexicon()
    key = word.lower()
    return not (len(key) > 2 and lex.flag(key) & DICT_WORD and lex.zipf_of(key) >= _SHOUTED_ZIPF)


_SHOUTED_ZIPF = 4.5  # "was", "new", "bad": a common word written in capitals (not "arc")


# "Liverpool Women's", "Sheffield Children's": a hospital is often named by its town
# and whom it treats, with "Hospital" left out.
_CARE_TAIL = re.compile(
    r" (?:hospital|hosp|infirmary|general hospital|children's|childrens|[Ww]omen['’]?s)\b"
)
# "the mayo in jax", "st paul's in van", "greggs in hackney": after a hospital or a
# workplace, "in" and one word name the town it is in, whatever the word.
_IN_TOWN = re.compile(r" in (?:the )?([^\W\d_][\w'’]*)(?=[.,;:!?)]|$| (?:[a-z]+|I)\b)")
_NOT_TOWN = frozenset(
    """pain agony remission hospital town general person time bed my the a an his her
    their our your its this that there here which what total tears bits full case part
    fact future past front back charge place touch tow public private care recovery
    theatre surgery labour labor icu hdu resus isolation quarantine lockdown hand turn
    short between order mind line mourning shock march may june august
    love trouble school uni college work me him them us you it one two three four
    morning mornings evening evenings afternoon afternoons night nights days weeks
    months years meantime interim end middle winter summer spring autumn fall""".split()
)


def _town_after(text: str, end: int) -> Span | None:
    m = _IN_TOWN.match(text, end)
    if m is None:
        return None
    word = m.group(1)
    low = word.lower().removesuffix("'s").removesuffix("’s")
    if low in _NOT_TOWN or low in CALENDAR or low in CLOSED_CLASS or low in KIN:
        return None
    if german_abstract_noun(word) or german_function_word(word):
        return None  # "seit Mai in Behandlung", "in einem Dorf": German, no town
    lex = default_lexicon()
    key = fold_term(low)
    flags = lex.flag(key)
    if flags & (MEDICAL | DRUG):
        return None
    if flags & (COUNTRY | REGION) and not (word.isupper() and len(word) <= 3):
        return None  # a country or a state is no identifier ("in Texas"); "in TO" is
    zipf = lex.zipf_of(key)
    if " the " in m.group() and word.islower() and zipf >= 3.0:
        return None  # "at Costco in the bakery": a department, not a town
    if not (flags & PLACE_FLAGS and zipf < 5.0 or zipf < 4.0 or word.isupper() and len(word) <= 3):
        return None
    return Span(m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.5, word, True)
