"""Any CSV with one entry per row, its columns mapped to Fettle's fields.

Fields: ``date`` (required), ``time``, ``symptom``, ``severity`` (0-10), ``title``,
``note``, ``tags``. ``guess_mapping`` proposes a mapping from the header names; the
caller (the import dialog, or ``--map date=When,severity=Pain``) may override any
of it. A row with a symptom becomes a symptom entry, anything else a note.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from app.journal.entries import MAX_TEXT

from .common import (
    MAX_RECORDS,
    MAX_TITLE,
    Draft,
    ImportPlan,
    check_values,
    plan_from_drafts,
    reject,
    tags_of,
)

FORMAT = "csv"
# Flaredown writes a column for every condition, symptom and treatment ever tracked;
# a few hundred is a lot. Importers loop over columns for every row, so a file with
# 200,000 of them once took 43 s before it could be refused.
MAX_COLUMNS = 1_000
FIELDS = ("date", "time", "symptom", "severity", "title", "note", "tags")
SYNONYMS = {
    "date": (
        "date",
        "day",
        "datetime",
        "date time",
        "date/time",
        "timestamp",
        "when",
        "recorded",
        "logged",
    ),
    "time": ("time", "time of day", "hour", "clock"),
    "symptom": ("symptom", "symptoms", "symptom name", "complaint", "name", "what"),
    "severity": (
        "severity",
        "rating",
        "score",
        "intensity",
        "level",
        "pain",
        "pain level",
        "value",
        "amount",
    ),
    "title": ("title", "subject", "summary", "headline"),
    "note": (
        "note",
        "notes",
        "body",
        "text",
        "comment",
        "comments",
        "description",
        "details",
        "detail",
        "entry",
        "journal",
    ),
    "tags": ("tags", "tag", "labels", "label", "categories", "keywords"),
}


def read_rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and rows (with their line numbers) of CSV text; the delimiter is sniffed
    from , ; and tab. Rows may be shorter than the header, never wider than
    ``MAX_COLUMNS``."""
    csv.field_size_limit(MAX_TEXT + 1)
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
    except csv.Error:
        dialect = csv.excel
    # at most one cell per delimiter or line end (those inside quotes count too)
    line_ends = max(text.count("\n"), text.count("\r"))
    check_values(text.count(dialect.delimiter) + line_ends + 1, "cells")
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                raise reject(
                    f"Line {reader.line_num}",
                    f"this row has {len(row):,} columns; Fettle imports at most {MAX_COLUMNS:,}.",
                )
            if header is None:
                if not any(cell.strip() for cell in row):
                    continue
                header = [cell.strip() for cell in row]
                continue
            if not any(cell.strip() for cell in row):
                continue
            if len(rows) >= MAX_RECORDS:
                raise reject("", f"That file has more than {MAX_RECORDS:,} rows.")
            rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise reject(f"Line {reader.line_num}", f"this is not readable CSV ({exc}).") from None
    if header is None:
        raise reject("", "That file is empty.")
    return header, rows


def _norm(name: str) -> str:
    return re.sub(r"[\s_\-]+", " ", name.strip().lower())


def guess_mapping(header: list[str]) -> dict[str, str]:
    """Field → column name, from the header words (first match wins)."""
    normalised = {_norm(h): h for h in reversed(header) if h}
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for fld in FIELDS:
        for synonym in SYNONYMS[fld]:
            column = normalised.get(synonym)
            if column is not None and column not in used:
                mapping[fld] = column
                used.add(column)
                break
    return mapping


def parse_mapping(text: str) -> dict[str, str]:
    """``"date=When,severity=Pain,tags="`` → {"date": "When", "severity": "Pain",
    "tags": ""}; an empty column means the file has none for that field."""
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        fld, sep, column = part.partition("=")
        fld = fld.strip().lower()
        if not sep or fld not in FIELDS:
            raise reject(
                "",
                f"Cannot use the mapping {part!r}: write FIELD=Column, where "
                f"FIELD is one of {', '.join(FIELDS)}.",
            )
        mapping[fld] = column.strip()
    return mapping


