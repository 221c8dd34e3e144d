"""Markdown export: a folder with one file per entry, YAML front matter on top.

File names are ``YYYY-MM-DD[-HHMM]-<id>.md``: date and id only, because a file
name is readable by anyone who can list the folder (a title like "HIV test result"
would be); the title stays inside the file. Names are never a path, a hidden file
or a device, and the id keeps them unique. Front matter values are written as JSON
strings, which YAML reads as the same text whatever they contain. Files are 0600
in a folder made 0700, appear only once all are written
(``private_file.staged_folder``), and are NOT encrypted (say so:
``export_csv.WARNING``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from app.journal.private_file import staged_folder
from app.models import Entry

if TYPE_CHECKING:
    from app.journal.journal import Journal


def _name(day: str, hhmm: str, entry_id: int) -> str:
    return f"{day}{'-' + hhmm if hhmm else ''}-{entry_id}.md"


def file_name(entry: Entry) -> str:
    """The entry's file name: when it happened and its id, nothing it says."""
    return _name(entry.day.isoformat(), entry.time.strftime("%H%M") if entry.time else "", entry.id)


def planned_names(journal: Journal) -> list[str]:
    """Every file name an export will write, without loading any entry's text."""
    return [
        _name(day, (time or "").replace(":", ""), entry_id)
        for entry_id, day, time in journal.db.execute("SELECT id, day, time FROM entries")
    ]


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def render(entry: Entry, treatments: dict[int, str], conditions: dict[int, str]) -> str:
    lines = ["---", f"id: {entry.id}", f"kind: {entry.kind}", f"date: {entry.day.isoformat()}"]
    if entry.time:
        lines.append(f"time: {_q(entry.time.strftime('%H:%M'))}")
    if entry.title:
        lines.append(f"title: {_q(entry.title)}")
    if entry.tags:
        lines.append("tags: [" + ", ".join(_q(t) for t in entry.tags) + "]")
    if entry.readings:
        lines.append("symptoms:")
        for r in entry.readings:
            lines.append(f"  - name: {_q(r.name)}")
            lines.append(f"    severity: {r.severity}")
            if r.duration_min is not None:
                lines.append(f"    duration_min: {r.duration_min}")
            if r.triggers:
                lines.append(f"    triggers: {_q(r.triggers)}")
    for key, ids, names in (
        ("treatments", entry.treatment_ids, treatments),
        ("conditions", entry.condition_ids, conditions),
    ):
        if ids:
            lines.append(f"{key}: [" + ", ".join(_q(names.get(i, str(i))) for i in ids) + "]")
    if entry.source_ids:
        lines.append("learned_from: [" + ", ".join(map(str, entry.source_ids)) + "]")
    lines += [f"created: {_q(entry.created_at)}", f"updated: {_q(entry.updated_at)}", "---", ""]
    heading = entry.display_title()
    if heading and not entry.body.lstrip().startswith("#"):
        lines += [f"# {heading}", ""]
    body = entry.body
    return "\n".join(lines) + (body + ("\n" if not body.endswith("\n") else "") if body else "")


def export_markdown(journal: Journal, folder: Path, *, force: bool = False) -> int:
    """Write every entry as a Markdown file into ``folder``; returns how many.

    All or nothing: every name is checked before the first file is written, and a
    failure part-way leaves no file behind and says so."""
    treatments = {t.id: t.name for t in journal.catalog.treatments()}
    conditions = {c.id: c.name for c in journal.catalog.conditions()}
    count = 0
    with staged_folder(folder, planned_names(journal), force=force) as out:
        for entry in journal.entries.iter_all():
            with out.open(file_name(entry)) as fh:
                fh.write(render(entry, treatments, conditions))
            count += 1
    return count
