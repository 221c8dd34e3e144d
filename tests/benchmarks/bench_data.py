"""Data-safety figures: backup+verify of 100,000 entries, jrnl import of 10,000,
JSON export of 100,000.

    python tests/benchmarks/bench_data.py

Journals use the fast test KDF profile (key derivation is not what is measured).
Building the 100,000-entry journal is not timed. One figure per line.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

ENTRIES = 100_000
JRNL_ENTRIES = 10_000


def main() -> int:
    from app import backup
    from app.demo import SYMPTOMS, bulk_entries
    from app.exporters.json import write_json
    from app.importers import read_file
    from app.journal import kdf
    from app.journal.journal import Journal

    with tempfile.TemporaryDirectory(prefix="fettle-bench-") as tmp:
        folder = Path(tmp)
        journal = Journal.create(
            folder / "big.fettle", "benchmark passphrase", profile=kdf.FAST_TEST_PROFILE
        )
        ids = [journal.catalog.ensure_symptom(name, area).id for name, area in SYMPTOMS]
        journal.entries.add_many(bulk_entries(ENTRIES, ids))
        size = (folder / "big.fettle").stat().st_size

        started = time.perf_counter()
        made = backup.backup_now(journal)
        took = time.perf_counter() - started
        print(f"backup+verify {ENTRIES:,} entries ({size / 2**20:.0f} MB): {took:.2f} s")
        assert backup.preview(made, journal.key, full=False).entry_count == ENTRIES

        started = time.perf_counter()
        write_json(journal, folder / "export.json")
        took = time.perf_counter() - started
        exported = (folder / "export.json").stat().st_size
        print(f"export {ENTRIES:,} entries to JSON ({exported / 2**20:.0f} MB): {took:.2f} s")
        journal.lock()

        doc = {
            "tags": {},
            "entries": [
                {
                    "title": f"Day {i}",
                    "body": "Slept badly, headache by noon. " * 8,
                    "date": (dt.date(2000, 1, 1) + dt.timedelta(days=i)).isoformat(),
                    "time": "21:30",
                    "tags": ["@sleep", f"@t{i % 40}"],
                    "starred": i % 9 == 0,
                }
                for i in range(JRNL_ENTRIES)
            ],
        }
        source = folder / "jrnl.json"
        source.write_text(json.dumps(doc), encoding="utf-8")
        with Journal.create(
            folder / "imp.fettle", "benchmark passphrase", profile=kdf.FAST_TEST_PROFILE
        ) as target:
            started = time.perf_counter()
            plan = read_file(source, "jrnl")
            parsed = time.perf_counter() - started
            added = plan.commit(target)
            took = time.perf_counter() - started
            assert added == JRNL_ENTRIES == target.entries.count()
        print(
            f"import {JRNL_ENTRIES:,} jrnl entries: {took:.2f} s (parse and check {parsed:.2f} s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
