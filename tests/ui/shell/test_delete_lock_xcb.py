"""Delete, search, lock under a real X server (Xvfb, xcb) with real key events: the
deleted entry is never found, not even while its removal from the search index is
still queued (issue 19), and once Ctrl+L has locked the journal, none of its words is
left in the file (every page decrypted with the key and searched)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import backup
from app.journal.journal import Journal
from app.models import Entry
from tests.app.journal.test_deleted_text_gone import clear_pages, open_key
from tests.support.shell import PASSPHRASE, make_journal
from tests.support.xcb import xvfb_run

_SCRIPT = r"""
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.journal import kdf
from tests.support.shell import PASSPHRASE
from ui.main import build_window, make_application
from ui.session import Session

Session.PURGE_IDLE_MS = 600_000  # the lock, not the idle purge, must clear the file
app = make_application()
assert app.platformName() == "xcb", app.platformName()
tmp = Path(sys.argv[1])
window, ctx = build_window(settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat),
                           kdf_profile=kdf.FAST_TEST_PROFILE)
ctx.set_journal_path(tmp / "j.fettle")
window.show()
window.start()
state = {"step": "unlock"}

def active(w):
    # Ctrl+L is a shortcut, which Qt delivers only to the active window; without a window
    # manager, activation can lag
    if QApplication.activeWindow() is not w:
        w.activateWindow()
        return False
    return True

def tick():
    s = state["step"]
    page = window._page
    if s == "unlock" and not window.unlock.is_busy() and not window.unlock.is_checking() \
            and window.unlock.passphrase.isVisible():
        window.activateWindow()
        window.unlock.passphrase.setFocus()
        QTest.keyClicks(window.unlock.passphrase, PASSPHRASE)
        QTest.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
        state["step"] = "open"
    elif s == "open" and window.is_open() and page.entry_model.rowCount() == 4:
        view = page.current_view()
        view.setFocus()
        view.setCurrentIndex(page.entry_model.index(0, 0))  # the newest: the secret
        QTest.keyClick(view, Qt.Key.Key_Delete)
        state["step"] = "deleted"
    elif s == "deleted" and page.entry_model.rowCount() == 3 and ctx.runner.is_idle():
        page.search_field.setFocus()
        QTest.keyClicks(page.search_field, "zanzibarite")
        state["step"] = "searched"
    elif s == "searched" and page.search_model.query() and not page.search_model.is_loading() \
            and ctx.runner.is_idle() and active(window):
        print("found", page.search_model.rowCount(), flush=True)
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        state["step"] = "locking"
    elif s == "locking" and not window.is_open() and ctx.runner.is_idle():
        print("locked", flush=True)
        app.quit()

timer = QTimer(); timer.timeout.connect(tick); timer.start(30)
QTimer.singleShot(90_000, lambda: (print("stuck at", state["step"], flush=True), app.exit(3)))
sys.exit(app.exec())
"""


@pytest.mark.needs("xvfb-run")
def test_deleted_then_locked_leaves_no_word_under_x(tmp_path: Path) -> None:
    path = make_journal(tmp_path / "j.fettle")
    with Journal.open(path, PASSPHRASE) as journal:
        journal.entries.add(
            Entry("note", dt.date(2026, 3, 20), "zanzibarite results", "quokkamoth again")
        )
        # a fresh backup, so the app's scheduled one (which purges too) is not due
        journal.settings.set("backup_folder", str(tmp_path / "backups"))
        backup.backup_now(journal)
    assert b"zanzibarite" in clear_pages(path, open_key(path))  # the scan sees words
    proc = xvfb_run(["-c", _SCRIPT, str(tmp_path)], tmp_path, timeout=180)
    assert proc.returncode == 0, proc.stdout[-800:] + proc.stderr[-3000:]
    assert "found 0\n" in proc.stdout and "locked\n" in proc.stdout, proc.stdout
    clear = clear_pages(path, open_key(path))
    assert b"Pacing" in clear  # what was kept is still there
    assert b"zanzibarite" not in clear and b"quokkamoth" not in clear
    with Journal.open(path, PASSPHRASE) as journal:
        assert journal.entries.count() == 3 and journal.search("zanzibarite") == []
    assert len(list((tmp_path / "backups").iterdir())) == 1  # no backup did the purge
