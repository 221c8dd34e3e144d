"""The devices a journal syncs with: who they are and when each last synced,
forgetting one that is gone for good, and stopping syncing on this one (forget.py)."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.sync import compaction, engine, forget
from app.sync import folder as fs
from app.sync.errors import DeviceForgotten, SyncError, SyncNotSetUp


class CannotForgetThisDevice(SyncError):
    user_message = (
        "That is the device you are using. To stop syncing here, choose "
        "“Stop syncing on this device” instead."
    )


class UnknownDevice(SyncError):
    user_message = "No device of that name syncs with this journal. Nothing was changed."


@dataclass(frozen=True)
class Device:
    id: str
    name: str  # "" when it has not told its name yet
    last_synced: dt.datetime | None  # UTC; None: not known
    this_device: bool


def _setup(journal) -> tuple[Path, bytes, str]:
    folder = journal.settings.get("sync_folder") or ""
    hex_key = engine._meta(journal.db, "sync.key")
    if not folder or not hex_key:
        raise SyncNotSetUp()
    return Path(folder), bytes.fromhex(hex_key), engine.device_id(journal)


def devices(journal) -> list[Device]:
    """This device, then every other that still counts (not forgotten), most
    recently synced first. Reads the folder when it can be reached."""
    folder, key, me = _setup(journal)
    db = journal.db
    names = dict(db.execute("SELECT device_id, name FROM sync_devices"))
    gone: dict[str, forget.Forgotten] = {}
    if folder.is_dir():
        with contextlib.suppress(SyncError, OSError):
            gone = forget.read_all(folder, key)
            names.update({d: names.get(d, "") for d in compaction._device_dirs(folder)})
    last = engine._meta(db, "sync.last_at")
    mine = Device(me, engine._meta(db, "sync.device_name"), _parse(last), True)
    others = [
        Device(d, *_seen(folder, key, d, str(name or "")), False)
        for d, name in names.items()
        if d != me and d not in gone
    ]
    never = dt.datetime.min.replace(tzinfo=dt.UTC)
    others.sort(key=lambda d: (d.last_synced or never, d.name), reverse=True)
    return [mine, *others]


def _parse(text: str) -> dt.datetime | None:
    try:
        at = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


def _seen(folder: Path, key: bytes, device: str, name: str) -> tuple[str, dt.datetime | None]:
    """``device``'s name (from its seen file when no change of it was read yet) and
    when it last wrote into the folder: its seen file's time, or its newest file's
    (file-sync tools keep the times of the files they copy)."""
    found: list[dt.datetime] = []
    seen = compaction.open_file(key, device, fs.device_dir(folder, device) / "seen.dat", "seen")
    if seen is not None:
        if not name or name == device[:8]:  # a cursor's stand-in, not a name
            name = str(seen.body.get("device_name") or name)[:60]
        if at := _parse(str(seen.body.get("at") or "")):
            found.append(at)
    with contextlib.suppress(OSError):
        for path in fs.device_dir(folder, device).iterdir():
            if not path.name.startswith(".") and path.name != forget.FILE:
                found.append(dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC))
    return name, max(found, default=None)


def forget_device(journal, device: str) -> forget.Forgotten:
    """Forget ``device`` (gone for good): compaction stops waiting for it, and it can
    no longer sync. Written into the folder at once; raises if it cannot be reached."""
    folder, key, me = _setup(journal)
    if device == me:
        raise CannotForgetThisDevice()
    fs.check_reachable(folder)
    row = journal.db.execute(
        "SELECT name, seq FROM sync_devices WHERE device_id = ?", (device,)
    ).fetchone()
    if row is None and device not in compaction._device_dirs(folder):
        raise UnknownDevice()
    name, cursor = (str(row[0] or ""), int(row[1])) if row else ("", 0)
    my_name = engine._meta(journal.db, "sync.device_name")
    return forget.write(folder, key, me, my_name, device, name, cursor)


def stop_syncing(journal) -> bool:
    """Stop syncing on this device: what is waiting is sent, the others are told to
    forget it (so they do not wait for it), and this journal forgets the folder and its
    key. Returns whether the others could be told (False: the folder was out of reach,
    or this device had been forgotten already). What was synced is remembered, so
    setting syncing up again later brings back nothing that was deleted meanwhile."""
    told = False
    if engine.is_set_up(journal):
        folder, key, me = _setup(journal)
        try:
            engine.sync_now(journal)
            name = engine._meta(journal.db, "sync.device_name")
            seq = int(engine._meta(journal.db, "sync.seq", "0"))
            forget.write(folder, key, me, name, me, name, seq)
            told = True
        except (DeviceForgotten, SyncError):
            told = False
        _unsent_go_again(journal, key)
    with journal.transaction() as db:
        for name in (
            "sync.key",
            "sync.key_file",
            "sync.device_id",
            "sync.seq",
            "sync.written",
            "sync.snapshot",
            "sync.seen",
            "sync.snapshot_again",
            "sync.last_at",
            "sync.last_with",
        ):
            db.execute("DELETE FROM meta WHERE key = ?", (name,))
        db.execute("DELETE FROM sync_outbox")
    journal.settings.set("sync_folder", "")
    return told


def _unsent_go_again(journal, key: bytes) -> None:
    """Changes still in the outbox never reached the folder: their records forget
    they were synced, so setting syncing up again sends them."""
    from app.sync import log

    with journal.transaction() as db:
        for (blob,) in db.execute("SELECT blob FROM sync_outbox").fetchall():
            with contextlib.suppress(SyncError):
                for change in log.decode(key, bytes(blob)).body["changes"]:
                    db.execute("DELETE FROM sync_records WHERE key = ?", (str(change["key"]),))
