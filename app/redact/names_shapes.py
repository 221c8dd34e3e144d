"""Names and places that no list holds, told by the shape of the words around them.

Each new writer brings towns, suburbs and friends no gazetteer or name list knows, so
these rules read the grammar around a word instead of the word itself:

- German entries: German capitalises every noun, so a capital says nothing there; a
  word after a place preposition ("nach", "aus", "bei", "Richtung", "in der Nähe von")
  that is neither an ordinary German word nor an English one is where;
- "X side" (South African and Indian English for "the X area": "Tembisa side");
- "the X" closing a clause ("at the Wesley.", "the Mater and") for an unknown or rare
  capitalised word, since "the" before a word no dictionary holds names an institution;
- a capitalised word that is not an English word, opening a sentence before a person's
  verb ("Kezia on the ward said", "Rohan did all the driving");
- a short name of a town written in lower case after a place cue ("in melb", "melb
  29F").

Every span is uncertain (redacted by default, shown for review), and medicine is never
taken: listed drugs and medical words, words shaped like a drug's name, words before a
dose or a product noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache
from importlib import resources
from string import ascii_uppercase

from app.redact import names_guess
from app.redact.german import german_common, is_german
from app.redact.lexicon import (
    COUNTRY,
    DICT_WORD,
    DRUG,
    FIRST,
    LAST,
    MEDICAL,
    PLACE,
    REGION,
    Lexicon,
)
from app.redact.medical_shapes import drug_shaped
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN, TEXTSPEAK
from app.redact.normalise import fold_term
from app.redact.regex_reverse import ending_at, may_end
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_at import AtOpenings

_CAP = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*"
# "nach Bietigheim", "in der Nähe von Schwäbisch Hall", "Richtung Ulm".
_DE_PREP = re.compile(
    rf"\b(?:nach|aus|bei|beim|von|vom|zu|zum|zur|im|am|in|Richtung|in der Nähe von|"
    rf"bis|ab|über|um)\s+({_CAP})(?:\s+({_CAP}))?"
)
# Town names in two words whose first is a German word: "Bad Cannstatt", "Neu-Ulm".
_DE_TOWN_HEAD = frozenset(
    "bad sankt st neu alt groß gross klein ober unter nieder hohen schwäbisch bayerisch "
    "markt hansestadt lutherstadt".split()
)
_DE_PERSON_PREP = frozenset(["bei", "beim", "von"])
# "Tembisa side", "the Kilpauk side": a word or two, then "side" (not "side effects").
_SIDE = re.compile(rf"\b({_CAP}(?:\s+{_CAP})?|[a-z]{{5,}})\s+side\b(?!\s*[- ]?effects?)")
# "the Wesley.", "the Mater and": "the" and one capitalised word closing a clause.
# ("[Tt](?<!\w[Tt])he" is "\b[Tt]he", written to let the engine skip ahead to a "t".)
_THE_X = re.compile(
    rf"[Tt](?<!\w[Tt])he\s+({_CAP})(?=\s*[.,!?;)]|\s+(?:and|again|today|tomorrow|yesterday|"
    rf"for|with|on|last|next|this)\b|\s*$)"
)
# Sentence openers: capitalised words at a sentence start, then a person's verb.
_PERSON_VERB = re.compile(
    r"\s+(?:(?:on|from|at|in)\s+(?:the\s+)?[a-z]+\s+)?(?:(?:just|also|then|never|always|"
    r"finally|kindly|literally|actually)\s+)?(?:said|did|told|asked|came|rang|texted|drove|"
    r"took|reckons|reckoned|thinks|thought|says|tells|phoned|messaged|called|picked|"
    r"brought|visited|helped|offered|insisted|suggested|popped|dropped)\b"
)
# A capitalised word opening a sentence, then a person's verb or a verb of being.
_OPENER = re.compile(
    r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?]\s\s)|(?<=\n))([A-Z][a-z]{2,14})(?=\s)"
    r"(?=" + _PERSON_VERB.pattern + r"|\s+(?:is|was|has|had)\b)"
)
_OPENER_FAST = AtOpenings(_OPENER, ascii_uppercase)  # tried where a sentence opens, at a capital
# A name before a kin word or an honorific, as South Asian and African English writes it:
# "Sundari aunty", "Raju uncle", "Sharma ji", "Neha didi".
_HONORIFIC_AFTER = re.compile(
    r"\b([A-Z][a-z]{2,14})\s+(?:aunty|auntie|uncle|ji|didi|bhaiya|bhai|dada|dadi|nani|"
    r"nana|amma|appa|akka|sahib|saab)\b"
)
_HONORIFICS = frozenset(
    "aunty auntie uncle ji didi bhaiya bhai dada dadi nani nana amma appa akka sahib saab".split()
)
# "Mein Arbeitgeber Siemens", "arbeite bei der Firma Kluge": the workplace named.
_DE_EMPLOYER = re.compile(
    rf"\b(?:Arbeitgeber(?:in)?|Firma|arbeite(?:t|n)?\s+(?:bei|für)(?:\s+(?:der|dem|den))?(?:\s+Firma)?)"
    rf"\s+(?:(?:ist|war|heißt)\s+)?({_CAP}(?:\s+{_CAP}){{0,2}})"
)
# Two or three capitalised words reached by travelling, mid-sentence: "took her to Credit
# Valley on the weekend", "drove out to Silver Lake." Capitals on several ordinary words
# in a row name a place where the rest of the sentence is lower case.
# (The lookbehind after the capital, "(?<=[a-z,] [A-Z])", is "(?<=[a-z,] )" before it,
# so that Python's engine skips ahead to a capital instead of trying every place.)
_CAPS_RUN = re.compile(r"([A-Z](?<=[a-z,] [A-Z])[a-z]+(?: [A-Z][a-z]+){1,2})(?=[.,;!?]| [a-z]|$)")
_BEING = re.compile(r"\s+(?:is|was|has|had)\b")
_THING_AFTER = names_guess._THING_AFTER
_DOSE_AFTER = re.compile(r"\s*\d|\s+(?:dose|doses|side|pen|tablets?|injections?|infusions?)\b")
_LOWER_CUE = re.compile(r"\b(?:in|from|to|near|around|round|up|down|outside|back to|live)\s+$")
_AGE_SEX_AFTER = re.compile(r"\s*,?\s+\d{1,2}\s?[mfMF]\b")
# A listed given name that a dictionary also holds ("Rohan", "Kezia") is still a person
# before a person's verb while it is this rare; "Grace", "Will", "Hope" are not.
_LISTED_ENGLISH = 3.5
_MAX_ZIPF = 4.5  # "Kezia", "Rohan": names; words above this are English whatever lists say


def find(
    text: str, lex: Lexicon, words: AbstractSet[str], german: bool | None = None
) -> Iterator[Span]:
    """Every shape of this module in ``text`` (``words``: its lower-case tokens;
    ``german``: ``is_german(text)`` if the caller asked it already)."""
    if is_german(text) if german is None else german:
        yield from _german_places(text, lex)
        for m in _DE_EMPLOYER.finditer(text):
            yield _span(m.start(1), m.end(1), SpanType.EMPLOYER, text)
    if not words.isdisjoint(_TRAVEL_WORDS):
        yield from _travelled_runs(text, lex)
    if not words.isdisjoint(_HONORIFICS):
        yield from _honorific_names(text, lex)
    if "side" in words:
        yield from _side_places(text, lex)
    if "the" in words:
        yield from _the_places(text, lex)
    yield from _opener_names(text, lex)
    nick = _lower_nicknames().keys() & words
    if nick:
        yield from _lower_places(text, nick)


def _medicine(word: str, lex: Lexicon) -> bool:
    """A listed drug or medical word, also in its German spelling ("Topiramat",
    "Amlodipin" for "topiramate", "amlodipine"), or a word shaped like a drug's name."""
    key = fold_term(word)
    if lex.flag(key) & (MEDICAL | DRUG) or lex.flag(key + "e") & DRUG:
        return True
    return drug_shaped(word) and lex.zipf_of(key) < 3.5


