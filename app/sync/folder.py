"""The sync folder on disk.

    <folder>/sync.key                        the sync key, wrapped under the passphrase
    <folder>/devices/<device-id>/000001.log  each device's change logs, in order
    <folder>/devices/<device-id>/000016.snap a snapshot covering logs up to 16 (compaction.py)
    <folder>/devices/<device-id>/seen.dat    how far this device has read the others

A device writes only into its own folder, each log through a temporary file that is
fsynced and renamed into place, so a log is either whole or absent (file-sync tools
ignore names starting with '.'). File names say nothing but device ids and numbers.
Syncthing's conflict copies (``000003.sync-conflict-20240101-120000-ABCDEFG.log``)
are read as what they are: another copy of the log their name starts with.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from app.journal.storage import fsync_dir, fsync_path
from app.sync.errors import SyncFolderMissing

KEY_FILE = "sync.key"
DEVICES = "devices"
_LOG = re.compile(r"(\d{6,})(\..*)?\.log")
_DEVICE = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class LogName:
    device: str
    seq: int
    path: Path
    is_copy: bool  # a file-sync tool's conflict copy


def is_device_id(name: str) -> bool:
    return bool(_DEVICE.fullmatch(name))


def check_reachable(folder: Path) -> None:
    if not Path(folder).is_dir():
        raise SyncFolderMissing(str(folder))


def device_dir(folder: Path, device: str) -> Path:
    return Path(folder) / DEVICES / device


def log_path(folder: Path, device: str, seq: int) -> Path:
    return device_dir(folder, device) / f"{seq:06d}.log"


def list_logs(folder: Path) -> dict[str, list[LogName]]:
    """Every device's logs (copies included), by device, in sequence order."""
    out: dict[str, list[LogName]] = {}
    root = Path(folder) / DEVICES
    try:
        devices = list(root.iterdir())
    except FileNotFoundError:
        check_reachable(folder)
        return out
    except OSError as exc:
        raise SyncFolderMissing(str(folder)) from exc
    for entry in devices:
        if not _DEVICE.fullmatch(entry.name):
            continue
        try:
            names = list(entry.iterdir())
        except OSError:
            continue
        for path in names:
            m = _LOG.fullmatch(path.name)
            if m:
                out.setdefault(entry.name, []).append(
                    LogName(entry.name, int(m.group(1)), path, bool(m.group(2)))
                )
    for logs in out.values():
        logs.sort(key=lambda n: (n.seq, n.is_copy, n.path.name))
    return out


def list_device_logs(folder: Path, device: str) -> list[LogName]:
    """One device's logs (copies included)."""
    try:
        names = list(device_dir(folder, device).iterdir())
    except OSError:
        return []
    out = [
        LogName(device, int(m.group(1)), p, bool(m.group(2)))
        for p in names
        if (m := _LOG.fullmatch(p.name))
    ]
    return sorted(out, key=lambda n: (n.seq, n.is_copy, n.path.name))


def read(path: Path) -> bytes | None:
    """A file's bytes, or None when it vanished meanwhile."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def write_atomic(target: Path, data: bytes) -> None:
    """Whole or not at all: temporary file, fsync, rename, fsync of the folder."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except FileNotFoundError as exc:
        raise SyncFolderMissing(str(target)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def remove_stale_temps(folder: Path, device: str) -> None:
    with contextlib.suppress(OSError):
        for path in device_dir(folder, device).iterdir():
            if path.name.startswith(".") and ".tmp-" in path.name:
                with contextlib.suppress(OSError):
                    path.unlink()


__all__ = [
    "KEY_FILE",
    "LogName",
    "check_reachable",
    "fsync_path",
    "list_logs",
    "log_path",
    "read",
    "write_atomic",
]
