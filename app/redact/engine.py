"""The detector: runs every finder and settles overlaps into one clean list of spans.

Overlapping detections are merged rather than picked between, because leaving half
of an identifier readable is worse than redacting a word too many; the merged span
takes the type of its strongest part.
"""

from __future__ import annotations

import re
from datetime import date

from app.profile import PrivacyProfile
from app.redact import (
    ages_more,
    date_more,
    date_words,
    names_guess,
    names_mentions,
    patterns,
    profile_extra,
    profile_medicine,
)
from app.redact.addresses import AddressFinder
from app.redact.ages import find_ages
from app.redact.ages_narrative import find_narrative_ages
from app.redact.date_grow import grow_dates
from app.redact.employers import EmployerFinder
from app.redact.employers_kinds import KindFinder
from app.redact.employers_slots import ChainFinder
from app.redact.german import german_word, is_german
from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, Lexicon, default_lexicon
from app.redact.medical import _LAB, LAB_VALUE, drop_medicine, medical_number_ranges
from app.redact.medical_named import drop_named_medicine
from app.redact.medical_ratios import drop_eye_tests
from app.redact.medical_shapes import SENTENCE_END
from app.redact.medical_words import drop_medical_words
from app.redact.names import NameFinder
from app.redact.names_context import CALENDAR
from app.redact.names_cues import (
    CLOSED_CLASS,
    GERMAN_WORDS,
    KIN,
    LANGUAGES,
    NOT_NAMES,
    TEXTSPEAK,
)
from app.redact.names_extra import ExtraFinder, complete_lists
from app.redact.names_lower import find_lower_names
from app.redact.names_unknown import find as find_unknown_words
from app.redact.normalise import fold, fold_term
from app.redact.numbers_age import find_possible_ages
from app.redact.other_tongues import tongue_word
from app.redact.places_informal import find_informal_places, grow_places
from app.redact.places_lower import LowerPlaceFinder
from app.redact.places_slots import SlotPlaceFinder
from app.redact.profile_match import matcher_for
from app.redact.regions import drop_coarse
from app.redact.span_edges import trim_titles, whole_words
from app.redact.spans import Source, Span, SpanType

_SOURCE_RANK = {
    Source.USER: 6,
    Source.PROFILE: 5,
    Source.PATTERN: 4,
    Source.CONTEXT: 3,
    Source.LEXICON: 2,
    Source.UNKNOWN_WORD: 1,
}
# Words of one name, place or organisation found separately ("St" "Mary's") are one span.
_JOINABLE = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER)
# Structured types beat names when they overlap ("Apt 12" is an address, not a name).
_TYPE_RANK = {
    SpanType.EMAIL: 9,
    SpanType.URL: 9,
    SpanType.HANDLE: 9,
    SpanType.ID: 8,
    SpanType.ADDRESS: 7,
    SpanType.PHONE: 6,
    SpanType.DATE: 5,
    SpanType.AGE: 5,
}


