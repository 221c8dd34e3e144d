"""Forgetting a device under a real X server (Xvfb, xcb) with real key events: Ctrl+,
opens Preferences, the Sync tab lists the devices, the arrow keys choose the old
laptop, Alt+E asks (naming it), the confirmation's button forgets it; the old laptop
is then told it was removed."""

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
from app.sync import engine
from app.sync.errors import DeviceForgotten
from tests.support.shell import PASSPHRASE
from tests.ui.sync.test_sync_forget_screen import _three_devices
from ui.main import build_window, make_application

app = make_application()
assert app.platformName() == "xcb", app.platformName()
tmp = Path(sys.argv[1])
path, folder, (desktop, old) = _three_devices(tmp)
window, ctx = build_window(settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat),
                           kdf_profile=kdf.FAST_TEST_PROFILE)
ctx.set_journal_path(path)
window.show()
window.start()
ALT = Qt.KeyboardModifier.AltModifier
state = {"step": "unlock"}

def tick():
    s = state["step"]
    dialog = window.settings_flow.dialog if window.is_open() else None
    if s == "unlock" and not window.unlock.is_busy() and not window.unlock.is_checking() \
            and window.unlock.passphrase.isVisible():
        window.activateWindow()
        window.unlock.passphrase.setFocus()
        QTest.keyClicks(window.unlock.passphrase, PASSPHRASE)
        QTest.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
        state["step"] = "open"
    elif s == "open" and window.is_open() and QApplication.activeWindow() is window \
            and window.sync.status_line.plain_text().startswith("Synced"):
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Comma,
                       Qt.KeyboardModifier.ControlModifier)
        state["step"] = "prefs"
    elif s == "prefs" and dialog is not None and QApplication.activeWindow() is dialog:
        tab = dialog.sync_tab
        dialog.tabs.setCurrentWidget(tab.parentWidget().parentWidget())
        state["step"] = "listed"
    elif s == "listed" and dialog.sync_tab.devices.list.count() == 3:
        box = dialog.sync_tab.devices
        box.list.setFocus()
        QTest.keyClick(box.list, Qt.Key.Key_Home)
        for _ in range(3):
            if box.list.currentItem().text().startswith("Old laptop"):
                break
            QTest.keyClick(box.list, Qt.Key.Key_Down)
        print("chosen:", box.list.currentItem().text(), flush=True)
        QTest.keyClick(box.list, Qt.Key.Key_E, ALT)  # Forget…
        state["step"] = "asked"
    elif s == "asked" and dialog.sync_tab.devices.confirm is not None \
            and QApplication.activeWindow() is dialog.sync_tab.devices.confirm:
        confirm = dialog.sync_tab.devices.confirm
        print("asked:", confirm.text(), flush=True)
        confirm.grab().save(str(tmp / "forget-xcb.png"))
        [forget] = [b for b in confirm.buttons() if b.text().startswith("Forget")]
        forget.setFocus()
        QTest.keyClick(forget, Qt.Key.Key_Space)
        state["step"] = "forgotten"
    elif s == "forgotten" and dialog.sync_tab.devices.list.count() == 2:
        print("result:", dialog.sync_tab.devices.result.text(), flush=True)
        dialog.grab().save(str(tmp / "prefs-xcb.png"))
        dialog.reject()
        window.lock("user")
        state["step"] = "locked"
    elif s == "locked" and ctx.runner.is_idle() and not window.is_open():
        try:
            engine.sync_now(old)
            print("old laptop still syncs", flush=True)
        except DeviceForgotten:
            print("old laptop told", flush=True)
        desktop.lock()
        old.lock()
        app.quit()

timer = QTimer()
timer.timeout.connect(tick)
timer.start(50)
QTimer.singleShot(120_000, lambda: (print("stuck at", state["step"], flush=True), app.exit(3)))
sys.exit(app.exec())
"""


@pytest.mark.needs("xvfb-run")
def test_a_device_is_forgotten_from_the_keyboard_under_x(tmp_path) -> None:
    proc = xvfb_run(["-c", _SCRIPT, str(tmp_path)], tmp_path, timeout=240)
    assert proc.returncode == 0, proc.stdout[-800:] + proc.stderr[-3000:]
    assert "chosen: Old laptop: last synced today at" in proc.stdout, proc.stdout[-800:]
    assert "asked: Forget “Old laptop”?" in proc.stdout, proc.stdout[-800:]
    assert "result: “Old laptop” is forgotten" in proc.stdout, proc.stdout[-800:]
    assert "old laptop told" in proc.stdout, proc.stdout[-800:]
    assert (tmp_path / "prefs-xcb.png").stat().st_size > 10_000
