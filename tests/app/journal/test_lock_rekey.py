"""Fettle's lock is held across a whole passphrase change.

A change writes a re-keyed copy, closes the journal and renames the copy into place.
When the lock was on the journal file itself, it was released in that gap: a second
process could add an entry that the rename then threw away, restore a backup that the
rename then undid, or hold the lock so that the changer reported "open in another
window" after the file had already been re-keyed. Two real processes race here for
a few hundred rounds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import JournalBusy
from app.journal import storage
from app.journal.journal import Journal
from tests.support.journals import make_journal

ROOT = Path(__file__).resolve().parents[3]
PASSES = ("first passphrase here", "second passphrase here")

_COMMON = r"""
import datetime as dt, json, sys, time
from pathlib import Path
from app import backup
from app.journal import kdf
from app.errors import JournalBusy, WrongPassphrase
from app.journal import Journal
from app.models import Entry

path, stop = Path(sys.argv[1]), Path(sys.argv[2])
PASSES = ("first passphrase here", "second passphrase here")

def open_journal():
    # the other process may hold the journal (busy) or have just re-keyed it
    deadline, wrong = time.monotonic() + 60, 0
    while time.monotonic() < deadline:
        for passphrase in PASSES:
            try:
                return Journal.open(path, passphrase), passphrase
            except WrongPassphrase:
                wrong += 1
                continue
            except JournalBusy:
                time.sleep(0.001)  # not a wait: the child backs off and races the other again
                break
    stop.write_text("stuck")
    sys.exit(f"could not open the journal for 60 s ({wrong} wrong-passphrase answers)")
"""

_CHANGER = (
    _COMMON
    + r"""
import os
real_replace = os.replace

def slow_replace(src, dst):  # a slow disk: the gap between closing and renaming grows
    time.sleep(0.03)  # not a wait: the widened gap is the race under test
    real_replace(src, dst)

os.replace = slow_replace
progress = path.parent / "progress"

def raced_enough():  # the writer's own count: a loaded machine must not shorten the race
    try:
        restores, writes = map(int, progress.read_text().split())
    except (OSError, ValueError):
        return False
    return restores >= 3 and writes >= 20

changes, false_busy, rounds, deadline = 0, 0, int(sys.argv[3]), time.monotonic() + 300
try:
    while changes + false_busy < rounds or (not raced_enough() and time.monotonic() < deadline):
        journal, current = open_journal()
        new = PASSES[1] if current == PASSES[0] else PASSES[0]
        try:
            journal.change_passphrase(current, new, profile=kdf.FAST_TEST_PROFILE)
            changes += 1
        except JournalBusy:
            false_busy += 1  # the file may already be re-keyed: never acceptable
        finally:
            journal.lock()
finally:
    stop.write_text("done")  # the writer stops too, whatever happened here
print(json.dumps({"changes": changes, "false_busy": false_busy}))
"""
)

_WRITER = (
    _COMMON
    + r"""
folder = path.parent / "backups"
written, doomed, restores, i = [], [], 0, 0
while not stop.exists():
    i += 1
    journal, _ = open_journal()
    with journal:
        journal.entries.add(Entry("note", dt.date(2026, 1, 1), title=f"w-{i}"))
        written.append(f"w-{i}")
        if i % 8 == 0:  # back up, write something, then restore the backup over it
            kept = backup.backup_now(journal, folder, keep=50)
            journal.entries.add(Entry("note", dt.date(2026, 1, 1), title=f"doomed-{i}"))
            key = journal.key
    if i % 8 == 0:
        while True:
            try:
                backup.restore(path, kept, key, folder=folder)
                break
            except JournalBusy:
                time.sleep(0.001)  # not a wait: back off, then race the re-key again
        doomed.append(f"doomed-{i}")
        restores += 1
    progress_tmp = path.parent / "progress.tmp"
    progress_tmp.write_text(f"{restores} {len(written)}")
    progress_tmp.replace(path.parent / "progress")
print(json.dumps({"written": written, "doomed": doomed, "restores": restores}))
"""
)


def _spawn(script: str, *args: object) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_rekey_racing_writes_and_restores_loses_nothing(tmp_path) -> None:
    path, stop = tmp_path / "j.fettle", tmp_path / "stop"
    make_journal(path, PASSES[0]).lock()
    writer = _spawn(_WRITER, path, stop)
    changer = _spawn(_CHANGER, path, stop, 40)
    try:
        out_c, err_c = changer.communicate(timeout=400)
        out_w, err_w = writer.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        changer.kill()
        writer.kill()
        raise AssertionError("the race did not finish: a process was stuck") from None
    assert changer.returncode == 0, err_c[-3000:]
    assert writer.returncode == 0, err_w[-3000:]
    changed, wrote = json.loads(out_c), json.loads(out_w)
    assert changed["false_busy"] == 0
    assert changed["changes"] >= 40
    assert wrote["restores"] >= 3 and len(wrote["written"]) >= 20  # they did race

    for passphrase in PASSES:
        try:
            journal = Journal.open(path, passphrase)
            break
        except Exception:  # noqa: BLE001 - the other passphrase
            continue
    with journal:
        titles = {e.title for e in journal.entries.iter_all()}
        assert journal.check() == []
    lost = [t for t in wrote["written"] if t not in titles]
    assert lost == []  # every acknowledged write survived every re-key
    undone = [t for t in wrote["doomed"] if t in titles]
    assert undone == []  # every acknowledged restore stayed restored
    assert not list(tmp_path.glob(".j.fettle.fettle-tmp-*"))
    assert not (tmp_path / ".j.fettle.lock").exists()  # a closed journal leaves no lock file


def test_opening_during_a_change_is_busy_not_broken(tmp_path) -> None:
    path = tmp_path / "j.fettle"
    journal = make_journal(path, PASSES[0])
    opened = journal._file
    assert opened is not None
    fd = opened.release_db()  # the moment between closing and renaming
    try:
        with pytest.raises(JournalBusy):
            Journal.open(path, PASSES[0])
        with pytest.raises(JournalBusy):
            Journal.open(path, PASSES[0], read_only=True)
    finally:
        storage.release_lock(fd, path)
        journal._file = None
        journal.lock()
    Journal.open(path, PASSES[0]).lock()


def test_lock_file_that_was_replaced_is_not_trusted(tmp_path) -> None:
    """An opener that locked a side file someone removed tries again on the new one."""
    path = tmp_path / "j.fettle"
    make_journal(path, PASSES[0]).lock()
    first = storage.take_lock(path)
    side = storage.lock_path(path)
    assert side.exists() and (side.stat().st_mode & 0o777) == 0o600
    os.unlink(side)  # as a closing process does, holding its lock
    second = storage.take_lock(path)  # a new side file: not blocked by the stale one
    try:
        with pytest.raises(JournalBusy):
            storage.take_lock(path)
    finally:
        storage.release_lock(second, path)
        storage.release_lock(first, path)
    assert not side.exists()


def test_lock_file_may_not_be_a_symlink(tmp_path) -> None:
    path = tmp_path / "j.fettle"
    make_journal(path, PASSES[0]).lock()
    target = tmp_path / "elsewhere"
    storage.lock_path(path).symlink_to(target)
    with pytest.raises(Exception) as caught:
        Journal.open(path, PASSES[0])
    assert "lock" in str(caught.value.user_message).lower()
    assert not target.exists()
