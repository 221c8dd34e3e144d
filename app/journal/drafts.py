"""Drafts: unfinished text kept inside the encrypted journal.

A window with typed text that is not saved yet (the quick log, a new entry, the
appointment summary's concern and questions) hands its state over here before a
lock or when it is closed, so that nothing a tired user typed is lost to an idle
lock and nothing of it lies outside the encrypted file. One row per window name;
its payload is the window's own JSON. A draft is removed once the window has
taken it back (``take``) or the user discarded it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput

if TYPE_CHECKING:
    from app.journal.journal import Journal

MAX_PAYLOAD = 2_000_000  # characters of JSON: far beyond any unfinished window
_NAME = re.compile(r"[a-z][a-z0-9_.:-]{0,63}")


def _check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise InvalidInput(f"bad draft name {name!r}")
    return name


def _encode(payload: dict[str, Any]) -> str:
    if not isinstance(payload, dict):
        raise InvalidInput("a draft is a JSON object")
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_PAYLOAD:
        raise InvalidInput(user_message="That unfinished text is too long to keep as a draft.")
    return text


def _decode(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except ValueError:
        return None  # a damaged draft is dropped, never an error for the user
    return value if isinstance(value, dict) else None


class DraftStore:
    def __init__(self, journal: Journal) -> None:
        self._j = journal

    def save(self, name: str, payload: dict[str, Any]) -> None:
        """Keep (or replace) the draft of window ``name``."""
        self.save_many({name: payload})

    def save_many(self, drafts: dict[str, dict[str, Any]]) -> None:
        """Keep several drafts in one transaction (the lock hands them all at once)."""
        rows = [(_check_name(n), _encode(p), _now()) for n, p in drafts.items()]
        if not rows:
            return
        with self._j.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO drafts (name, payload, saved_at) VALUES (?, ?, ?)", rows
            )

    def load(self, name: str) -> dict[str, Any] | None:
        row = self._j.db.execute(
            "SELECT payload FROM drafts WHERE name = ?", (_check_name(name),)
        ).fetchone()
        return _decode(row[0]) if row else None

    def take(self, name: str) -> dict[str, Any] | None:
        """The draft, removed from the journal in the same step (restoring it)."""
        with self._j.transaction() as db:
            row = db.execute(
                "SELECT payload FROM drafts WHERE name = ?", (_check_name(name),)
            ).fetchone()
            if row is None:
                return None
            db.execute("DELETE FROM drafts WHERE name = ?", (name,))
        return _decode(row[0])

    def discard(self, name: str) -> None:
        with self._j.transaction() as db:
            db.execute("DELETE FROM drafts WHERE name = ?", (_check_name(name),))

    def names(self) -> list[str]:
        """Which windows have a draft (without reading their text)."""
        return [n for (n,) in self._j.db.execute("SELECT name FROM drafts ORDER BY name")]

    def all(self) -> dict[str, dict[str, Any]]:
        """Every readable draft by window name (damaged ones are left out)."""
        out = {}
        for name, text in self._j.db.execute("SELECT name, payload FROM drafts ORDER BY name"):
            value = _decode(text)
            if value is not None:
                out[name] = value
        return out

    def saved_at(self, name: str) -> dt.datetime | None:
        row = self._j.db.execute(
            "SELECT saved_at FROM drafts WHERE name = ?", (_check_name(name),)
        ).fetchone()
        return dt.datetime.fromisoformat(row[0]) if row else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def entry_payload(entry) -> dict[str, Any]:
    """An unsaved ``Entry`` as a draft payload (plain JSON values)."""
    return {
        "kind": entry.kind,
        "day": entry.day.isoformat(),
        "time": entry.time.strftime("%H:%M") if entry.time else None,
        "title": entry.title,
        "body": entry.body,
        "tags": list(entry.tags),
        "readings": [
            [r.symptom_id, int(r.severity), r.duration_min, r.triggers, r.name]
            for r in entry.readings
        ],
        "treatment_ids": list(entry.treatment_ids),
        "condition_ids": list(entry.condition_ids),
        "source_ids": list(entry.source_ids),
    }


def entry_from_payload(payload: dict[str, Any]):
    """The ``Entry`` a draft payload holds (a new one: no id), or None if it is unreadable."""
    from app.models import Entry, SymptomReading

    try:
        return Entry(
            str(payload["kind"]),
            dt.date.fromisoformat(payload["day"]),
            title=str(payload.get("title", "")),
            body=str(payload.get("body", "")),
            time=dt.time.fromisoformat(payload["time"]) if payload.get("time") else None,
            tags=[str(t) for t in payload.get("tags", [])],
            readings=[
                SymptomReading(int(s), int(v), d, str(t), str(n))
                for s, v, d, t, n in payload.get("readings", [])
            ],
            treatment_ids=[int(i) for i in payload.get("treatment_ids", [])],
            condition_ids=[int(i) for i in payload.get("condition_ids", [])],
            source_ids=[int(i) for i in payload.get("source_ids", [])],
        )
    except (KeyError, TypeError, ValueError):
        return None
