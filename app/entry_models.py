"""An entry and its symptom readings: what the journal stores and the editor fills.

Imported through ``app.models`` (``from app.models import Entry``), which loads this
module the first time one is asked for: a list or a search from the command line needs
only the rows and hits of ``app.models`` (issue 19).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.models import display_title


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
        return display_title(self.title, self.body)
