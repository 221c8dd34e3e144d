"""A locked system keystore that never answers must not stall the journal (issue 17, item 10).

The keystore is the real one: gnome-keyring, locked, with its unlock prompt shown on a
private X server that nobody looks at (``tests/support/keystore.py``), so every call
to it waits, as on a desktop where the prompt cannot be seen. Before the fix,
Preferences never opened, the search and save queued behind it never ran, Unlock
waited for the keystore forever, and quitting waited for the stuck call.

The spy around ``keystore.recall_key`` only counts calls into the real function, to
show that the keystore still had not answered when the journal's work was done.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.journal import keystore
from app.journal.keystore import KeystoreNoAnswer
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, build, make_journal, open_window
from ui.task_runner import KeystoreRunner

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

ROOT = Path(__file__).resolve().parents[3]


class Spy:
    """Calls the real ``keystore.<name>`` and counts the calls that have not returned."""

    def __init__(self, name: str) -> None:
        self._real = getattr(keystore, name)
        self._lock = threading.Lock()
        self.started = 0
        self.returned = 0

    def __call__(self, *args: object) -> object:
        with self._lock:
            self.started += 1
        try:
            return self._real(*args)
        finally:
            with self._lock:
                self.returned += 1

    def waiting(self) -> int:
        with self._lock:
            return self.started - self.returned


def _remember_row(window) -> tuple[bool, str, bool]:
    """What Preferences shows about the keystore: open?, the line under the box, enabled?"""
    dialog = window.settings_flow.dialog
    if dialog is None:
        return False, "", False
    return True, dialog.remember_reason.text(), dialog.remember.isEnabled()


@pytest.mark.keyring
def test_preferences_open_at_once_and_the_journal_goes_on_while_the_keystore_hangs(
    qtbot, tmp_path, prompt, monkeypatch
):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path, keystore_status=True)
    spy = Spy("recall_key")
    monkeypatch.setattr(keystore, "recall_key", spy)
    prompt.lock()
    lane = ctx.runner.keystore
    lane.timeout_ms = 1_000  # the app gives 20 s (time to type into a prompt one can see)
    when_asked: list[tuple[bool, str, bool]] = []
    lane.idle_changed.connect(
        lambda idle: None if idle else when_asked.append(_remember_row(window))
    )

    window.actions.preferences.trigger()
    qtbot.waitUntil(lambda: window.settings_flow.dialog is not None)
    dialog = window.settings_flow.dialog
    # The dialog was already open, saying so, when the keystore was asked.
    assert when_asked == [(True, "Checking the system keystore…", False)]

    page = window.page  # a journal job while the keystore waits on its prompt
    with qtbot.waitSignal(page.search_model.results_ready, timeout=20_000) as found:
        page.search_field.setText("pacing")
    assert found.args[1] == 2
    assert spy.waiting() == 1, "the keystore answered: this test proves nothing"

    qtbot.waitUntil(lambda: "did not answer" in dialog.remember_reason.text(), timeout=30_000)
    assert dialog.remember_reason.text().startswith("Not available: the system keystore")
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()

    dialog.auto_lock.setValue(7)  # and a journal write
    with qtbot.waitSignal(window.settings_flow.settings_applied, timeout=20_000):
        dialog.accept()
    assert ctx.lock_manager.idle_minutes() == 7
    assert lane.is_idle(), "an unknown 'remember' must not be written to the keystore"
    assert spy.waiting() == 1
    window.close()
    qtbot.waitUntil(ctx.runner.is_idle)


@pytest.mark.keyring
def test_unlock_does_not_wait_for_a_keystore_that_hangs(qtbot, tmp_path, prompt, monkeypatch):
    path = make_journal(tmp_path / "j.fettle")
    spy = Spy("recall_key")
    monkeypatch.setattr(keystore, "recall_key", spy)
    prompt.lock()
    window, ctx = build(qtbot, tmp_path, keystore_status=True)
    ctx.set_journal_path(path)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: spy.waiting() == 1, timeout=20_000)  # looking for a remembered key
    assert window.unlock.passphrase.isVisible() and window.unlock.passphrase.isEnabled()
    window.unlock.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.page.counts_loaded, timeout=30_000):
        window.unlock.unlock_button.click()
    assert window.is_open()
    assert spy.waiting() == 1, "the keystore answered: this test proves nothing"
    window.close()
    qtbot.waitUntil(ctx.runner.is_idle)


@pytest.mark.keyring
def test_a_new_journal_opens_while_the_keystore_hangs_on_remembering_it(
    qtbot, tmp_path, prompt, monkeypatch
):
    from PySide6.QtWidgets import QWizard

    spy = Spy("remember_key")
    monkeypatch.setattr(keystore, "remember_key", spy)
    prompt.lock()
    window, ctx = build(qtbot, tmp_path, keystore_status=True)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    wizard = window.wizard
    wizard.next()
    wizard.location.path_edit.setText(str(tmp_path / "new.fettle"))
    wizard.next()
    wizard.secret.first.setText("plum violin harbour seven")
    wizard.secret.second.setText("plum violin harbour seven")
    qtbot.waitUntil(ctx.runner.keystore.is_idle)  # the wizard has heard the store is there
    assert wizard.secret.remember.isEnabled()
    wizard.secret.remember.setChecked(True)
    wizard.next()
    with qtbot.waitSignal(window.journal_unlocked, timeout=30_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: spy.started == 1)
    assert window.is_open()
    assert spy.waiting() == 1, "the keystore answered: this test proves nothing"
    window.close()
    qtbot.waitUntil(ctx.runner.is_idle)


QUIT_SCRIPT = """
import faulthandler
import signal
import sys
import threading

