"""The main windows under a real X server (Xvfb, the xcb platform), not offscreen.

The offscreen platform never paints a print preview, and so it hid a segfault: the
preview dialog painted with a ``QPrinter`` that Python had already freed. These tests
run in a child process under ``xvfb-run`` so a crash fails the test instead of the
test run; CI installs Xvfb (``packaging/dev.sh``), so a missing ``xvfb-run`` fails too.
"""

from __future__ import annotations

import pytest

from tests.support.xcb import xvfb_run

_PREVIEW = r"""
import datetime as dt, gc, sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtPrintSupport import QPrintPreviewWidget
from app.demo import populate
from tests.support.journals import make_journal
from ui.report.summary_dialog import SummaryDialog
from tests.support.session import open_session
from ui.task_runner import TaskRunner

app = QApplication(sys.argv)
assert app.platformName() == "xcb", app.platformName()
END = dt.date(2026, 6, 30)
journal = make_journal(Path(sys.argv[1]) / "j.fettle")
populate(journal, days=120, end=END)
runner = TaskRunner()
dialog = SummaryDialog(open_session(runner, journal), today=END)
dialog.show()
state = {"step": "wait", "round": 0, "pages": []}

def tick():
    gc.collect()  # what Python no longer holds is freed now, not at some later moment
    step = state["step"]
    if step == "wait" and dialog.preview_button.isEnabled():
        dialog.preview_button.click()
        state["step"] = "painting"
    elif step == "painting" and dialog.preview_dialog is not None \
            and dialog.preview_dialog.isVisible():
        widget = dialog.preview_dialog.findChild(QPrintPreviewWidget)
        if widget.pageCount() >= 1:
            widget.updatePreview()  # paint the pages again, on the real screen
            dialog.preview_dialog.repaint()
            state["pages"].append(widget.pageCount())
            state["step"] = "close"
    elif step == "close":
        dialog.preview_dialog.close()
        state["round"] += 1
        state["step"] = "wait" if state["round"] < 3 else "done"
    elif step == "done" and dialog.preview_dialog is None:
        dialog.preview_button.click()  # a preview left open goes with its dialog
        state["step"] = "closing dialog"
    elif step == "closing dialog" and dialog.preview_dialog is not None:
        preview = dialog.preview_dialog
        dialog.reject()
        assert not preview.isVisible()
        print("preview ok", state["pages"], flush=True)
        runner.wait_for_done()
        journal.lock()
        app.quit()

timer = QTimer()
timer.timeout.connect(tick)
timer.start(30)
QTimer.singleShot(90_000, lambda: (print("stuck at", state["step"], flush=True), app.exit(3)))
sys.exit(app.exec())
"""


@pytest.mark.needs("xvfb-run")
def test_print_preview_paints_closes_and_opens_again_under_x(tmp_path) -> None:
    proc = xvfb_run(["-c", _PREVIEW, str(tmp_path)], tmp_path, timeout=180)
    assert proc.returncode == 0, proc.stdout[-500:] + proc.stderr[-3000:]
    assert "preview ok [1, 1, 1]" in proc.stdout


@pytest.mark.needs("xvfb-run")
def test_screenshot_tour_under_x(tmp_path) -> None:
    """The demo tour (unlock, editor, search, quick log, Trends, share review, summary,
    print preview, wizard) on the xcb platform, every picture written."""
    out = tmp_path / "shots"
    out.mkdir()
    proc = xvfb_run(["-m", "ui", "--demo", "--screenshot", str(out)], tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stdout[-500:] + proc.stderr[-3000:]
    names = {p.name for p in out.glob("*.png")}
    assert {
        "print-preview.png",
        "summary-dialog.png",
        "share-entries.png",
        "editor-symptom.png",
        "main-window.png",
    } <= names
    assert (out / "print-preview.png").stat().st_size > 20_000  # a painted page, not blank
