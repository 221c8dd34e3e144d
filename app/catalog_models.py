"""The catalog's and the records' plain data types: symptoms, factors, treatments and
their doses, conditions, appointments, shares.

Imported through ``app.models`` (``from app.models import Treatment``), which loads this
module the first time one of these is asked for: the entries' own types are all that
a list, a search or a note needs (issue 19).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Symptom:
    id: int
    name: str
    body_area: str = ""
    archived: bool = False


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
