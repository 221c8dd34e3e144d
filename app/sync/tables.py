"""Records as plain documents keyed by global ids: read all, write one, delete one.

A document is a JSON-able dict of a record's fields, with links to other records by
their ``uid`` (local integer ids differ between devices). Reading and writing are
exact inverses, so a document written and read back compares equal. Keys are
``<kind>:<uid>``; a factor's value on a day is ``factor_values:<factor uid>:<day>``,
a setting ``settings:<name>``, the privacy profile ``profile:main``.

``KINDS`` is in dependency order: a kind only links to kinds before it.
"""

from __future__ import annotations

import json
from typing import Any

from app.sync import more_tables

# Settings that describe this device, not the journal: they never travel.
LOCAL_SETTINGS = frozenset({"backup_folder", "sync_folder"})

SIMPLE: dict[str, tuple[str, ...]] = {
    "symptoms": ("name", "body_area", "archived"),
    "conditions": ("name", "diagnosed_day", "notes"),
    "factors": ("name", "kind", "unit", "archived", "position"),
    "treatments": (
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
}
CHILDREN: dict[str, tuple[str, ...]] = {  # linked to a treatment
    "dose_changes": ("day", "dose_amount", "dose_unit", "schedule", "note"),
    "dose_events": ("day", "time", "status", "note"),
}
UNIQUE_NAMES = frozenset({"symptoms", "conditions", "factors"})
KINDS = (
    "symptoms",
    "conditions",
    "factors",
    "treatments",
    "dose_changes",
    "dose_events",
    "entries",
    "factor_values",
    "appointments",
    "tips",
    "shares",
    "experiment",
    "settings",
    "profile",
)
_ENTRY_FIELDS = ("kind", "day", "time", "title", "body", "created_at", "updated_at")


class MissingLink(Exception):
    """A document links to a record this device has not received yet."""


def key_of(kind: str, uid: str) -> str:
    return f"{kind}:{uid}"


def split_key(key: str) -> tuple[str, str]:
    kind, _, rest = key.partition(":")
    return kind, rest


def read_all(db) -> dict[str, tuple[str, dict]]:
    """Every record that travels: key -> (kind, document). Kinds the user has opted
    out of (``skipped_kinds``) are not read."""
    out: dict[str, tuple[str, dict]] = {}
    skipped = skipped_kinds(db)
    for kind in KINDS:
        if kind in skipped:
            continue
        for key, doc in _READERS[kind](db):
            out[key] = (kind, doc)
    return out


def skipped_kinds(db) -> set[str]:
    """Kinds this journal does not send (the share log unless opted in): their
    records' absence from ``read_all`` is not a delete."""
    return {kind for kind, opted_in in more_tables.OPTIONAL.items() if not opted_in(db)}


def _read_simple(kind: str):
    cols = SIMPLE[kind]

    def read(db):
        for row in db.execute(f"SELECT uid, {', '.join(cols)} FROM {kind}"):
            yield key_of(kind, row[0]), dict(zip(cols, row[1:]))

    return read


def _read_child(kind: str):
    cols = CHILDREN[kind]

    def read(db):
        for row in db.execute(
            f"SELECT c.uid, t.uid, {', '.join('c.' + c for c in cols)} "
            f"FROM {kind} c JOIN treatments t ON t.id = c.treatment_id"
        ):
            yield key_of(kind, row[0]), {"treatment": row[1], **dict(zip(cols, row[2:]))}

    return read


def _grouped(db, sql: str) -> dict[int, list]:
    out: dict[int, list] = {}
    for row in db.execute(sql):
        out.setdefault(row[0], []).append(row[1] if len(row) == 2 else list(row[1:]))
    return out


def _read_entries(db):
    tags = _grouped(
        db, "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
    )
    readings = _grouped(
        db,
        "SELECT r.entry_id, s.uid, r.severity, r.duration_min, "
        "r.triggers FROM symptom_readings r "
        "JOIN symptoms s ON s.id = r.symptom_id",
    )
    treatments = _grouped(
        db,
        "SELECT et.entry_id, t.uid FROM entry_treatments et "
        "JOIN treatments t ON t.id = et.treatment_id",
    )
    conditions = _grouped(
        db,
        "SELECT ec.entry_id, c.uid FROM entry_conditions ec "
        "JOIN conditions c ON c.id = ec.condition_id",
    )
    sources = _grouped(
        db,
        "SELECT ls.lesson_id, e.uid FROM lesson_sources ls JOIN entries e ON e.id = ls.source_id",
    )
    for row in db.execute(f"SELECT id, uid, {', '.join(_ENTRY_FIELDS)} FROM entries"):
        eid = row[0]
        doc = dict(zip(_ENTRY_FIELDS, row[2:]))
        doc["tags"] = sorted(tags.get(eid, []))
        doc["readings"] = sorted(readings.get(eid, []))
        doc["treatments"] = sorted(treatments.get(eid, []))
        doc["conditions"] = sorted(conditions.get(eid, []))
        doc["sources"] = sorted(sources.get(eid, []))
        yield key_of("entries", row[1]), doc


def _read_factor_values(db):
    for fuid, day, value in db.execute(
        "SELECT f.uid, v.day, v.value FROM factor_values v JOIN factors f ON f.id = v.factor_id"
    ):
        yield f"factor_values:{fuid}:{day}", {"value": value}


def _read_settings(db):
    for key, value in db.execute("SELECT key, value FROM meta WHERE key LIKE 'setting.%'"):
        name = key[len("setting.") :]
        if name not in LOCAL_SETTINGS:
            yield key_of("settings", name), {"value": value}


_PROFILE_META = ("profile.region", "profile.display_name", "profile.topics")


def _read_profile(db):
    terms = sorted([list(r) for r in db.execute("SELECT kind, text, role FROM profile_terms")])
    meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN (?, ?, ?)", _PROFILE_META))
    if terms or meta:
        yield "profile:main", {"terms": terms, **{k: meta.get(k) for k in _PROFILE_META}}


_READERS = {
    **{k: _read_simple(k) for k in SIMPLE},
    **{k: _read_child(k) for k in CHILDREN},
    "entries": _read_entries,
    "factor_values": _read_factor_values,
    "settings": _read_settings,
    "profile": _read_profile,
    **more_tables.READERS,
}


# -- writing -------------------------------------------------------------------


class Links:
    """uid -> local id, following aliases (two records merged into one)."""

    def __init__(self, db, aliases: dict[str, str], deleted: set[str]) -> None:
        self._db = db
        self.aliases = aliases
        self.deleted = deleted  # keys known to be deleted: links to them are dropped

    def canonical(self, kind: str, uid: str) -> str:
        seen = 0
        while key_of(kind, uid) in self.aliases and seen < 20:
            uid = self.aliases[key_of(kind, uid)]
            seen += 1
        return uid

    def local_id(self, kind: str, uid: str, *, required: bool = True) -> int | None:
        uid = self.canonical(kind, uid)
        row = self._db.execute(f"SELECT id FROM {kind} WHERE uid = ?", (uid,)).fetchone()
        if row is not None:
            return int(row[0])
        if key_of(kind, uid) in self.deleted or not required:
            return None
        raise MissingLink(kind)


def write(db, kind: str, uid: str, doc: dict, links: Links) -> None:
    """Create or replace one record from its document."""
    if kind in SIMPLE or kind in CHILDREN:
        cols = SIMPLE.get(kind) or CHILDREN[kind]
        values = [doc.get(c) for c in cols]
        if kind in CHILDREN:
            treatment = links.local_id("treatments", doc["treatment"])
            if treatment is None:  # its treatment was deleted: nothing to hang it on
                delete(db, kind, uid)
                return
            cols, values = ("treatment_id", *cols), [treatment, *values]
        row = db.execute(f"SELECT id FROM {kind} WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            db.execute(
                f"INSERT INTO {kind} (uid, {', '.join(cols)}) VALUES (?{', ?' * len(cols)})",
                (uid, *values),
            )
        else:
            db.execute(
                f"UPDATE {kind} SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                (*values, row[0]),
            )
    elif kind == "entries":
        _write_entry(db, uid, doc, links)
    elif kind == "factor_values":
        fuid, _, day = uid.partition(":")
        factor = links.local_id("factors", fuid)
        if factor is not None:
            db.execute(
                "INSERT OR REPLACE INTO factor_values (factor_id, day, value) VALUES (?, ?, ?)",
                (factor, day, doc["value"]),
            )
    elif kind == "settings":
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            ("setting." + uid, doc["value"]),
        )
    elif kind in more_tables.READERS:
        more_tables.write(db, kind, uid, doc, links)
    elif kind == "profile":
        db.execute("DELETE FROM profile_terms")
        db.executemany(
            "INSERT OR IGNORE INTO profile_terms (kind, text, role) VALUES (?, ?, ?)",
            [tuple(t) for t in doc["terms"]],
        )
        for name in _PROFILE_META:
            if doc.get(name) is None:
                db.execute("DELETE FROM meta WHERE key = ?", (name,))
            else:
                db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (name, doc[name])
                )


