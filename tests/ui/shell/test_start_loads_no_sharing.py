"""Start-up (issue 19): the window up to its unlock screen loads no sharing or redaction,
and ``fettle`` paints its unlock screen before the work that screen does not need.

The redaction engine and the sharing pipeline cost about 0.25 s of CPU to import; the
main window once loaded them on every start because the drafts kept over a lock named
the share review's draft through a module that imported both at its top. The desktop
session's D-Bus watch, the keystore's remembered key, the app-wide event filters, the
check-in with its reminders and tray icon, the Data menu, sync and the Preferences flow
wait for the first paint (``ui.first_paint``), and still come; the journal's own modules
wait for the passphrase.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.offscreen import run_offscreen

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
    proc = run_offscreen(PROBE, tmp_path, str(tmp_path / "s.ini"), str(journal))
    assert proc.returncode == 0, proc.stderr[-2000:]
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "ui.shell.main_window" in loaded
    assert [m for m in loaded if m.startswith(HEAVY)] == []


# ``fettle`` as a user starts it (``ui.launch.main``): what is loaded when the passphrase
# field is first painted, and what comes once it has been.
REAL_START = """
import gc, json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
import ui.main

seen = {}

def after_paint():
    if {"PySide6.QtDBus", "ui.reminders.install", "ui.data.menu", "sqlcipher3",
            "ui.accessibility"} <= set(sys.modules):
        print(json.dumps({"at_paint": seen["at_paint"], "later": sorted(sys.modules),
                          "gc": [seen["gc"], gc.isenabled()]}))
        os._exit(0)
    QTimer.singleShot(10, after_paint)

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            seen["at_paint"] = sorted(sys.modules)
            seen["gc"] = gc.isenabled()
            QTimer.singleShot(0, after_paint)
        return False

painted = Painted()
real_build = ui.main.build_window

def build_window(**kwargs):
    window, ctx = real_build(**kwargs)
    window.unlock.passphrase.installEventFilter(painted)
    QTimer.singleShot(60_000, lambda: os._exit(3))
    return window, ctx

ui.main.build_window = build_window
from ui.launch import main
sys.exit(main([]))
"""
# the session's lock and suspend signals; the check-in, reminders and tray icon; the
# Data menu (with the backups' machinery), sync and the Preferences flow; charts'
# accessibility; SQLCipher, loaded on the journal's worker for the first unlock
DEFERRED = (
    "PySide6.QtDBus",
    "ui.reminders.install",
    "ui.checkin.flow",
    "ui.data.menu",
    "ui.sync.install",
    "ui.settings.flow",
    "ui.accessibility",
    "sqlcipher3",
)
KEYSTORE = ("keyring", "secretstorage", "jeepney")  # asked once the screen is up
# the journal page, built while one types; the journal and its models, loaded to unlock;
# restoring from a backup, for a damaged file
NOT_YET = (
    "ui.shell.journal_page",
    "ui.editor",
    "app.journal.journal",
    "app.models",
    "ui.unlock.restore",
    "app.backup",
    "ui.data.backup",
    "ui.messages",  # the core's sentences in the user's words, for when something fails
    "ui.core_text",
    "platformdirs",  # the default journal's folder, for a first run (this one has a journal)
    "queue",  # the keystore's thread and its queue, from its first call on
    "locale",  # argparse's translations: plain `fettle` has no options to parse
    "dataclasses",  # the context, the demo and the actions are plain classes
)


def _journal_in_settings(tmp_path: Path) -> None:
    """A journal, remembered in the settings of a HOME in ``tmp_path``."""
    from tests.support.journals import make_journal

    journal = tmp_path / "j.fettle"
    make_journal(journal).lock()
    config = tmp_path / "config" / "Fettle"
    config.mkdir(parents=True)
    (config / "Fettle.conf").write_text(f"[journal]\npath={journal}\n")


def _check_first_paint(stdout: str) -> None:
    report = json.loads(stdout.strip().splitlines()[-1])
    at_paint, later = report["at_paint"], report["later"]
    assert "ui.unlock.screen" in at_paint
    assert [m for m in at_paint if m.startswith(HEAVY + DEFERRED + KEYSTORE + NOT_YET)] == []
    assert set(DEFERRED) <= set(later)  # and the deferred work did run
    # no garbage collection while the start makes its objects, and then as usual
    assert report["gc"] == [False, True]


def test_fettle_paints_its_unlock_screen_before_the_deferred_work(tmp_path: Path) -> None:
    _journal_in_settings(tmp_path)
    proc = run_offscreen(REAL_START, tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    _check_first_paint(proc.stdout)


@pytest.mark.needs("xvfb-run")
def test_fettle_paints_its_unlock_screen_first_under_x(tmp_path: Path) -> None:
    """The same under a real X server, which exposes the window and has it painted."""
    from tests.support.xcb import xvfb_run

    _journal_in_settings(tmp_path)
    proc = xvfb_run(["-c", REAL_START], tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    _check_first_paint(proc.stdout)


# The first run: the welcome wizard over the main window, and the keystore's check of
# whether a key can be remembered, which waits for the wizard's first paint.
FIRST_RUN = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
import ui.shell.main_window as mw

seen = {}

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            seen["at_paint"] = sorted(sys.modules)
            QTimer.singleShot(0, after_paint)
        return False

def after_paint():
    print(json.dumps({"at_paint": seen["at_paint"]}))
    os._exit(0)

painted = Painted()
real_welcome = mw.MainWindow.show_welcome

def show_welcome(self):
    real_welcome(self)
    self.wizard.installEventFilter(painted)  # after the app's own: it is asked first
    QTimer.singleShot(60_000, lambda: os._exit(3))

mw.MainWindow.show_welcome = show_welcome
from ui.launch import main
sys.exit(main([]))
"""


def test_the_first_run_paints_its_wizard_before_asking_the_keystore(tmp_path: Path) -> None:
    proc = run_offscreen(FIRST_RUN, tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    at_paint = json.loads(proc.stdout.strip().splitlines()[-1])["at_paint"]
    assert "ui.unlock.welcome_wizard" in at_paint
    assert [m for m in at_paint if m.startswith(KEYSTORE)] == []
