"""Compaction: the sync folder stays small however long two devices edit, a new device
joins from a snapshot, a device that has not seen old logs keeps them from being
removed, and deleted text is gone from the folder once its logs are."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from app.journal import kdf
from app.models import Entry
from app.sync import compaction, engine, log
from tests.support.journals import PASSPHRASE
from tests.support.sync import Devices, content

EVERY = 4  # snapshot every 4 logs: the same code as 16, in fewer rounds


@pytest.fixture(autouse=True)
def _often(monkeypatch) -> None:
    monkeypatch.setattr(compaction, "SNAPSHOT_EVERY", EVERY)


def _mirror(devices: Devices) -> None:
    """A file-sync tool that also carries removals: each device's own folder in its
    copy of the sync folder is copied whole over everyone else's copy of it."""
    for i, journal in enumerate(devices.journals):
        me = engine.device_id(journal)
        source = devices.folders[i] / "devices" / me
        for j, target_root in enumerate(devices.folders):
            if j != i and source.is_dir():
                target = target_root / "devices" / me
                shutil.rmtree(target, ignore_errors=True)
                shutil.copytree(source, target)


def _round(devices: Devices, *, skip: tuple[int, ...] = ()) -> None:
    for i in range(len(devices.journals)):
        if i not in skip:
            devices.sync(i)
            _mirror(devices)


def _edit(journal, eid: int, n: int) -> None:
    entry = journal.entries.get(eid)
    journal.entries.update(
        Entry(entry.kind, entry.day, entry.title, entry.body + f"line {n}\n", id=eid)
    )


def _folder_files(folder: Path, device: str) -> list[Path]:
    return sorted(p for p in (folder / "devices" / device).iterdir() if not p.name.startswith("."))


@pytest.fixture
def pair(tmp_path: Path):
    devices = Devices(tmp_path, 2)
    yield devices
    devices.close()


def test_the_folder_stays_small_however_long_two_devices_edit(pair: Devices) -> None:
    j0, j1 = pair.journals
    e0 = j0.entries.add(Entry("note", dt.date(2026, 1, 1), "Zero", "start\n"))
    e1 = j1.entries.add(Entry("note", dt.date(2026, 1, 2), "One", "start\n"))
    counts = []
    for n in range(40):
        _edit(j0, e0, n)
        _edit(j1, e1, n)
        _round(pair)
        if n in (19, 39):
            counts.append(
                max(
                    len(_folder_files(f, engine.device_id(j)))
                    for f in pair.folders
                    for j in pair.journals
                )
            )
    # each device keeps at most one snapshot, its seen file and the logs since the
    # last snapshot: the same after 40 rounds as after 20
    assert counts[0] == counts[1] and counts[1] <= EVERY + 4
    _round(pair)
    assert content(j0) == content(j1)
    assert j1.entries.get(
        j1.db.execute("SELECT id FROM entries WHERE title = 'Zero'").fetchone()[0]
    ).body.endswith("line 39\n")


def test_a_new_device_joins_from_a_snapshot(pair: Devices, tmp_path: Path) -> None:
    j0, j1 = pair.journals
    eid = j0.entries.add(Entry("note", dt.date(2026, 1, 1), "Long story", "start\n"))
    for n in range(3 * EVERY):
        _edit(j0, eid, n)
        _round(pair)
    logs = sorted(p.name for p in _folder_files(pair.folders[0], engine.device_id(j0)))
    assert "000001.log" not in logs and any(n.endswith(".snap") for n in logs)
    joined, report = engine.join(
        pair.folders[0], tmp_path / "third.fettle", PASSPHRASE, profile=kdf.FAST_TEST_PROFILE
    )
    with joined:
        assert report.problems == []
        assert content(joined) == content(j0)
        # and from then on it syncs like the others
        joined.entries.add(Entry("note", dt.date(2026, 2, 1), "From the third", "x\n"))
        engine.sync_now(joined)
        shutil.copytree(
            pair.folders[0] / "devices", pair.folders[1] / "devices", dirs_exist_ok=True
        )
        pair.sync(1)
        assert "From the third" in {r[0] for r in j1.db.execute("SELECT title FROM entries")}