def _span(start: int, end: int, kind: SpanType, text: str) -> Span:
    return Span(start, end, kind, Source.CONTEXT, 0.6, text[start:end], uncertain=True)


def _german_places(text: str, lex: Lexicon) -> Iterator[Span]:
    for m in _DE_PREP.finditer(text):
        first, second = m.group(1), m.group(2)
        key = fold_term(first)
        if second and key in _DE_TOWN_HEAD and not _medicine(second, lex):
            yield _span(m.start(1), m.end(2), SpanType.PLACE, text)
            continue
        if not _unknown_german(first, lex):
            continue
        end = m.end(1)
        if second and _unknown_german(second, lex):
            end = m.end(2)
        if _DOSE_AFTER.match(text, end) or _THING_AFTER.match(text, end):
            continue
        flags = lex.flag(key)
        prep = m.group().split()[0].lower()
        person = prep in _DE_PERSON_PREP and flags & (FIRST | LAST) and not flags & PLACE
        yield _span(m.start(1), end, SpanType.NAME if person else SpanType.PLACE, text)


def _unknown_german(word: str, lex: Lexicon) -> bool:
    """Neither an ordinary German word nor an English one, nor medicine or a month."""
    key = fold_term(word)
    flags = lex.flag(key)
    if german_common(word) or key in CALENDAR or _medicine(word, lex):
        return False
    if flags & (COUNTRY | REGION):
        return False
    if flags & DICT_WORD and not flags & PLACE:
        return False
    return not (lex.zipf_of(key) >= 4.0 and not flags & (PLACE | FIRST | LAST))


