"""One sync: publish this device's changes, apply everyone else's.

Crash safety (kill -9 at any point):

1. Anything left in the outbox from an earlier run is written to the folder first.
2. One journal transaction captures local changes, applies other devices' logs,
   moves their cursors and puts this device's new log (sealed) into the outbox.
3. The log is written into this device's folder (temporary file, fsync, rename), then
   the outbox row is removed.

A crash before 2 commits changes nothing; after it, step 1 of the next sync finishes
the job with the very same bytes, so a log number is never reused for other content.
"""

from __future__ import annotations

import datetime as dt
import secrets
import socket
from dataclasses import dataclass, field
from pathlib import Path

from app.journal import kdf
from app.sync import compaction, crypto, forget, identity, log, state_store
from app.sync import folder as fs
from app.sync.apply import Incoming, apply_changes
from app.sync.capture import capture, reissue
from app.sync.clock import HybridClock
from app.sync.errors import (
    DeviceForgotten,
    LogDamaged,
    LogIncomplete,
    SyncError,
    SyncFolderEmpty,
    SyncFolderForeign,
    SyncFormatTooNew,
    SyncNotSetUp,
    WaitingForLinksNotice,
)


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    devices: list[str] = field(default_factory=list)  # names of devices read from
    problems: list[str] = field(default_factory=list)  # plain words, one per problem
    notices: list[str] = field(default_factory=list)  # plain words: done, nothing lost
    removed: int = 0  # old files compaction removed from the folder