faulthandler.register(signal.SIGUSR1, all_threads=True)  # where it is stuck, if it is
from app.journal import keystore

asked = threading.Event()
real = keystore.recall_key

def recall_key(journal_id):
    asked.set()
    return real(journal_id)

keystore.recall_key = recall_key

from ui.main import make_application, run_app
from PySide6.QtCore import QTimer

def say_when_asked():  # from inside the event loop: a quit before it runs would be lost
    if asked.is_set():
        print("asking the keystore", flush=True)
        tick.stop()

tick = QTimer(make_application())
tick.timeout.connect(say_when_asked)
tick.start(20)
sys.exit(run_app())
"""


@pytest.mark.keyring
def test_quitting_does_not_wait_for_a_keystore_that_hangs(tmp_path, prompt):
    """The real app, in its own process: it asks the keystore at the unlock screen,
    the call waits on the prompt, and the app is told to quit (as at logout)."""
    path = make_journal(tmp_path / "j.fettle")
    config = tmp_path / "config"
    (config / "Fettle").mkdir(parents=True)
    (config / "Fettle" / "Fettle.conf").write_text(f"[journal]\npath={path}\n")
    prompt.lock()
    env = dict(os.environ, XDG_CONFIG_HOME=str(config), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", QUIT_SCRIPT],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "asking the keystore\n", proc.stderr.read()
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=120)  # a hang detector, not a speed limit
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGUSR1)
            try:
                _, stuck = proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                _, stuck = proc.communicate()
            pytest.fail("the app did not quit while a keystore call was waiting:\n" + stuck)
        assert proc.returncode == 0, proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def test_a_call_that_missed_its_deadline_before_it_started_never_runs(qtbot):
    """A user told "the keystore did not answer" must not find the journal remembered
    (or forgotten) later, when a stuck call ahead of it finally returns."""
    lane = KeystoreRunner(timeout_ms=100)
    stuck = threading.Event()
    ran: list[str] = []
    answers: list[object] = []
    failures: list[BaseException] = []
    lane.submit(lambda: stuck.wait(60) and "late", answers.append, failures.append)
    lane.submit(lambda: ran.append("remember"), answers.append, failures.append)
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=10_000)
    assert all(isinstance(f, KeystoreNoAnswer) for f in failures)
    assert lane.is_idle()
    stuck.set()
    lane.timeout_ms = 60_000  # a hang detector for the next call, not a speed limit
    with qtbot.waitCallback(timeout=60_000) as done:
        lane.submit(lambda: "next", done)  # runs after the two before it were dealt with
    done.assert_called_with("next")
    assert ran == [] and answers == [], "an expired call ran, or a late answer was delivered"
