"""Plain data types the journal hands out and takes in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ENTRY_KINDS = ("symptom", "treatment", "lesson", "note")
TREATMENT_KINDS = ("medication", "therapy")
DOSE_STATUSES = ("taken", "skipped")

# Snippets mark matches with these control characters; front ends turn them into
# highlighting (the CLI into brackets). They never occur in stored text because
# the journal strips C0 controls other than tab and newline on save.
HIT_START = "\x02"
HIT_END = "\x03"


@dataclass(frozen=True)
class Symptom:
    id: int
    name: str
    body_area: str = ""
    archived: bool = False


FACTOR_KINDS = ("number", "yesno", "scale")


@dataclass(frozen=True)
class Factor:
    """Something tracked once a day besides symptoms: sleep hours, steps, "alcohol"
    (yes/no), stress 0-10. A day without a value is "not recorded", never 0."""

    id: int
    name: str
    kind: str  # number | yesno | scale
    unit: str = ""
    archived: bool = False
    position: int = 0


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


@dataclass
class DoseChange:
    day: dt.date
    dose_amount: float | None
    dose_unit: str = ""
    schedule: str = ""
    note: str = ""
    id: int | None = None


@dataclass
class DoseEvent:
    day: dt.date
    status: str  # taken | skipped
    time: dt.time | None = None
    note: str = ""
    id: int | None = None


DEFAULT_WASHIN_DAYS = 14  # a treatment's wash-in when the user has not set one
MAX_WASHIN_DAYS = 365


@dataclass
class Treatment:
    name: str
    kind: str = "medication"
    dose_amount: float | None = None
    dose_unit: str = ""
    route: str = ""
    schedule: str = ""
    start_day: dt.date | None = None
    stop_day: dt.date | None = None
    effect_rating: int | None = None  # 0 (no effect) … 10 (best)
    side_effects: str = ""
    notes: str = ""
    dose_changes: list[DoseChange] = field(default_factory=list)
    id: int | None = None
    # Days it takes to work, left out of "did it help" after each change (None: 14).
    washin_days: int | None = None

    def is_current(self, on: dt.date) -> bool:
        started = self.start_day is None or self.start_day <= on
        return started and (self.stop_day is None or self.stop_day >= on)

    def dose_text(self) -> str:
        if self.dose_amount is None:
            return self.schedule
        amount = f"{self.dose_amount:g}"
        parts = [f"{amount} {self.dose_unit}".strip(), self.schedule]
        return " ".join(p for p in parts if p)


@dataclass
class Condition:
    name: str
    diagnosed_day: dt.date | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Appointment:
    day: dt.date
    clinician: str = ""
    main_concern: str = ""
    questions: tuple[str, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class ShareRecord:
    shared_at: str
    destination: str
    method: str
    final_text: str
    entry_ids: tuple[int, ...]
    id: int | None = None
