"""Devices that sync through a folder, and a file-sync tool between their copies of it.

Each device has its own copy of the sync folder, as with Syncthing or Nextcloud; the
``Courier`` moves files between copies the way such tools do: late, out of order,
twice, as a conflict copy, or half-copied first.
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

from app.journal import kdf
from app.sync import engine, tables
from tests.support.journals import PASSPHRASE, make_journal


class Devices:
    def __init__(self, root: Path, count: int) -> None:
        self.root = root
        self.folders = [root / f"folder{i}" for i in range(count)]
        for f in self.folders:
            f.mkdir(parents=True)
        first = make_journal(root / "dev0.fettle")
        engine.set_up(first, self.folders[0], PASSPHRASE)
        self.journals = [first]
        for i in range(1, count):
            shutil.copy(self.folders[0] / "sync.key", self.folders[i] / "sync.key")
            joined, _report = engine.join(
                self.folders[i],
                root / f"dev{i}.fettle",
                PASSPHRASE,
                profile=kdf.FAST_TEST_PROFILE,
                name=f"Device {i}",
            )
            self.journals.append(joined)

    def sync(self, i: int) -> engine.SyncReport:
        return engine.sync_now(self.journals[i], self.folders[i])

    def close(self) -> None:
        for j in self.journals:
            j.lock()


def files(folder: Path) -> dict[str, Path]:
    """Every file a device wrote: logs, snapshots, seen files (not temporary files)."""
    return {
        str(p.relative_to(folder)): p
        for p in (folder / "devices").rglob("*")
        if p.is_file() and not p.name.startswith(".")
    }


def _newer(src: Path, dst: Path) -> bool:
    """A log never changes once written: a longer copy completes a half-copied one. A
    seen file is rewritten in place: a different one is newer (only its device writes
    it, so the copy that differs from the writer's own is the stale one)."""
    if src.suffix == ".log" or src.suffix == ".snap":
        return dst.stat().st_size < src.stat().st_size
    return dst.stat().st_mtime_ns < src.stat().st_mtime_ns  # copies keep their time


def _copy(src: Path, target: Path, data: bytes) -> None:
    target.write_bytes(data)
    stat = src.stat()
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))


class Courier:
    """A file-sync tool. Logs never change once written, so copying is all it does; a
    half-copied file is completed later (a longer copy replaces a shorter one)."""

    def __init__(self, folders: list[Path], rng: random.Random) -> None:
        self.folders = folders
        self.rng = rng

    def missing(self, src: int, dst: int) -> list[str]:
        there = files(self.folders[dst])
        return sorted(
            name
            for name, path in files(self.folders[src]).items()
            if name not in there or _newer(path, there[name])
        )

    def carry(self, src: int, dst: int, how: str) -> None:
        names = self.missing(src, dst)
        if not names:
            return
        name = self.rng.choice(names)  # any order, not oldest first
        data = (self.folders[src] / name).read_bytes()
        target = self.folders[dst] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if how == "half" and target.suffix in (".log", ".snap"):
            target.write_bytes(data[: self.rng.randrange(len(data))])
        elif how == "conflict" and target.suffix == ".log":
            stem = target.name[: -len(".log")]
            target.with_name(f"{stem}.sync-conflict-20260102-030405-ABCDEFG.log").write_bytes(data)
        else:
            _copy(self.folders[src] / name, target, data)

    def deliver_all(self) -> None:
        for _round in range(2):
            for src in range(len(self.folders)):
                for dst in range(len(self.folders)):
                    if src != dst:
                        for name in self.missing(src, dst):
                            target = self.folders[dst] / name
                            target.parent.mkdir(parents=True, exist_ok=True)
                            _copy(
                                self.folders[src] / name,
                                target,
                                (self.folders[src] / name).read_bytes(),
                            )


def content(journal) -> dict[str, tuple[str, dict]]:
    """Everything that travels, by global id (what every device must agree on)."""
    return tables.read_all(journal.db)
