"""Locking: by shortcut, by wall-clock idle time, and what it wipes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.shell_support import OFFSCREEN_NOISE, FakeClock, make_journal, open_window, unlock
from ui.clipboard_guard import ClipboardGuard
from ui.lock_manager import LockManager

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _select_first(qtbot, window) -> None:
    page = window.page
    page.entry_view.setCurrentIndex(page.entry_model.index(0))
    qtbot.waitUntil(lambda: page.editor.isEnabled() and page.editor.title_edit.text() != "")


def test_idle_time_is_wall_clock_time(qtbot, tmp_path):
    clock = FakeClock()
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path, clock=clock)
    assert ctx.lock_manager.idle_minutes() == 5  # the default setting
    clock.advance(4 * 60)
    ctx.lock_manager.check_idle()
    assert window.is_open()
    clock.advance(61)  # e.g. the laptop slept: no timer ran, but the clock moved on
    with qtbot.waitSignal(window.journal_locked, timeout=5000) as locked:
        pass  # the periodic check notices by itself
    assert locked.args == ["idle"]
    assert window.stack.currentWidget() is window.unlock
    assert not window.unlock.is_busy() and window.unlock.passphrase.isVisible()


def test_activity_postpones_the_idle_lock(qtbot, tmp_path):
    clock = FakeClock()
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path, clock=clock)
    clock.advance(4 * 60)
    qtbot.keyClick(window.page.entry_view, Qt.Key.Key_Down)  # the user is here
    clock.advance(4 * 60)
    ctx.lock_manager.check_idle()
    assert window.is_open()


def test_first_key_after_a_long_sleep_locks_instead_of_counting_as_activity(qtbot):
    clock = FakeClock()
    manager = LockManager(clock, check_interval_ms=3_600_000)
    manager.arm()
    clock.advance(3600)
    with qtbot.waitSignal(manager.lock_requested):
        manager.eventFilter(manager, _key_event())


def _key_event():
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")


def test_lock_clears_undo_editor_models_and_our_clipboard(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    page = window.page
    _select_first(qtbot, window)
    page.delete_entry()
    qtbot.waitUntil(lambda: page.entry_model.rowCount() == 2)
    assert page.undo_stack.canUndo()
    ctx.clipboard.copy("Short walks beat one long one.")

    with qtbot.waitSignal(window.journal_locked):
        window.actions.lock.trigger()
    assert not page.undo_stack.canUndo() and page.undo_stack.count() == 0
    assert QGuiApplication.clipboard().text() == ""
    assert page.editor.title_edit.text() == "" and not page.editor.isEnabled()
    assert page.entry_model.rowCount() == 0 and page.sidebar.topLevelItem(0).text(1) == ""
    assert not window.actions.undo.isEnabled()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    assert window.journal() is None


def test_lock_leaves_someone_elses_clipboard_alone(qtbot):
    guard = ClipboardGuard()  # what the window's lock calls, without the focus watcher
    guard.copy("journal text")
    QGuiApplication.clipboard().setText("a shopping list from another app")
    assert guard.clear_if_ours() is False
    assert QGuiApplication.clipboard().text() == "a shopping list from another app"


def test_timed_clipboard_clearing(qtbot):
    guard = ClipboardGuard()
    with qtbot.waitSignal(guard.clipboard_cleared, timeout=3000):
        guard.copy("a post to share", clear_after_s=1)
    assert QGuiApplication.clipboard().text() == ""


def test_lock_saves_what_was_typed_first(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    _select_first(qtbot, window)
    window.page.editor.title_edit.setText("Typed just before locking")
    window.lock()  # before the autosave timer fired
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    unlock(qtbot, window)
    titles = [window.page.entry_model.row_at(i).title for i in range(3)]
    assert "Typed just before locking" in titles


def test_a_remembered_key_is_not_used_right_after_a_lock(qtbot, tmp_path, monkeypatch):
    from app import keystore

    used: list[str] = []
    monkeypatch.setattr(keystore, "recall_key", lambda jid: used.append(jid))
    path = make_journal(tmp_path / "j.fettle")
    window, _ctx = open_window(qtbot, tmp_path, path)
    used.clear()
    window.lock()
    assert window.unlock.passphrase.isVisible()
    assert used == []  # locking must mean the passphrase is needed
