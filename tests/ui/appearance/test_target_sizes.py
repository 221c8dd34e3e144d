"""Targets big enough for tired hands (issue 11, item 5): every button, box, tick box,
list row and the severity scale is at least 32 px high, and at least 44 px with
Preferences ▸ Appearance ▸ Large targets, in the main window with the editor, the quick
log, the daily check-in, the share review and every tab of Preferences.

Large targets are switched on in Preferences with windows already open: the change
reaches them at once, no restart (the quick log stays open throughout)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from tests.support.shell import OFFSCREEN_NOISE, make_journal, open_window
from tests.support.targetwalk import small_targets, targets_seen
from ui.appearance.prefs import LARGE_TARGET, NORMAL_TARGET, load_appearance

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


@pytest.fixture
def window(qtbot, tmp_path):
    window, ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    window.resize(1280, 760)
    page = window.page
    page.entry_view.setCurrentIndex(page.entry_model.index(2))  # the symptom entry
    qtbot.waitUntil(lambda: page.editor.symptom_picker.rows() != [] and page.editor.isEnabled())
    window._test_ctx = ctx
    yield window
    window.lock("user")


def open_preferences(qtbot, window):
    flow = window.settings_flow
    flow.open()
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=10_000)
    return flow.dialog


def show_appearance_tab(dialog) -> None:
    tabs = dialog.tabs
    tabs.setCurrentIndex(
        next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(dialog.appearance_tab))
    )


def assert_all_big_enough(qtbot, window, minimum: int) -> None:
    """Walk each window; returns with the quick log still open."""
    problems: dict[str, list[str]] = {}
    assert targets_seen(window) > 20
    problems["main window"] = small_targets(window, minimum)
    problems["quick log"] = small_targets(window.quick_log, minimum)
    checkin = window.checkin.flow
    window.checkin.checkin_action.trigger()
    qtbot.waitUntil(lambda: checkin.dialog is not None and bool(checkin.dialog.symptom_fields))
    problems["check-in"] = small_targets(checkin.dialog, minimum)
    checkin.dialog.reject()
    tools = window.tools
    tools.open_share(window.page.selected_entry_ids())
    qtbot.waitUntil(
        lambda: tools.share_dialog is not None and tools.share_dialog.copy_button.isEnabled(),
        timeout=20_000,
    )
    problems["share review"] = small_targets(tools.share_dialog, minimum)
    tools.share_dialog.reject()
    dialog = open_preferences(qtbot, window)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.waitUntil(dialog.tabs.currentWidget().isVisible)
        problems[f"Preferences ▸ {dialog.tabs.tabText(index)}"] = small_targets(dialog, minimum)
    dialog.reject()
    qtbot.waitUntil(lambda: window.settings_flow.dialog is None)
    assert {where: found for where, found in problems.items() if found} == {}


def test_every_target_is_32_px_or_more_by_default(qtbot, window) -> None:
    window.open_quick_log()
    qtbot.waitUntil(lambda: window.quick_log is not None and window.quick_log.isVisible())
    assert_all_big_enough(qtbot, window, NORMAL_TARGET)


def test_large_targets_reach_open_windows_at_once_and_are_kept(qtbot, window) -> None:
    window.open_quick_log()
    qtbot.waitUntil(lambda: window.quick_log is not None and window.quick_log.isVisible())
    assert small_targets(window.quick_log, LARGE_TARGET) != []  # the control: not large yet
    dialog = open_preferences(qtbot, window)
    show_appearance_tab(dialog)
    dialog.appearance_tab.large_targets.click()
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert load_appearance(window._test_ctx.settings).large_targets  # for the next start
    qtbot.waitUntil(lambda: small_targets(window.quick_log, LARGE_TARGET) == [])
    assert_all_big_enough(qtbot, window, LARGE_TARGET)


def test_cancel_puts_normal_targets_back(qtbot, window) -> None:
    dialog = open_preferences(qtbot, window)
    show_appearance_tab(dialog)
    dialog.appearance_tab.large_targets.click()  # shown at once
    qtbot.waitUntil(lambda: window.page.search_field.height() >= LARGE_TARGET)
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: window.page.search_field.height() < LARGE_TARGET)
    assert not load_appearance(window._test_ctx.settings).large_targets


def test_high_contrast_keeps_large_targets(qtbot, window) -> None:
    """The high-contrast theme draws its own borders and padding (a style sheet), which
    Qt sizes apart from the style: the minimum must hold there too."""
    from ui.appearance.prefs import Appearance
    from ui.appearance.theme import ThemeManager

    theme = window.findChild(ThemeManager)
    theme.apply(Appearance("high_contrast", True))
    try:
        window.open_quick_log()
        qtbot.waitUntil(lambda: window.quick_log is not None and window.quick_log.isVisible())
        assert_all_big_enough(qtbot, window, LARGE_TARGET)
    finally:
        theme.apply(Appearance())
