"""Markdown export: a folder with one file per entry, YAML front matter on top.

File names are ``YYYY-MM-DD[-HHMM]-<slug>-<id>.md``: the slug keeps only ASCII
letters, digits and dashes, so a title can never name a path, a hidden file or a
device; the id keeps names unique. Front matter values are written as JSON
strings, which YAML reads as the same text whatever they contain. Files are 0600
in a 0700 folder, and NOT encrypted (say so: ``export_csv.WARNING``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from .export_csv import open_private, private_folder
from .models import Entry

if TYPE_CHECKING:
    from .journal import Journal


def slug(text: str, limit: int = 48) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return words[:limit].rstrip("-") or "entry"


def file_name(entry: Entry) -> str:
    when = entry.day.isoformat() + (entry.time.strftime("-%H%M") if entry.time else "")
    return f"{when}-{slug(entry.display_title())}-{entry.id}.md"


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
    for key, ids, names in (("treatments", entry.treatment_ids, treatments),
                            ("conditions", entry.condition_ids, conditions)):
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
    """Write every entry as a Markdown file into ``folder``; returns how many."""
    folder = private_folder(folder)
    treatments = {t.id: t.name for t in journal.catalog.treatments()}
    conditions = {c.id: c.name for c in journal.catalog.conditions()}
    count = 0
    for entry in journal.entries.iter_all():
        with open_private(folder / file_name(entry), force=force) as fh:
            fh.write(render(entry, treatments, conditions))
        count += 1
    return count
