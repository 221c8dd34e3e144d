"""Forgetting a device that is gone for good, and stopping syncing on this one: the
folder no longer waits for it, what it sent stays, and should it come back it is told
plainly to join again and brings nothing back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from app.models import Entry
from app.sync import compaction, engine, forget, membership
from app.sync.errors import DeviceForgotten, SyncNotSetUp
from tests.app.cli.test_cli import fettle
from tests.support.journals import PASSPHRASE
from tests.support.sync import Devices, content


@pytest.fixture
def trio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Laptop, Desktop and an old laptop; each with its own copy of the folder."""
    monkeypatch.setattr(compaction, "SNAPSHOT_EVERY", 2)
    devices = Devices(tmp_path, 3)
    for journal, name in zip(devices.journals, ("Laptop", "Desktop", "Old laptop"), strict=True):
        engine.set_device_name(journal, name)
    _round(devices)
    yield devices
    devices.close()


def _mirror(devices: Devices, *, only: tuple[int, ...] = (0, 1, 2)) -> None:
    """A file-sync tool that carries removals too, between the copies in ``only``."""
    for i in only:
        me = engine.device_id(devices.journals[i])
        source = devices.folders[i] / "devices" / me
        for j in only:
            if j != i and source.is_dir():
                target = devices.folders[j] / "devices" / me
                shutil.rmtree(target, ignore_errors=True)
                shutil.copytree(source, target)


def _round(devices: Devices, only: tuple[int, ...] = (0, 1, 2)) -> None:
    for i in only:
        devices.sync(i)
        _mirror(devices, only=only)


def _add(journal, title: str) -> int:
    return journal.entries.add(Entry("note", dt.date(2026, 3, 1), title, f"{title}\n"))


def _titles(journal) -> set[str]:
    return {r[0] for r in journal.db.execute("SELECT title FROM entries")}


def _logs(folder: Path, journal) -> list[str]:
    me = engine.device_id(journal)
    return sorted(p.name for p in (folder / "devices" / me).glob("*.log"))


def test_a_forgotten_device_no_longer_holds_compaction_back(trio: Devices) -> None:
    laptop, desktop, old = trio.journals
    _add(old, "From the old laptop")
    trio.sync(2)  # its last sync: it is never seen again
    _mirror(trio)
    for n in range(6):
        _add(laptop, f"laptop {n}")
        _round(trio, only=(0, 1) if n else (1, 0))  # the desktop reads it first
    held = _logs(trio.folders[0], laptop)
    assert "000002.log" in held  # the old laptop never saw them
    [gone] = [d for d in membership.devices(desktop) if d.name == "Old laptop"]
    membership.forget_device(desktop, gone.id)
    _round(trio, only=(0, 1))
    _round(trio, only=(0, 1))
    assert "000002.log" not in _logs(trio.folders[0], laptop)
    assert len(_logs(trio.folders[0], laptop)) < len(held)
    assert [d.name for d in membership.devices(laptop)] == ["Laptop", "Desktop"]
    # what it sent before it went stays: read from its logs, which stay readable
    for journal in (laptop, desktop):
        assert "From the old laptop" in _titles(journal)
    assert content(laptop) == content(desktop)


