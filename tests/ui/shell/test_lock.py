"""Locking: by shortcut, by wall-clock idle time, and what it wipes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.support.shell import OFFSCREEN_NOISE, FakeClock, make_journal, open_window, unlock
from ui.clipboard_guard import ClipboardGuard
from ui.shell.lock_manager import LockManager

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
    from app.journal import keystore

    used: list[str] = []
    monkeypatch.setattr(keystore, "recall_key", lambda jid: used.append(jid))
    path = make_journal(tmp_path / "j.fettle")
    window, _ctx = open_window(qtbot, tmp_path, path)
    used.clear()
    window.lock()
    assert window.unlock.passphrase.isVisible()
    assert used == []  # locking must mean the passphrase is needed


JOURNAL_WORDS = ("throbbing", "Headache", "Fatigue", "Migraine", "Pacing", "river", "walk")


def _texts_under(root) -> list[str]:
    """Every piece of text a widget under ``root`` (its dialogs included) could show."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model(), QModelIndex())
    return texts


def _model_texts(model, parent, depth: int = 0) -> list[str]:
    from PySide6.QtCore import QAbstractListModel

    flat = isinstance(model, QAbstractListModel)  # which keeps columnCount private
    columns = 1 if flat else model.columnCount(parent)
    texts = []
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns):
            index = model.index(row, column, parent)
            texts.append(str(index.data() or ""))
            if column == 0 and depth < 2 and not flat and model.rowCount(index):
                texts += _model_texts(model, index, depth + 1)
    return texts


def test_lock_closes_trends_summary_share_and_the_share_log(qtbot, tmp_path):
    import shiboken6

    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    tools = window.tools
    _select_first(qtbot, window)
    with qtbot.waitSignal(tools.trends.loaded, timeout=10_000):
        window.actions.show_trends.trigger()
    assert tools.trends.data() is not None
    window.actions.summary.trigger()
    qtbot.waitUntil(lambda: tools.summary_dialog.symptoms.count() == 2, timeout=10_000)
    summary = tools.summary_dialog
    window.actions.share_log.trigger()  # not modal over the summary in this test: opened directly
    share_log = tools.share_log_dialog
    qtbot.waitUntil(lambda: share_log.empty.isVisible(), timeout=10_000)
    tools.open_share(window.page.selected_entry_ids())
    share = tools.share_dialog
    qtbot.waitUntil(lambda: share.draft is not None, timeout=20_000)
    before = "".join(_texts_under(window))
    assert "Pacing" in before and "Headache" in before  # so the check below can fail

    with qtbot.waitSignal(window.journal_locked):
        window.actions.lock.trigger()
    dialogs = (summary, share_log, share)
    assert not any(d.isVisible() for d in dialogs)
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(d) for d in dialogs))  # deleted
    assert tools.summary_dialog is tools.share_dialog is tools.share_log_dialog is None
    assert window.stack.currentWidget() is window.unlock
    assert tools.trends.data() is None and tools.trends.symptom.count() == 0
    assert tools.trends.model.rowCount() == 0
    assert not window.actions.show_trends.isChecked()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    shown = "\n".join(_texts_under(window))
    for word in JOURNAL_WORDS:
        assert word not in shown, word
    for action in (window.actions.show_trends, window.actions.share, window.actions.summary):
        assert not action.isEnabled()

    unlock(qtbot, window)  # after unlocking, the journal shows (not an empty Trends view)
    assert window.stack.currentWidget() is window.page


def test_our_copies_ask_clipboard_managers_not_to_keep_them(qtbot):
    guard = ClipboardGuard()
    guard.copy("a line from the journal")
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "a line from the journal"
    assert bytes(data.data("x-kde-passwordManagerHint")) == b"secret"
    assert guard.clear_if_ours() is True


def test_lock_forgets_cached_renderings(qtbot, tmp_path):
    from app import markdown_render

    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    _select_first(qtbot, window)
    qtbot.waitUntil(lambda: markdown_render._render_block.cache_info().currsize > 0)
    window.lock()
    assert markdown_render._render_block.cache_info().currsize == 0
