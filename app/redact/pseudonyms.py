"""Consistent pseudonyms within one post: "Sam" is "Person A" everywhere, and a clinician
keeps their title ("Dr Priya Shah", "Dr Shah" and "Priya" are all "Dr A").

Mentions of one person are linked when the words of one are a subset of the words of
the other ("Shah" within "Priya Shah"), so a surname alone or a first name alone gets
the same letter as the full name. A person seen once with a clinical title (or whose
profile role is a clinician: "my rheumatologist") is a clinician in every mention.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.posts.words import ENGLISH, post_words
from app.redact.normalise import fold_term
from app.redact.spans import Span, SpanType

# Types with a prefix of their own ("Person A", "Place A"; the words: app.posts.words).
_PREFIX = frozenset([SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER])
_TITLES = (
    "dr",
    "doctor",
    "prof",
    "professor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "nurse",
    "sister",
    "rev",
)
_CLINICAL_TITLES = frozenset(["dr", "doctor", "prof", "professor", "nurse"])
# A title written before the span ("Dr Shah" where only "Shah" was found).
TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(_TITLES)})\.?\s+$", re.IGNORECASE)
# A title at the start of the span itself ("Dr Priya Shah" from the profile).
_TITLE_INSIDE = re.compile(rf"(?:{'|'.join(_TITLES)})\.?(?=\s)", re.IGNORECASE)
_CLINICAL_ROLE = re.compile(
    r"\b(?:doctor|gp|consultant|registrar|nurse|surgeon|midwife|physio\w*|\w*therapist|"
    r"\w+ologist|\w*iatrist|\w*iatrician|pharmacist|dentist|optician|anaesthetist|"
    r"anesthetist|specialist|clinician)\b",
    re.IGNORECASE,
)


@dataclass
class _Person:
    words: frozenset[str]
    clinician: bool
    letter: str = ""


def _letter(n: int) -> str:
    """1 → A, 26 → Z, 27 → AA."""
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


@dataclass
class PseudonymBook:
    """Letters handed out so far in one post, so "Sarah" is "Person A" in every entry."""

    letters: dict[tuple[SpanType, str], str] = field(default_factory=dict)
    counters: Counter[str] = field(default_factory=Counter)
    people: list[_Person] = field(default_factory=list)

    def letter_for(self, span_type: SpanType, key: str) -> str:
        """The letter of a place, employer or other term (names use ``name_for``)."""
        slot = (span_type, key)
        if slot not in self.letters:
            self.counters[span_type.value] += 1
            self.letters[slot] = _letter(self.counters[span_type.value])
        return self.letters[slot]

    # -- people -------------------------------------------------------------------------

    def note(self, text: str, spans: Sequence[Span], role_of=lambda span: "") -> None:
        """Meet every name in ``text`` before any is replaced, so a clinician named
        first without a title ("Priya said") is still "Dr A"."""
        for span in spans:
            if span.type is SpanType.NAME:
                title = _title_of(text, span)
                self._person(_key(span, title), _clinical(title, role_of(span)))

    def name_for(self, text: str, span: Span, role: str = "", lang: str = ENGLISH) -> str:
        """The pseudonym of a name span, its title kept: "Person A", "Dr A", "Mrs B".

        A title written just before the span stays in the text, so only the letter (and
        no prefix) replaces the span then. ``lang`` is the post's language ("Dr. A").
        """
        title = _title_of(text, span)
        person = self._person(_key(span, title), _clinical(title, role))
        if not person.letter:
            group = "clinician" if person.clinician else "person"
            self.counters[group] += 1
            person.letter = _letter(self.counters[group])
        poss = span.text[-2:] if span.text[-2:] in ("'s", "’s") else ""
        if TITLE_BEFORE.search(text, max(0, span.start - 12), span.start):
            return person.letter + poss
        inside = _TITLE_INSIDE.match(span.text)
        if inside:
            return f"{inside.group()} {person.letter}{poss}"
        key = "pseudonym.clinician" if person.clinician else "pseudonym.NAME"
        return f"{post_words(lang)[key]} {person.letter}{poss}"

    def _person(self, words: frozenset[str], clinician: bool) -> _Person:
        for person in self.people:
            if words and (words <= person.words or person.words <= words):
                if not person.letter:
                    person.clinician = person.clinician or clinician
                person.words = person.words | words
                return person
        person = _Person(words, clinician)
        self.people.append(person)
        return person


def prefix_for(span_type: SpanType, lang: str = ENGLISH) -> str:
    """ "Place" of "Place A", in the post's language."""
    key = f"pseudonym.{span_type.name}" if span_type in _PREFIX else "pseudonym.item"
    return post_words(lang)[key]


def _title_of(text: str, span: Span) -> str:
    """The title written with this mention, or with the profile term it matched."""
    before = TITLE_BEFORE.search(text, max(0, span.start - 12), span.start)
    if before:
        return before.group().strip().rstrip(".").lower()
    inside = _TITLE_INSIDE.match(span.text) or _TITLE_INSIDE.match(span.term)
    return inside.group().rstrip(".").lower() if inside else ""


def _clinical(title: str, role: str) -> bool:
    return title in _CLINICAL_TITLES or bool(role and _CLINICAL_ROLE.search(role))


def _key(span: Span, title: str) -> frozenset[str]:
    words = re.split(r"[^\w'’]+", fold_term(span.term or span.text))
    words = [w.removesuffix("'s").removesuffix("’s") for w in words if w]
    named = [w for w in words if w not in _TITLES]
    return frozenset(w for w in named if len(w) > 1) or frozenset(named)
