"""Records that travel besides the journal's core ones: appointments, tips (kept in
``meta`` as ``tip.<entry id>``), the current experiment (``meta`` ``experiment``) and,
only when the user opts in (the ``sync_share_log`` setting), the share log.

Local integer ids never leave the device: a tip is keyed by its lesson's ``uid``, an
experiment names its symptom by ``uid``, a share lists its entries by ``uid``.
"""

from __future__ import annotations

import json

APPOINTMENT_FIELDS = ("day", "clinician", "main_concern", "questions", "created_at")
_SHARE_FIELDS = ("shared_at", "destination", "method", "final_text")
EXPERIMENT_KEY = "experiment"


def share_log_opted_in(db) -> bool:
    row = db.execute("SELECT value FROM meta WHERE key = 'setting.sync_share_log'").fetchone()
    try:
        return bool(row) and json.loads(row[0]) is True
    except ValueError:
        return False


# -- reading -------------------------------------------------------------------------


def read_appointments(db):
    for row in db.execute(f"SELECT uid, {', '.join(APPOINTMENT_FIELDS)} FROM appointments"):
        yield f"appointments:{row[0]}", dict(zip(APPOINTMENT_FIELDS, row[1:]))


def read_tips(db):
    for uid, value in db.execute(
        "SELECT e.uid, m.value FROM meta m JOIN entries e "
        "ON m.key = 'tip.' || e.id WHERE m.key LIKE 'tip.%'"
    ):
        yield f"tips:{uid}", {"value": value}


def read_shares(db):
    if not share_log_opted_in(db):
        return
    entries: dict[int, list[str]] = {}
    for share, uid in db.execute(
        "SELECT se.share_id, e.uid FROM share_entries se JOIN entries e ON e.id = se.entry_id"
    ):
        entries.setdefault(share, []).append(uid)
    for row in db.execute(f"SELECT id, uid, {', '.join(_SHARE_FIELDS)} FROM shares"):
        doc = dict(zip(_SHARE_FIELDS, row[2:]))
        doc["entries"] = sorted(entries.get(row[0], []))
        yield f"shares:{row[1]}", doc


def read_experiment(db):
    row = db.execute("SELECT value FROM meta WHERE key = ?", (EXPERIMENT_KEY,)).fetchone()
    if row is None:
        return
    try:
        plan = json.loads(row[0])
        symptom = db.execute(
            "SELECT uid FROM symptoms WHERE id = ?", (int(plan.pop("symptom_id")),)
        ).fetchone()
    except (ValueError, KeyError, TypeError, AttributeError):
        return  # a damaged plan stays where it is
    if symptom is not None:
        yield "experiment:main", {"plan": plan, "symptom": symptom[0]}


# -- writing -------------------------------------------------------------------------


def write(db, kind: str, uid: str, doc: dict, links) -> None:
    if kind == "appointments":
        row = db.execute("SELECT id FROM appointments WHERE uid = ?", (uid,)).fetchone()
        values = [doc.get(c) for c in APPOINTMENT_FIELDS]
        if row is None:
            db.execute(
                f"INSERT INTO appointments (uid, {', '.join(APPOINTMENT_FIELDS)}) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (uid, *values),
            )
        else:
            db.execute(
                f"UPDATE appointments SET "
                f"{', '.join(c + ' = ?' for c in APPOINTMENT_FIELDS)} WHERE id = ?",
                (*values, row[0]),
            )
    elif kind == "tips":
        entry = links.local_id("entries", uid)
        if entry is not None:
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (f"tip.{entry}", doc["value"]),
            )
    elif kind == "shares":
        ids = [links.local_id("entries", e, required=False) for e in doc["entries"]]
        row = db.execute("SELECT id FROM shares WHERE uid = ?", (uid,)).fetchone()
        values = [doc.get(c) for c in _SHARE_FIELDS]
        if row is None:
            share = db.execute(
                f"INSERT INTO shares (uid, {', '.join(_SHARE_FIELDS)}) VALUES (?, ?, ?, ?, ?)",
                (uid, *values),
            ).lastrowid
        else:
            share = row[0]
            db.execute(
                f"UPDATE shares SET {', '.join(c + ' = ?' for c in _SHARE_FIELDS)} WHERE id = ?",
                (*values, share),
            )
            db.execute("DELETE FROM share_entries WHERE share_id = ?", (share,))
        db.executemany(
            "INSERT OR IGNORE INTO share_entries (share_id, entry_id) VALUES (?, ?)",
            [(share, i) for i in ids if i is not None],
        )
    elif kind == "experiment":
        symptom = links.local_id("symptoms", doc["symptom"])
        if symptom is not None:
            plan = {**doc["plan"], "symptom_id": symptom}
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (EXPERIMENT_KEY, json.dumps(plan, sort_keys=True)),
            )


def delete(db, kind: str, uid: str, links=None) -> None:
    if kind in ("appointments", "shares"):
        db.execute(f"DELETE FROM {kind} WHERE uid = ?", (uid,))
    elif kind == "tips":
        db.execute(
            "DELETE FROM meta WHERE key = 'tip.' || (SELECT id FROM entries WHERE uid = ?)", (uid,)
        )
    elif kind == "experiment":
        db.execute("DELETE FROM meta WHERE key = ?", (EXPERIMENT_KEY,))


READERS = {
    "appointments": read_appointments,
    "tips": read_tips,
    "shares": read_shares,
    "experiment": read_experiment,
}
# kinds a device may leave out of what it reads (opted out): their absence is no delete
OPTIONAL = {"shares": share_log_opted_in}