def test_a_device_that_has_not_seen_old_logs_keeps_them(tmp_path: Path) -> None:
    devices = Devices(tmp_path, 3)
    try:
        j0 = devices.journals[0]
        _round(devices)
        eid = j0.entries.add(Entry("note", dt.date(2026, 1, 1), "Story", "start\n"))
        for n in range(3 * EVERY):
            _edit(j0, eid, n)
            _round(devices, skip=(2,))  # device 2 is switched off
        me = engine.device_id(j0)
        names = [p.name for p in _folder_files(devices.folders[0], me)]
        assert "000001.log" in names  # device 2 has not seen it
        devices.sync(2)
        _mirror(devices)
        devices.sync(0)
        names = [p.name for p in _folder_files(devices.folders[0], me)]
        assert "000001.log" not in names
        assert content(devices.journals[2]) == content(j0)
    finally:
        devices.close()


def test_deleted_text_is_gone_from_the_folder_after_compaction(pair: Devices) -> None:
    j0, j1 = pair.journals
    secret = "Quorvantex appointment with the employer"
    eid = j0.entries.add(Entry("note", dt.date(2026, 1, 1), secret, secret + "\n"))
    keep = j0.entries.add(Entry("note", dt.date(2026, 1, 2), "Kept", "kept\n"))
    _round(pair)
    j0.entries.delete(eid)
    for n in range(3 * EVERY):
        _edit(j0, keep, n)
        _round(pair)
    key = bytes.fromhex(
        j0.db.execute("SELECT value FROM meta WHERE key = 'sync.key'").fetchone()[0]
    )
    for folder in pair.folders:
        for path in (folder / "devices").rglob("*"):
            if path.is_file() and not path.name.startswith("."):
                plain = json.dumps(log.decode(key, path.read_bytes()).body, ensure_ascii=False)
                assert "Quorvantex" not in plain, path.name
    assert "Quorvantex" not in json.dumps(content(j1))


def test_a_late_device_catches_up_from_both_snapshots_in_one_sync(
    pair: Devices, tmp_path: Path
) -> None:
    j0, j1 = pair.journals
    e0 = j0.entries.add(Entry("note", dt.date(2026, 1, 1), "Zero", "start\n"))
    e1 = j1.entries.add(Entry("note", dt.date(2026, 1, 2), "One", "start\n"))
    for n in range(3 * EVERY):
        _edit(j0, e0, n)
        _edit(j1, e1, n)
        _round(pair)
    for i, journal in enumerate(pair.journals):  # both devices' first logs are gone
        names = [p.name for p in _folder_files(pair.folders[0], engine.device_id(journal))]
        assert "000001.log" not in names, (i, names)
    late, report = engine.join(
        pair.folders[0], tmp_path / "late.fettle", PASSPHRASE, profile=kdf.FAST_TEST_PROFILE
    )
    with late:
        assert report.problems == []
        assert content(late) == content(j1)  # device 0 has not read 1's last log yet
        assert sorted(report.devices) == sorted(
            r[0]
            for r in j1.db.execute(
                "SELECT value FROM meta WHERE key = 'sync.device_name'"
            ).fetchall()
            + j0.db.execute("SELECT value FROM meta WHERE key = 'sync.device_name'").fetchall()
        )  # named, not by their ids
        pair.sync(0)
        assert content(j0) == content(late)


def test_a_journal_that_moves_to_a_new_folder_can_be_joined_there(
    pair: Devices, tmp_path: Path
) -> None:
    j0 = pair.journals[0]
    j0.entries.add(Entry("note", dt.date(2026, 1, 1), "Before the move", "x\n"))
    pair.sync(0)
    moved = tmp_path / "Dropbox"
    moved.mkdir()
    engine.set_up(j0, moved, PASSPHRASE)  # an empty folder: its logs stay behind
    j0.entries.add(Entry("note", dt.date(2026, 1, 2), "After the move", "x\n"))
    engine.sync_now(j0)
    joined, report = engine.join(
        moved, tmp_path / "new.fettle", PASSPHRASE, profile=kdf.FAST_TEST_PROFILE
    )
    with joined:
        assert report.problems == []
        titles = {r[0] for r in joined.db.execute("SELECT title FROM entries")}
        assert {"Before the move", "After the move"} <= titles
