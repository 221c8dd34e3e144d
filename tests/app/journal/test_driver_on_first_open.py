"""SQLCipher loads with the first journal opened, not with the journal's modules (issue 19):
the desktop app reads a journal's 16-byte header before its unlock screen is painted, and
the driver held that paint back. ``storage.DatabaseError`` is still SQLCipher's error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.support.journals import make_journal

ROOT = Path(__file__).resolve().parents[3]

PROBE = r"""
import json, sys
from pathlib import Path
from app import usecases
from app.errors import WrongPassphrase
from app.journal import storage

path = Path(sys.argv[1])
seen = {"after_import": "sqlcipher3" in sys.modules}
usecases.check_file(path)  # what the unlock screen does before its first paint
seen["after_check"] = "sqlcipher3" in sys.modules
from app.journal.journal import Journal
seen["after_journal_import"] = "sqlcipher3" in sys.modules
try:
    Journal.open(path, "not the passphrase")
except WrongPassphrase:
    seen["wrong_passphrase"] = True
seen["after_open"] = "sqlcipher3" in sys.modules
import sqlcipher3
seen["same_error"] = storage.DatabaseError is sqlcipher3.DatabaseError
print(json.dumps(seen))
"""


def test_the_driver_loads_with_the_first_open_not_with_the_header_check(tmp_path: Path) -> None:
    journal = tmp_path / "j.fettle"
    make_journal(journal).lock()
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(journal)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen == {
        "after_import": False,
        "after_check": False,
        "after_journal_import": False,
        "wrong_passphrase": True,  # the driver's own error still becomes the core's
        "after_open": True,
        "same_error": True,
    }


def test_a_database_error_before_any_open_is_still_caught_by_name() -> None:
    """``except storage.DatabaseError`` works however it is reached (``from`` import too)."""
    from app.journal import storage
    from app.journal.storage import DatabaseError

    assert DatabaseError is storage.DatabaseError
    assert issubclass(DatabaseError, Exception)
