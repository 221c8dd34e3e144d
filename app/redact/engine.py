"""The detector: runs every finder and settles overlaps into one clean list of spans.

Overlapping detections are merged rather than picked between, because leaving half
of an identifier readable is worse than redacting a word too many; the merged span
takes the type of its strongest part (``span_merge``). Guesses the words around them
contradict are dropped first (``span_filters``).
"""

from __future__ import annotations

import re
from datetime import date

from app.profile import PrivacyProfile
from app.redact import (
    ages_clauses,
    ages_more,
    ages_written,
    date_more,
    date_named_days,
    date_words,
    dates_festivals,
    names_apposed,
    names_guess,
    names_mentions,
    names_short,
    names_written,
    orgs_defined,
    orgs_groups,
    orgs_titled,
    patterns,
    places_german,
    places_paired,
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
from app.redact.german import is_german
from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, Lexicon, default_lexicon
from app.redact.medical import drop_medicine, medical_number_ranges
from app.redact.medical_last import drop_last
from app.redact.medical_named import drop_named_medicine
from app.redact.medical_ratios import drop_eye_tests
from app.redact.medical_words import drop_medical_words
from app.redact.names import NameFinder
from app.redact.names_extra import ExtraFinder, complete_lists
from app.redact.names_lower import find_lower_names
from app.redact.names_unknown import find as find_unknown_words
from app.redact.normalise import fold, fold_term
from app.redact.numbers_age import find_possible_ages
from app.redact.numbers_measured import drop_measures
from app.redact.places_informal import find_informal_places, grow_places
from app.redact.places_lower import LowerPlaceFinder
from app.redact.places_slots import SlotPlaceFinder
from app.redact.profile_match import matcher_for
from app.redact.regions import drop_coarse
from app.redact.sentences import CLAUSE_END
from app.redact.span_edges import trim_titles, whole_words
from app.redact.span_filters import (
    _WORDISH,
    _function_word,
    _not_a_name,
)
from app.redact.span_merge import _join_ampersands, merge_spans
from app.redact.spans import Source, Span, SpanType
from app.redact.tagger import Tagger, default_tagger


class Detector:
    """Finds identifiers in text. Build one per lexicon and reuse it; it holds no text.

    ``tagger``: the learned last net (``tagger.py``), by default the shipped one;
    ``rules_only=True`` runs without it (training it, measuring the rules alone)."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        tagger: Tagger | None = None,
        *,
        rules_only: bool = False,
    ) -> None:
        self.lexicon = lexicon if lexicon is not None else default_lexicon()
        self.tagger = None if rules_only else (tagger or default_tagger())
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
        if (
            names_guess.travel_before(text, span.start)
            or names_guess.person_after(text, span.end)
            or names_guess.speaks_after(text, span.start, span.end)
        ):
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
        listed = _LISTED_WITH.search(before)
        if not listed:
            return False
        last = _LAST_WORD.search(before, 0, listed.start())
        if last and last.group(1) in _BRANCH_HEADS:
            return False  # "at Sickle Cell Society, Shivrampally": a branch's town
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
        found.extend(date_named_days.find(text))  # "Leap day", "since spring", "am 28."
        found.extend(dates_festivals.find(text))  # "Songkran", "Chuseok", "the start of term 2"
        found.extend(find_ages(text))
        found.extend(find_narrative_ages(text))
        found.extend(date_more.find(text, region))  # dates and ages as patients type them
        found.extend(ages_more.find(text))
        found.extend(ages_clauses.find(text, self._name_like))  # "Poppy (18 months)"
        found.extend(ages_written.find(text))  # "DS is 18mo", "34yof", "a girl of 12"
        found.extend(self._addresses.find(text, region))
        found.extend(self._names.find(text))
        found.extend(names_written.find(text, self._medical_word))  # "J.B. rang", "with R.K."
        found.extend(names_short.find(text))  # "dr ng", "Wu reckons", "a chat with Ng"
        german = is_german(text)  # asked once here; the name finders are handed it
        found.extend(self._extra.find(text, german))
        found.extend(self._employers.find(text))
        found.extend(orgs_groups.find(text, self.lexicon))  # "Irish Cancer Society", "SIPTU"
        found.extend(self._chains.find(text))
        found.extend(self._kinds.find(text))
        found.extend(find_informal_places(text))
        found.extend(self._lower_places.find(text))
        found.extend(self._slot_places.find(text))
        found.extend(places_german.find(text, self.lexicon))  # "Marienhospital", "am Husemannplatz"
        found.extend(find_lower_names(text, self.lexicon))
        found.extend(find_unknown_words(text, found, self.lexicon, german))  # the last net
        found.extend(orgs_titled.find(text, found, self.lexicon, self._medical_word, german))
        found.extend(orgs_defined.find(text, found, self.lexicon, self._medical_word))
        numbers = medical_number_ranges(text, region)
        found.extend(find_possible_ages(text, found, self._medical_word, self._name_like, numbers))
        found = drop_measures(found, text)  # "11+5", "1 litre a day", "3 of 6", "7 off"
        learned: list[Span] = []
        if self.tagger is not None:  # learned, uncertain; the vetoes below apply to it too
            learned = self.tagger.new_spans(found, text, self.lexicon, numbers, german)
            found.extend(learned)
        found = drop_medicine(
            [s for s in found if not _function_word(s)],
            text,
            self._name_like,
            numbers,
            self._medical_word,
        )
        # only an unknown word's guess can be taken like a drug: the others are not
        # asked (``_drug_by_context`` says no to them at its first line)
        unknown, drug = Source.UNKNOWN_WORD, self._drug_by_context
        found = [
            s
            for s in found
            if not _not_a_name(s, text, german) and not (s.source is unknown and drug(s, text))
        ]
        # "my daughter April", "June (79)": the person; "from March to Peterborough": the
        # town; not the month
        people = list(names_written.find_month_people(text, self._name_like))  # "Wei and Jun"
        people.extend(places_paired.find(text, self.lexicon))
        if people:
            found = [s for s in found if not _month_of(s, people)] + people
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
        if learned:  # a learned guess neither blocks a cued name nor is spread itself
            spans = _after_late_names(spans, learned, text, self.lexicon, german)
        else:  # "Tom (the nurse)", "Kev my brother"; then "dunlavin", "#Dunlavin"
            spans = names_apposed.add(spans, text, self.lexicon)
            spans = names_mentions.spread(spans, text, self.lexicon, german)
        spans = drop_last(spans, found, text, self.lexicon)  # medicine a late step brought back
        if text is not original:
            spans = [s.moved(s.start, s.end, original) for s in spans]
        return spans


def _month_of(span: Span, people: list[Span]) -> bool:
    """A date that is only the month word a person is called ("April" of "my daughter
    April")."""
    return span.type is SpanType.DATE and any(
        p.start <= span.start and span.end <= p.end for p in people
    )


def _after_late_names(
    spans: list[Span], learned: list[Span], text: str, lex: Lexicon, german: bool | None = None
) -> list[Span]:
    """The names cued beside who they are (``names_apposed``: "Sbu, the rheumatologist")
    and ``names_mentions.spread`` over the rules' spans, then the tagger's spans that
    survived the vetoes wherever the late names ("Nurse T.", "my physio Hyun-woo") left
    room: a cued name is a NAME even where the tagger guessed the word first."""
    mine = {id(s) for s in learned}
    kept = [s for s in spans if id(s) in mine]
    rules = names_apposed.add([s for s in spans if id(s) not in mine], text, lex)
    out = names_mentions.spread(rules, text, lex, german)
    extra = [s for s in kept if not any(o.start < s.end and s.start < o.end for o in out)]
    return sorted([*out, *extra], key=lambda s: s.start) if extra else out


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


def _sentence_start(text: str, at: int, reach: int) -> int:
    """Where the sentence holding ``at`` starts, looking back at most ``reach``."""
    lo = max(0, at - reach)
    ends = [m.end() for m in CLAUSE_END.finditer(text, lo, at)]
    return ends[-1] if ends else lo


_TAKEN_AFTER = re.compile(
    r"\s+(?:at night|in the morning|at bedtime|a day|daily|twice|once|three times|nightly|"
    r"weekly|fortnightly|bd|bid|tds|tid|od|x\s?\d|\d+(?:\.\d+)?\s*(?:mg|mcg|ml|units?|iu|g)\b|"
    r"\d+(?:[.,]\d+)?\s+\d(?:[.,]\d)?-\d(?:[.,]\d)?-\d\b)",  # "Amoxi 1000 1-1-1"
    re.IGNORECASE,
)
_QUANTITY_OF = re.compile(
    r"\b(?:litres?|liters?|sachets?|tubes?|course|doses?|bottles?|packets?|box|mls?|"
    r"tablets?|capsules?|puffs?|drops?|spoons?|spoonfuls?)\s+of\s+$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]+) $")
_LAST_WORD = re.compile(r"([A-Za-z][\w-]*)\W*$")
# Heads of a place or an organisation a town may follow: "Society, Shivrampally".
_BRANCH_HEADS = frozenset(
    """Society Foundation Trust Hospital Hospitals Centre Center Clinic Institute
    Association Council Mall Pharmacy Chemist Chemists Campus University College School
    Church Club Hospice Unit Ward""".split()
)
_LISTED_WITH = re.compile(r"(?:\band|,|\bor|\bplus|\bthen|\bwith|\bto|\bfrom)\s+$")


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