def test_a_forgotten_device_that_comes_back_brings_nothing_back(trio: Devices) -> None:
    laptop, desktop, old = trio.journals
    eid = _add(laptop, "Private note")
    _round(trio)
    stale = trio.folders[2].parent / "stale copy"  # the old laptop's folder, out of date
    shutil.copytree(trio.folders[2], stale)
    laptop.entries.delete(eid)
    _round(trio, only=(0, 1))
    old_id = engine.device_id(old)
    membership.forget_device(desktop, old_id)
    _round(trio, only=(0, 1))
    # months later the old laptop is switched on; it edits the deleted note and adds one
    [oid] = [r[0] for r in old.db.execute("SELECT id FROM entries WHERE title = 'Private note'")]
    old.entries.update(dataclasses.replace(old.entries.get(oid), body="edited late\n"))
    _add(old, "Written after")
    # through a copy of the folder that has not heard yet, it writes a log anyway...
    engine.sync_now(old, stale)
    late = sorted((stale / "devices" / old_id).glob("*.log"))[-1]
    target = trio.folders[0] / "devices" / old_id / late.name
    shutil.copy(late, target)
    # ...which nobody applies: it cannot bring back what was deleted meanwhile
    for i in (0, 1):
        report = trio.sync(i)
        assert report.problems == []
        assert _titles(trio.journals[i]) == set()
    assert content(laptop) == content(desktop)
    # where the folder has heard, it is told, and writes nothing
    _mirror(trio)
    before = sorted(p.name for p in (trio.folders[2] / "devices").rglob("*"))
    with pytest.raises(DeviceForgotten) as told:
        trio.sync(2)
    assert "removed from syncing" in str(told.value) and "join" in str(told.value)
    assert told.value.by == "Desktop"
    assert sorted(p.name for p in (trio.folders[2] / "devices").rglob("*")) == before
    assert _titles(old) == {"Private note", "Written after"}  # its journal is as it was


def test_a_forgotten_record_is_encrypted_and_authenticated(trio: Devices) -> None:
    laptop, desktop, old = trio.journals
    membership.forget_device(laptop, engine.device_id(old))
    path = trio.folders[0] / "devices" / engine.device_id(laptop) / forget.FILE
    data = bytearray(path.read_bytes())
    assert b"Old laptop" not in data
    data[-1] ^= 1  # tampered with: no longer a record anyone honours
    path.write_bytes(bytes(data))
    key = bytes.fromhex(
        laptop.db.execute("SELECT value FROM meta WHERE key = 'sync.key'").fetchone()[0]
    )
    assert forget.read_all(trio.folders[0], key) == {}
    with pytest.raises(membership.CannotForgetThisDevice):
        membership.forget_device(laptop, engine.device_id(laptop))


def test_stop_syncing_on_this_device(trio: Devices) -> None:
    laptop, desktop, old = trio.journals
    _add(old, "Last words")
    old_id = engine.device_id(old)
    assert membership.stop_syncing(old) is True  # what was waiting went first
    assert not engine.is_set_up(old)
    with pytest.raises(SyncNotSetUp):
        engine.sync_now(old)
    for folder in trio.folders[:2]:
        target = folder / "devices" / old_id
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(trio.folders[2] / "devices" / old_id, target)
    _round(trio, only=(0, 1))
    for journal in (laptop, desktop):
        assert "Last words" in _titles(journal)
        assert [d.name for d in membership.devices(journal)][1:] == [
            n for n in ("Laptop", "Desktop") if n != membership.devices(journal)[0].name
        ]
    assert _titles(old) >= {"Last words"}  # nothing here was touched


def test_forget_from_the_command_line(trio: Devices) -> None:
    laptop, desktop, old = trio.journals
    path = laptop.path
    laptop.lock()
    proc = fettle("sync", "--journal", str(path), "--devices", passphrases=[PASSPHRASE])
    assert proc.returncode == 0, proc.stderr
    assert "Laptop (this device)" in proc.stdout and "Old laptop: last synced" in proc.stdout
    proc = fettle("sync", "--journal", str(path), "--forget", "nobody", passphrases=[PASSPHRASE])
    assert proc.returncode != 0 and "No device called 'nobody'" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = fettle(
        "sync", "--journal", str(path), "--forget", "old LAPTOP", passphrases=[PASSPHRASE]
    )
    assert proc.returncode == 0, proc.stderr
    assert "Forgot Old laptop" in proc.stdout
    shutil.copytree(trio.folders[0] / "devices", trio.folders[2] / "devices", dirs_exist_ok=True)
    with pytest.raises(DeviceForgotten):
        trio.sync(2)
