"""The whole window through its real widgets: unlock, list, new entry, delete/undo, lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.support.shell import OFFSCREEN_NOISE, make_journal, open_window

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def test_unlock_fills_the_window(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, _ctx = open_window(qtbot, tmp_path, path)
    assert window.stack.currentWidget() is window.page
    assert window.page.entry_model.rowCount() == 3
    titles = [window.page.entry_model.row_at(i).title for i in range(3)]
    assert titles == ["Pacing works", "Pacing by the river.", "Bad morning"]
    assert window.windowTitle() == "Fettle"


def test_delete_is_undone_with_ctrl_z_under_the_same_id(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    page = window.page
    page.entry_view.setFocus()
    page.entry_view.setCurrentIndex(page.entry_model.index(2))
    doomed = page.entry_model.row_at(2)
    qtbot.keyClick(page.entry_view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: ctx.runner.is_idle() and page.entry_model.rowCount() == 2)
    assert window.actions.undo.text() == "&Undo Delete Entry"  # never the entry's text
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: ctx.runner.is_idle() and page.entry_model.rowCount() == 3)
    assert page.entry_model.row_at(2) == doomed
    window.actions.redo.trigger()
    qtbot.waitUntil(lambda: ctx.runner.is_idle() and page.entry_model.rowCount() == 2)


def test_undo_right_after_delete_restores_even_before_the_delete_finished(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    page = window.page
    page.delete_entry(page.entry_model.row_at(0).id)
    page.undo_stack.undo()  # queued behind the delete on the one worker
    qtbot.waitUntil(lambda: ctx.runner.is_idle() and page.entry_model.rowCount() == 3)


def test_editing_saves_automatically_and_updates_the_row(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, _ctx = open_window(qtbot, tmp_path, path)
    page = window.page
    page.entry_view.setCurrentIndex(page.entry_model.index(0))
    qtbot.waitUntil(lambda: page.editor.title_edit.text() == "Pacing works")
    with qtbot.waitSignal(page.entry_saved, timeout=20_000):  # the editor's debounce, no flush
        page.editor.title_edit.setText("Pacing really works")
    assert page.editor.save_state() == "saved"
    assert page.entry_model.row_at(0).title == "Pacing really works"
    assert "Pacing" not in window.windowTitle()


def test_sidebar_filters_the_list_and_search_respects_it(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, _ctx = open_window(qtbot, tmp_path, path)
    page = window.page
    labels = [page.sidebar.topLevelItem(i).text(0) for i in range(5)]
    assert labels == ["All entries", "Symptoms", "Treatments", "Lessons", "Notes"]
    counts = [page.sidebar.topLevelItem(i).text(1) for i in range(5)]
    assert counts == ["3", "1", "", "1", "1"]
    tags = page.sidebar.topLevelItem(5)
    assert tags.text(0) == "Tags" and {tags.child(i).text(0) for i in range(2)} == {
        "#sleep",
        "#walk",
    }
    with qtbot.waitSignal(page.entry_model.first_page_loaded):
        page.sidebar.setCurrentItem(page.sidebar.topLevelItem(4))  # Notes
    assert [page.entry_model.row_at(i).kind for i in range(page.entry_model.rowCount())] == ["note"]
    with qtbot.waitSignal(page.search_model.results_ready, timeout=20_000) as found:
        page.search_field.setText("pacing")
    assert found.args[1] == 1  # the lesson says "pacing" too, but Notes is chosen


def test_a_search_says_how_many_entries_it_finds_in_all(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle", entries=130)  # "Filler text number …"
    window, _ctx = open_window(qtbot, tmp_path, path)
    page = window.page
    with qtbot.waitSignal(page.search_model.results_ready, timeout=10_000) as found:
        page.search_field.setText("filler")
    assert page.search_model.rowCount() == page.search_model.PAGE_SIZE  # one page shown
    assert found.args[1] == 130  # not the page's 50
    assert window.statusBar().currentMessage() == "130 matching entries"


def test_about_names_the_version(qtbot, tmp_path):
    from app import __version__

    path = make_journal(tmp_path / "j.fettle")
    window, _ctx = open_window(qtbot, tmp_path, path)
    window.actions.about.trigger()
    assert __version__ in window._about.text()
    window._about.close()


def test_every_toolbar_and_page_control_has_an_accessible_name(qtbot, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

    path = make_journal(tmp_path / "j.fettle")
    window, _ctx = open_window(qtbot, tmp_path, path)
    missing = []
    for kind in (QLineEdit, QAbstractItemView, QAbstractButton):
        for w in window.page.findChildren(kind) + window.unlock.findChildren(kind):
            if window.page.editor.isAncestorOf(w):
                continue  # the editor's own tests cover it
            if w.isVisibleTo(window) and not (w.accessibleName() or getattr(w, "text", str)()):
                missing.append(repr(w))
    assert missing == []


def test_every_toolbar_button_shows_an_icon(qtbot, tmp_path):
    """Most desktops have no icon theme: the toolbar must not fall back to bare text."""
    from PySide6.QtWidgets import QToolBar

    path = make_journal(tmp_path / "j.fettle")
    window, _ctx = open_window(qtbot, tmp_path, path)
    bar = window.findChild(QToolBar, "mainToolbar")
    bare = [a.iconText() for a in bar.actions() if not a.isSeparator() and a.icon().isNull()]
    assert bare == []
    for action in (
        window.actions.show_journal,
        window.actions.show_trends,
        window.actions.share,
        window.actions.summary,
    ):
        assert not action.icon().pixmap(16, 16).toImage().isNull()
