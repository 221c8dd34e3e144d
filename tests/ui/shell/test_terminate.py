"""SIGTERM (logout, kill) quits cleanly: the demo journal is deleted, nothing is left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_sigterm_quits_and_removes_the_demo_journal(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob("fettle-demo-*/demo.fettle")):
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the demo journal never appeared"
            time.sleep(0.1)
        time.sleep(1.0)  # let the window come up and unlock
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err.decode()[-2000:]
    assert list(tmp_path.glob("fettle-demo-*")) == []


QUIT_WITH_OUR_TEXT_ON_THE_CLIPBOARD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.clipboard_guard import ClipboardGuard

app = QApplication([])
guard = ClipboardGuard()
guard.copy("a post about my week")
QTimer.singleShot(100, app.quit)
app.exec()
print("clipboard after quit:", repr(app.clipboard().text()))
"""


def test_quitting_clears_our_text_from_the_clipboard_and_exits_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", QUIT_WITH_OUR_TEXT_ON_THE_CLIPBOARD],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "clipboard after quit: ''" in proc.stdout
