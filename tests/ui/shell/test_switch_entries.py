"""Choosing another entry within the autosave's delay keeps what was just typed: the
other entry's load used to replace the editor's unsaved edits (nothing had sent them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.journal.journal import Journal
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, make_journal, open_window

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _titles(path) -> list[str]:
    with Journal.open(path, PASSPHRASE) as j:
        return sorted(r.title for r in j.entries.page(limit=10).rows)


def test_an_edit_is_saved_when_another_entry_is_chosen_at_once(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    page, editor = window.page, window.page.editor
    page.entry_view.setCurrentIndex(page.entry_model.index(0))
    qtbot.waitUntil(lambda: editor.title_edit.text() == "Pacing works")
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Pacing works, mostly")
    assert editor._save_timer.isActive()  # the autosave has not come round yet
    page.entry_view.setCurrentIndex(page.entry_model.index(2))
    qtbot.waitUntil(lambda: editor.title_edit.text() == "Bad morning", timeout=10_000)
    qtbot.waitUntil(lambda: ctx.runner.is_idle(), timeout=10_000)
    assert "Pacing works, mostly" in [page.entry_model.row_at(i).title for i in range(3)]
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle(), timeout=10_000)
    assert _titles(path) == ["Bad morning", "Pacing by the river.", "Pacing works, mostly"]


def test_a_new_entry_is_saved_and_the_chosen_one_stays_chosen(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    page, editor = window.page, window.page.editor
    window.new_entry("note")
    qtbot.keyClicks(editor.title_edit, "Written in a hurry")
    page.entry_view.setCurrentIndex(page.entry_model.index(2))
    qtbot.waitUntil(lambda: editor.title_edit.text() == "Bad morning", timeout=10_000)
    qtbot.waitUntil(
        lambda: ctx.runner.is_idle() and page.entry_model.rowCount() == 4, timeout=10_000
    )
    assert page.entry_view.current_id() == editor.entry_id()  # the list shows what is edited
    assert editor.title_edit.text() == "Bad morning" and not editor.has_unsaved_changes()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_End)
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle(), timeout=10_000)
    assert _titles(path) == [
        "Bad morning",
        "Pacing by the river.",
        "Pacing works",
        "Written in a hurry",
    ]


def test_edits_whose_save_fails_stay_when_another_entry_is_chosen(qtbot, tmp_path, monkeypatch):
    """The flush's save fails (disk full, a sync deleted the entry): the other entry's
    load must not replace the unsaved words (review finding)."""
    import ui.shell.journal_page as journal_page
    from app.errors import InvalidInput

    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    page, editor = window.page, window.page.editor
    page.entry_view.setCurrentIndex(page.entry_model.index(0))
    qtbot.waitUntil(lambda: editor.title_edit.text() == "Pacing works")
    qtbot.waitUntil(ctx.runner.is_idle)

    def refuse(_journal, _entry):
        raise InvalidInput(user_message="The disk is full.")

    monkeypatch.setattr(journal_page, "save_entry", refuse)
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "My unsaved words")
    page.entry_view.setCurrentIndex(page.entry_model.index(2))
    qtbot.waitUntil(ctx.runner.is_idle)
    qtbot.wait(100)  # any late result is delivered
    assert editor.title_edit.text() == "My unsaved words"
    assert editor.save_state() == "failed"
    assert page.entry_view.current_id() == editor.entry_id()  # its own row, not the other


def test_a_queued_first_save_does_not_take_over_the_entry_shown(qtbot, tmp_path):
    """A new entry's second save, queued behind its first, comes back after another
    entry was loaded: the page must still know which entry the editor shows."""
    import threading

    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    page, editor = window.page, window.page.editor
    window.new_entry("note")
    qtbot.keyClicks(editor.title_edit, "First words")
    gate = threading.Event()
    ctx.runner.submit(lambda: gate.wait(20))  # a busy worker
    qtbot.waitUntil(lambda: page._adding is not None)  # the autosave was sent
    qtbot.keyClicks(editor.title_edit, " and more")
    page.entry_view.setCurrentIndex(page.entry_model.index(2))  # flush: queued
    assert page._queued is not None
    gate.set()
    qtbot.waitUntil(lambda: ctx.runner.is_idle() and page.entry_model.rowCount() == 4)
    qtbot.wait(100)
    assert page._last_saved.id == editor.entry_id()
    window.close()
    qtbot.waitUntil(ctx.runner.is_idle)
    assert "First words and more" in _titles(path)