def _name_word(
    word: str, lex: Lexicon, max_zipf: float = _MAX_ZIPF, word_zipf: float = 3.0
) -> bool:
    """A capitalised word that may be a person or a town: no English word, no medicine,
    no date, no country. Words of the lists count when no dictionary holds them; other
    words when they are rare or in the table of proper nouns (``names_guess.unlisted``)."""
    key = fold_term(word)
    flags = lex.flag(key)
    if (
        key in CALENDAR
        or key in CLOSED_CLASS
        or key in FUNCTION
        or key in KIN
        or key in TEXTSPEAK
        or names_guess.opener(key)
        or key in names_guess._MODERN
        or flags & (COUNTRY | REGION)
        or _medicine(word, lex)
    ):
        return False
    zipf = lex.zipf_of(key)
    if flags & DICT_WORD:
        return bool(flags & (PLACE | FIRST | LAST)) and zipf < word_zipf
    if flags & (PLACE | FIRST | LAST):
        return zipf < max_zipf
    return names_guess.unlisted(key, flags, zipf) and zipf < max_zipf


def _side_places(text: str, lex: Lexicon) -> Iterator[Span]:
    for m in _SIDE.finditer(text):
        phrase = m.group(1)
        start = m.start(1)
        if phrase.islower():
            key = fold_term(phrase)
            if lex.flag(key) or lex.zipf_of(key) > 0.0 or _medicine(phrase, lex):
                continue
        else:
            parts = phrase.split()
            if not _name_word(parts[-1], lex):
                continue
            if len(parts) == 2 and not _name_word(parts[0], lex):
                start = m.end(1) - len(parts[-1])
        yield _span(start, m.end(1), SpanType.PLACE, text)


def _the_places(text: str, lex: Lexicon) -> Iterator[Span]:
    for m in _THE_X.finditer(text):
        if _name_word(m.group(1), lex, 3.5):
            yield _span(m.start(1), m.end(1), SpanType.PLACE, text)


