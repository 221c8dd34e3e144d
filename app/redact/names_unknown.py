"""The last safety net: a capitalised word that nothing else explains is an uncertain name.

Every other finder needs a list or a cue, and each new writer names towns, shops and
friends that no list holds and no cue announces ("stopped at Withcott", "the Piggly
Wiggly"). Leaving one readable is the worse mistake, so a capitalised word that does
not open a sentence and that no list calls an ordinary word, medicine, a country, a
region, a street type or a company suffix is redacted, marked uncertain so the review
shows it. Words of the frequency table that no dictionary holds are proper nouns too
(``data/proper_words_common.txt``, up to Zipf 5.5), not only words too rare for the
table; a common one is taken only where it reads as a place or a firm.

The net is only as good as its vetoes, each a class of capitalised word that is no
one: contractions (I'm), calendar words in every form (Thursdays, Weds), kin and
address words (Mom, Nonna, Frau), languages (Cantonese), German nouns in German text,
inflected English words a lemma dictionary lacks (Started, Teaching), eponyms (Graves',
Sjögren's), and drug-shaped or dosed words (``medical_shapes``). The engine's later
passes (``drop_medicine``, ``_not_a_name``) veto again with the whole text in view.
How unexplained a word is (its tier) is ``names_unknown_tiers``'; the two-word places
that one word heads ("near Mount Eden") are ``names_unknown_places``'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from app.redact import names_guess
from app.redact.german import german_common, is_german
from app.redact.lexicon import (
    COMPANY,
    COUNTRY,
    DRUG,
    FIRST,
    LAST,
    MEDICAL,
    PLACE,
    REGION,
    Lexicon,
)
from app.redact.medical import eponym_ranges
from app.redact.medical_shapes import german_medical, unknown_drug
from app.redact.names_cues import GERMAN_WORDS
from app.redact.names_unknown_classes import code_shaped, contracted_stem, known_class
from app.redact.names_unknown_places import PLACE_KEYS, headed_places
from app.redact.names_unknown_tiers import (
    GROW_STOP,
    NAMED_WORDS,
    RARE,
    WORK_BEFORE,
    unexplained,
    word_tier,
)
from app.redact.normalise import fold_term
from app.redact.overlap_index import OverlapIndex
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import matches_at
from app.redact.windows_at import may_hold
from app.redact.windows_tokens import _tokens, token_set

# A capitalised word: "Withcott", "O'Rourke", "Mercedes-Benz", "McAllister", "Zanele’s".
_WORD = re.compile(r"(?<![\w@/#.-])[A-Z\u00c0-\u00de][^\W\d_]*(?:['’-][^\W\d_]+)*(?![\w@/-])")
_CONTRACTION = re.compile(r"['’](?:m|ve|d|ll|re|t|s|)$", re.IGNORECASE)
# What opens a sentence, a list item, a quotation or an aside.
_OPENING = re.compile(r"(?:^|[.!?:;\n]|(?:^|\n)\s*(?:[-*•>]|\d+[.)]))[\s\"“'‘(\[*_]*$")
_DE_TOWN_BEFORE = re.compile(
    r"\b(?:nach|aus|bei|in|von|Klinikum|Uniklinik)\s+(?:[A-Z][a-zäöü]+\.?\s+)?$"
)
# A German article or determiner before: a noun ("in den Füßen", "zur Notaufnahme").
_DE_ARTICLE_BEFORE = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|zur|zum|im|am|vom|beim|"
    r"mein|meine|meinen|meinem|meiner|unsere|unser|keine|kein)\s+$",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|into|from|near|outside|around|via|towards|at|nach|aus|bei|out past|past|"
    r"up in|down in|over in|based in|live in|living in|lives in|moved to|"
    r"(?:referred|transferred|sent|admitted|taken|brought|rushed|airlifted|discharged|"
    r"back|down|up|over|out|trip|visit|drive|flight|train)\s+(?:(?:me|him|her|us|them)\s+)?"
    r"to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A care team named by its specialty: "the Paeds team", "Onc department".
_TEAM_AFTER = re.compile(r"\s+(?:team|department|dept|nurses?|consultants?|registrar)\b", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:side|area|way|town|city|suburb|region)\b")
_GERMAN_END = re.compile(
    r"(?:ung|ungen|keit|heit|schaft|kasse|arzt|klinik|praxis|termin|zeichen|nummer|dienst|"
    r"amt|stelle|pflege|schein|geld|versicherung)$"
)
_NEXT_TITLE = re.compile(r" ([A-Z][a-z][^\W\d_]*(?:-[A-Z][^\W\d_]+)*)\b(?!['’-])")
_PREV_TITLE = re.compile(r"(?<![\w'’-])([A-Z][a-z][^\W\d_]*(?:-[A-Z][^\W\d_]+)*) $")
_TRY_BEFORE = re.compile(
    r"\b(?:try|trying|tried|suggested|suggests|recommended|recommends|recommend|"
    r"prescribe|prescribes|swears by|swear by)\s+$",
    re.IGNORECASE,
)
_GRADE_AFTER = re.compile(r" \d\b")
_JUST_BEFORE = re.compile(r"([A-Za-z][\w-]+) $")
_NEXT_WORD = re.compile(r"\s*(?:,|and|or|/|\+|&|plus|then|with)?\s*([A-Za-z][\w-]+)")
_PREV_WORD = re.compile(r"([A-Za-z][\w-]+)\s*(?:,|and|or|/|\+|&|plus|then|with)?\s*$")


def find(text: str, found: Iterable[Span], lex: Lexicon, german: bool | None = None) -> list[Span]:
    """Uncertain NAME, PLACE or EMPLOYER spans for capitalised words nothing explains
    (``german``: ``is_german(text)`` if the caller asked it already)."""
    if not _mixed_case(text):
        return []  # in ALL-CAPS or all-lower writing a capital says nothing
    taken = [(s.start, s.end) for s in found]
    taken_index = _LazyIndex(taken)  # built at the first word long enough to ask
    medical: OverlapIndex | None = None
    out: list[Span] = []
    named = may_hold(text, NAMED_WORDS)  # whether a "called"/"named" cue may be here
    for m in _WORD.finditer(text) if "\u00d7" in text else _capital_words(text):
        start, end = m.span()
        word = m.group()
        if "'" in word or "’" in word:
            stem = _CONTRACTION.sub("", word)
            if stem != word and (len(stem) < 2 or not word.endswith(("'s", "’s"))):
                name = _contracted_name(text, start, word, taken_index, lex)
                if name is not None:
                    out.append(name)  # "Zanele'll", "Tavish'd": a subject, and a name
                continue  # "I'm", "I've", "Don't"
            word, end = stem, start + len(stem)
        if len(word) < 4 or taken_index.overlaps(start, end):
            continue  # short, or inside a span found (one word in two): no lookups
        if "-" in word and _drug_compound(word, lex):
            continue  # "Imraldi-Pen", "Ozempic-Pen": a drug's device, no one's name
        tier, key = word_tier(text, start, word, lex, named)
        if not tier and lex.flag(key) == MEDICAL and names_guess.speaks_after(text, start, end):
            tier = RARE  # "Aveeno said she'd come": someone named like a brand the wheel lacks
        if not tier:
            continue
        if _OPENING.search(text, max(0, start - 12), start) and not (
            tier == RARE and names_guess.person_after(text, end)
        ):
            continue  # a sentence's first word needs a person's verb after ("Tavish said")
        if (
            text[end : end + 1].isdigit()
            or text[end : end + 1] == "-"
            and text[end + 1 : end + 2].isdigit()
        ):
            continue  # "HLA-B27", "CD4": part of a code
        if (
            _THING_BEFORE.search(text, max(0, start - 8), start)
            or _READING_AFTER.match(text, end)
            or names_guess.thing_after(text, end)
            or _TEAM_AFTER.match(text, end)
        ):
            continue  # "my Invisalign", "Phe was 480", "Ayurveda treatment": things
        if medical is None:
            medical = OverlapIndex(eponym_ranges(text))
        if medical.overlaps(start, end):
            continue
        if german_medical(key):
            continue
        if german is None:
            german = is_german(text)
        if german and _DE_ARTICLE_BEFORE.search(text, max(0, start - 8), start):
            continue  # "in den Füßen": a German noun after its article
        if german and german_common(word):
            if not _DE_TOWN_BEFORE.search(text, max(0, start - 24), start):
                continue  # "Termin", "Hausarzt": nouns; "nach Hausarzt" stays
        elif key in GERMAN_WORDS or (german_common(word) and _german_shaped(key)):
            continue  # "my Hausärztin", "the Krankenkasse" in an English post
        if _medicine_here(
            Span(start, end, SpanType.NAME, Source.UNKNOWN_WORD, 0.4, word), text, lex
        ):
            continue
        start, end = _grow(text, start, end, lex)
        if out and out[-1].end > start:
            continue  # the run was already taken from its first word
        kind = _kind(text, start, end)
        if tier != RARE and kind is SpanType.NAME:
            continue  # "British", "Amazon": a common proper noun is only a place or firm
        out.append(Span(start, end, kind, Source.UNKNOWN_WORD, 0.4, text[start:end], True))
    if not PLACE_KEYS.isdisjoint(token_set(text)):  # headed_places' own test, first
        out.extend(headed_places(text, OverlapIndex(taken + [(s.start, s.end) for s in out]), lex))
    return out


def _drug_compound(word: str, lex: Lexicon) -> bool:
    """A drug's name joined to its device's or form's word ("Imraldi-Pen", "Humira-Pen",
    "Rivastigmin-Pflaster"): one part a drug no name or town list holds, every other part
    such a word ("Tramal-Schmidt" is a surname's)."""
    parts = word.split("-")
    drugs = 0
    for part in parts:
        key = fold_term(part)
        if key in _DEVICE_PARTS:
            continue
        flags = lex.flag(key)
        if flags & DRUG and not flags & (FIRST | LAST | PLACE):
            drugs += 1
            continue
        return False
    return drugs == 1


_DEVICE_PARTS = frozenset(
    """pen pens app pflaster spray tablette tabletten kapsel kapseln salbe creme injektor
    autoinjektor sensor pumpe patch inhaler spritze spritzen tropfen gel saft depot retard
    infusion""".split()
)


class _LazyIndex:
    """An ``OverlapIndex`` of ``ranges`` made when first asked: most texts' capitalised
    words are all explained before any is looked up in it."""

    __slots__ = ("_ranges", "_index")

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self._ranges = ranges
        self._index: OverlapIndex | None = None

    def overlaps(self, start: int, end: int) -> bool:
        if self._index is None:
            self._index = OverlapIndex(self._ranges)
        return self._index.overlaps(start, end)


def _capital_words(text: str) -> Iterator[re.Match[str]]:
    """``_WORD.finditer(text)``, tried only where a token starts with a capital: each
    match opens with a capital letter after no word character, so a token starts there
    ("×", the one character of its range that is no letter, aside: the caller reads a
    text holding it whole)."""
    return matches_at(_WORD, text, _tokens(text).capitals)


def _contracted_name(
    text: str, start: int, word: str, taken: _LazyIndex, lex: Lexicon
) -> Span | None:
    """A name under a verb's contraction ("Zanele'll", "Sarah'd", "Sipho've"): listed
    as a given name or surname and no everyday word, or a word no list explains."""
    stem = contracted_stem(word)
    if stem is None:
        return None
    end = start + len(stem)
    key = stem.lower() if stem.isascii() else fold_term(stem)
    flags = lex.flag(key)
    if taken.overlaps(start, end) or flags & (MEDICAL | DRUG | COUNTRY | REGION | COMPANY):
        return None
    listed = flags & (FIRST | LAST) and lex.zipf_of(key) < 5.0
    if not listed and not unexplained(key, lex):
        return None
    return Span(start, end, SpanType.NAME, Source.UNKNOWN_WORD, 0.5, stem, True)


# Owned or counted, it is a thing ("my Invisalign"); "the" is left, as "the Mater" is a place.
_THING_BEFORE = re.compile(
    r"\b(?:my|his|her|your|our|their|its|a|an|this|that|these|those)\s+$", re.I
)
# Read off like a test: "Schirmer 3mm", "Phe was 480", "Deauville 3", "HbF is only 6%".
_READING_AFTER = re.compile(
    r"\s*(?:(?:was|is|at|of|=|level|levels|target|score|result|only|now|still|about|"
    r"around|under|over|down|up|to)\s+)*:?\s*[<>~]?\d+(?:[.,]\d+|\s?(?:%|mm|mg|ml|cm|"
    r"units?)|\d{2,}|\s*-\s*\d+)"
)


def _mixed_case(text: str) -> bool:
    upper, lower = _case_counts(text)
    return 0 < upper and 8 <= upper + lower > 2 * upper


_ASCII_UPPER = bytes(range(65, 91))
_ASCII_LOWER = bytes(range(97, 123))
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")


def _case_counts(text: str) -> tuple[int, int]:
    """``sum(map(str.isupper, text))`` and the same of ``str.islower``, counted in C:
    an ASCII letter is one byte of the UTF-8 (every other character's bytes are all
    beyond ASCII), so deleting the capitals from the bytes counts them; the characters
    beyond ASCII are asked one by one, as before."""
    raw = text.encode("utf-8", "surrogatepass")
    n = len(raw)
    upper = n - len(raw.translate(None, _ASCII_UPPER))
    lower = n - len(raw.translate(None, _ASCII_LOWER))
    if not text.isascii():
        rest = "".join(_BEYOND_ASCII.findall(text))
        upper += sum(map(str.isupper, rest))
        lower += sum(map(str.islower, rest))
    return upper, lower


def _grow(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Over the capitalised words beside it, up to two each way: "Bad Neuenahr",
    "Piggly Wiggly", "Credit Valley"; never over a sentence's first word or medicine."""
    for _ in range(2):
        m = _NEXT_TITLE.match(text, end)
        if not m or not _growable(m.group(1), lex):
            break
        end = m.end()
    for _ in range(2):
        m = _PREV_TITLE.search(text, max(0, start - 30), start)
        if (
            not m
            or not _growable(m.group(1), lex)
            or _OPENING.search(text, max(0, m.start() - 12), m.start())
        ):
            break
        start = m.start()
    return start, end


def _growable(word: str, lex: Lexicon) -> bool:
    key = fold_term(word)
    return (
        len(word) >= 3
        and not code_shaped(word)
        and not known_class(key)
        and not lex.flag(key) & GROW_STOP
    )


def _german_shaped(key: str) -> bool:
    """A German compound said in English text ("Hausärztin", "Krankenkasse")."""
    return any(c in key for c in "äöüß") or _GERMAN_END.search(key) is not None


def _kind(text: str, start: int, end: int) -> SpanType:
    before = text[max(0, start - 40) : start]
    if WORK_BEFORE.search(before):
        return SpanType.EMPLOYER
    if (
        _PLACE_BEFORE.search(text, max(0, start - 16), start)
        or names_guess.travel_before(text, start)
        or _PLACE_AFTER.match(text, end)
    ):
        return SpanType.PLACE
    if text[max(0, start - 4) : start].lower() == "the ":
        return SpanType.EMPLOYER  # "the Piggly Wiggly", "the Withcott": a shop or a firm
    return SpanType.NAME


def _medicine_here(span: Span, text: str, lex: Lexicon) -> bool:
    """Drug-shaped, dosed or taken (``unknown_drug``), or listed beside a drug we know
    ("Colchicine and Zyloprim", "Biotene or Xerotin")."""
    if unknown_drug(span, text, lex):
        return True
    if _TRY_BEFORE.search(text, max(0, span.start - 16), span.start) and not (
        names_guess.person_after(text, span.end) or names_guess.travel_before(text, span.start)
    ):
        return True  # "should try Ayurveda", "aunty suggested Ketosteril"
    before = _JUST_BEFORE.search(text, max(0, span.start - 30), span.start)
    if before and lex.flag(fold_term(before.group(1))) & (MEDICAL | DRUG):
        return True  # "Freestyle Libre": a word of a product's or a test's name
    if before and before.group(1).isupper() and _GRADE_AFTER.match(text, span.end):
        return True  # "PET Deauville 3", "MRI Fazekas 2": a test's named grade
    for m in (
        _NEXT_WORD.match(text, span.end),
        _PREV_WORD.search(text, max(0, span.start - 30), span.start),
    ):
        if m and m.group(1)[:1].isupper() and lex.flag(fold_term(m.group(1))) & (MEDICAL | DRUG):
            if not lex.flag(fold_term(m.group(1))) & (FIRST | LAST | PLACE):
                return True
    return False
