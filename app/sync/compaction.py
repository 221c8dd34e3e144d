"""Keeping the sync folder small: snapshots, "seen" files and removing old logs.

* Each device keeps ``devices/<id>/seen.dat`` up to date: for every other device, the
  last of its logs this device has read whole (encrypted like a log, sequence 0).
* Every ``SNAPSHOT_EVERY`` logs a device writes ``devices/<id>/NNNNNN.snap``: every
  record it knows (deleted ones as bare tombstones, without their text), covering its
  own logs up to NNNNNN and each other device's up to the cursor it had then.
* A device removes its own logs only when they are covered by its newest snapshot and
  every known device has seen them. A device silent for ``STALE_DAYS`` no longer holds
  the others back; should it come back, it starts from the snapshots like a new one.
  A forgotten device (forget.py) holds nothing back at all.
* After a delete a device writes a fresh snapshot at its next sync (``engine._compact``),
  so that once the others have seen its logs, none of its files holds the deleted text.
* A device that finds a gap (the next log of some device was removed) reads that
  device's newest snapshot, then the logs after it: that is how a new device joins.

Every file is written whole or not at all (temporary file, fsync, rename) and removed
only after what replaces it is in place, so kill -9 at any point leaves a folder from
which every device can still catch up.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from pathlib import Path

from app.sync import folder as fs
from app.sync import log, state_store
from app.sync.errors import SyncError
from app.sync.merge import bare

SNAPSHOT_EVERY = 16
STALE_DAYS = 90
SEEN_FILE = "seen.dat"
_SNAP = re.compile(r"(\d{6,})\.snap")


def snapshot_path(folder: Path, device: str, seq: int) -> Path:
    return fs.device_dir(folder, device) / f"{seq:06d}.snap"


def snapshots(folder: Path, device: str) -> list[tuple[int, Path]]:
    """A device's snapshots, oldest first."""
    try:
        names = list(fs.device_dir(folder, device).iterdir())
    except OSError:
        return []
    found = [(int(m.group(1)), p) for p in names if (m := _SNAP.fullmatch(p.name))]
    return sorted(found)


def open_file(key: bytes, device: str, path: Path, kind: str) -> log.LogFile | None:
    """A snapshot or seen file of ``device``, or None if it is absent, incomplete,
    damaged or not what its name says."""
    data = fs.read(path)
    if data is None:
        return None
    try:
        opened = log.decode(key, data)
    except SyncError:
        return None
    if opened.device != device or opened.body.get("kind") != kind:
        return None
    return opened


# -- seen files --------------------------------------------------------------------------


def publish_seen(
    folder: Path, key: bytes, me: str, cursors: dict[str, int], already: str, name: str = ""
) -> str:
    """Rewrite this device's seen file if its cursors (or its name) changed; returns
    what it holds. The name lets the others list a device that has sent no change."""
    text = state_store.canonical_json({"cursors": cursors, "name": name})
    if text != already:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        body = {"kind": "seen", "cursors": cursors, "at": now, "changes": []}
        if name:
            body["device_name"] = name
        fs.write_atomic(fs.device_dir(folder, me) / SEEN_FILE, log.encode(key, me, 0, body))
    return text


def _seen_by_others(
    folder: Path, key: bytes, me: str, devices: list[str], ignore: set[str]
) -> int | None:
    """The lowest of my logs any live device has seen (None: no other device).
    Forgotten devices (``ignore``) hold nothing back."""
    lowest = None
    now = dt.datetime.now(dt.UTC)
    for device in devices:
        if device == me or device in ignore:
            continue
        opened = open_file(key, device, fs.device_dir(folder, device) / SEEN_FILE, "seen")
        if opened is not None:
            try:
                at = dt.datetime.fromisoformat(str(opened.body.get("at")))
            except ValueError:
                at = now
            if now - at > dt.timedelta(days=STALE_DAYS):
                continue
            mine = int(opened.body.get("cursors", {}).get(me, 0))
        elif not _has_logs(folder, device):
            continue  # nothing of its own there: nothing it could hold back
        else:
            mine = 0  # a device from before seen files: it holds everything back
        lowest = mine if lowest is None else min(lowest, mine)
    return lowest