def _opener_names(text: str, lex: Lexicon) -> Iterator[Span]:
    for m in _OPENER_FAST.finditer(text):
        word = m.group(1)
        if not _name_word(word, lex, word_zipf=_LISTED_ENGLISH):
            continue
        flags = lex.flag(fold_term(word))
        end = m.end(1)
        being = flags & FIRST and not flags & DICT_WORD and _BEING.match(text, end)
        if being or _PERSON_VERB.match(text, end):
            yield _span(m.start(1), end, SpanType.NAME, text)


_TRAVEL_WORDS = frozenset(["to", "from", "into", "towards"])
_TRAVEL_BEFORE = re.compile(
    r"\b(?:took|take|takes|taking|drove|drive|drives|driving|brought|bring|went|go|goes|"
    r"going|headed|heading|moved|moving|flew|travelled|traveled|walked|got|popped|came|"
    r"back|trip|way)\s+(?:(?:me|him|her|us|them|mum|mom|dad|the kids)\s+)?"
    r"(?:(?:back|over|up|down|out|off|home|across|round|around|all the way)\s+)?"
    r"(?:to|into|towards|from)\s+$",
    re.IGNORECASE,
)
# What people go to that is no place: "went to Pilates Class", "to Group Therapy".
_ACTIVITIES = frozenset(
    """class classes group groups meeting meetings session sessions therapy yoga pilates
    lunch dinner breakfast brunch bed sleep mass work school college uni urgent care
    emergency accident outpatients casualty hospital clinic""".split()
)


_TRAVEL_REVERSED = ending_at(_TRAVEL_BEFORE)


def _travelled_runs(text: str, lex: Lexicon) -> Iterator[Span]:
    for m in _CAPS_RUN.finditer(text):
        lo = max(0, m.start(1) - 40)
        if _TRAVEL_REVERSED is not None and not may_end(_TRAVEL_REVERSED, text, lo, m.start(1)):
            continue  # read backwards first: most searches find nothing
        if not _TRAVEL_BEFORE.search(text, lo, m.start(1)):
            continue
        parts = [fold_term(w) for w in m.group(1).split()]
        if any(
            w in CALENDAR
            or w in FUNCTION
            or w in CLOSED_CLASS
            or w in _ACTIVITIES
            or _medicine(w, lex)
            for w in parts
        ):
            continue
        if all(lex.flag(w) & (COUNTRY | REGION) for w in parts):
            continue
        yield _span(m.start(1), m.end(1), SpanType.PLACE, text)


def _honorific_names(text: str, lex: Lexicon) -> Iterator[Span]:
    for m in _HONORIFIC_AFTER.finditer(text):
        word = m.group(1)
        flags = lex.flag(fold_term(word))
        if flags & FIRST and not flags & DICT_WORD or _name_word(word, lex, 4.0):
            yield _span(m.start(1), m.end(1), SpanType.NAME, text)


@cache
def _lower_nicknames() -> dict[str, str]:
    """Case-sensitive short names of towns ("Melb", "Welly") by their lower-case form."""
    raw = resources.files("app.redact.data").joinpath("place_nicknames.txt").read_text("utf-8")
    out = {}
    for line in raw.splitlines():
        phrase, _, flags = (p.strip() for p in line.partition("|"))
        if line.startswith("#") or "cs" not in flags.split() or " " in phrase:
            continue
        if len(phrase) >= 3 and phrase[0].isupper() and phrase[1:].islower():
            out[phrase.lower()] = phrase
    return out


def _lower_places(text: str, keys: AbstractSet[str]) -> Iterator[Span]:
    for m in re.finditer(r"\b(" + "|".join(sorted(keys)) + r")\b", text):
        start, end = m.span(1)
        if _LOWER_CUE.search(text, max(0, start - 12), start) or _AGE_SEX_AFTER.match(text, end):
            yield _span(start, end, SpanType.PLACE, text)
