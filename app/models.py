"""Plain data types the journal hands out and takes in.

What a list or a search hands out (rows, filters, pages, hits) is here, as ``Frozen``
values. The rest is loaded on first use, yet imported from here as before (``from
app.models import Treatment``): an entry itself (``app.entry_models``, needed to add or
show one) and the catalog's and the records' types (symptoms, factors, treatments and
their doses, conditions, appointments, shares: ``app.catalog_models``). Those are
dataclasses, and a command-line list or search needs none of them: importing
``dataclasses`` and making each class cost it about 9 ms (issue 19).
"""

from __future__ import annotations

import datetime as dt

from app.frozen import Frozen

TYPE_CHECKING = False  # typing's, without importing typing (2 ms a command, issue 19)
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
    from app.entry_models import Entry, SymptomReading  # noqa: F401

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


def display_title(title: str, body: str) -> str:
    """The title, or the body's first sentence (short enough for a list row)."""
    if title.strip():
        return title.strip()
    for line in body.splitlines():
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


class EntryRow(Frozen):
    """What a list shows for one entry: cheap to fetch a page of."""

    id: int
    kind: str
    day: dt.date
    time: dt.time | None
    title: str
    severities: tuple[tuple[str, int], ...] = ()
    tags: tuple[str, ...] = ()


class EntryFilter(Frozen):
    kinds: tuple[str, ...] = ()
    tag: str | None = None
    symptom_id: int | None = None
    treatment_id: int | None = None
    condition_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


class Cursor(Frozen):
    """Keyset position after the last row of a page (newest first)."""

    at: str
    id: int


class Page(Frozen):
    rows: list[EntryRow]
    next: Cursor | None  # None when there is nothing more


class SearchHit(Frozen):
    row: EntryRow
    snippet: str  # matches wrapped in HIT_START/HIT_END
    rank: float


_ENTRY_TYPES = frozenset({"Entry", "SymptomReading"})
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
    """An entry's types and the catalog's, from their modules on first use."""
    if name in _ENTRY_TYPES:
        from app import entry_models

        return getattr(entry_models, name)
    if name in _ELSEWHERE:
        from app import catalog_models

        return getattr(catalog_models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_ENTRY_TYPES, *_ELSEWHERE})
