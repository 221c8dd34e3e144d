"""Whole GUI sessions in a child process with the network guard on.

``fettle --demo --screenshot DIR`` walks the demo journal (unlock, list, editor,
search, quick log, Trends, sharing two entries, the appointment summary, wizard) and
must write every PNG without touching other files in the folder; a second script
unlocks a journal, opens Preferences (which asks the OS keystore), Trends, the summary,
the share review screen and the share log, then locks. Any Internet socket or host-name
lookup in either fails the test.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from tests.support import netguard

ROOT = Path(__file__).resolve().parents[3]
SHOTS = [
    "unlock.png",
    "main-window.png",
    "editor-symptom.png",
    "search.png",
    "quick-log.png",
    "trends-window.png",
    "share-entries.png",
    "summary-dialog.png",
    "print-preview.png",
    "main-window-dark.png",
    "welcome-wizard.png",
]


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_demo_screenshot_session_makes_no_network_attempt(tmp_path):
    out = tmp_path / "shots"
    out.mkdir()
    (out / "summary-page1.png").write_bytes(b"someone else's picture")
    proc = netguard.run_guarded(
        ["-m", "ui", "--demo", "--screenshot", str(out)], env=_env(), cwd=ROOT, timeout=300
    )
    assert netguard.MARKER not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name in SHOTS:
        width, height = _png_size(out / name)
        assert width >= 400 and height >= 300, name
    assert _png_size(out / "main-window.png") == (1280, 800)
    assert (out / "summary-page1.png").read_bytes() == b"someone else's picture"
    leftovers = [
        p
        for p in Path(os.environ.get("TMPDIR", "/tmp")).glob("fettle-demo-*")
        if p.stat().st_uid == os.getuid()
        and (p / "demo.fettle").exists()
        and p.stat().st_mtime > (tmp_path.stat().st_mtime - 1)
    ]
    assert leftovers == []  # the demo journal is deleted on exit


_SESSION = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from app.journal import kdf
from app.journal import Journal
from ui.main import build_window, make_application

folder = Path(sys.argv[1])
path = folder / "j.fettle"
Journal.create(path, "correct horse battery", profile=kdf.FAST_TEST_PROFILE).lock()
app = make_application()
window, ctx = build_window(settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat),
                           kdf_profile=kdf.FAST_TEST_PROFILE)
ctx.lock_manager.watch_session()
ctx.set_journal_path(path)
window.show()
window.start()
steps = {"state": "unlock"}

def tick():
    if steps["state"] == "unlock" and window.unlock.passphrase.isVisible() \
            and not window.unlock.is_busy():
        window.unlock.passphrase.setText("correct horse battery")
        window.unlock.unlock_button.click()
        steps["state"] = "opening"
    elif steps["state"] == "opening" and window.is_open() \
            and window.actions.preferences.isEnabled():  # the window has finished opening
        window.actions.preferences.trigger()
        steps["state"] = "prefs"
    elif steps["state"] == "prefs" and window.settings_flow.dialog is not None:
        window.settings_flow.dialog.reject()
        window.page.search_field.setText("anything")
        window.actions.show_trends.trigger()
        steps["state"] = "trends"
    elif steps["state"] == "trends" and window.tools.trends.data() is not None:
        window.actions.summary.trigger()
        steps["state"] = "summary"
    elif steps["state"] == "summary" and window.tools.summary_dialog.preview_button.isEnabled():
        window.tools.summary_dialog.reject()
        window.actions.share_log.trigger()
        steps["state"] = "log"
    elif steps["state"] == "log" and ctx.runner.is_idle():
        window.tools.share_log_dialog.reject()
        window.actions.share.trigger()
        steps["state"] = "share"
    elif steps["state"] == "share" and window.tools.share_dialog.draft is not None:
        window.lock()
        assert window.tools.share_dialog is None and window.tools.trends.data() is None
        steps["state"] = "done"
        print("session ok")
        window.close()
        app.quit()

timer = QTimer()
timer.timeout.connect(tick)
timer.start(20)
def give_up():
    print(f"session stuck at step {steps['state']!r}", flush=True)
    app.exit(3)

QTimer.singleShot(60_000, give_up)
sys.exit(app.exec())
"""


def test_unlock_preferences_lock_session_makes_no_network_attempt(tmp_path):
    proc = netguard.run_guarded(["-c", _SESSION, str(tmp_path)], env=_env(), cwd=ROOT, timeout=120)
    assert netguard.MARKER not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode == 0, proc.stdout[-500:] + proc.stderr[-3000:]
    assert "session ok" in proc.stdout
