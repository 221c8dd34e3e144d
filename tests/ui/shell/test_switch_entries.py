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
