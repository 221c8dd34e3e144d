"""An unexpected error in the running app reports its type only: no message, no
traceback that could quote entry text into the system log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = """
import sys
from PySide6.QtCore import QTimer
import ui.main as m
def boom():
    raise KeyError("Zqxwv private words from an entry")
def after_start():
    QTimer.singleShot(0, boom)
    QTimer.singleShot(300, lambda: sys.modules['PySide6.QtWidgets'].QApplication.quit())
QTimer.singleShot(0, after_start)
sys.exit(m.run_app(demo=True))
"""


def test_unexpected_errors_print_their_type_only(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    env.pop("FETTLE_DEBUG", None)
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert "unexpected error (KeyError)" in proc.stderr, proc.stderr[-2000:]
    assert "Zqxwv" not in proc.stderr and "Traceback" not in proc.stderr
