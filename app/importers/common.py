"""What every importer shares: reading untrusted bytes within limits, validating one
record at a time with errors that name it, and committing drafts in one transaction.

Nothing in an imported file is ever executed or attached: it is decoded as text,
parsed by ``json``/``csv`` and turned into plain values checked here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.journal.entries import MAX_TAGS, MAX_TEXT, clean_tag, clean_text

from ..errors import FettleError, ImportRejected
from ..models import ENTRY_KINDS, Entry, SymptomReading

if TYPE_CHECKING:
    from app.journal.journal import Journal

# Limits checked before anything is parsed, because parsing makes one Python object
# per value, and a tiny value such as ``{}`` costs dozens of times its bytes: a 180 MB
# jrnl file of ``{}`` once took 8.7 GB and 88 s before any later check could refuse it.
# Fettle's own JSON export of 100,000 entries is about 85 MB and 2.8 million values.
MAX_FILE_BYTES = 128 * 1024 * 1024  # checked on the file's size, before reading it
MAX_VALUES = 4_000_000  # JSON values or CSV cells, counted in the text before parsing
MAX_RECORDS = 1_000_000
MAX_DEPTH = 12  # JSON nesting: Fettle JSON needs 5, jrnl 3
MAX_TITLE = 500
MAX_NAME = 200
MAX_TAG = 64

NOTHING_CHANGED = "Nothing was imported."


def reject(where: str, problem: str) -> ImportRejected:
    """An ``ImportRejected`` whose message names the record: 'Line 12: …'."""
    text = f"{where}: {problem}" if where else problem
    return ImportRejected(text, user_message=f"{text} {NOTHING_CHANGED}")


# -- reading ---------------------------------------------------------------------------


def read_text(path: Path) -> str:
    """The file as text: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    path = Path(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise reject(
                "",
                f"That file is too large to import ({size // (1024 * 1024)} MB; "
                f"the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB).",
            )
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise reject("", "There is no file at that location.") from None
    except IsADirectoryError:
        raise reject("", "That is a folder, not a file.") from None
    except OSError:
        raise reject("", "Fettle could not read that file (check its permissions).") from None
    return decode(data)


def decode(data: bytes) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise reject("", "That file is too large to import.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16"
    else:
        codec = "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise reject(
            f"Line {line}",
            "this file is not UTF-8 text. Save it as UTF-8 (in a "
            "spreadsheet: CSV UTF-8) and try again.",
        ) from None
    text = text.removeprefix("\ufeff")  # a second BOM, as some editors write
    if "\x00" in text:
        raise reject("", "That file holds binary data, not text.")
    return text


def check_values(count: int, what: str) -> None:
    """Refuse a file with more than ``MAX_VALUES`` values before parsing builds them."""
    if count > MAX_VALUES:
        raise reject(
            "", f"That file is too large to import: it holds more than {MAX_VALUES:,} {what}."
        )


def load_json(text: str) -> Any:
    """Parse JSON, refusing documents with too many values or nested deeper than
    ``MAX_DEPTH``."""
    # each item of an array or object but its first follows a comma, and each array or
    # object opens with [ or {: an upper bound on what parsing builds (commas inside
    # text count too), found by str.count without building anything
    check_values(text.count(",") + text.count("{") + text.count("[") + 1, "values")
    try:
        doc = json.loads(text)
    except RecursionError:
        raise reject("", "That JSON file is nested too deeply to be an export.") from None
    except json.JSONDecodeError as exc:
        raise reject(f"Line {exc.lineno}", f"this is not valid JSON ({exc.msg}).") from None
    except (ValueError, MemoryError):
        raise reject("", "That file is not valid JSON.") from None
    stack = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise reject("", "That JSON file is nested too deeply to be an export.")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
    return doc


# -- checking values -----------------------------------------------------------------


def text_of(
    value: Any, where: str, what: str, limit: int = MAX_TEXT, *, optional: bool = True
) -> str:
    if value is None and optional:
        return ""
    if not isinstance(value, str):
        raise reject(where, f"{what} should be text.")
    if len(value) > limit:
        raise reject(where, f"{what} is too long (over {limit:,} characters).")
    return value


def int_of(
    value: Any,
    where: str,
    what: str,
    lo: int | None = None,
    hi: int | None = None,
    *,
    optional: bool = False,
) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise reject(where, f"{what} should be a whole number.")
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise reject(where, f"{what} must be between {lo} and {hi}, not {value}.")
    return value


def day_of(
    value: Any, where: str, what: str = "the date", *, optional: bool = False
) -> dt.date | None:
    if value is None and optional:
        return None
    if isinstance(value, str) and len(value) == 10:
        try:
            day = dt.date.fromisoformat(value)
            if day.year >= 1000:
                return day
        except ValueError:
            pass
    raise reject(where, f"{what} {_show(value)} is not a date like 2026-03-14.")


def time_of(value: Any, where: str, *, optional: bool = True) -> dt.time | None:
    if value in (None, "") and optional:
        return None
    if isinstance(value, str) and len(value) == 5 and value[2] == ":":
        try:
            return dt.datetime.strptime(value, "%H:%M").time()
        except ValueError:
            pass
    raise reject(where, f"the time {_show(value)} is not a time like 14:30.")


def list_of(value: Any, where: str, what: str, limit: int = MAX_RECORDS) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise reject(where, f"{what} should be a list.")
    if len(value) > limit:
        raise reject(where, f"{what} has too many items (over {limit:,}).")
    return value


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 40 else text[:37] + "…'"


def tags_of(values: list, where: str, *, marks: str = "@#") -> list[str]:
    """Clean tags; ``marks`` are tag sigils other apps write (jrnl's ``@``)."""
    tags = []
    for raw in values:
        if not isinstance(raw, str):
            raise reject(where, "a tag should be text.")
        if len(raw) > MAX_TAG + 2:
            raise reject(where, f"the tag {_show(raw)} is too long.")
        tag = clean_tag(raw.lstrip(marks))
        if tag and tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise reject(where, f"an entry can have at most {MAX_TAGS} tags.")
    return tags


# -- drafts: entries by names, for formats without Fettle's ids ------------------------------


@dataclass
class Draft:
    where: str  # "Line 12", "Entry 5": for messages
    kind: str
    day: dt.date
    time: dt.time | None = None
    title: str = ""
    body: str = ""
    tags: list[str] = field(default_factory=list)
    readings: dict[str, int] = field(default_factory=dict)  # symptom name → 0..10
    treatments: list[str] = field(default_factory=list)  # names
    conditions: list[str] = field(default_factory=list)  # names

    def check(self) -> Draft:
        if self.kind not in ENTRY_KINDS:
            raise reject(self.where, f"unknown entry kind {_show(self.kind)}.")
        text_of(self.title, self.where, "the title", MAX_TITLE)
        text_of(self.body, self.where, "the text")
        for name in [*self.readings, *self.treatments, *self.conditions]:
            if not _name(text_of(name, self.where, "a name", MAX_NAME)):
                raise reject(self.where, "a symptom, treatment or condition has no name.")
        for name, severity in self.readings.items():
            int_of(severity, self.where, f"the severity of {name}", 0, 10)
        return self


@dataclass
class ImportPlan:
    """A parsed, checked import, ready to show and then commit. Nothing is written
    until ``commit``; ``describe`` is the preview."""

    format: str
    count: int
    first_day: dt.date | None
    last_day: dt.date | None
    warnings: list[str]
    _commit: Callable[[Journal], int]

    def describe(self) -> str:
        if not self.count:
            return "The file holds no entries."
        span = (
            f"on {self.first_day}"
            if self.first_day == self.last_day
            else f"from {self.first_day} to {self.last_day}"
        )
        noun = "entry" if self.count == 1 else "entries"
        return f"{self.count:,} {noun} {span}."

    def commit(self, journal: Journal) -> int:
        """Write everything in one transaction; returns the number of entries added.

        On any problem nothing at all is written and ``ImportRejected`` (or
        ``DiskFull``) is raised."""
        try:
            return self._commit(journal)
        except (ImportRejected, FettleError):
            raise
        except Exception as exc:  # noqa: BLE001 - a constraint the checks missed: still all-or-nothing
            raise reject(
                "", f"the file contains data Fettle cannot store ({type(exc).__name__})."
            ) from None


def plan_from_drafts(fmt: str, drafts: list[Draft], warnings: list[str]) -> ImportPlan:
    if len(drafts) > MAX_RECORDS:
        raise reject("", f"That file has more than {MAX_RECORDS:,} entries.")
    days = [d.day for d in drafts]
    return ImportPlan(
        fmt,
        len(drafts),
        min(days, default=None),
        max(days, default=None),
        warnings,
        lambda journal: commit_drafts(journal, drafts),
    )


def _name(text: str) -> str:
    return " ".join(clean_text(text, MAX_NAME).split())


def commit_drafts(journal: Journal, drafts: list[Draft]) -> int:
    """Create missing symptoms/treatments/conditions and the entries, all in one
    transaction; names match existing ones regardless of case."""
    with journal.transaction() as db:
        symptoms = _ids(db, "symptoms")
        conditions = _ids(db, "conditions")
        treatments = _ids(db, "treatments")
        for d in drafts:
            for name in d.readings:
                _ensure(db, symptoms, "INSERT INTO symptoms (name) VALUES (?)", name)
            for name in d.conditions:
                _ensure(db, conditions, "INSERT INTO conditions (name) VALUES (?)", name)
            for name in d.treatments:
                _ensure(db, treatments, "INSERT INTO treatments (name) VALUES (?)", name)
        entries = []
        for d in drafts:
            readings: dict[int, SymptomReading] = {}
            for name, severity in d.readings.items():
                sid = symptoms[_name(name).lower()]
                readings[sid] = SymptomReading(sid, severity)
            entries.append(
                Entry(
                    d.kind,
                    d.day,
                    d.title,
                    d.body,
                    d.time,
                    d.tags,
                    list(readings.values()),
                    list(dict.fromkeys(treatments[_name(n).lower()] for n in d.treatments)),
                    list(dict.fromkeys(conditions[_name(n).lower()] for n in d.conditions)),
                )
            )
        return journal.entries.add_many(entries)


def _ids(db, table: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, name in db.execute(f"SELECT id, name FROM {table} ORDER BY id"):
        out.setdefault(name.lower(), i)
    return out


def _ensure(db, known: dict[str, int], sql: str, name: str) -> None:
    name = _name(name)
    if name and name.lower() not in known:
        known[name.lower()] = int(db.execute(sql, (name,)).lastrowid)
