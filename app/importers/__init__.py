"""Bring history in from other files: Fettle JSON, jrnl, generic CSV, Flaredown.

    plan = read_file(path, "jrnl")          # parse and check everything; writes nothing
    print(plan.describe(), plan.warnings)   # the preview: how many entries, which dates
    plan.commit(journal)                    # one transaction: all of it or none of it

Every problem with the file is an ``ImportRejected`` whose ``user_message`` names
the line or record, never a traceback. Bearable is not supported: no public
description of its export format could be found.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ImportRejected
from . import csv_generic, fettle_json, flaredown, jrnl
from .common import ImportPlan, decode, read_text, reject
from .csv_generic import FIELDS, guess_mapping, parse_mapping

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
    "csv_header",
    "guess_mapping",
    "parse_mapping",
    "parse_text",
    "read_bytes",
    "read_file",
]