def _has_logs(folder: Path, device: str) -> bool:
    with contextlib.suppress(OSError):
        return any(p.suffix == ".log" for p in fs.device_dir(folder, device).iterdir())
    return False


# -- snapshots ---------------------------------------------------------------------------


def write_snapshot(
    journal, folder: Path, key: bytes, me: str, *, force: bool = False
) -> int | None:
    """A snapshot at this device's current log number when ``SNAPSHOT_EVERY`` logs
    have been written since the last one (or ``force``: a folder this device moved to
    holds none of its earlier logs); returns its number."""
    with journal.transaction() as db:
        seq = int(_meta(db, "sync.seq", "0"))
        last = int(_meta(db, "sync.snapshot", "0"))
        if seq == 0 or (not force and seq - last < SNAPSHOT_EVERY):
            return None
        states, aliases = state_store.load(db)
        covers = dict(db.execute("SELECT device_id, seq FROM sync_devices"))
        names = {d: n for d, n in db.execute("SELECT device_id, name FROM sync_devices") if n}
        name = _meta(db, "sync.device_name")
    covers[me] = seq
    names[me] = name
    changes = [state_store.to_wire(k, kind, bare(s)) for k, (kind, s) in states.items()]
    body = {
        "kind": "snapshot",
        "device_name": name,
        "covers": covers,
        "names": names,
        "changes": changes,
        "aliases": aliases,
    }
    fs.write_atomic(snapshot_path(folder, me, seq), log.encode(key, me, seq, body))
    with journal.transaction() as db:
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('sync.snapshot', ?)", (str(seq),)
        )
    return seq


def remove_old(
    journal, folder: Path, key: bytes, me: str, *, ignore: set[str] = frozenset()
) -> int:
    """Remove my logs (and older snapshots) that my newest snapshot covers and every
    known device has seen. Returns how many files went."""
    mine = snapshots(folder, me)
    if not mine:
        return 0
    newest = mine[-1][0]
    listing = fs.list_logs(folder)
    devices = sorted({*listing, *_device_dirs(folder)})
    seen = _seen_by_others(folder, key, me, devices, set(ignore))
    limit = newest if seen is None else min(newest, seen)
    removed = 0
    for name in listing.get(me, []):
        if name.seq <= limit:
            with contextlib.suppress(FileNotFoundError):
                name.path.unlink()
                removed += 1
    for _seq, path in mine[:-1]:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
    if removed:
        fs.fsync_dir(fs.device_dir(folder, me))
    return removed


def _device_dirs(folder: Path) -> list[str]:
    with contextlib.suppress(OSError):
        return [p.name for p in (Path(folder) / fs.DEVICES).iterdir() if fs.is_device_id(p.name)]
    return []


# -- catching up from snapshots --------------------------------------------------------------


def gaps(
    folder: Path,
    me: str,
    cursors: dict[str, int],
    listing: dict[str, list[fs.LogName]],
    limits: dict[str, int] | None = None,
) -> list[str]:
    """Devices whose next log I need was removed (covered by a snapshot of theirs).
    ``limits``: forgotten devices' last logs and snapshots that count."""
    limits = limits or {}
    out = []
    for device in sorted({*listing, *_device_dirs(folder)}):
        if device == me:
            continue
        done = cursors.get(device, 0)
        seqs = {n.seq for n in listing.get(device, [])}
        if done + 1 in seqs:
            continue
        snaps = [s for s in snapshots(folder, device) if s[0] <= limits.get(device, s[0])]
        if snaps and snaps[-1][0] > done:
            out.append(device)
    return out


def read_snapshot(
    key: bytes, folder: Path, device: str, limit: int | None = None
) -> log.LogFile | None:
    """The newest snapshot of ``device`` that opens (numbered up to ``limit``)."""
    for seq, path in reversed(snapshots(folder, device)):
        if limit is not None and seq > limit:
            continue
        opened = open_file(key, device, path, "snapshot")
        if opened is not None:
            return opened
    return None


def _meta(db, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


__all__ = [
    "SNAPSHOT_EVERY",
    "gaps",
    "publish_seen",
    "read_snapshot",
    "remove_old",
    "snapshots",
    "write_snapshot",
]
