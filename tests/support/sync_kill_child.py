"""Child of test_sync_kill: one sync that kills itself (SIGKILL) at the Nth line run
inside app/sync, or, when N is 0, prints how many such lines the sync ran and at which
of them compaction began. Imports only the journal and the sync engine, so a run
starts in a tenth of a second."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from app.journal.journal import Journal
from app.sync import compaction, engine


def main() -> None:
    path, folder, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    # the key, not the passphrase: the key derivation is the same for every run
    journal = Journal.open_with_key(path, bytes.fromhex(os.environ["FETTLE_TEST_KEY"]))
    if os.environ.get("FETTLE_TEST_SNAPSHOT_EVERY"):  # kill points inside compaction too
        compaction.SNAPSHOT_EVERY = int(os.environ["FETTLE_TEST_SNAPSHOT_EVERY"])
    count = 0
    compact_from = 0
    sync_dir = str(Path(engine.__file__).parent)
    compact_code = engine._compact.__code__

    def tracer(frame, event, arg):
        nonlocal count, compact_from
        if event == "line" and frame.f_code.co_filename.startswith(sync_dir):
            count += 1
            if not compact_from and frame.f_code is compact_code:
                compact_from = count
            if count == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
        return tracer

    sys.settrace(tracer)
    engine.sync_now(journal, folder)
    sys.settrace(None)
    print(count, compact_from)


if __name__ == "__main__":
    main()