class Detector:
    """Finds identifiers in text. Build one per lexicon and reuse it; it holds no text."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else default_lexicon()
        self._names = NameFinder(self.lexicon)
        self._addresses = AddressFinder(self.lexicon)
        self._extra = ExtraFinder(self.lexicon)
        self._employers = EmployerFinder(self.lexicon)
        self._chains = ChainFinder(self.lexicon)  # chains, "X-based" places
        self._kinds = KindFinder(self.lexicon)  # "Henderson Plumbing", "Bay of Plenty"
        self._lower_places = LowerPlaceFinder(self.lexicon)
        self._slot_places = SlotPlaceFinder(self.lexicon)  # "moved to reading"

    def _name_like(self, word: str) -> bool:
        """A listed given name or surname ("Tom"), which a number after may be an age of."""
        return bool(self.lexicon.flag(fold_term(word.strip())) & (FIRST | LAST))

    def _medical_word(self, word: str) -> bool:
        """A drug, device or medical term ("Jardiance", "HbA1c"): a number after it is a
        strength or a reading."""
        return bool(self.lexicon.flag(fold_term(word.strip(".,'’"))) & (MEDICAL | DRUG))

    def _drug_by_context(self, span: Span, text: str) -> bool:
        """An unknown capitalised word that is taken like a drug: a schedule or a dose
        after it ("Protaphane at night"), a quantity of it ("2 litres of Dioralyte"), or
        listed with a drug we know ("Metformin 500 x2 and Krimson 35")."""
        if span.source is not Source.UNKNOWN_WORD or span.type not in _WORDISH:
            return False
        if " " in span.text.strip() or self._name_like(span.text):
            return False
        if names_guess.travel_before(text, span.start) or names_guess.person_after(text, span.end):
            return False  # "drove to Dunlavin", "and Zanele picked me up": no drug
        lo = _sentence_start(text, span.start, 40)  # nothing before the sentence counts
        if _TAKEN_AFTER.match(text, span.end) or _QUANTITY_OF.search(
            text, max(lo, span.start - 30), span.start
        ):
            return True
        brand = _WORD_BEFORE.search(text, max(lo, span.start - 30), span.start)
        if brand and brand.group(1)[:1].isupper() and self._medical_word(brand.group(1)):
            return True  # "Mounjaro KwikPen", "Dexcom Clarity": part of the product's name
        before = text[lo : span.start]
        if not _LISTED_WITH.search(before):
            return False
        return any(self._medical_word(w) for w in re.findall(r"[A-Za-z][\w-]+", before))

    def detect(
        self, text: str, profile: PrivacyProfile, *, entry_date: date | None = None
    ) -> list[Span]:
        """Sorted, non-overlapping spans. ``entry_date`` is accepted for date resolution
        by the transformations; detection itself does not depend on it."""
        del entry_date
        if not text:
            return []
        original = text
        text = _wall_off_paragraphs(text)
        region = (profile.region or "GB").upper()
        found: list[Span] = []
        if profile.terms:
            mine = profile_extra.used_as_names(
                text, matcher_for(profile).find(text, fold(text)), self.lexicon
            )
            mine.extend(profile_extra.find(text, profile, self.lexicon))
            mine = profile_medicine.drop_medicine(mine, text, self.lexicon)
            found.extend(profile_extra.grow(mine, text))
        found.extend(patterns.find_contacts(text))
        found.extend(patterns.find_ids(text, region))
        found.extend(patterns.find_phones(text, region))
        found.extend(patterns.find_dates(text))
        found.extend(date_words.find(text, region))
        found.extend(find_ages(text))
        found.extend(find_narrative_ages(text))
        found.extend(date_more.find(text, region))  # dates and ages as patients type them
        found.extend(ages_more.find(text))
        found.extend(self._addresses.find(text, region))
        found.extend(self._names.find(text))
        found.extend(self._extra.find(text))
        found.extend(self._employers.find(text))
        found.extend(self._chains.find(text))
        found.extend(self._kinds.find(text))
        found.extend(find_informal_places(text))
        found.extend(self._lower_places.find(text))
        found.extend(self._slot_places.find(text))
        found.extend(find_lower_names(text, self.lexicon))
        found.extend(find_unknown_words(text, found, self.lexicon))  # the last safety net
        numbers = medical_number_ranges(text)
        found.extend(find_possible_ages(text, found, self._medical_word, self._name_like, numbers))
        german = is_german(text)
        found = drop_medicine(
            [s for s in found if not _function_word(s)],
            text,
            self._name_like,
            numbers,
            self._medical_word,
        )
        found = [
            s
            for s in found
            if not _not_a_name(s, text, german) and not self._drug_by_context(s, text)
        ]
        found = grow_dates(drop_eye_tests(found, text), text)
        found = grow_places(complete_lists(found, text, self.lexicon), text)
        found = drop_named_medicine(
            drop_medical_words(found, text, self.lexicon), text, self.lexicon
        )
        # twice: a word whose type settles in the first pass ("QE" "Brum" was a name
        # guess under a town) joins its neighbour in the second
        merged = merge_spans(merge_spans(found, text), text)
        spans = drop_coarse(_join_ampersands(merged, text), text)
        spans = whole_words(trim_titles(spans, text), text)  # "Dr Okafor": the name alone
        spans = names_mentions.spread(spans, text, self.lexicon)  # "dunlavin", "#Dunlavin"
        if text is not original:
            spans = [s.moved(s.start, s.end, original) for s in spans]
        return spans


_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
# Not a space, a letter, a digit or punctuation any finder reads: a wall.
_WALL = "\x00"


def _wall_off_paragraphs(text: str) -> str:
    """The text with each blank line turned into a wall no finder can match across.

    An identifier never runs over a blank line, but finders that allow a line break
    inside an address, a phone number or a name (``\\s``) would happily take two. Every
    blank-line run keeps its last line break, so "the start of a line" still holds for
    the paragraph below, and every offset stays where it was.
    """
    if "\n" not in text:
        return text
    return _BLANK_LINES.sub(lambda m: _WALL * (len(m.group()) - 1) + "\n", text)


_WORDISH = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)


def _sentence_start(text: str, at: int, reach: int) -> int:
    """Where the sentence holding ``at`` starts, looking back at most ``reach``."""
    lo = max(0, at - reach)
    ends = [m.end() for m in SENTENCE_END.finditer(text, lo, at)]
    return ends[-1] if ends else lo


# A drug named by how it is taken: "put me on Trelegy", "been on ARVs", "taking Syndopa".
_ON_DRUG = re.compile(
    r"(?:\b(?:started|put (?:me|him|her|them)|put|am|is|was|been|be|back|stay|"
    r"staying|stayed|still|now|currently|switched|trial(?:led)?) on|\btaking|"
    r"\bprescribed|\binjecting|\btried|\bstarting|\bweaning off|\bcoming off|"
    r"\bstopped|(?:^|[,;(]\s*|\band\s+)on)\s+$",
    re.IGNORECASE,
)
_LIST_SOURCES = (Source.LEXICON, Source.UNKNOWN_WORD)
_SUGGESTED = re.compile(
    r"\b(?:recommended|recommends|suggested|suggests|swears\s+by|swear\s+by)\s+$", re.I
)
_PRODUCT_NUMBER = re.compile(r"\s\d{1,3}\b(?!\s*(?:years?|yrs?|yo|months?|times|x|more|of|out)\b)")
_LAB_WORDS = frozenset(w for w in re.findall(r"[a-z][a-z0-9]+", _LAB) if len(w) <= 5)
_TAKEN_AFTER = re.compile(
    r"\s+(?:at night|in the morning|at bedtime|a day|daily|twice|once|three times|nightly|"
    r"weekly|fortnightly|bd|bid|tds|tid|od|x\s?\d|\d+(?:\.\d+)?\s*(?:mg|mcg|ml|units?|iu|g)\b)",
    re.IGNORECASE,
)
_QUANTITY_OF = re.compile(
    r"\b(?:litres?|liters?|sachets?|tubes?|course|doses?|bottles?|packets?|box|mls?|"
    r"tablets?|capsules?|puffs?|drops?|spoons?|spoonfuls?)\s+of\s+$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]+) $")
_LISTED_WITH = re.compile(r"(?:\band|,|\bor|\bplus|\bthen|\bwith|\bto|\bfrom)\s+$")


def _not_a_name(span: Span, text: str, german: bool) -> bool:
    """Guesses from lists and capitals that the words around contradict: part of a
    code ("HbA1c"), a subreddit ("r/ChronicIllness"), a drug after "on" or "taking",
    or any unknown capitalised noun in German."""
    if span.type not in _WORDISH or span.source in (Source.PROFILE, Source.USER):
        return False
    if all(w in CALENDAR for w in re.split(r"[\s-]+", span.text.lower().strip(" .,"))):
        return True  # "Mon-Wed-Fri", "Suhoor and Iftar" are days, not places
    word = span.text.lower().strip(" .,").removesuffix("'s").removesuffix("’s")
    if (
        span.type is SpanType.NAME
        and (word in KIN or word in NOT_NAMES or german and word in GERMAN_WORDS)
        and "name" not in text[max(0, span.start - 25) : span.start].lower()
    ):
        return True  # "Abbu is 66", "my English is not good", "Seit März"; not "name? Baba"
    if span.type is SpanType.PLACE and span.source is Source.LEXICON and word in NOT_NAMES:
        return True  # "Hola mi gente" greets; it names no town
    if tongue_word(span, text, german):
        return True  # Hinglish "aur", "saal"; German "bei Oma": everyday words
    if word in LANGUAGES and (span.type is SpanType.PLACE or span.source is Source.UNKNOWN_WORD):
        return True  # "in Gaelic", "any Kannada speaking groups"; "my friend Shona" stays
    if german and _german_noun(span, text):
        return True  # "Danach Termin", "Kontrolle Mitte Juni": nouns, not people
    if re.match(r"\d+[A-Za-z]", text[span.end : span.end + 4]) and not span.text.endswith(" "):
        return True  # "HbA1c", "T1D": part of a code, whoever found it
    if span.source not in _LIST_SOURCES:
        return False
    if span.text.isupper() and word in _LAB_WORDS and _as_lab(span, text):
        return True  # "LH:FSH", "TSH 4.8": a lab test a town list also holds
    if (
        german
        and span.source is Source.UNKNOWN_WORD
        and german_word(word)
        and not _PERSON_BEFORE.search(text, max(0, span.start - 16), span.start)
    ):
        return True
    if text[span.end : span.end + 1].isdigit() or text[max(0, span.start - 2) : span.start] == "r/":
        return True
    if span.type is SpanType.NAME and _PRODUCT_NUMBER.match(text, span.end):
        if _SUGGESTED.search(text, max(0, span.start - 24), span.start):
            return True  # "recommended Liv 52": a product and its number
    return (
        span.type is SpanType.NAME
        and _ON_DRUG.search(text, max(0, span.start - 24), span.start) is not None
    )


_PLACE_PREP_BEFORE = re.compile(
    r"\b(?:in|im|nach|aus|bei|von|zum|zur|am|an|wohne|wohnen|Klinikum|Uniklinik)\s+$"
)


_ARTICLE_BEFORE = re.compile(r"\b(?:dem|den|des|im|am|vom|zum|beim|einem|einen|diesem)\s+$")
_PERSON_BEFORE = re.compile(
    r"\b(?:Frau|Herr|Herrn|Dr|Prof|Schwester|Pfleger|Oma|Opa|Tante|Onkel|Sohn|Tochter|"
    r"Freundin|Freund|Mann|Bruder|Cousine|Cousin|Nachbarin|Nachbar|Kollegin|Kollege|"
    r"Chefin|Chef|Enkel|Enkelin|heißt|namens)\.?\s+$"
)


def _german_noun(span: Span, text: str) -> bool:
    """In German text, a name or town guess every word of which is an ordinary German
    word and no listed given name ("Danach Termin", "Meine Tochter", "Mitte"); a town
    after "in", "nach", "aus" stays a town."""
    if span.source not in (Source.CONTEXT, Source.LEXICON, Source.UNKNOWN_WORD):
        return False
    words = span.text.split()
    if not words or not all(german_word(w) for w in words):
        return False
    if span.type is SpanType.PLACE:
        return _PLACE_PREP_BEFORE.search(text, max(0, span.start - 12), span.start) is None
    lexicon = default_lexicon()
    after_article = _ARTICLE_BEFORE.search(text, max(0, span.start - 8), span.start)
    if not after_article and any(lexicon.flag(fold_term(w.strip(".,'’"))) & FIRST for w in words):
        return False  # "Sommer" may be a name, but "seit dem Sommer" is the summer
    if _PERSON_BEFORE.search(text, max(0, span.start - 16), span.start):
        return False  # "Frau Wiesenthal", "mein Sohn Till": a person by the word before
    return span.type is SpanType.NAME


def _as_lab(span: Span, text: str) -> bool:
    """A lab test's name used as one: in a ratio ("LH:FSH") or before its value."""
    edges = text[span.end : span.end + 1] + text[max(0, span.start - 1) : span.start]
    return any(c in ":/" for c in edges) or LAB_VALUE.match(text, span.start) is not None


