"""Start-up (issue 19, second round): the Data menu, sync and Preferences are built
after the unlock screen's first paint, yet always before a journal opens (they listen
for ``opened``), and the keyboard works the moment the journal is unlocked."""

from __future__ import annotations

import pytest

from app.journal.journal import Journal
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, build, make_journal
from tests.support.xcb import xvfb_run

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _built(window) -> tuple[bool, bool, bool]:
    return (
        window._data_menu is not None,
        window._sync is not None,
        window._settings_flow is not None,
    )


def test_the_journal_features_come_before_opened_even_unpainted(qtbot, tmp_path) -> None:
    """A window never shown (so never painted) still has them when ``opened`` comes."""
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = build(qtbot, tmp_path)
    assert _built(window) == (False, False, False)  # deferred
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "Sh&are", "&Data", "&Help"]  # its place kept
    seen = []
    window.session.opened.connect(lambda: seen.append(_built(window)))
    journal = Journal.open(path, PASSPHRASE)
    with qtbot.waitSignal(window.journal_unlocked, timeout=20_000):
        window.session.open(journal)
    assert seen == [(True, True, True)]
    menus = [a for a in window.menuBar().actions() if a.text() == "&Data"]
    assert len(menus) == 1 and menus[0].menu() is window.data_menu.menu  # the real one
    assert window.data_menu.back_up.isEnabled()  # it heard ``opened``
    assert window.sync.sync_action.isEnabled() and not window.sync.join_action.isEnabled()
    with qtbot.waitSignal(window.journal_locked):
        window.lock("user")
    qtbot.waitUntil(ctx.runner.is_idle)


def test_the_journal_features_come_once_the_unlock_screen_is_painted(qtbot, tmp_path) -> None:
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = build(qtbot, tmp_path)
    ctx.set_journal_path(path)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: _built(window) == (True, True, True), timeout=10_000)
    assert not window.is_open()
    assert not window.data_menu.back_up.isEnabled()  # locked: nothing to back up
    assert window.sync.join_action.isEnabled()


_SHORTCUTS = r"""
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.journal import kdf
from tests.support.shell import PASSPHRASE, make_journal
from ui.main import build_window, make_application

app = make_application()
assert app.platformName() == "xcb", app.platformName()
tmp = Path(sys.argv[1])
path = make_journal(tmp / "j.fettle")
window, ctx = build_window(settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat),
                           kdf_profile=kdf.FAST_TEST_PROFILE, keystore_status=None)
ctx.set_journal_path(path)
window.show()
window.start()
CTRL = Qt.KeyboardModifier.ControlModifier
results = []

def on_unlocked():
    # at once: in the very slot that says the journal is shown
    page = window.page
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL)
    results.append(("ctrl+n", page.editor.isAncestorOf(QApplication.focusWidget())))
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, CTRL)
    results.append(("ctrl+f", QApplication.focusWidget() is page.search_field))
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, CTRL)
    results.append(("ctrl+l", not window.is_open()))
    print("shortcuts", results, flush=True)
    QTimer.singleShot(0, app.quit)

window.journal_unlocked.connect(on_unlocked)

def tick():
    u = window.unlock
    if window.isActiveWindow() and u.passphrase.isVisible() and not u.is_busy() \
            and not u.is_checking():
        u.passphrase.setFocus()
        QTest.keyClicks(u.passphrase, PASSPHRASE)
        QTest.keyClick(u.passphrase, Qt.Key.Key_Return)
        return
    window.activateWindow()
    QTimer.singleShot(20, tick)

QTimer.singleShot(0, tick)
QTimer.singleShot(60_000, lambda: (print("timed out", flush=True), app.exit(3)))
code = app.exec()
window.close()
ctx.runner.wait_for_done(10_000)
sys.exit(code)
"""


@pytest.mark.needs("xvfb-run")
def test_shortcuts_work_the_moment_the_journal_is_unlocked_under_x(tmp_path) -> None:
    """Ctrl+N, Ctrl+F and Ctrl+L pressed in the slot that says the journal is shown."""
    proc = xvfb_run(["-c", _SHORTCUTS, str(tmp_path)], tmp_path, timeout=180)
    assert proc.returncode == 0, proc.stdout[-1000:] + proc.stderr[-3000:]
    line = next(x for x in proc.stdout.splitlines() if x.startswith("shortcuts"))
    assert line == "shortcuts [('ctrl+n', True), ('ctrl+f', True), ('ctrl+l', True)]", line