def _meta(db, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def _set_meta(db, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def device_id(journal) -> str:
    with journal.transaction() as db:
        found = _meta(db, "sync.device_id")
        if not found:
            found = secrets.token_hex(16)
            _set_meta(db, "sync.device_id", found)
            _set_meta(db, "sync.device_name", socket.gethostname()[:60] or "Device")
    return found


def set_device_name(journal, name: str) -> None:
    """What other devices call this one ("Laptop"); it travels encrypted."""
    device_id(journal)
    with journal.transaction() as db:
        _set_meta(db, "sync.device_name", " ".join(name.split())[:60] or "Device")


def is_set_up(journal) -> bool:
    return bool(_meta(journal.db, "sync.key")) and bool(journal.settings.get("sync_folder"))


def set_up(journal, folder: Path, passphrase: str) -> None:
    """Make ``folder`` this journal's sync folder: a new one gets the journal's sync
    key (wrapped under ``passphrase``); one already in use by this journal's other
    devices is joined (its key opened with ``passphrase``)."""
    folder = Path(folder).expanduser().resolve()
    fs.check_reachable(folder)
    key_file = folder / fs.KEY_FILE
    mine = _meta(journal.db, "sync.key")
    data = fs.read(key_file)
    profile = kdf.profile_for_salt(kdf.read_salt(journal.path)) or kdf.DEFAULT_PROFILE
    if data is not None:
        if mine and crypto.key_file_folder_id(data) != crypto.folder_id(bytes.fromhex(mine)):
            raise SyncFolderForeign(str(folder))
        key = bytes.fromhex(mine) if mine else crypto.unwrap_key(data, passphrase)
    else:
        if any(fs.list_logs(folder).values()):
            raise SyncFolderForeign(str(folder))
        key = bytes.fromhex(mine) if mine else crypto.new_sync_key()
        fs.write_atomic(key_file, crypto.wrap_key(key, passphrase, profile))
    me = device_id(journal)
    moved = bool(mine) and journal.settings.get("sync_folder") != str(folder)
    with journal.transaction() as db:
        _set_meta(db, "sync.key", key.hex())
    journal.settings.set("sync_folder", str(folder))
    if moved:  # the new folder has none of this device's earlier logs: a snapshot does
        compaction.write_snapshot(journal, folder, key, me, force=True)


def join(
    folder: Path,
    journal_path: Path,
    passphrase: str,
    *,
    profile: kdf.KdfProfile | None = None,
    name: str = "",
):
    """A second device: a new journal at ``journal_path`` built from the folder, with
    the KDF parameters the folder's key was wrapped with unless ``profile`` is given."""
    from app.journal.journal import Journal

    folder = Path(folder).expanduser().resolve()
    fs.check_reachable(folder)
    data = fs.read(folder / fs.KEY_FILE)
    if data is None:
        raise SyncFolderEmpty(str(folder))
    key = crypto.unwrap_key(data, passphrase)  # before a file is made
    profile = profile or crypto.key_file_profile(data) or kdf.DEFAULT_PROFILE
    journal = Journal.create(journal_path, passphrase, profile=profile)
    try:
        device_id(journal)
        with journal.transaction() as db:
            _set_meta(db, "sync.key", key.hex())
        if name:
            set_device_name(journal, name)
        journal.settings.set("sync_folder", str(folder))
        report = sync_now(journal)
    except BaseException:
        journal.lock()
        raise
    return journal, report


def sync_now(journal, folder: Path | None = None, *, wall_ms=None) -> SyncReport:
    """Publish local changes and apply other devices'. ``wall_ms`` lets tests give a
    device a clock that is hours off."""
    folder = Path(folder or journal.settings.get("sync_folder") or "")
    hex_key = _meta(journal.db, "sync.key")
    if not hex_key or not str(folder) or str(folder) == ".":
        raise SyncNotSetUp()
    key = bytes.fromhex(hex_key)
    fs.check_reachable(folder)
    data = fs.read(folder / fs.KEY_FILE)
    if data is None or crypto.key_file_folder_id(data) != crypto.folder_id(key):
        raise SyncFolderForeign(str(folder))
    me = device_id(journal)
    gone = forget.read_all(folder, key)
    if me in gone:  # before anything is written: it may bring nothing back
        raise DeviceForgotten(gone[me].by)
    _flush_key_file(journal, folder)
    fs.remove_stale_temps(folder, me)
    report = SyncReport()
    renewed = False
    with journal.transaction() as db:
        if identity.written_by_another(db, folder, me):
            me = identity.become_new_device(db, me)
            renewed = True
            report.notices.append(identity.NOTICE)
    _flush_outbox(journal, folder, me)
    with journal.transaction() as db:
        clock = HybridClock(me, _meta(db, "sync.clock"), wall_ms)
        state_store.strip_tombstones(db)
        states, aliases = state_store.load(db)
        changes = capture(db, clock, states)
        if renewed:  # send everything again, under the new id
            sent = {k for k, _kind, _s in changes}
            changes += [(k, kind, s) for k, (kind, s) in states.items() if k not in sent]
        again = _catch_up_from_snapshots(db, folder, key, me, clock, states, aliases, report, gone)
        incoming, reads = _read_incoming(db, folder, key, me, report, gone)
        for item in incoming:
            clock.observe(item.change["stamp"])
        result = apply_changes(db, incoming, states, aliases)
        report.received += result.applied
        report.conflicts += result.conflicts
        if again := again | result.reissue:  # see merge.Joined.reissue
            redone = reissue(db, clock, states, again)
            # a record re-sent replaces its earlier change; one that is gone by now
            # (reissue skips it) keeps the change captured for it
            sent_again = {k for k, _kind, _s in redone}
            changes = [c for c in changes if c[0] not in sent_again] + redone
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        for device, (last_seq, name) in reads.items():
            seq, index = result.blocked.get(device, (last_seq + 1, 0))
            db.execute(
                "INSERT OR REPLACE INTO sync_devices (device_id, name, seq, op_index, "
                "seen_at) VALUES (?, ?, ?, ?, ?)",
                (device, name, seq - 1, index, now),
            )
            report.devices.append(name)
        if result.blocked:
            report.problems.append(WaitingForLinksNotice.user_message)
        if changes:
            seq = int(_meta(db, "sync.seq", "0")) + 1
            body = {
                "device_name": _meta(db, "sync.device_name"),
                "changes": [state_store.to_wire(k, kind, s) for k, kind, s in changes],
            }
            blob = log.encode(key, me, seq, body)
            db.execute("INSERT INTO sync_outbox (seq, blob) VALUES (?, ?)", (seq, blob))
            identity.remember(db, seq, blob)
            _set_meta(db, "sync.seq", str(seq))
            report.sent = len(changes)
        _set_meta(db, "sync.clock", clock.last)
        _set_meta(db, "sync.last_at", now)
        if report.devices:
            _set_meta(db, "sync.last_with", report.devices[-1])
        cursors = dict(db.execute("SELECT device_id, seq FROM sync_devices"))
        seen = _meta(db, "sync.seen")
    _flush_outbox(journal, folder, me)
    _compact(journal, folder, key, me, cursors, seen, report, set(gone))
    return report


def _compact(
    journal,
    folder: Path,
    key: bytes,
    me: str,
    cursors: dict[str, int],
    seen: str,
    report: SyncReport,
    gone: set[str],
) -> None:
    """Tell the others what this device has seen, snapshot now and then (and after a
    delete, so that no file of this device keeps the deleted text once the others have
    seen its logs), and remove the logs every device has seen (see compaction.py)."""
    name = _meta(journal.db, "sync.device_name")
    published = compaction.publish_seen(folder, key, me, cursors, seen, name)
    if published != seen:
        with journal.transaction() as db:
            _set_meta(db, "sync.seen", published)
    again = _meta(journal.db, "sync.snapshot_again") == "1"  # a delete since the last
    compaction.write_snapshot(journal, folder, key, me, force=again)
    if again:
        with journal.transaction() as db:
            db.execute("DELETE FROM meta WHERE key = 'sync.snapshot_again'")
    report.removed = compaction.remove_old(journal, folder, key, me, ignore=gone)


def _catch_up_from_snapshots(
    db,
    folder: Path,
    key: bytes,
    me: str,
    clock: HybridClock,
    states,
    aliases,
    report: SyncReport,
    gone: dict[str, forget.Forgotten],
) -> set[str]:
    """Devices whose next log was removed (compacted): apply their newest snapshot
    and move the cursors to what it covers, so reading goes on after it. Returns the
    records to send again (``merge.Joined.reissue``)."""
    again: set[str] = set()
    cursors = dict(db.execute("SELECT device_id, seq FROM sync_devices"))
    listing = forget.bounded(fs.list_logs(folder), gone)
    limits = {d: f.last for d, f in gone.items()}
    done: set[str] = set()
    # one device's snapshot may move another's cursor past logs that device has
    # removed since: look again until no gap is left
    while todo := [
        d for d in compaction.gaps(folder, me, cursors, listing, limits) if d not in done
    ]:
        device = todo[0]
        done.add(device)
        snap = compaction.read_snapshot(key, folder, device, limits.get(device))
        if snap is None:
            report.problems.append(LogDamaged.user_message)
            continue
        for alias, to in dict(snap.body.get("aliases") or {}).items():
            if alias not in aliases:
                aliases[alias] = str(to)
                state_store.save_alias(db, alias, str(to))
        incoming = [
            Incoming(device, snap.seq, i, c)
            for i, c in enumerate(snap.body["changes"])
            if isinstance(c, dict)
        ]
        for item in incoming:
            clock.observe(item.change["stamp"])
        result = apply_changes(db, incoming, states, aliases, by_kind=True)
        again |= result.reissue
        if result.blocked:
            report.problems.append(WaitingForLinksNotice.user_message)
            continue
        report.received += result.applied
        report.conflicts += result.conflicts
        name = str(snap.body.get("device_name") or device[:8])[:60]
        covers = {**dict(snap.body.get("covers") or {}), device: snap.seq}
        for other, seq in covers.items():
            if other != me and fs.is_device_id(other) and int(seq) > cursors.get(other, 0):
                db.execute(
                    "INSERT OR REPLACE INTO sync_devices (device_id, name, seq, "
                    "op_index, seen_at) VALUES (?, COALESCE((SELECT name FROM "
                    "sync_devices WHERE device_id = ?), ?), ?, 0, '')",
                    (other, other, name if other == device else "", int(seq)),
                )
                cursors[other] = int(seq)
        names = {**dict(snap.body.get("names") or {}), device: name}
        for other, other_name in names.items():  # "Synced with Desktop", not with an id
            db.execute(
                "UPDATE sync_devices SET name = ? WHERE device_id = ? AND (name = '' "
                "OR device_id = ?)",
                (str(other_name)[:60], other, device),
            )
    return again


def _flush_key_file(journal, folder: Path) -> None:
    """Write ``sync.key`` re-wrapped under a new passphrase, if one is waiting."""
    pending = _meta(journal.db, "sync.key_file")
    if pending:
        fs.write_atomic(Path(folder) / fs.KEY_FILE, bytes.fromhex(pending))
        with journal.transaction() as db:
            db.execute("DELETE FROM meta WHERE key = 'sync.key_file'")


def after_passphrase_change(journal, passphrase: str) -> None:
    """Re-wrap the sync key under the journal's new passphrase, so a device joining
    later (or this one, set up again) opens ``sync.key`` with the passphrase in use.
    Kept inside the journal until it is written, in case the folder is away now."""
    hex_key = _meta(journal.db, "sync.key")
    if not hex_key:
        return
    profile = kdf.profile_for_salt(kdf.read_salt(journal.path)) or kdf.DEFAULT_PROFILE
    blob = crypto.wrap_key(bytes.fromhex(hex_key), passphrase, profile)
    with journal.transaction() as db:
        _set_meta(db, "sync.key_file", blob.hex())
    folder = journal.settings.get("sync_folder")
    if folder and Path(folder).is_dir():
        try:
            _flush_key_file(journal, Path(folder))
        except SyncError:
            pass  # written at the next sync


def _flush_outbox(journal, folder: Path, me: str) -> None:
    for seq, blob in journal.db.execute(
        "SELECT seq, blob FROM sync_outbox ORDER BY seq"
    ).fetchall():
        target = fs.log_path(folder, me, seq)
        if fs.read(target) != bytes(blob):
            fs.write_atomic(target, bytes(blob))
        with journal.transaction() as db:
            db.execute("DELETE FROM sync_outbox WHERE seq = ?", (seq,))


_MESSAGES = {
    LogIncomplete: LogIncomplete.user_message,
    LogDamaged: LogDamaged.user_message,
    SyncFormatTooNew: SyncFormatTooNew.user_message,
}


def _read_incoming(db, folder: Path, key: bytes, me: str, report: SyncReport, gone):
    """Changes not yet applied from every other device, and per device the last log
    read whole with its name. A device's logs are read in order and reading stops at
    the first one that is missing, incomplete, damaged or too new."""
    cursors = {
        d: (s, i, n)
        for d, s, i, n in db.execute("SELECT device_id, seq, op_index, name FROM sync_devices")
    }
    incoming: list[Incoming] = []
    reads: dict[str, tuple[int, str]] = {}
    for device, names in forget.bounded(fs.list_logs(folder), gone).items():
        if device == me:
            continue
        done, start_index, name = cursors.get(device, (0, 0, ""))
        by_seq: dict[int, list[fs.LogName]] = {}
        for n in names:
            if n.seq > done:
                by_seq.setdefault(n.seq, []).append(n)
        seq = done + 1
        last = done
        while seq in by_seq:
            opened, problem = _open_any(key, device, seq, by_seq[seq])
            if opened is None:
                report.problems.append(problem)
                break
            name = str(opened.body.get("device_name") or name)[:60]
            skip = start_index if seq == done + 1 else 0
            for index, change in enumerate(opened.body["changes"]):
                if index >= skip and isinstance(change, dict):
                    incoming.append(Incoming(device, seq, index, change))
            last = seq
            seq += 1
        if last > done or device in cursors:
            reads[device] = (last, name or device[:8])
    return incoming, reads


def _open_any(key: bytes, device: str, seq: int, copies: list[fs.LogName]):
    """The first copy of log ``seq`` that opens (the file itself, then any conflict
    copy: all hold the same log, so any sound one will do)."""
    problem = ""
    for candidate in copies:
        data = fs.read(candidate.path)
        if data is None:
            continue
        try:
            opened = log.decode(key, data)
        except SyncError as exc:
            problem = problem or _MESSAGES.get(type(exc), exc.user_message)
            if isinstance(exc, SyncFormatTooNew):
                return None, exc.user_message
            continue
        if opened.device != device or opened.seq != seq:
            problem = problem or LogDamaged.user_message
            continue
        return opened, ""
    return None, problem or LogIncomplete.user_message
