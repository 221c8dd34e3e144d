"""The sync bookkeeping inside the journal: each record's last synced state, aliases
(two records with one name, made on two devices, merged into one) and conflicts."""

from __future__ import annotations

import datetime as dt
import json

from app.sync.merge import Conflict, State
from app.sync.tables import canonical_json

ALIAS = "alias"


def load(db) -> tuple[dict[str, tuple[str, State]], dict[str, str]]:
    """(key -> (kind, state), alias key -> canonical uid)."""
    states: dict[str, tuple[str, State]] = {}
    aliases: dict[str, str] = {}
    for key, kind, doc, vv, fh, history, stamp, deleted, edits, dels in db.execute(
        "SELECT key, kind, doc, vv, fh, history, stamp, deleted, edits, dels FROM sync_records"
    ):
        if kind == ALIAS:
            aliases[key] = json.loads(doc)["to"]
            continue
        states[key] = (
            kind,
            State(
                json.loads(doc),
                json.loads(vv),
                json.loads(fh),
                stamp,
                _heads(json.loads(history)),
                bool(deleted),
                tuple(json.loads(edits)),
                json.loads(dels),
            ),
        )
    return states, aliases


def save(db, key: str, kind: str, state: State) -> None:
    db.execute(
        "INSERT OR REPLACE INTO sync_records (key, kind, doc, vv, fh, history, stamp, "
        "deleted, edits, dels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            key,
            kind,
            canonical_json(state.doc),
            canonical_json(state.vv),
            canonical_json(state.fh),
            canonical_json([list(h) for h in state.history]),
            state.stamp,
            int(state.deleted),
            canonical_json(list(state.edits)),
            canonical_json(state.dels),
        ),
    )


def drop_text(db, key: str) -> None:
    """A record is deleted: its conflicts end and the versions they kept go (a
    conflict about a deleted record has nothing left to choose between)."""
    db.execute("UPDATE sync_conflicts SET other_doc = NULL, resolved = 1 WHERE record = ?", (key,))
    _snapshot_again(db)


def _snapshot_again(db) -> None:
    """This device's files in the folder (its logs, its snapshot) may hold a deleted
    record's text: the next sync writes a fresh snapshot, so that compaction can
    replace them (``engine._compact``)."""
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sync.snapshot_again', '1')")


def strip_tombstones(db) -> None:
    """Once per journal: tombstones written before they were kept bare lose the text
    they held (and so do their conflicts)."""
    done = db.execute("SELECT 1 FROM meta WHERE key = 'sync.bare_tombstones'").fetchone()
    if done:
        return
    db.execute(
        "UPDATE sync_conflicts SET other_doc = NULL, resolved = 1 WHERE record IN "
        "(SELECT key FROM sync_records WHERE deleted = 1)"
    )
    stripped = db.execute(
        "UPDATE sync_records SET doc = '{}', fh = '{}', history = '[]' "
        "WHERE deleted = 1 AND (doc != '{}' OR history != '[]')"
    ).rowcount
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sync.bare_tombstones', '1')")
    if stripped:
        _snapshot_again(db)


def save_alias(db, key: str, to: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO sync_records (key, kind, doc, vv, fh, history, stamp) "
        "VALUES (?, ?, ?, '{}', '{}', '[]', '')",
        (key, ALIAS, json.dumps({"to": to})),
    )


def record_conflict(db, key: str, kind: str, conflict: Conflict) -> None:
    db.execute(
        "INSERT OR IGNORE INTO sync_conflicts (record, kind, reason, kept_device, "
        "kept_stamp, other_device, other_stamp, other_doc, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            key,
            kind,
            conflict.reason,
            conflict.kept_device,
            conflict.kept_stamp,
            conflict.other_device,
            conflict.other_stamp,
            None if conflict.other_doc is None else canonical_json(conflict.other_doc),
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        ),
    )


def to_wire(key: str, kind: str, state: State) -> dict:
    return {
        "key": key,
        "kind": kind,
        "doc": state.doc,
        "vv": state.vv,
        "fh": state.fh,
        "history": [list(h) for h in state.history],
        "stamp": state.stamp,
        "deleted": state.deleted,
        "edits": list(state.edits),
        "dels": state.dels,
    }


def from_wire(change: dict) -> tuple[str, str, State]:
    return (
        str(change["key"]),
        str(change["kind"]),
        State(
            dict(change["doc"]),
            dict(change["vv"]),
            dict(change["fh"]),
            str(change["stamp"]),
            _heads(change.get("history", ())),
            bool(change.get("deleted")),
            tuple(dict(e) for e in change.get("edits", ())),
            dict(change.get("dels", {})),
        ),
    )


def _heads(raw) -> tuple:
    return tuple((dict(h[0]), str(h[1]), str(h[2]), str(h[3])) for h in raw)
