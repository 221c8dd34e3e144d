"""The check-in and reminders installed from the session and what a window hands in
(issue 13, item 3): a plain widget, a menu and an anchor; no main window needed. The
File menu they join has no empty gaps (the Data menu's old anchor, issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.models import Treatment
from tests.support.session import open_session
from tests.support.shell import OFFSCREEN_NOISE, make_journal, open_window
from ui.reminders.install import CheckInAndReminders

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def test_installs_on_a_plain_widget_and_follows_the_session(qtbot, runner, journal) -> None:
    journal.settings.set("reminder_doses", True)
    journal.catalog.save_treatment(Treatment("Naproxen", schedule="8am"))
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    first, last = menu.addAction("First"), menu.addAction("Last")
    session = open_session(runner, None)
    now = dt.datetime(2026, 3, 16, 7, 0)
    parts = CheckInAndReminders(session, parent, menu, first, lambda: now)
    assert menu.actions() == [first, parts.checkin_action, parts.reminders_action, last]
    assert parts.checkin_action in parent.actions()  # Ctrl+Shift+D with the menu closed
    assert not parts.checkin_action.isEnabled()

    session.open(journal)  # the session, not a window's signal, starts the reminders
    qtbot.waitUntil(lambda: [t.name for t in parts.service.plan.treatments] == ["Naproxen"])
    assert parts.checkin_action.isEnabled() and parts.reminders_action.isEnabled()

    said: list[str] = []
    parts.status_changed.connect(said.append)
    parts.flow.status_changed.emit("Check-in saved for today.")
    assert said == ["Check-in saved for today."]  # out through a signal, no status bar

    with qtbot.waitSignal(session.locked):
        parts.tray.lock_requested.emit()  # the tray's Lock locks the session itself
    assert not session.is_open()
    assert parts.service.plan.treatments == ()  # the lock took the names
    assert not parts.checkin_action.isEnabled()


def test_built_on_an_open_session_reads_the_plan(qtbot, runner, journal) -> None:
    """Built while the session is already open (as when ``opened`` builds it)."""
    journal.settings.set("reminder_doses", True)
    journal.catalog.save_treatment(Treatment("Naproxen", schedule="8am"))
    parent = QWidget()
    qtbot.addWidget(parent)
    session = open_session(runner, journal)
    parts = CheckInAndReminders(session, parent, QMenu(parent), None)
    assert parts.checkin_action.isEnabled()
    qtbot.waitUntil(lambda: [t.name for t in parts.service.plan.treatments] == ["Naproxen"])
    session.lock("test")


def test_the_main_windows_file_menu_has_no_empty_gap(qtbot, tmp_path) -> None:
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "w.fettle"))
    items = window.actions.file_menu.actions()
    names = [a.text() for a in items]
    assert window.checkin.checkin_action in items
    assert items.index(window.checkin.checkin_action) == items.index(window.actions.quick_log) + 1
    separators = [a.isSeparator() for a in items]
    assert not separators[0] and not separators[-1], names
    assert not any(a and b for a, b in zip(separators, separators[1:])), names
    assert not hasattr(window.actions, "data_anchor")
    assert all(isinstance(a, QAction) for a in items)