def _write_entry(db, uid: str, doc: dict, links: Links) -> None:
    readings = [
        (links.local_id("symptoms", s), sev, dur, trig) for s, sev, dur, trig in doc["readings"]
    ]
    treatments = [links.local_id("treatments", t) for t in doc["treatments"]]
    conditions = [links.local_id("conditions", c) for c in doc["conditions"]]
    sources = [links.local_id("entries", s, required=False) for s in doc["sources"]]
    at = doc["day"] + "T" + (doc["time"] or "")
    # facet text computed before the row is written: updating it afterwards would
    # rewrite the row's full-text index entry a second time
    facets = " ".join(
        name
        for table, ids in (
            ("symptoms", [r[0] for r in readings]),
            ("treatments", treatments),
            ("conditions", conditions),
        )
        for i in ids
        if i is not None
        for (name,) in db.execute(f"SELECT name FROM {table} WHERE id = ?", (i,))
    )
    values = [doc[f] for f in _ENTRY_FIELDS]
    row = db.execute("SELECT id FROM entries WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        eid = db.execute(
            f"INSERT INTO entries (uid, at, tag_text, facet_text, "
            f"{', '.join(_ENTRY_FIELDS)}) VALUES "
            f"(?, ?, ?, ?{', ?' * len(_ENTRY_FIELDS)})",
            (uid, at, " ".join(doc["tags"]), facets, *values),
        ).lastrowid
    else:
        eid = row[0]
        db.execute(
            f"UPDATE entries SET at = ?, tag_text = ?, facet_text = ?, "
            f"{', '.join(f + ' = ?' for f in _ENTRY_FIELDS)} WHERE id = ?",
            (at, " ".join(doc["tags"]), facets, *values, eid),
        )
        for table, column in (
            ("entry_tags", "entry_id"),
            ("symptom_readings", "entry_id"),
            ("entry_treatments", "entry_id"),
            ("entry_conditions", "entry_id"),
            ("lesson_sources", "lesson_id"),
        ):
            db.execute(f"DELETE FROM {table} WHERE {column} = ?", (eid,))
    for tag in doc["tags"]:
        db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (tag,))
        db.execute(
            "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id, at) "
            "SELECT ?, id, ? FROM tags WHERE name = ?",
            (eid, at, tag),
        )
    db.executemany(
        "INSERT OR IGNORE INTO symptom_readings (entry_id, symptom_id, severity, "
        "duration_min, triggers, at) VALUES (?, ?, ?, ?, ?, ?)",
        [(eid, s, sev, dur, trig, at) for s, sev, dur, trig in readings if s is not None],
    )
    db.executemany(
        "INSERT OR IGNORE INTO entry_treatments (entry_id, treatment_id, at) VALUES (?, ?, ?)",
        [(eid, t, at) for t in treatments if t is not None],
    )
    db.executemany(
        "INSERT OR IGNORE INTO entry_conditions (entry_id, condition_id, at) VALUES (?, ?, ?)",
        [(eid, c, at) for c in conditions if c is not None],
    )
    db.executemany(
        "INSERT OR IGNORE INTO lesson_sources (lesson_id, source_id) VALUES (?, ?)",
        [(eid, s) for s in sources if s is not None and s != eid],
    )


def delete(db, kind: str, uid: str, links: Links | None = None) -> None:
    if kind in SIMPLE or kind in CHILDREN or kind == "entries":
        db.execute(f"DELETE FROM {kind} WHERE uid = ?", (uid,))
        if kind == "entries":
            db.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")
    elif kind == "factor_values":
        fuid, _, day = uid.partition(":")
        db.execute(
            "DELETE FROM factor_values WHERE day = ? AND factor_id = "
            "(SELECT id FROM factors WHERE uid = ?)",
            (day, fuid),
        )
    elif kind == "settings":
        db.execute("DELETE FROM meta WHERE key = ?", ("setting." + uid,))
    elif kind in more_tables.READERS:
        more_tables.delete(db, kind, uid)
    elif kind == "profile":
        db.execute("DELETE FROM profile_terms")
        db.execute("DELETE FROM meta WHERE key IN (?, ?, ?)", _PROFILE_META)


def canonical_json(doc: Any) -> str:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
