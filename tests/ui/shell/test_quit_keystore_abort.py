"""Quitting while a keystore call is stuck must not abort the process (issue 13, item 3).

The keystore thread is a daemon: Python never waits for it. But if the stuck call comes
back while the interpreter is finalising, the thread is ended by glibc's forced
unwinding, and when that unwinding passes C++ frames (Qt's, PySide's) the process
aborts with "FATAL: exception not rethrown" instead of exiting: the desktop reports a
crash and the exit status says the app failed, after the journal was already saved.

The app runs in its own process against the real Secret Service, locked, whose unlock
prompt nobody answers (``prompt``). It looks for a remembered key at the unlock screen,
the call waits on the prompt, and the app is told to quit (as at logout). The child's
``atexit`` hook, which runs as finalisation starts, tells the test, which then dismisses
the prompt so the stuck call returns right then: the moment that aborts. The app must
exit with 0, say nothing of a FATAL error, leave its journal closed (lock file gone),
and end its process before finalising around the stuck call at all: the abort itself
depends on where the thread is when it wakes and did not show here in a dozen runs,
so that last assertion is what fails without the fix.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.journal.storage import lock_path
from tests.support.shell import make_journal
from ui.task_runner import KeystoreRunner

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import atexit
import sys
import threading

from app.journal import keystore

asked = threading.Event()
came_back = threading.Event()
real = keystore.recall_key

def recall_key(journal_id):
    asked.set()
    try:
        return real(journal_id)
    finally:
        came_back.set()

keystore.recall_key = recall_key

def finalising():  # Python finalises with the call stuck: let it return right now
    if not came_back.is_set():
        print("finalising with the keystore call stuck", flush=True)
        came_back.wait(60)  # the test dismisses the prompt

atexit.register(finalising)

from PySide6.QtCore import QTimer

from ui.main import make_application, run_app

def say_when_asked():  # from inside the event loop: a quit before it runs would be lost
    if asked.is_set():
        print("asking the keystore on", app.platformName(), flush=True)
        tick.stop()

app = make_application()
tick = QTimer(app)
tick.timeout.connect(say_when_asked)
tick.start(20)
sys.exit(run_app())
"""


@pytest.mark.keyring
@pytest.mark.parametrize("platform", ["offscreen", "xcb"])
def test_quitting_while_a_keystore_call_is_stuck_exits_cleanly(tmp_path, prompt, platform):
    """``xcb``: on the prompt's own X server (a real one, which nobody looks at)."""
    path = make_journal(tmp_path / "j.fettle")
    config = tmp_path / "config"
    (config / "Fettle").mkdir(parents=True)
    (config / "Fettle" / "Fettle.conf").write_text(f"[journal]\npath={path}\n")
    prompt.lock()
    env = dict(
        os.environ, XDG_CONFIG_HOME=str(config), PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=platform
    )
    if platform == "xcb":
        env["DISPLAY"] = prompt.display
    env.pop("FETTLE_DEBUG", None)
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == f"asking the keystore on {platform}\n"
        proc.send_signal(signal.SIGTERM)
        line = proc.stdout.readline()  # "" when the process ended without finalising
        if line:
            prompt.dismiss()  # the stuck call returns while the interpreter finalises
        _, err = proc.communicate(timeout=120)  # a hang detector, not a speed limit
        assert "FATAL" not in err, err
        assert proc.returncode == 0, (proc.returncode, err)
        assert not lock_path(path).exists(), "the journal was left open"
        # Finalising around a stuck call is what aborts (when the call returns at the
        # wrong moment): the app ends its process before that.
        assert line == "", line
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_call_past_its_deadline_keeps_the_keystore_busy_until_it_returns(qtbot):
    """``is_busy`` is what the quit path asks: a call the caller gave up on still runs."""
    import threading

    from app.journal.keystore import KeystoreNoAnswer

    lane = KeystoreRunner(timeout_ms=50)
    stuck = threading.Event()
    failures: list[BaseException] = []
    assert not lane.is_busy()
    lane.submit(lambda: stuck.wait(60), None, failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=10_000)
    assert isinstance(failures[0], KeystoreNoAnswer) and lane.is_idle()
    assert lane.is_busy(), "the stuck call is still running"
    stuck.set()
    qtbot.waitUntil(lambda: not lane.is_busy(), timeout=60_000)
