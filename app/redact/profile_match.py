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
    pattern: str
    term: ProfileTerm
    full: bool
    initial: bool = False


def _words(folded: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", folded) if w]


def _phrase_pattern(words: list[str]) -> str:
    # Any run of spaces, hyphens or dots may separate the words of a term.
    return r"[\s.\-]+".join(re.escape(w) for w in words)


def _variants(term: ProfileTerm) -> list[_Variant]:
    words = _words(fold_term(term.text))
    if not words:
        return []
    out = [_Variant(_phrase_pattern(words), term, True)]
    if len(words) == 1 and term.kind in ("self", "person"):
        # "S. Jones" / "S Jones": an initial before a lone surname is part of the name.
        out.append(_Variant(r"[a-z]\.?\s+" + re.escape(words[0]), term, True, True))
    if len(words) > 1:
        min_part = 2 if term.kind in ("self", "person") else _MIN_PART
        parts = [w for w in words if len(w) >= min_part and w not in _GENERIC_PARTS]
        for part in parts:
            out.append(_Variant(re.escape(part), term, False))
        if term.kind in ("self", "person") and len(parts) >= 1:
            last = parts[-1]
            out.append(_Variant(r"[a-z]\.?\s+" + re.escape(last), term, True, True))
            initials = "".join(w[0] for w in words if w not in _GENERIC_PARTS)
            if len(initials) >= 2:
                out.append(_Variant(r"\.?".join(initials) + r"\.?", term, False))
    return out


class ProfileMatcher:
    """One compiled regex for every variant of every profile term."""

    def __init__(self, profile: PrivacyProfile) -> None:
        variants: list[_Variant] = []
        for term in profile.terms:
            variants.extend(_variants(term))
        # Longest patterns first so "Sarah Jones" wins over "Sarah".
        variants.sort(key=lambda v: len(v.pattern), reverse=True)
        self._variants = variants
        if variants:
            body = "|".join(f"(?P<v{i}>{v.pattern})" for i, v in enumerate(variants))
            self._regex: re.Pattern[str] | None = re.compile(rf"(?<![\w'’])(?:{body})(?!\w)")
        else:
            self._regex = None

    def find(self, text: str, folded: Folded) -> list[Span]:
        if self._regex is None:
            return []
        spans = []
        for m in self._regex.finditer(folded.text):
            variant = self._variants[int(m.lastgroup[1:])] if m.lastgroup else None
            if variant is None:
                continue
            start, end = folded.to_original(m.start(), m.end())
            # Initials-only matches ("SJ") are weaker than a spelled-out name.
            if variant.initial and not _real_initial(text, start):
                continue
            if not variant.full and not _plausible_part(text[start:end], m.group()):
                continue
            uncertain = not variant.full and len(m.group()) <= 3
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