class DateReader:
    """Reads dates in ISO form (with or without a time), or d/m/y and m/d/y: which of
    the two is decided once for the whole file from values that only fit one."""

    _ISO = re.compile(
        r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?"
        r"(?:Z|[+-]\d{2}:?\d{2})?)?$"
    )
    _SLASH = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:,? (\d{1,2}):(\d{2})(?::\d{2})?)?$")

    def __init__(self, samples: list[str]) -> None:
        self.day_first: bool | None = None
        for s in samples:
            m = self._SLASH.match(s.strip())
            if m:
                a, b = int(m[1]), int(m[2])
                if a > 12 >= b:
                    self.day_first = True
                    break
                if b > 12 >= a:
                    self.day_first = False
                    break
                if "." in s and self.day_first is None:
                    self.day_first = True  # 14.3.2026 is day-first wherever it is written

    def read(self, text: str, where: str) -> tuple[dt.date, dt.time | None]:
        s = text.strip()
        m = self._ISO.match(s)
        try:
            if m:
                day = dt.date(int(m[1]), int(m[2]), int(m[3]))
                return day, (dt.time(int(m[4]), int(m[5])) if m[4] else None)
            m = self._SLASH.match(s)
            if m:
                a, b = int(m[1]), int(m[2])
                if self.day_first is None and a != b:
                    raise reject(
                        where,
                        f"the date '{s}' could be day/month or month/day. "
                        "Write dates as 2026-03-14, or add a row whose day "
                        "is over 12.",
                    )
                d, mo = (a, b) if self.day_first in (True, None) else (b, a)
                day = dt.date(int(m[3]), mo, d)
                return day, (dt.time(int(m[4]), int(m[5])) if m[4] else None)
        except ValueError:
            pass
        raise reject(where, f"'{s[:40]}' is not a date Fettle understands (use 2026-03-14).")


def _time(text: str, where: str) -> dt.time | None:
    s = text.strip()
    if not s:
        return None
    for fmt in ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p", "%I %p"):
        try:
            return dt.datetime.strptime(s.upper() if "m" in s.lower() else s, fmt).time()
        except ValueError:
            continue
    raise reject(where, f"'{s[:20]}' is not a time like 14:30.")


def _severity(text: str, where: str) -> int | None:
    s = text.strip()
    if not s:
        return None
    try:
        value = float(s.replace(",", "."))
    except ValueError:
        raise reject(where, f"the severity '{s[:20]}' is not a number from 0 to 10.") from None
    if not 0 <= value <= 10:
        raise reject(where, f"the severity {s[:20]} is outside 0 to 10.")
    return round(value)


def split_tags(text: str) -> list[str]:
    return [t for t in re.split(r"[;,|]+", text) if t.strip()]


def parse(text: str, mapping: dict[str, str] | None = None) -> ImportPlan:
    header, rows = read_rows(text)
    chosen = guess_mapping(header)
    chosen.update(mapping or {})
    # an empty column name means "this file has no such column": drop the guess
    chosen = {fld: column for fld, column in chosen.items() if column}
    missing = [c for c in chosen.values() if c not in header]
    if missing:
        raise reject(
            "",
            f"The file has no column called {missing[0]!r}. Its columns are: "
            + ", ".join(repr(h) for h in header[:20])
            + ".",
        )
    if "date" not in chosen:
        raise reject(
            "",
            "Fettle could not tell which column holds the date. Choose it, "
            "e.g. --map date=When. Columns: " + ", ".join(repr(h) for h in header[:20]) + ".",
        )
    col = {fld: header.index(name) for fld, name in chosen.items()}

    def cell(row: list[str], fld: str) -> str:
        i = col.get(fld)
        return row[i] if i is not None and i < len(row) else ""

    dates = DateReader([cell(r, "date") for _, r in rows[:5000]])
    drafts = []
    for line, row in rows:
        where = f"Line {line}"
        day, time = dates.read(cell(row, "date"), where)
        time = _time(cell(row, "time"), where) or time
        symptom = " ".join(cell(row, "symptom").split())
        severity = _severity(cell(row, "severity"), where)
        title = cell(row, "title").strip()
        if len(title) > MAX_TITLE:
            raise reject(where, "the title is too long.")
        note = cell(row, "note").strip()
        readings = {symptom: severity} if symptom and severity is not None else {}
        if symptom and severity is None and not title:
            title = symptom
        drafts.append(
            Draft(
                where,
                "symptom" if symptom else "note",
                day,
                time,
                title,
                note,
                tags_of(split_tags(cell(row, "tags")), where),
                readings,
            ).check()
        )
    warnings = []
    unused = [h for h in header if h and h not in chosen.values()]
    if unused:
        warnings.append("Not imported (no matching field): " + ", ".join(unused[:10]) + ".")
    return plan_from_drafts(FORMAT, drafts, warnings)
