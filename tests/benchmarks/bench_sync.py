"""Sync benchmark: ``python -m tests.benchmarks.bench_sync [--years 10]``.

Prints, on real encrypted journals in a temporary folder:

* publishing 1,000 new changes (entries added on one device): capture, encrypt, write;
* applying those 1,000 changes on a second device;
* a sync with nothing new on a 10-year journal (the cost paid at every open, lock and
  every few minutes);
* joining a new device to a 10-year journal (the demo person's journal over that many
  years: entries, ratings, treatments, dose changes, daily factors), and the folder's
  size;
* compaction on that journal: the sync that writes a snapshot and removes the logs
  every device has read, the folder's size after, and joining from the snapshot;
* a sync after deleting one entry (a fresh snapshot follows a delete, so the deleted
  text leaves this device's files) and the sync after it.

Wall and CPU time for each; the quick test KDF is used so the figures are the sync's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from app.demo import populate
from app.models import Entry
from app.sync import compaction, engine
from tests.support.journals import PASSPHRASE, make_journal


def _timed(label: str, fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    print(
        f"{label:<52} {time.perf_counter() - wall:7.2f} s wall "
        f"{time.process_time() - cpu:7.2f} s CPU"
    )
    return result


def _size(folder: Path) -> str:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return f"{total / (1024 * 1024):.1f} MB"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "small"
        folder.mkdir()
        a = make_journal(root / "a.fettle")
        engine.set_up(a, folder, PASSPHRASE)
        b, _ = engine.join(folder, root / "b.fettle", PASSPHRASE)
        a.entries.add_many(
            Entry(
                "note",
                dt.date(2026, 1, 1) + dt.timedelta(days=n % 365),
                f"Entry {n}",
                f"Line one of {n}\nLine two\n",
            )
            for n in range(1000)
        )
        report = _timed("publish 1,000 new changes", lambda: engine.sync_now(a))
        assert report.sent == 1000
        report = _timed("apply 1,000 changes on another device", lambda: engine.sync_now(b))
        assert report.received == 1000
        a.lock()
        b.lock()

        big = root / "big"
        big.mkdir()
        c = make_journal(root / "c.fettle")
        populate(c, days=365 * args.years)
        entries = c.entries.count()
        engine.set_up(c, big, PASSPHRASE)
        report = _timed(
            f"first sync of a {args.years}-year journal ({entries:,} entries)",
            lambda: engine.sync_now(c),
        )
        _timed("a sync with nothing new (10-year journal)", lambda: engine.sync_now(c))
        joined, report = _timed(
            f"join a device to it ({report.sent:,} records)",
            lambda: engine.join(big, root / "d.fettle", PASSPHRASE),
        )
        assert joined.entries.count() == entries
        _timed("a sync with nothing new on the joined device", lambda: engine.sync_now(joined))
        print(f"{'sync folder size':<52} {_size(big)}")
        # compaction: a snapshot of the whole journal, then the logs both devices read go
        compaction.SNAPSHOT_EVERY = 1
        c.entries.add(Entry("note", dt.date(2026, 1, 2), "One more", "text\n"))
        report = _timed("a sync that snapshots and removes read logs", lambda: engine.sync_now(c))
        print(f"{'  files removed':<52} {report.removed}")
        print(f"{'sync folder size after compaction':<52} {_size(big)}")
        fresh, report = _timed(
            "join a device from the snapshot",
            lambda: engine.join(big, root / "e.fettle", PASSPHRASE),
        )
        assert fresh.entries.count() == entries + 1 and report.problems == []
        # a delete: its text must leave this device's files, so a fresh snapshot follows
        compaction.SNAPSHOT_EVERY = 16
        c.entries.delete(c.db.execute("SELECT id FROM entries LIMIT 1").fetchone()[0])
        _timed("a sync after deleting one entry", lambda: engine.sync_now(c))
        _timed("the next sync (nothing new)", lambda: engine.sync_now(c))
        fresh.lock()
        joined.lock()
        c.lock()


if __name__ == "__main__":
    main()
