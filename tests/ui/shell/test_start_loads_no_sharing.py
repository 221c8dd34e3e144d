"""Start-up (issue 19): the window up to its unlock screen loads no sharing or redaction.

The redaction engine and the sharing pipeline cost about 0.25 s of CPU to import; the
main window once loaded them on every start because the drafts kept over a lock named
the share review's draft through a module that imported both at its top.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("app.redact", "app.share", "app.posts", "app.report", "app.giveback", "numpy", "scipy")
PROBE = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from ui.main import build_window, make_application
app = make_application()
window, ctx = build_window(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat),
                           keystore_status=None)
ctx.set_journal_path(Path(sys.argv[2]))
window.show()
window.start()
end = time.monotonic() + 60
while not (window.unlock.passphrase.isVisible() and not window.unlock.is_busy()):
    app.processEvents()
    if time.monotonic() > end:
        raise SystemExit("no unlock screen")
print(json.dumps(sorted(sys.modules)))
"""


def test_the_unlock_screen_comes_without_the_sharing_modules(tmp_path: Path) -> None:
    from tests.support.journals import make_journal

    journal = tmp_path / "j.fettle"
    make_journal(journal).lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keystore prompt; this is about imports
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "s.ini"), str(journal)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "ui.shell.main_window" in loaded
    assert [m for m in loaded if m.startswith(HEAVY)] == []
