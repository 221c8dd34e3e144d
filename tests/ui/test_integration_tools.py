"""Trends, the appointment summary, sharing and the share log, opened from the main window
by their keyboard shortcuts on a real journal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence

from tests.support.shell import OFFSCREEN_NOISE, make_journal, open_window

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def press(qtbot, window, shortcut: str) -> None:
    """Type ``shortcut`` where the keyboard focus is, as a user would."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    combo = QKeySequence(shortcut)[0]
    target = window.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def test_ctrl_2_shows_trends_in_place_of_the_list_and_ctrl_1_brings_it_back(qtbot, tmp_path):
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    with qtbot.waitSignal(window.tools.trends.loaded, timeout=10_000):
        press(qtbot, window, "Ctrl+2")
    trends = window.tools.trends
    assert window.stack.currentWidget() is trends
    assert window.actions.show_trends.isChecked()
    names = {trends.symptom.itemText(i) for i in range(trends.symptom.count())}
    assert names == {"Fatigue", "Headache"}
    assert trends.data() is not None and trends.data().symptoms
    assert trends.isAncestorOf(window.focusWidget())  # the keyboard is in the view

    press(qtbot, window, "Ctrl+1")
    assert window.stack.currentWidget() is window.page
    assert window.actions.show_journal.isChecked()

    press(qtbot, window, "Ctrl+N")  # a new entry always shows the journal
    press(qtbot, window, "Ctrl+2")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is trends)
    press(qtbot, window, "Ctrl+F")
    assert window.stack.currentWidget() is window.page
    assert window.page.search_field.hasFocus()


def test_ctrl_p_opens_the_appointment_summary(qtbot, tmp_path):
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    press(qtbot, window, "Ctrl+P")
    dialog = window.tools.summary_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.symptoms.count() == 2, timeout=10_000)
    names = {dialog.symptoms.item(i).text() for i in range(2)}
    assert names == {"Headache", "Fatigue"}
    dialog.reject()
    assert window.tools.summary_dialog is None  # closed dialogs are forgotten


def test_ctrl_shift_s_shares_the_entries_selected_in_the_list(qtbot, tmp_path):
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    view, model = window.page.entry_view, window.page.entry_model
    view.setFocus()
    view.setCurrentIndex(model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # extend to row 1
    wanted = [model.index(i).data(Qt.ItemDataRole.UserRole + 2) for i in (0, 1)]
    assert window.page.selected_entry_ids() == wanted

    press(qtbot, window, "Ctrl+Shift+S")
    dialog = window.tools.share_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=20_000)
    assert sorted(dialog.draft.entry_ids) == sorted(wanted)
    assert sorted(dialog.picker.checked_ids()) == sorted(wanted)


def test_share_comes_from_the_list_context_menu_too(qtbot, tmp_path):
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    view = window.page.entry_view
    assert window.actions.share in view.actions()
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    model = window.page.entry_model
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select
    for row in (0, 2):
        selection.select(model.index(row), flags)
    ids = window.page.selected_entry_ids()
    assert len(ids) == 2
    window.actions.share.trigger()
    dialog = window.tools.share_dialog
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=20_000)
    assert sorted(dialog.draft.entry_ids) == sorted(ids)


def test_ctrl_shift_h_shows_what_was_shared(qtbot, tmp_path):
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    with qtbot.waitSignal(window.actions.share_log.triggered):
        press(qtbot, window, "Ctrl+Shift+H")
    dialog = window.tools.share_log_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.empty.isVisible(), timeout=10_000)
    assert dialog.model.rowCount() == 0


def test_the_new_actions_are_in_menus_and_off_while_locked(qtbot, tmp_path):
    from tests.support.shell import build

    window, _ctx = build(qtbot, tmp_path)
    a = window.actions
    menus = [top.menu() for top in window.menuBar().actions() if top.menu() is not None]
    assert [m.title() for m in menus][:3] == ["&File", "&Edit", "&View"]
    in_menus = {act for m in menus for act in m.actions()}
    for action in (a.show_trends, a.show_journal, a.summary, a.share, a.share_log):
        assert action in in_menus, action.text()
        assert not action.isEnabled()  # nothing to show before unlocking
        assert not action.shortcut().isEmpty()
