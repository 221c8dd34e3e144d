"""SIGTERM (logout, kill) quits cleanly: the demo journal is deleted, nothing is left."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


# ``python -m ui --demo``, the real start, with one line added: the window says on
# stdout when its journal is unlocked, so the test waits for that instead of a guess.
DEMO_SAYING_WHEN_UNLOCKED = """
import sys
from ui.shell.main_window import MainWindow

_build = MainWindow.__init__

def __init__(self, *args, **kwargs):
    _build(self, *args, **kwargs)
    self.journal_unlocked.connect(lambda: print("unlocked", flush=True))

MainWindow.__init__ = __init__
sys.argv = ["fettle", "--demo"]
from ui.launch import main
sys.exit(main())
"""


def _first_line(proc: subprocess.Popen, timeout: float) -> str:
    """The child's first line on stdout, or "" if it ends (or says nothing) in time."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(proc.stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout).decode().strip()
    except queue.Empty:
        return ""


def test_sigterm_quits_and_removes_the_demo_journal(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", DEMO_SAYING_WHEN_UNLOCKED],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        said = _first_line(proc, timeout=60)
        assert said == "unlocked", proc.stderr.read().decode() if proc.poll() is not None else ""
        assert list(tmp_path.glob("fettle-demo-*/demo.fettle"))  # open, with its journal
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


def test_the_quit_signal_only_schedules_the_quit(qtbot, qapp, monkeypatch) -> None:
    """Python runs a signal handler between any two bytecodes, perhaps inside a slot
    building widgets: quitting right there closed the window under that slot (a
    segfault after SIGTERM, in the sidebar's set_counts). The quit waits for the loop."""
    from PySide6.QtCore import QTimer

    from ui import main

    handlers = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    timers = set(qapp.findChildren(QTimer))
    quits: list[int] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(1))
    try:
        main._quit_on_terminate(qapp)
        signal.getsignal(signal.SIGTERM)(signal.SIGTERM, None)  # as Python calls it
        assert quits == []  # not inside whatever was running
        qtbot.waitUntil(lambda: quits == [1])
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
        for timer in set(qapp.findChildren(QTimer)) - timers:
            timer.stop()
            timer.deleteLater()
