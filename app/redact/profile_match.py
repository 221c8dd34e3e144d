"""Find the user's own profile terms, in any case, accent or zero-width disguise.

The profile is the strongest lever we have: the user told us these words identify
them, so every variant is redacted with high confidence. Person names also match
by part (first name only, surname only), with an initial ("S. Jones") and with a
possessive ("Sarah's", which word boundaries already allow).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.profile import PrivacyProfile, ProfileTerm
from app.redact.names_cues import CLOSED_CLASS
from app.redact.normalise import Folded, fold_term
from app.redact.profile_scan import Shape, initial_shape, initials_shape, leftmost, words_shape
from app.redact.spans import Source, Span, SpanType

KIND_TYPES = {
    "self": SpanType.NAME,
    "person": SpanType.NAME,
    "place": SpanType.PLACE,
    "employer": SpanType.EMPLOYER,
    "other": SpanType.OTHER,
}
# Words of a multi-word term that identify nothing on their own.
_GENERIC_PARTS = frozenset(
    [
        "dr",
        "dr.",
        "doctor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "prof",
        "sir",
        "the",
        "of",
        "and",
        "de",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "du",
        "del",
        "st",
        "st.",
        "saint",
        "hospital",
        "hosp",
        "clinic",
        "centre",
        "center",
        "medical",
        "general",
        "university",
        "royal",
        "infirmary",
        "surgery",
        "practice",
        "health",
        "trust",
        "nhs",
        "foundation",
        "house",
        "rehab",
        "ward",
        "unit",
        "school",
        "college",
        "group",
        "inc",
        "ltd",
        "llc",
        "plc",
        "company",
        "co",
        "corp",
        "road",
        "street",
        "lane",
        "avenue",
        "north",
        "south",
        "east",
        "west",
        "new",
        "upper",
        "lower",
        "great",
        "little",
        "old",
        "county",
        "city",
        "town",
        "village",
        "park",
    ]
)
_MIN_PART = 3


@dataclass(frozen=True, slots=True)
class _Variant:
    shape: Shape  # the pattern and how to find it
    term: ProfileTerm
    full: bool
    initial: bool = False
    # Strings one of which any match holds: a variant none of them is in cannot match.
    keys: tuple[str, ...] = ()


def _words(folded: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", folded) if w]


def _phrase_pattern(words: list[str]) -> str:
    # Any run of spaces, hyphens or dots may separate the words of a term.
    return r"[\s.\-]+".join(re.escape(w) for w in words)


def _variants(term: ProfileTerm) -> list[_Variant]:
    words = _words(fold_term(term.text))
    if not words:
        return []
    whole = _phrase_pattern(words)
    out = [_Variant(words_shape(words, whole), term, True, keys=(words[0],))]
    if len(words) == 1 and len(words[0]) > 1 and term.kind in ("self", "person"):
        # "S. Jones" / "S Jones": an initial before a lone surname is part of the name
        # (not before a lone letter: "Vitamin A. A said" is no "A. A").
        out.append(_initial(words[0], term))
    if len(words) > 1:
        min_part = 2 if term.kind in ("self", "person") else _MIN_PART
        parts = [w for w in words if len(w) >= min_part and w not in _GENERIC_PARTS]
        for part in parts:
            pattern = re.escape(part)
            out.append(_Variant(words_shape([part], pattern), term, False, keys=(part,)))
        if term.kind in ("self", "person") and len(parts) >= 1:
            out.append(_initial(parts[-1], term))
            initials = "".join(w[0] for w in words if w not in _GENERIC_PARTS)
            if len(initials) >= 2:
                pattern = r"\.?".join(map(re.escape, initials)) + r"\.?"
                pair = (initials[:2], f"{initials[0]}.{initials[1]}")
                if not initials[:2].isalnum():
                    pair = ("",)  # a metacharacter: no key is sure, always search
                shape = initials_shape(initials, pattern)
                out.append(_Variant(shape, term, False, keys=pair))
    return out


def _initial(word: str, term: ProfileTerm) -> _Variant:
    pattern = r"[a-z]\.?\s+" + re.escape(word)
    return _Variant(initial_shape(word, pattern), term, True, True, (word,))


class ProfileMatcher:
    """Every variant of every profile term, found as one alternation of their regexes
    would find them, longest first, but matched by hand (see ``profile_scan``):
    building one per record compiled a regex per term and cost more than matching.
    A variant none of whose key strings is in the text is not searched at all.
    """

    def __init__(self, profile: PrivacyProfile) -> None:
        variants: list[_Variant] = []
        for term in profile.terms:
            variants.extend(_variants(term))
        # Longest patterns first so "Sarah Jones" wins over "Sarah".
        variants.sort(key=lambda v: len(v.shape.pattern), reverse=True)
        self._variants = variants

    def find(self, text: str, folded: Folded) -> list[Span]:
        live = [v for v in self._variants if any(k in folded.text for k in v.keys)]
        spans = []
        for a, b, which in leftmost(folded.text, [v.shape for v in live]):
            variant = live[which]
            matched = folded.text[a:b]
            start, end = folded.to_original(a, b)
            # Initials-only matches ("SJ") are weaker than a spelled-out name.
            if variant.initial and not _real_initial(text, start):
                continue
            if not variant.full and not _plausible_part(text[start:end], matched):
                continue
            uncertain = not variant.full and len(matched) <= 3
            spans.append(
                Span(
                    start,
                    end,
                    KIND_TYPES[variant.term.kind],
                    Source.PROFILE,
                    0.99 if variant.full else 0.9,
                    text[start:end],
                    uncertain,
                    variant.term.text,
                )
            )
        return spans


def _plausible_part(raw: str, folded: str) -> bool:
    """A part or the initials of a term, but not a function word ("am" for Alex Morgan):
    a function word counts only when spelled with capitals and dots ("A.M.")."""
    if folded.replace(".", "") not in CLOSED_CLASS:
        return True
    if raw.islower():
        return False
    return "." in raw or not raw.isupper()


def _real_initial(text: str, start: int) -> bool:
    """ "S. Jones" or "S Jones", but not the article in "a jones" or the "s" of "pt's"."""
    return text[start].isupper() or text[start + 1 : start + 2] == "."


@lru_cache(maxsize=256)
def matcher_for(profile: PrivacyProfile) -> ProfileMatcher:
    """Profiles are frozen and reused across entries, so compile each once."""
    return ProfileMatcher(profile)
