"""CSV export: one file per table, for spreadsheets.

Cells are escaped against formula injection: every cell is quoted, and text that
starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return, at its start or
after a ``;`` or tab, gets a ``'`` there, so a spreadsheet shows it as text instead
of running it. Files are 0600 in a folder made 0700, and appear only once all are
written. The files are NOT encrypted: the caller must say so (``WARNING``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from app.journal.private_file import staged_folder

if TYPE_CHECKING:
    from app.journal.journal import Journal

WARNING = (
    "These files are NOT encrypted: anyone who can read them can read your "
    "journal. For a safe copy, make an encrypted backup instead (fettle backup)."
)

# A character a spreadsheet reads as the start of a formula, at the start of the
# text or right after a ``;`` or tab: there ``escape_cell`` puts a ``'``.
_SEGMENT_START = re.compile(r"(?:^|(?<=[;\t]))(?=[=+\-@\t\r])")

# file name → (header, query); columns named for people, ids kept so tables join.
TABLES: dict[str, tuple[tuple[str, ...], str]] = {
    "entries": (
        ("id", "kind", "date", "time", "title", "body", "tags", "created_at", "updated_at"),
        (
            "SELECT id, kind, day, time, title, body, tag_text, created_at, updated_at "
            "FROM entries ORDER BY at, id"
        ),
    ),
    "symptom_ratings": (
        ("entry_id", "date", "symptom", "severity", "duration_min", "triggers"),
        (
            "SELECT r.entry_id, e.day, s.name, r.severity, r.duration_min, "
            "r.triggers FROM symptom_readings r JOIN symptoms s ON s.id = "
            "r.symptom_id JOIN entries e ON e.id = r.entry_id "
            "ORDER BY e.at, r.entry_id, s.name"
        ),
    ),
    "symptoms": (
        ("id", "name", "body_area", "archived"),
        ("SELECT id, name, body_area, archived FROM symptoms ORDER BY id"),
    ),
    # washin_days: days the treatment takes to work (empty: the default, 14).
    "treatments": (
        (
            "id",
            "name",
            "kind",
            "dose_amount",
            "dose_unit",
            "route",
            "schedule",
            "start_day",
            "stop_day",
            "effect_rating",
            "side_effects",
            "notes",
            "washin_days",
        ),
        (
            "SELECT id, name, kind, dose_amount, dose_unit, route, schedule, "
            "start_day, stop_day, effect_rating, side_effects, notes, washin_days "
            "FROM treatments ORDER BY id"
        ),
    ),
    "dose_changes": (
        ("treatment_id", "treatment", "date", "dose_amount", "dose_unit", "schedule", "note"),
        (
            "SELECT c.treatment_id, t.name, c.day, c.dose_amount, c.dose_unit, "
            "c.schedule, c.note FROM dose_changes c JOIN treatments t ON t.id = "
            "c.treatment_id ORDER BY c.treatment_id, c.day, c.id"
        ),
    ),
    "doses": (
        ("treatment_id", "treatment", "date", "time", "status", "note"),
        (
            "SELECT d.treatment_id, t.name, d.day, d.time, d.status, d.note FROM "
            "dose_events d JOIN treatments t ON t.id = d.treatment_id "
            "ORDER BY d.day, d.time, d.id"
        ),
    ),
    "entry_treatments": (
        ("entry_id", "treatment_id"),
        ("SELECT entry_id, treatment_id FROM entry_treatments ORDER BY entry_id, treatment_id"),
    ),
    "conditions": (
        ("id", "name", "diagnosed_day", "notes"),
        ("SELECT id, name, diagnosed_day, notes FROM conditions ORDER BY id"),
    ),
    "entry_conditions": (
        ("entry_id", "condition_id"),
        ("SELECT entry_id, condition_id FROM entry_conditions ORDER BY entry_id, condition_id"),
    ),
    "lesson_sources": (
        ("lesson_id", "source_id"),
        ("SELECT lesson_id, source_id FROM lesson_sources ORDER BY lesson_id, source_id"),
    ),
    "appointments": (
        ("id", "date", "clinician", "main_concern", "questions"),
        ("SELECT id, day, clinician, main_concern, questions FROM appointments ORDER BY day, id"),
    ),
    "shares": (
        ("id", "shared_at", "destination", "method", "final_text"),
        (
            "SELECT id, shared_at, destination, method, final_text FROM shares "
            "ORDER BY shared_at, id"
        ),
    ),
    "share_entries": (
        ("share_id", "entry_id"),
        ("SELECT share_id, entry_id FROM share_entries ORDER BY share_id, entry_id"),
    ),
}


def escape_cell(value: Any) -> Any:
    """Neutralise text a spreadsheet would run as a formula; numbers pass unchanged.

    Spreadsheets set to split on ``;`` or tab (common in European locales) see each
    such segment as a cell of its own, so every segment is checked, not just the
    first character: ``x;=1+1`` becomes ``x;'=1+1``."""
    if isinstance(value, str):
        return _SEGMENT_START.sub("'", value)
    return value


def write_rows(fh: IO[str], header: Iterable[str], rows: Iterable[tuple]) -> int:
    """Every cell is quoted, so a reader that honours quotes never splits one."""
    writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([escape_cell(v) for v in row])
        count += 1
    return count


def export_csv(journal: Journal, folder: Path, *, force: bool = False) -> dict[str, int]:
    """Write one CSV per table into ``folder``; returns rows written per file.

    All or nothing (``private_file.staged_folder``): a failure part-way leaves no
    CSV file behind and says so."""
    names = [f"{name}.csv" for name in TABLES]
    db = journal.db
    written = {}
    with staged_folder(folder, names, force=force) as out:
        for name, (header, sql) in TABLES.items():
            with out.open(f"{name}.csv") as fh:
                written[f"{name}.csv"] = write_rows(fh, header, db.execute(sql))
    return written
