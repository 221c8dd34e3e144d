"""kill -9 at any point of a sync leaves the journal and the folder consistent: the
next sync finishes the job, and the devices still converge with nothing lost."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.journal.journal import Journal
from app.models import Entry
from app.sync import engine, log
from tests.support.journals import PASSPHRASE
from tests.support.sync import Devices, content

ROOT = Path(__file__).resolve().parents[3]
RUNS = 24  # kill points spread over every line a sync runs in app/sync


COMPACT_RUNS = 10  # more points where the sync also snapshots and removes old logs


def _child(
    path: Path, folder: Path, kill_at: int, compact: bool = False
) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), FETTLE_TEST_PASSPHRASE=PASSPHRASE)
    if compact:
        env["FETTLE_TEST_SNAPSHOT_EVERY"] = "2"
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.support.sync_kill_child",
            str(path),
            str(folder),
            str(kill_at),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def _prepare(root: Path, compact: bool = False) -> tuple[Devices, Path]:
    devices = Devices(root, 2)
    j0, j1 = devices.journals
    if compact:  # device 0 has logs that device 1 has seen: the next sync may remove them
        for n in range(3):
            j0.entries.add(Entry("note", dt.date(2026, 3, 1 + n), f"early {n}", "x\n"))
            devices.sync(0)
        shutil.copytree(
            devices.folders[0] / "devices", devices.folders[1] / "devices", dirs_exist_ok=True
        )
    for n in range(5):
        j0.entries.add(Entry("note", dt.date(2026, 4, 1 + n), f"here {n}", f"line {n}\n"))
        j1.entries.add(Entry("note", dt.date(2026, 5, 1 + n), f"there {n}", f"line {n}\n"))
    devices.sync(1)
    shutil.copytree(
        devices.folders[1] / "devices", devices.folders[0] / "devices", dirs_exist_ok=True
    )
    path = j0.path
    j0.lock()
    return devices, path


@pytest.mark.parametrize("compact", [False, True], ids=["sync", "compaction"])
def test_kill_during_sync_at_every_kind_of_point(tmp_path: Path, compact: bool) -> None:
    devices, path = _prepare(tmp_path / "count", compact)
    counted = _child(path, devices.folders[0], 0, compact)
    assert counted.returncode == 0, counted.stderr
    total = int(counted.stdout.strip())
    if compact:  # the counted run did compact: a snapshot, and the early logs gone
        me = engine.device_id(Journal.open(path, PASSPHRASE))
        names = {p.name for p in (devices.folders[0] / "devices" / me).iterdir()}
        assert "000004.snap" in names and "000001.log" not in names, names
    devices.journals[1].lock()
    runs = COMPACT_RUNS if compact else RUNS
    # compaction's lines come last: spread the extra points over the sync's last third
    first = 1 + (2 * total // 3 if compact else 0)
    points = sorted({first + (total - first) * k // (runs - 1) for k in range(runs)})
    for kill_at in points:
        root = tmp_path / f"kill{kill_at}"
        devices, path = _prepare(root, compact)
        proc = _child(path, devices.folders[0], kill_at, compact)
        assert proc.returncode == -signal.SIGKILL, (kill_at, proc.stderr)
        j0 = Journal.open(path, PASSPHRASE)
        devices.journals[0] = j0
        try:
            assert j0.check() == []
            key = bytes.fromhex(
                j0.db.execute("SELECT value FROM meta WHERE key = 'sync.key'").fetchone()[0]
            )
            for f in (devices.folders[0] / "devices").rglob("*"):
                if f.is_file() and not f.name.startswith("."):
                    log.decode(key, f.read_bytes())  # nothing torn under a final name
            report = devices.sync(0)
            assert report.problems == []
            shutil.copytree(
                devices.folders[0] / "devices", devices.folders[1] / "devices", dirs_exist_ok=True
            )
            devices.sync(1)
            titles = {r[0] for r in j0.db.execute("SELECT title FROM entries")}
            early = {f"early {n}" for n in range(3)} if compact else set()
            assert titles == {f"{w} {n}" for w in ("here", "there") for n in range(5)} | early
            assert content(j0) == content(devices.journals[1]), kill_at
            assert engine.sync_now(j0, devices.folders[0]).sent == 0
        finally:
            devices.close()
