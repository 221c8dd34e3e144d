"""The post language under a real X server (Xvfb, xcb) with real key events: in a German
interface the share review writes its post in German; Alt+H (the German "Sprac_he des
Beitrags") reaches the choice, the Up key picks English, and the post is written again
in English and remembered for the site inside the journal."""

from __future__ import annotations

import pytest

from tests.support.xcb import xvfb_run

_SCRIPT = r"""
import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.models import Entry, SymptomReading
from tests.support.journals import make_journal
from tests.support.session import open_session
from ui.i18n import install_translators
from ui.main import make_application

app = make_application()
assert app.platformName() == "xcb", app.platformName()
assert install_translators(app, "de") == "de"
from ui.share.dialog import ShareDialog
from ui.task_runner import TaskRunner

tmp = Path(sys.argv[1])
journal = make_journal(tmp / "j.fettle")
migraine = journal.catalog.ensure_symptom("Migräne")
day = dt.date(2026, 3, 3)
ids = [
    journal.entries.add(Entry("symptom", day, "", "Am 5. März war ich bei der Ärztin.",
                              readings=[SymptomReading(migraine.id, 7)])),
    journal.entries.add(Entry("note", day + dt.timedelta(days=8), "", "Heute ging es besser.")),
]
runner = TaskRunner()
dialog = ShareDialog(open_session(runner, journal), ids, today=day + dt.timedelta(days=9))
dialog.show()
state = {"step": "german"}

def tick():
    s = state["step"]
    if s == "german" and dialog.draft is not None and runner.is_idle():
        dialog.activateWindow()  # no window manager on Xvfb to give it the keys
        state["step"] = "active"
    elif s == "active" and dialog.isActiveWindow():
        text = dialog.final_text()
        assert text.startswith("Aus meinem Gesundheitstagebuch\n\nTag 1"), text
        assert "Beschwerden: Migräne 7 von 10" in text, text
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
        state["step"] = "focused"
    elif s == "focused" and QApplication.focusWidget() is dialog.language_box:
        QTest.keyClick(dialog.language_box, Qt.Key.Key_Up)  # Deutsch -> English
        state["step"] = "english"
    elif s == "english" and dialog.language_box.language() == "en" and runner.is_idle() \
            and dialog.final_text().startswith("From my health journal"):
        text = dialog.final_text()
        assert "\n\nDay 1\n\nSeverity: Migräne 7/10" in text, text
        assert journal.settings.get("post_languages") == "plain=en"
        dialog.grab().save(str(tmp / "share-en-from-de.png"))
        print("language ok", flush=True)
        dialog.close()
        runner.wait_for_done()
        journal.lock()
        app.quit()

timer = QTimer(); timer.timeout.connect(tick); timer.start(30)
QTimer.singleShot(90_000, lambda: (print("stuck at", state["step"], flush=True), app.exit(3)))
sys.exit(app.exec())
"""


@pytest.mark.needs("xvfb-run")
def test_the_post_language_from_the_keyboard_under_x(tmp_path) -> None:
    proc = xvfb_run(["-c", _SCRIPT, str(tmp_path)], tmp_path, timeout=180)
    assert proc.returncode == 0, proc.stdout[-800:] + proc.stderr[-3000:]
    assert "language ok" in proc.stdout, proc.stdout + proc.stderr[-2000:]
    assert (tmp_path / "share-en-from-de.png").stat().st_size > 0
