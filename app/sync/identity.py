"""Noticing a journal file copied to a second computer.

Both copies carry the same device id, so both would write ``devices/<id>/NNNNNN.log``
and a file-sync tool would let one overwrite the other (or keep a conflict copy).
Each device remembers a fingerprint of the last logs it wrote (inside the journal);
a sync that finds, in its own folder, a log it did not write (a number beyond its
own, or a file whose bytes are not what it wrote) knows another journal writes under
its id. That copy then takes a new device id and sends everything it has again under
it, so nothing either copy wrote is lost; the other copy is read like any device.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from pathlib import Path

from app.sync import folder as fs
from app.sync.errors import CopiedJournalNotice

KEEP = 32  # fingerprints kept: the logs a file-sync tool may still be delivering
NOTICE = CopiedJournalNotice.user_message


def fingerprint(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()[:32]


def remember(db, seq: int, blob: bytes) -> None:
    """Note the fingerprint of log ``seq`` (inside the caller's transaction)."""
    known = _known(db)
    known[str(seq)] = fingerprint(blob)
    for old in sorted(known, key=int)[:-KEEP]:
        del known[old]
    db.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('sync.written', ?)",
        (json.dumps(known, sort_keys=True),),
    )


def _known(db) -> dict[str, str]:
    row = db.execute("SELECT value FROM meta WHERE key = 'sync.written'").fetchone()
    try:
        return dict(json.loads(row[0])) if row else {}
    except ValueError:
        return {}


def written_by_another(db, folder: Path, me: str) -> bool:
    """Whether my folder holds a log I did not write."""
    row = db.execute("SELECT value FROM meta WHERE key = 'sync.seq'").fetchone()
    mine = int(row[0]) if row else 0
    known = _known(db)
    for name in fs.list_device_logs(folder, me):
        if name.seq > mine:
            return True
        expected = known.get(str(name.seq))
        if expected is not None:
            data = fs.read(name.path)
            if data is not None and fingerprint(data) != expected:
                return True
    return False


def become_new_device(db, old: str) -> str:
    """A new device id for this copy (inside the caller's transaction): its own log
    numbers start again, the old id is read from now on like any other device (from
    its first log: applying what this copy wrote itself again changes nothing), and
    unsent logs are dropped because everything is sent again."""
    new = secrets.token_hex(16)
    for key, value in (
        ("sync.device_id", new),
        ("sync.seq", "0"),
        ("sync.written", "{}"),
        ("sync.snapshot", "0"),
        ("sync.seen", ""),
    ):
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
    db.execute("DELETE FROM sync_outbox")
    db.execute(
        "INSERT OR REPLACE INTO sync_devices (device_id, name, seq, op_index, seen_at) "
        "VALUES (?, '', 0, 0, '')",
        (old,),
    )
    return new
