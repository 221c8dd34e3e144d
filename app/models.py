"""Plain data types the journal hands out and takes in.

The entries' types are here. The catalog's and the records' (symptoms, factors,
treatments and their doses, conditions, appointments, shares) live in
``app.catalog_models`` and are loaded on first use, yet imported from here as before
(``from app.models import Treatment``): a list, a search or a note from the command
line needs none of them, and each dataclass takes about 0.5 ms to make (issue 19).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for readers and type checkers: loaded on first use, by __getattr__
    from app.catalog_models import (  # noqa: F401
        Appointment,
        Condition,
        DoseChange,
        DoseEvent,
        Factor,
        ShareRecord,
        Symptom,
        Treatment,
    )

ENTRY_KINDS = ("symptom", "treatment", "lesson", "note")
TREATMENT_KINDS = ("medication", "therapy")
DOSE_STATUSES = ("taken", "skipped")
FACTOR_KINDS = ("number", "yesno", "scale")
DEFAULT_WASHIN_DAYS = 14  # a treatment's wash-in when the user has not set one
MAX_WASHIN_DAYS = 365

# Snippets mark matches with these control characters; front ends turn them into
# highlighting (the CLI into brackets). They never occur in stored text because
# the journal strips C0 controls other than tab and newline on save.
HIT_START = "\x02"
HIT_END = "\x03"


@dataclass
class SymptomReading:
    symptom_id: int
    severity: int
    duration_min: int | None = None
    triggers: str = ""
    name: str = ""  # filled in when read back


@dataclass
class Entry:
    kind: str
    day: dt.date
    title: str = ""
    body: str = ""
    time: dt.time | None = None
    tags: list[str] = field(default_factory=list)
    readings: list[SymptomReading] = field(default_factory=list)
    treatment_ids: list[int] = field(default_factory=list)
    condition_ids: list[int] = field(default_factory=list)
    source_ids: list[int] = field(default_factory=list)  # lessons: what they came from
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""

    def display_title(self) -> str:
        """The title, or the body's first sentence (short enough for a list row)."""
        if self.title.strip():
            return self.title.strip()
        for line in self.body.splitlines():
            line = line.strip().lstrip("#>-*").strip()
            if line:
                return first_sentence(line)
        return ""


def first_sentence(text: str, limit: int = 90) -> str:
    for mark in (". ", "! ", "? "):
        cut = text.find(mark)
        if 0 < cut < limit:
            return text[: cut + 1]
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


@dataclass(frozen=True)
class EntryRow:
    """What a list shows for one entry: cheap to fetch a page of."""

    id: int
    kind: str
    day: dt.date
    time: dt.time | None
    title: str
    severities: tuple[tuple[str, int], ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntryFilter:
    kinds: tuple[str, ...] = ()
    tag: str | None = None
    symptom_id: int | None = None
    treatment_id: int | None = None
    condition_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class Cursor:
    """Keyset position after the last row of a page (newest first)."""

    at: str
    id: int


@dataclass(frozen=True)
class Page:
    rows: list[EntryRow]
    next: Cursor | None  # None when there is nothing more


@dataclass(frozen=True)
class SearchHit:
    row: EntryRow
    snippet: str  # matches wrapped in HIT_START/HIT_END
    rank: float


_ELSEWHERE = frozenset(
    {
        "Appointment",
        "Condition",
        "DoseChange",
        "DoseEvent",
        "Factor",
        "ShareRecord",
        "Symptom",
        "Treatment",
    }
)


def __getattr__(name: str) -> type:
    """The catalog's and the records' types, from ``app.catalog_models`` on first use."""
    if name in _ELSEWHERE:
        from app import catalog_models

        return getattr(catalog_models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_ELSEWHERE})
