"""A damaged journal found on unlock, restored from its newest good backup, under a real
X server (Xvfb, xcb) with real key events: the passphrase typed, Return on the damage
window's default button (Restore). The Data menu works through the session, with the
window as its dialogs' parent and its status bar fed by a signal; the key stays sealed
in the core's ``JournalFile`` all the way."""

from __future__ import annotations

import pytest

from tests.support.xcb import xvfb_run

_SCRIPT = r"""
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest

from app import backup
from app.journal import kdf
from app.journal.journal import Journal
from tests.support.shell import PASSPHRASE, make_journal
from tests.ui.unlock.test_damaged_journal import _damage
from ui.main import build_window, make_application
from ui.unlock.damaged_journal import DamagedJournalDialog

app = make_application()
assert app.platformName() == "xcb", app.platformName()
tmp = Path(sys.argv[1])
path = make_journal(tmp / "j.fettle", entries=400)
with Journal.open(path, PASSPHRASE) as j:
    backup.backup_now(j)
_damage(path)
damaged = path.read_bytes()
window, ctx = build_window(settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat),
                           kdf_profile=kdf.FAST_TEST_PROFILE, check_interval_ms=50)
ctx.set_journal_path(path)
window.show()
window.start()
data = window.data_menu
state = {"step": "unlock"}

def tick():
    s = state["step"]
    if s == "unlock" and not window.unlock.is_busy() and not window.unlock.is_checking():
        window.activateWindow()
        window.unlock.passphrase.setFocus()
        QTest.keyClicks(window.unlock.passphrase, PASSPHRASE)
        QTest.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
        state["step"] = "damage"
    elif s == "damage" and isinstance(data.dialog, DamagedJournalDialog) and data.dialog.isVisible():
        dialog = data.dialog
        assert dialog.parentWidget() is window and not window.is_open()
        assert dialog.restore_button.isDefault()
        dialog.grab().save(str(tmp / "damage.png"))
        dialog.activateWindow()
        QTest.keyClick(dialog, Qt.Key.Key_Return)
        state["step"] = "restored"
    elif (s == "restored" and window.is_open() and window.page.entry_model.rowCount() > 0
          and "Restored the backup" in window.statusBar().currentMessage()):
        window.grab().save(str(tmp / "restored.png"))
        counts = []
        ctx.session.run(lambda journal: (journal.check(), journal.entries.count()), counts.append)
        state["step"] = ("counted", counts)
    elif isinstance(s, tuple) and s[1]:
        assert s[1] == [([], 403)], s[1]
        kept = [i for i in backup.list_backups(backup.default_folder(path))
                if i.path.name.endswith("-before-restore.fettle")]
        assert len(kept) == 1 and kept[0].path.read_bytes() == damaged
        print("restore ok", flush=True)
        window.close()
        app.quit()

timer = QTimer(); timer.timeout.connect(tick); timer.start(30)
QTimer.singleShot(90_000, lambda: (print("stuck at", state["step"], flush=True), app.exit(3)))
sys.exit(app.exec())
"""


@pytest.mark.needs("xvfb-run")
def test_a_damaged_journal_is_restored_with_the_keyboard_under_x(tmp_path) -> None:
    proc = xvfb_run(["-c", _SCRIPT, str(tmp_path)], tmp_path, timeout=180)
    assert proc.returncode == 0, proc.stdout[-800:] + proc.stderr[-3000:]
    assert "restore ok" in proc.stdout, proc.stdout + proc.stderr[-2000:]
