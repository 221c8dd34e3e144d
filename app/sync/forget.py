"""Forgetting a device that is gone for good (an old laptop), and leaving.

Old logs are removed only when every known device has seen them, so a device that
never comes back would hold compaction back forever. Forgetting it writes a record into
the forgetting device's own folder, ``devices/<id>/forgotten.dat``, encrypted and
authenticated under the sync key like a log (nobody without the passphrase can read,
forge or alter it), naming the device and the last of its logs that counts. Every
device honours every such record it finds:

* compaction no longer waits for it (its seen file no longer counts);
* its logs and snapshots up to that number stay readable, so nothing it sent is lost;
  anything it writes after is ignored, so it cannot bring back what was deleted since;
* should it come back, its sync stops before writing anything and tells it plainly
  that it was removed and must join again (a new journal made from the folder).

Stopping syncing on a device forgets it the same way, written by itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.sync import folder as fs
from app.sync import log
from app.sync.errors import LogDamaged, SyncError

FILE = "forgotten.dat"


@dataclass(frozen=True)
class Forgotten:
    device: str
    name: str  # what it was called, for the message it gets should it come back
    last: int  # the last of its logs (and snapshots) that counts
    by: str  # the name of the device that forgot it
    at: str  # ISO time (UTC)


def read_all(folder: Path, key: bytes) -> dict[str, Forgotten]:
    """Every device some device has forgotten. Of two records about one device the
    one letting more of its logs count wins, so every device reads the same logs."""
    found: dict[str, Forgotten] = {}
    root = Path(folder) / fs.DEVICES
    with contextlib.suppress(OSError):
        for path in root.glob(f"*/{FILE}"):
            writer = path.parent.name
            if not fs.is_device_id(writer):
                continue
            for item in _open(key, writer, path).values():
                known = found.get(item.device)
                if known is None or item.last > known.last:
                    found[item.device] = item
    return found


def _open(key: bytes, writer: str, path: Path) -> dict[str, Forgotten]:
    data = fs.read(path)
    if data is None:
        return {}
    try:
        opened = log.decode(key, data)
    except SyncError:
        return {}  # half-copied or damaged: read again at the next sync
    if opened.device != writer or opened.body.get("kind") != "forgotten":
        return {}
    out = {}
    for device, info in dict(opened.body.get("devices") or {}).items():
        if fs.is_device_id(device) and isinstance(info, dict):
            out[device] = Forgotten(
                device,
                str(info.get("name") or "")[:60],
                int(info.get("last") or 0),
                str(info.get("by") or "")[:60],
                str(info.get("at") or ""),
            )
    return out


def last_written(folder: Path, device: str) -> int:
    """The highest log or snapshot number of ``device`` in the folder."""
    from app.sync import compaction

    seqs = [n.seq for n in fs.list_device_logs(folder, device)]
    seqs += [seq for seq, _path in compaction.snapshots(folder, device)]
    return max(seqs, default=0)


def write(
    folder: Path, key: bytes, me: str, my_name: str, device: str, name: str, cursor: int
) -> Forgotten:
    """Add ``device`` to this device's record (written whole, or not at all)."""
    path = fs.device_dir(folder, me) / FILE
    if path.exists() and fs.read(path) is not None and not _open(key, me, path):
        raise LogDamaged("forgotten record")  # never overwrite what cannot be read
    mine = _open(key, me, path)
    item = Forgotten(
        device,
        name[:60],
        max(last_written(folder, device), cursor),
        my_name[:60],
        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    mine[device] = item
    body = {
        "kind": "forgotten",
        "changes": [],
        "devices": {
            d: {"name": f.name, "last": f.last, "by": f.by, "at": f.at} for d, f in mine.items()
        },
    }
    fs.write_atomic(path, log.encode(key, me, 0, body))
    return item


def bounded(
    listing: dict[str, list[fs.LogName]], gone: dict[str, Forgotten]
) -> dict[str, list[fs.LogName]]:
    """A folder's logs without those forgotten devices wrote after being forgotten."""
    return {
        device: [n for n in names if device not in gone or n.seq <= gone[device].last]
        for device, names in listing.items()
    }
