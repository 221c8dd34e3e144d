"""CSV export: one file per table, for spreadsheets.

Cells are escaped against formula injection: a text cell starting with ``=``, ``+``,
``-``, ``@``, tab or carriage return gets a leading ``'``, so a spreadsheet shows it
as text instead of running it. Files are created with 0600 permissions in a folder
created 0700. The files are NOT encrypted: the caller must say so (``WARNING``).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import JournalExists

if TYPE_CHECKING:
    from .journal import Journal

WARNING = ("These files are NOT encrypted: anyone who can read them can read your "
           "journal. For a safe copy, make an encrypted backup instead (fettle backup).")

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")

# file name → (header, query); columns named for people, ids kept so tables join.
TABLES: dict[str, tuple[tuple[str, ...], str]] = {
    "entries": (("id", "kind", "date", "time", "title", "body", "tags", "created_at",
                 "updated_at"),
                ("SELECT id, kind, day, time, title, body, tag_text, created_at, updated_at "
                 "FROM entries ORDER BY at, id")),
    "symptom_ratings": (("entry_id", "date", "symptom", "severity", "duration_min",
                         "triggers"),
                        ("SELECT r.entry_id, e.day, s.name, r.severity, r.duration_min, "
                         "r.triggers FROM symptom_readings r JOIN symptoms s ON s.id = "
                         "r.symptom_id JOIN entries e ON e.id = r.entry_id "
                         "ORDER BY e.at, r.entry_id, s.name")),
    "symptoms": (("id", "name", "body_area", "archived"),
                 ("SELECT id, name, body_area, archived FROM symptoms ORDER BY id")),
    "treatments": (("id", "name", "kind", "dose_amount", "dose_unit", "route", "schedule",
                    "start_day", "stop_day", "effect_rating", "side_effects", "notes"),
                   ("SELECT id, name, kind, dose_amount, dose_unit, route, schedule, "
                    "start_day, stop_day, effect_rating, side_effects, notes FROM treatments "
                    "ORDER BY id")),
    "dose_changes": (("treatment_id", "treatment", "date", "dose_amount", "dose_unit",
                      "schedule", "note"),
                     ("SELECT c.treatment_id, t.name, c.day, c.dose_amount, c.dose_unit, "
                      "c.schedule, c.note FROM dose_changes c JOIN treatments t ON t.id = "
                      "c.treatment_id ORDER BY c.treatment_id, c.day, c.id")),
    "doses": (("treatment_id", "treatment", "date", "time", "status", "note"),
              ("SELECT d.treatment_id, t.name, d.day, d.time, d.status, d.note FROM "
               "dose_events d JOIN treatments t ON t.id = d.treatment_id "
               "ORDER BY d.day, d.time, d.id")),
    "entry_treatments": (("entry_id", "treatment_id"),
                         ("SELECT entry_id, treatment_id FROM entry_treatments "
                          "ORDER BY entry_id, treatment_id")),
    "conditions": (("id", "name", "diagnosed_day", "notes"),
                   ("SELECT id, name, diagnosed_day, notes FROM conditions ORDER BY id")),
    "entry_conditions": (("entry_id", "condition_id"),
                         ("SELECT entry_id, condition_id FROM entry_conditions "
                          "ORDER BY entry_id, condition_id")),
    "lesson_sources": (("lesson_id", "source_id"),
                       ("SELECT lesson_id, source_id FROM lesson_sources "
                        "ORDER BY lesson_id, source_id")),
    "appointments": (("id", "date", "clinician", "main_concern", "questions"),
                     ("SELECT id, day, clinician, main_concern, questions FROM appointments "
                      "ORDER BY day, id")),
    "shares": (("id", "shared_at", "destination", "method", "final_text"),
               ("SELECT id, shared_at, destination, method, final_text FROM shares "
                "ORDER BY shared_at, id")),
    "share_entries": (("share_id", "entry_id"),
                      ("SELECT share_id, entry_id FROM share_entries ORDER BY share_id, "
                       "entry_id")),
}


def escape_cell(value: Any) -> Any:
    """Neutralise text a spreadsheet would run as a formula; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(_DANGEROUS):
        return "'" + value
    return value


def private_folder(folder: Path) -> Path:
    folder = Path(folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def open_private(path: Path, *, force: bool = False):
    """A new text file readable by its owner only; an existing file is replaced only
    with ``force`` (and a symlink never followed)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    if force and (path.exists() or path.is_symlink()):
        path.unlink()
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        raise JournalExists(str(path), user_message=(
            f"{path.name} already exists in that folder. Choose an empty folder, or "
            "replace the files (--force).")) from None
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def write_rows(path: Path, header: Iterable[str], rows: Iterable[tuple], *,
               force: bool = False) -> int:
    count = 0
    with open_private(path, force=force) as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow([escape_cell(v) for v in row])
            count += 1
    return count


def export_csv(journal: Journal, folder: Path, *, force: bool = False) -> dict[str, int]:
    """Write one CSV per table into ``folder``; returns rows written per file."""
    folder = private_folder(folder)
    if not force:
        for name in TABLES:
            if (folder / f"{name}.csv").exists():
                open_private(folder / f"{name}.csv")  # raises the clear error
    db = journal.db
    written = {}
    for name, (header, sql) in TABLES.items():
        written[f"{name}.csv"] = write_rows(folder / f"{name}.csv", header,
                                            db.execute(sql), force=force)
    return written
