"""Child of test_sync_kill: one sync that kills itself (SIGKILL) at the Nth line run
inside app/sync, or counts those lines when N is 0."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from app.journal.journal import Journal
from app.sync import compaction, engine


def main() -> None:
    path, folder, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    journal = Journal.open(path, os.environ["FETTLE_TEST_PASSPHRASE"])
    if os.environ.get("FETTLE_TEST_SNAPSHOT_EVERY"):  # kill points inside compaction too
        compaction.SNAPSHOT_EVERY = int(os.environ["FETTLE_TEST_SNAPSHOT_EVERY"])
    count = 0
    sync_dir = str(Path(engine.__file__).parent)

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line" and frame.f_code.co_filename.startswith(sync_dir):
            count += 1
            if count == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
        return tracer

    sys.settrace(tracer)
    engine.sync_now(journal, folder)
    sys.settrace(None)
    print(count)


if __name__ == "__main__":
    main()
