"""Span types and errors shared by the detectors, the transformations and the review screen.

A ``Span`` is plain data with offsets into the *original* text (Python string
indices, end exclusive), so a UI can highlight it without knowing how it was found.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SpanType(StrEnum):
    NAME = "NAME"
    PLACE = "PLACE"
    ADDRESS = "ADDRESS"
    DATE = "DATE"
    AGE = "AGE"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    URL = "URL"
    ID = "ID"
    EMPLOYER = "EMPLOYER"
    HANDLE = "HANDLE"
    OTHER = "OTHER"


class Source(StrEnum):
    """Where a detection came from; the review screen can explain it ("from your profile")."""

    PROFILE = "profile"
    PATTERN = "pattern"  # regex plus validator (card, IBAN, NHS number, phone, date...)
    CONTEXT = "context"  # a cue word nearby ("Dr", "my sister", "MRN")
    LEXICON = "lexicon"  # a shipped list of names or places
    UNKNOWN_WORD = "unknown_word"  # capitalised word we do not recognise: a review flag
    USER = "user"  # selected by hand in the review screen


# Spans no medicine rule may drop: the user's own selection, a profile term, and a
# pattern with a validator (a checked ID, a phone, a date).
SURE_SOURCES = (Source.USER, Source.PROFILE, Source.PATTERN)

_SET_FIELD = object.__setattr__  # past the frozen class's own __setattr__


@dataclass(frozen=True, slots=True)
class Span:
    """One detected identifier.

    ``uncertain`` spans are redacted by default but shown differently, so the user
    knows to look at them; ``term`` names the profile term that matched, if any.
    """

    start: int
    end: int
    type: SpanType
    source: Source
    confidence: float
    text: str
    uncertain: bool = False
    term: str = ""

    def __init__(
        self,
        start: int,
        end: int,
        type: SpanType,  # noqa: A002 - the field's name
        source: Source,
        confidence: float,
        text: str,
        uncertain: bool = False,
        term: str = "",
    ) -> None:
        # Written out, not generated: a frozen dataclass's own __init__ sets each field
        # through a lookup of object.__setattr__ and then calls __post_init__, and a text
        # makes some thirty spans. The offsets are checked first, as before.
        if not 0 <= start < end:
            raise ValueError(f"bad span offsets {start}..{end}")
        _set = _SET_FIELD
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "type", type)
        _set(self, "source", source)
        _set(self, "confidence", confidence)
        _set(self, "text", text)
        _set(self, "uncertain", uncertain)
        _set(self, "term", term)

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def moved(self, start: int, end: int, full_text: str) -> Span:
        # built directly: ``dataclasses.replace`` costs several times more, once per span
        # of every post
        return Span(
            start,
            end,
            self.type,
            self.source,
            self.confidence,
            full_text[start:end],
            self.uncertain,
            self.term,
        )


class RedactError(Exception):
    """Base of every error raised by ``app.redact``."""


class DetectInputError(RedactError):
    """A record given to ``run_detect`` could not be read; ``line`` is 1-based."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        super().__init__(f"{path}: line {line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class PolicyError(RedactError):
    """A decision or policy does not fit the spans it is applied to."""
