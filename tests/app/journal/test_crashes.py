"""kill -9 at random moments: the journal must always open, pass both integrity
checks, and hold every write that was acknowledged before the kill."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.errors import WrongPassphrase
from app.journal.journal import Journal
from tests.support.journals import make_journal

ROOT = Path(__file__).resolve().parents[3]

WRITER = r"""
import datetime as dt, sys
from app.journal import Journal
from app.models import Entry, SymptomReading
j = Journal.open_with_key(sys.argv[1], bytes.fromhex(sys.stdin.readline().strip()))
s = j.catalog.ensure_symptom("Headache")
print("ready", flush=True)
n = 0
while True:
    n += 1
    marker = f"crash-marker-{sys.argv[2]}-{n}"
    entry_id = j.entries.add(Entry("symptom", dt.date(2026, 1, 1 + n % 28), marker,
                                   "body " * (n % 50), tags=[f"t{n % 7}"],
                                   readings=[SymptomReading(s.id, n % 11)]))
    if n % 5 == 0:
        j.entries.update(j.entries.get(entry_id))
    print(marker, flush=True)
"""

REKEYER = r"""
import sys
from app.journal import kdf
from app.journal import Journal
a, b = "passphrase-A-1234", "passphrase-B-1234"
current = sys.argv[2]
j = Journal.open(sys.argv[1], current)
print("ready", flush=True)
while True:
    new = b if current == a else a
    j.change_passphrase(current, new, profile=kdf.FAST_TEST_PROFILE)
    current = new
    print(current, flush=True)
"""


def _spawn(code: str, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def _kill_after(proc: subprocess.Popen, seconds: float) -> list[str]:
    """Collect acknowledgements for ``seconds`` after 'ready', then SIGKILL."""
    ready = proc.stdout.readline().strip()
    if ready != "ready":
        proc.kill()
        _, err = proc.communicate()
        pytest.fail(f"child did not start: {err[-2000:]}")
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    time.sleep(seconds)  # not a wait: when the kill lands in the burst is what is tested
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(10)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        stream.close()
    # a line without its newline was cut by the kill: not acknowledged
    return [line.strip() for line in lines if line.endswith("\n")]


@pytest.mark.slow
def test_kill_during_burst_of_writes(tmp_path: Path) -> None:
    path = tmp_path / "crash.fettle"
    journal = make_journal(path)
    key = journal.key
    journal.lock()
    rng = random.Random(20261121)
    acked_total: list[str] = []
    for run in range(50):
        proc = _spawn(WRITER, str(path), str(run))
        proc.stdin.write(key.hex() + "\n")
        proc.stdin.flush()
        acked_total += _kill_after(proc, rng.uniform(0.01, 0.25))
        with Journal.open_with_key(path, key) as j:
            assert j.check() == [], f"integrity failed after run {run}"
            titles = {r[0] for r in j.db.execute("SELECT title FROM entries")}
            missing = [m for m in acked_total if m not in titles]
            assert not missing, f"run {run}: acknowledged writes lost: {missing[:3]}"
            # the full-text index agrees with the table
            assert (
                j.db.execute(
                    "INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)"
                )
                is not None
            )
    assert len(acked_total) > 100  # the test really exercised writes


@pytest.mark.slow
def test_kill_during_passphrase_change(tmp_path: Path) -> None:
    import datetime as dt

    from app.models import Entry

    path = tmp_path / "rekey.fettle"
    with make_journal(path, "passphrase-A-1234") as j:
        j.entries.add_many(
            Entry("note", dt.date(2026, 1, 1), f"n{i}", "text " * 40) for i in range(300)
        )
    # calibrate: how long one change takes on this machine, now
    proc = _spawn(REKEYER, str(path), "passphrase-A-1234")
    assert proc.stdout.readline().strip() == "ready"
    started = time.monotonic()
    current = proc.stdout.readline().strip()
    one_change = time.monotonic() - started
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert current == "passphrase-B-1234"
    # then kill at random moments spread over about three changes, so kills land in
    # every phase: deriving, exporting, verifying, syncing, renaming, reopening
    rng = random.Random(7)
    changes = 1
    for run in range(20):
        proc = _spawn(REKEYER, str(path), current)
        acked = _kill_after(proc, rng.uniform(0.0, 3.0 * one_change))
        changes += len(acked)
        if acked:
            current = acked[-1]
        candidates = [current] + [
            p for p in ("passphrase-A-1234", "passphrase-B-1234") if p != current
        ]
        opened = None
        for passphrase in candidates:
            try:
                opened = Journal.open(path, passphrase)
                break
            except WrongPassphrase:
                continue
        assert opened is not None, f"run {run}: the journal opens with neither passphrase"
        with opened as j:
            assert j.check() == []
            assert j.entries.count() == 300
        # an acknowledged change is durable: the latest acked passphrase must open it,
        # unless a later, unacknowledged change had already landed.
        current = passphrase
    assert changes > 5  # kills also landed between completed changes
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "rekey.fettle"]
    assert leftovers == []  # temp copies of killed re-keys are cleaned up on open