def _function_word(span: Span) -> bool:
    """A lower-case "am", "will" or "may" is never a name, whichever finder said so, nor
    is text-speak ("tmrw", "ngl") unless the profile says so."""
    if span.type not in _WORDISH or span.source is Source.USER:
        return False
    word = span.text.strip(".'’ ")
    if (
        span.source is not Source.PROFILE
        and word.lower() in TEXTSPEAK
        and not (span.source is Source.CONTEXT and word[:1].isupper() and not word.isupper())
    ):
        return True  # "mo" is a month in text-speak; "my wife Mo" is a name
    return span.text.islower() and word in CLOSED_CLASS


def _strength(span: Span) -> tuple[int, int, int]:
    return (_SOURCE_RANK[span.source] >= 5, _TYPE_RANK.get(span.type, 0), _SOURCE_RANK[span.source])


_AMPERSAND = re.compile(r" & [A-Z][a-z][\w'’]*(?: [A-Z][a-z][\w'’]*)?")


def _join_ampersands(spans: list[Span], text: str) -> list[Span]:
    """ "Baylor Scott & White", "Marks & Spencer": a place or organisation goes on over
    an ampersand and the capitalised words after it."""
    out: list[Span] = []
    for span in spans:
        m = (
            _AMPERSAND.match(text, span.end)
            if span.type in (SpanType.PLACE, SpanType.EMPLOYER)
            else None
        )
        if m and not (out and out[-1].end > span.start):
            end = m.end()
            span = Span(
                span.start,
                end,
                span.type,
                span.source,
                span.confidence,
                text[span.start : end],
                span.uncertain,
                span.term,
            )
        if out and span.start < out[-1].end:  # it now covers the next span: merge them
            last = out[-1]
            out[-1] = Span(
                last.start,
                max(last.end, span.end),
                last.type,
                last.source,
                last.confidence,
                text[last.start : max(last.end, span.end)],
                last.uncertain,
                last.term,
            )
            continue
        out.append(span)
    return out


