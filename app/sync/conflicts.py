"""Sync conflicts as the user sees them, and their resolution; and a short status.

A conflict is stored when two devices changed the same lines of an entry (the later
text is shown, the other kept whole) or one deleted what the other edited (the entry
stays). Resolving one is an ordinary edit of the entry, so it syncs like any other:
when it arrives on the other devices, their copy of the conflict is resolved too
(``resolve_superseded`` and ``resolve_kept``, called by ``apply``). Keeping an entry
another device deleted sends it again with a version vector that has the delete in
view (``capture``), so it beats the delete and stays on every device.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
from dataclasses import dataclass

from app.sync.clock import stamp_ms
from app.sync.merge import _matches

KEEP_SHOWN, KEEP_OTHER, KEEP_BOTH, MERGE, DELETE = "shown", "other", "both", "merge", "delete"


@dataclass(frozen=True)
class SyncConflict:
    id: int
    reason: str  # 'text' (two edits) or 'delete' (deleted on one, edited on the other)
    entry_id: int | None  # None: the record is not an entry, or no longer here
    title: str
    shown_device: str  # names ("Laptop"); "this device" for this one
    shown_at: dt.datetime  # local time of the change shown
    other_device: str
    other_at: dt.datetime
    shown_text: str  # the Markdown body shown now
    other_text: str  # the other version ("" for a delete)
    proposal: str  # a merge to start from: both versions, differences marked


@dataclass(frozen=True)
class SyncStatus:
    set_up: bool
    folder: str
    device_name: str
    last_at: str  # ISO time of the last sync ("" never)
    last_with: str  # the device last read from
    conflicts: int
    share_log: bool


def _meta(db, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def status(journal) -> SyncStatus:
    db = journal.db
    open_ = db.execute("SELECT count(*) FROM sync_conflicts WHERE resolved = 0").fetchone()[0]
    return SyncStatus(
        bool(_meta(db, "sync.key")) and bool(journal.settings.get("sync_folder")),
        journal.settings.get("sync_folder") or "",
        _meta(db, "sync.device_name"),
        _meta(db, "sync.last_at"),
        _meta(db, "sync.last_with"),
        int(open_),
        bool(journal.settings.get("sync_share_log")),
    )


def _names(db) -> dict[str, str]:
    names = {d: n for d, n in db.execute("SELECT device_id, name FROM sync_devices") if n}
    me = _meta(db, "sync.device_id")
    if me:
        names[me] = "this device"
    return names


def _local_time(stamp: str) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(stamp_ms(stamp) / 1000)
    except (ValueError, OverflowError, OSError):
        return dt.datetime.fromtimestamp(0)


def open_conflicts(journal) -> list[SyncConflict]:
    """Unresolved conflicts, newest first (only entries: other records merge per field)."""
    db = journal.db
    names = _names(db)
    out = []
    for (
        cid,
        record,
        kind,
        reason,
        kept_dev,
        kept_stamp,
        other_dev,
        other_stamp,
        other,
    ) in db.execute(
        "SELECT id, record, kind, reason, kept_device, kept_stamp, "
        "other_device, other_stamp, other_doc FROM sync_conflicts "
        "WHERE resolved = 0 ORDER BY id DESC"
    ).fetchall():
        if kind != "entries":
            continue
        uid = record.partition(":")[2]
        row = db.execute("SELECT id, title, body FROM entries WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            continue  # deleted meanwhile: nothing left to choose between
        entry_id, title, shown = row[0], row[1] or "", row[2] or ""
        other_text = ""
        if other:
            try:
                other_text = str(json.loads(other).get("body") or "")
            except ValueError:
                other_text = ""
        shown_name = names.get(kept_dev, "another device")
        other_name = names.get(other_dev, "another device")
        out.append(
            SyncConflict(
                cid,
                reason,
                entry_id,
                title,
                shown_name,
                _local_time(kept_stamp),
                other_name,
                _local_time(other_stamp),
                shown,
                other_text,
                with_markers(
                    _base(db, record, other_stamp), shown, other_text, shown_name, other_name
                )
                if reason == "text"
                else shown,
            )
        )
    return out


def _base(db, record: str, other_stamp: str) -> str | None:
    """The body the other version was edited from, if the record still knows it."""
    row = db.execute("SELECT history FROM sync_records WHERE key = ?", (record,)).fetchone()
    try:
        for head in json.loads(row[0]) if row else []:
            if head[1] == other_stamp:
                return str(head[3])
    except (ValueError, IndexError, TypeError):
        pass
    return None


def with_markers(base: str | None, shown: str, other: str, shown_name: str, other_name: str) -> str:
    """diff3 of the two versions against ``base`` (lines both kept, or only one side
    changed, are taken; lines both changed are shown between markers). Without a base,
    lines the two share are kept once and the rest is marked."""
    a, b = _lines(shown), _lines(other)
    out: list[str] = []

    def clash(mine: list[str], theirs: list[str]) -> None:
        out.append(f"<<<<<<< {shown_name}\n")
        out.extend(mine)
        out.append("=======\n")
        out.extend(theirs)
        out.append(f">>>>>>> {other_name}\n")

    if base is None:
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                out.extend(a[i1:i2])
            else:
                clash(a[i1:i2], b[j1:j2])
        return "".join(out)
    o = _lines(base)
    ma, mb = _matches(o, a), _matches(o, b)
    i = ja = jb = 0
    while True:
        k = i
        while k < len(o) and not (k in ma and k in mb and ma[k] >= ja and mb[k] >= jb):
            k += 1
        if k < len(o) and k == i and ma[k] == ja and mb[k] == jb:
            out.append(o[k])
            i, ja, jb = i + 1, ja + 1, jb + 1
            continue
        ea = ma[k] if k < len(o) else len(a)
        eb = mb[k] if k < len(o) else len(b)
        cb, ca, ct = o[i:k], a[ja:ea], b[jb:eb]
        if ca == cb:
            out += ct
        elif ct == cb or ca == ct:
            out += ca
        else:
            clash(ca, ct)
        if k >= len(o):
            break
        i, ja, jb = k, ea, eb
    return "".join(out)


def _lines(text: str) -> list[str]:
    return (text if not text or text.endswith("\n") else text + "\n").splitlines(True)


def resolve(journal, conflict: SyncConflict, choice: str, merged: str = "") -> int | None:
    """Settle ``conflict``: keep the text shown, the other one, both (the other as a new
    entry beside it), a merged text, or (a delete conflict) delete the entry after all.
    Returns the id of an entry made for "both"."""
    made = None
    with journal.transaction() as db:
        if conflict.entry_id is not None:
            entry = journal.entries.get(conflict.entry_id)
            if choice == KEEP_OTHER:
                journal.entries.update(dataclasses.replace(entry, body=conflict.other_text))
            elif choice == MERGE:
                journal.entries.update(dataclasses.replace(entry, body=merged))
            elif choice == KEEP_BOTH:
                title = (entry.title or entry.display_title()) + f" ({conflict.other_device})"
                made = journal.entries.add(
                    dataclasses.replace(
                        entry,
                        id=None,
                        title=title[:200],
                        body=conflict.other_text,
                        created_at="",
                        updated_at="",
                    )
                )
            elif choice == DELETE:
                journal.entries.delete(conflict.entry_id)
        db.execute("UPDATE sync_conflicts SET resolved = 1 WHERE id = ?", (conflict.id,))
    return made


def resolve_superseded(db, record: str) -> None:
    """A record's text conflicts end once a version made with all of them in view
    arrives (somebody resolved them on another device, or edited the text again)."""
    db.execute(
        "UPDATE sync_conflicts SET resolved = 1 WHERE record = ? AND reason = 'text' "
        "AND resolved = 0",
        (record,),
    )


def resolve_kept(db, record: str) -> None:
    """A record's delete conflicts end once a version made with the delete in view
    arrives (somebody chose to keep it, or edited it again after seeing it back)."""
    db.execute(
        "UPDATE sync_conflicts SET resolved = 1 WHERE record = ? AND reason = 'delete' "
        "AND resolved = 0",
        (record,),
    )
