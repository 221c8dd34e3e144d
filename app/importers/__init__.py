"""Bring history in from other files: Fettle JSON, jrnl, generic CSV, Flaredown.

    plan = read_file(path, "jrnl")          # parse and check everything; writes nothing
    print(plan.describe(), plan.warnings)   # the preview: how many entries, which dates
    changes = setting_changes(plan, journal)  # settings it would change (Fettle JSON)
    commit(plan, journal, changes if agreed else ())  # one transaction: all or nothing

Every problem with the file is an ``ImportRejected`` whose ``user_message`` names
the line or record, never a traceback. A file's settings (lock, backups, …) are
applied only when the user agreed to the listed changes. Bearable is not supported:
no public description of its export format could be found.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ImportRejected
from . import csv_generic, fettle_json, flaredown, jrnl
from .common import ImportPlan, decode, read_text, reject
from .csv_generic import FIELDS, guess_mapping, parse_mapping
from .imported_settings import SettingChange

if TYPE_CHECKING:
    from app.journal.journal import Journal

FORMATS = ("fettle-json", "jrnl", "csv", "flaredown")


def parse_text(text: str, fmt: str, mapping: dict[str, str] | None = None) -> ImportPlan:
    """Parse already-decoded text (``read_file`` does the decoding and size checks)."""
    if fmt == "fettle-json":
        return fettle_json.parse(text)
    if fmt == "jrnl":
        return jrnl.parse(text)
    if fmt == "csv":
        return csv_generic.parse(text, mapping)
    if fmt == "flaredown":
        return flaredown.parse(text)
    raise reject("", f"Unknown import format {fmt!r}; choose one of {', '.join(FORMATS)}.")


def read_file(path: Path, fmt: str, mapping: dict[str, str] | None = None) -> ImportPlan:
    return parse_text(read_text(Path(path)), fmt, mapping)


def read_bytes(data: bytes, fmt: str, mapping: dict[str, str] | None = None) -> ImportPlan:
    return parse_text(decode(data), fmt, mapping)


def setting_changes(plan: ImportPlan, journal: Journal | None = None) -> list[SettingChange]:
    """The settings importing ``plan`` would change in ``journal``, in plain words, for
    the preview (with no journal: every setting the file holds). Only Fettle JSON
    files carry settings."""
    if isinstance(plan, fettle_json.FettlePlan):
        return plan.setting_changes(journal)
    return []


def commit(plan: ImportPlan, journal: Journal, settings: Sequence[SettingChange] = ()) -> int:
    """Import the entries, and the setting changes the user agreed to (none unless
    given), in one transaction; returns the number of entries added."""
    if isinstance(plan, fettle_json.FettlePlan):
        return plan.commit(journal, settings)
    if settings:
        raise ValueError("only a Fettle JSON file carries settings")
    return plan.commit(journal)


def csv_header(path: Path) -> tuple[list[str], dict[str, str]]:
    """A CSV file's columns and the mapping Fettle guesses for them (for a mapping
    dialog to show before the import)."""
    header, _ = csv_generic.read_rows(read_text(Path(path)))
    return header, guess_mapping(header)


__all__ = [
    "FIELDS",
    "FORMATS",
    "ImportPlan",
    "ImportRejected",
    "SettingChange",
    "commit",
    "csv_header",
    "guess_mapping",
    "parse_mapping",
    "parse_text",
    "read_bytes",
    "read_file",
    "setting_changes",
]