def merge_spans(spans: list[Span], text: str) -> list[Span]:
    """Union overlapping spans; join names split only by a space ("Sarah" "Jones")."""
    if not spans:
        return []
    spans = sorted(spans, key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for span in spans:
        if merged:
            last = merged[-1]
            gap = text[last.end : span.start]
            touching = span.start < last.end or (
                span.type is last.type
                and span.type in _JOINABLE
                and (gap == " " or gap == ". " and len(last.text.split()[-1]) <= 3)
            )
            if touching:
                best = last if _strength(last) >= _strength(span) else span
                end = max(last.end, span.end)
                merged[-1] = Span(
                    last.start,
                    end,
                    best.type,
                    best.source,
                    max(last.confidence, span.confidence),
                    text[last.start : end],
                    last.uncertain and span.uncertain,
                    best.term or last.term,
                )
                continue
        merged.append(span)
    return merged


def detect(
    text: str,
    profile: PrivacyProfile,
    *,
    entry_date: date | None = None,
    detector: Detector | None = None,
) -> list[Span]:
    """Detect with a shared ``Detector`` unless one is given (tests, custom lexicons)."""
    return (detector or _default_detector()).detect(text, profile, entry_date=entry_date)


_DEFAULT: list[Detector] = []


def _default_detector() -> Detector:
    if not _DEFAULT:
        _DEFAULT.append(Detector())
    return _DEFAULT[0]
