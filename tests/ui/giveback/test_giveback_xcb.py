"""Giving back under a real X server (Xvfb, xcb) with real key events (issue 20):
Share ▸ Answer a Question… from the keyboard, the question pasted, Ctrl+Enter to find,
one more finding ticked with Space, the reply reached in the share review (starting
with its first line); then Share ▸ Share a Treatment Report… to its review."""

from __future__ import annotations

import pytest

from tests.support.xcb import xvfb_run

_SCRIPT = r"""
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.journal import kdf
from tests.support.giveback import build
from tests.support.shell import PASSPHRASE
from ui.main import build_window, make_application

app = make_application()
assert app.platformName() == "xcb", app.platformName()
tmp = Path(sys.argv[1])
journal, ids = build(tmp / "j.fettle")
path = journal.path
journal.lock()
window, ctx = build_window(settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat),
                           kdf_profile=kdf.FAST_TEST_PROFILE)
ctx.set_journal_path(path)
window.show()
window.start()
QUESTION = "Has anyone tried Elavil for fibro? How long did the grogginess last? - u/sleepy_sam"
state = {"step": "unlock"}
ALT = Qt.KeyboardModifier.AltModifier

def share_menu_item(key):
    window.activateWindow()
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_A, ALT)  # the Share menu
    state["menu_key"] = key

def dialog_active(d):
    # Ctrl+Enter and the Alt mnemonics are shortcuts, which Qt delivers only to the
    # active window; without a window manager, activation lags behind show()
    if d is None or not d.isVisible():
        return False
    if QApplication.activeWindow() is not d:
        d.activateWindow()
        return False
    return True

def tick():
    s = state["step"]
    tools = window.tools
    popup = QApplication.activePopupWidget()
    if "menu_key" in state and popup is not None and popup.isVisible():
        QTest.keyClick(popup, state.pop("menu_key"))
        return
    if s == "unlock" and not window.unlock.is_busy() and not window.unlock.is_checking() \
            and window.unlock.passphrase.isVisible():
        window.activateWindow()
        window.unlock.passphrase.setFocus()
        QTest.keyClicks(window.unlock.passphrase, PASSPHRASE)
        QTest.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
        state["step"] = "open"
    elif s == "open" and window.is_open() and window.page.entry_model.rowCount() > 50 \
            and QApplication.activeWindow() is window:
        share_menu_item(Qt.Key.Key_A)  # Share > Answer a Question...
        state["step"] = "ask"
    elif s == "ask" and dialog_active(tools.giveback_dialog):
        d = tools.giveback_dialog
        QApplication.clipboard().setText(QUESTION)
        d.question.setFocus()
        QTest.keyClick(d.question, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert d.question.toPlainText() == QUESTION, d.question.toPlainText()
        QTest.keyClick(d.question, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        state["step"] = "found"
    elif s == "found" and tools.giveback_dialog is not None \
            and tools.giveback_dialog.results.count() > 0 \
            and tools.giveback_dialog.find_button.isEnabled():
        d = tools.giveback_dialog
        d.results.setFocus()
        rows = d.results.count()
        assert rows >= 3, rows
        # the first three start ticked: the user unticks the third and, if there is a
        # fourth, ticks it instead
        for _ in range(2):
            QTest.keyClick(d.results, Qt.Key.Key_Down)
        QTest.keyClick(d.results, Qt.Key.Key_Space)
        assert d.results.item(2).checkState() == Qt.CheckState.Unchecked
        if rows > 3:
            QTest.keyClick(d.results, Qt.Key.Key_Down)
            QTest.keyClick(d.results, Qt.Key.Key_Space)
            assert d.results.item(3).checkState() == Qt.CheckState.Checked
        state["picked"] = [f.label for f in d.chosen()]
        assert len(state["picked"]) == (3 if rows > 3 else 2), state["picked"]
        QTest.keyClick(d.results, Qt.Key.Key_W, ALT)  # Write the reply
        state["step"] = "reply"
    elif s == "reply" and tools.share_dialog is not None and tools.share_dialog.draft \
            is not None and ctx.runner.is_idle():
        review = tools.share_dialog
        assert review.windowTitle() == "Reply to a question", review.windowTitle()
        shown = review.view.toPlainText()
        assert shown[:1].isalnum(), repr(shown[:30])  # no blank lines where a title would be
        assert "8pm" in review.final_text() and "Raman" not in review.final_text()
        print("reply ok", state["picked"], repr(shown[:20]), flush=True)
        QTest.keyClick(review.view, Qt.Key.Key_Escape)
        state["step"] = "closed"
    elif s == "closed" and tools.share_dialog is None:
        window.activateWindow()  # the review closed: the window takes the keys again
        state["step"] = "active"
    elif s == "active" and QApplication.activeWindow() is window:
        share_menu_item(Qt.Key.Key_T)  # Share > Share a Treatment Report...
        state["step"] = "pick"
    elif s == "pick" and dialog_active(tools.giveback_dialog) \
            and tools.giveback_dialog.ok.isEnabled():
        d = tools.giveback_dialog
        d.box.setFocus()
        QTest.keyClicks(d.box, "Ami")
        assert d.treatment_name() == "Amitriptyline", d.treatment_name()
        QTest.keyClick(d.box, Qt.Key.Key_M, ALT)  # Make the report
        state["step"] = "report"
    elif s == "report" and tools.share_dialog is not None and tools.share_dialog.draft \
            is not None and ctx.runner.is_idle():
        review = tools.share_dialog
        assert review.windowTitle() == "Share a treatment report", review.windowTitle()
        assert "Amitriptyline" in review.final_text()
        print("report ok", flush=True)
        window.close()
        ctx.runner.wait_for_done()
        app.quit()

timer = QTimer(); timer.timeout.connect(tick); timer.start(30)
QTimer.singleShot(120_000, lambda: (print("stuck at", state["step"], flush=True), app.exit(3)))
sys.exit(app.exec())
"""


@pytest.mark.needs("xvfb-run")
def test_answer_a_question_and_a_treatment_report_under_x(tmp_path) -> None:
    proc = xvfb_run(["-c", _SCRIPT, str(tmp_path)], tmp_path, timeout=240)
    assert proc.returncode == 0, proc.stdout[-800:] + proc.stderr[-3000:]
    for line in ("reply ok", "report ok"):
        assert line in proc.stdout, proc.stdout + proc.stderr[-2000:]
