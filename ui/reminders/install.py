"""Puts the daily check-in and the reminders into the main window.

Adds File ▸ Daily Check-in… (Ctrl+Shift+D, an application-wide shortcut) and
File ▸ Reminders…, the tray icon, and the reminder service, and follows the window's
journal_unlocked / journal_locked signals: on unlock the reminder plan is read from
the journal, on lock the check-in window closes and the plan loses its names.

The journal is read and written through the session (``Session.run``: a newer read of
the plan supersedes an older one, a lock drops it), and the plan is read again when
the session broadcasts a change to what it is made of (``PLAN``): the reminder
settings, a treatment's schedule, an experiment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from app.reminders import BlockStart, ReminderPlan
from ui.checkin.flow import CheckInFlow
from ui.icons import app_icon, kind_icon
from ui.messages import words
from ui.reminders.service import ReminderService
from ui.reminders.tray import Tray
from ui.session import Change, Changes

if TYPE_CHECKING:
    from ui.app_context import AppContext
    from ui.reminders.reminder_dialog import ReminderDialog
    from ui.shell.main_window import MainWindow

REMINDER_SETTINGS = ("reminder_checkin_time", "reminder_doses", "reminder_names")
PLAN = Change.SETTINGS | Change.TREATMENTS | Change.FACTORS  # what the plan is made of


def load_plan(journal) -> tuple[ReminderPlan, bool]:
    """Worker: the reminder plan and whether names may be shown."""
    settings = journal.settings.all()
    treatments = journal.catalog.treatments() if settings["reminder_doses"] else []
    return (
        ReminderPlan.from_settings(settings, treatments, experiment_blocks(journal)),
        settings["reminder_names"],
    )


def experiment_blocks(journal) -> tuple[BlockStart, ...]:
    """Worker: the starts of the kept experiment's blocks, or none without one."""
    from app.report import experiment

    plan = experiment.load(journal)
    if plan is None:
        return ()
    from ui.core_text import core_tr

    return tuple(
        BlockStart(first, experiment.todo(plan, arm, core_tr), i == 0)
        for i, (first, _last, arm) in enumerate(experiment.block_ranges(plan))
    )


class CheckInAndReminders(QObject):
    """Owns the check-in flow, the tray icon and the reminder service of one window."""

    def __init__(
        self, window: MainWindow, ctx: AppContext, now: Callable[[], dt.datetime] = dt.datetime.now
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = ctx.session
        self.flow = CheckInFlow(ctx.session, window, lambda: now().date())
        self.tray = Tray(app_icon(), self)
        self.service = ReminderService(self.tray.notify, now, self)
        self.dialog: ReminderDialog | None = None
        tr = window.tr
        self.checkin_action = QAction(kind_icon("symptom"), tr("Daily &Check-in…"), window)
        self.checkin_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.checkin_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        tip = tr("Today's symptoms and daily factors in a few keys (Ctrl+Shift+D)")
        self.checkin_action.setToolTip(tip)
        self.checkin_action.setStatusTip(tip)
        self.reminders_action = QAction(tr("&Reminders…"), window)
        window.addAction(self.checkin_action)
        menu = window.actions.file_menu
        after = window.actions.quick_log
        items = menu.actions()
        before = items[items.index(after) + 1] if after in items[:-1] else None
        menu.insertAction(before, self.checkin_action)
        menu.insertAction(before, self.reminders_action)
        for action in (self.checkin_action, self.reminders_action):
            action.setEnabled(ctx.session.is_open())
        self.tray.show()
        self._connect_signals()

    def _connect_signals(self) -> None:
        w = self._window
        self.checkin_action.triggered.connect(lambda: self.flow.open())
        self.reminders_action.triggered.connect(self.open_reminders)
        self.service.day_started.connect(self.reload_plan)
        self.flow.status_changed.connect(self._show_status)
        w.journal_unlocked.connect(self._on_window_journal_unlocked)
        w.journal_locked.connect(self._on_window_journal_locked)
        self.tray.checkin_requested.connect(self._on_tray_checkin_requested)
        self.tray.show_requested.connect(self._show_window)
        self.tray.reminders_requested.connect(self._on_tray_reminders_requested)
        self.tray.lock_requested.connect(lambda: w.lock("user"))
        self.tray.quit_requested.connect(w.close)
        self._session.changed.connect(self._on_session_changed)

    def _on_window_journal_unlocked(self) -> None:
        for action in (self.checkin_action, self.reminders_action):
            action.setEnabled(True)
        self.tray.set_locked(False)
        self.flow.set_open(True)  # opens a check-in asked for while locked
        self.reload_plan()

    def reload_plan(self) -> None:
        self._session.run(load_plan, self._on_plan_loaded, key=(self, "plan"))

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.what & PLAN:
            self.reload_plan()

    def _on_plan_loaded(self, result: tuple[ReminderPlan, bool]) -> None:
        plan, names = result  # a lock since it was asked for would have dropped it
        self.service.set_plan(plan, names=names)

    def _on_window_journal_locked(self, _reason: str) -> None:
        for action in (self.checkin_action, self.reminders_action):
            action.setEnabled(False)
        self.tray.set_locked(True)
        self.flow.set_open(False)
        self.service.lock()
        if self.dialog is not None:
            self.dialog.reject()

    def _show_status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 5000)

    def _show_window(self) -> None:
        w = self._window
        w.showNormal() if w.isMinimized() else w.show()
        w.raise_()
        w.activateWindow()

    def _on_tray_checkin_requested(self) -> None:
        self._show_window()
        self.flow.open()  # while locked: opens once unlocked

    def _on_tray_reminders_requested(self) -> None:
        self._show_window()
        self.open_reminders()

    def open_reminders(self) -> None:
        if self.dialog is None:
            self._session.run(
                lambda journal: journal.settings.all(),
                self._on_settings_loaded,
                key=(self, "settings"),
            )

    def _on_settings_loaded(self, settings: dict) -> None:
        if self.dialog is not None:
            return
        from ui.reminders.reminder_dialog import ReminderDialog

        self.dialog = ReminderDialog(settings, self._window)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        if result == QDialog.DialogCode.Accepted:
            values = dialog.values()

            def save(journal) -> None:
                for name, value in values.items():
                    journal.settings.set(name, value)

            self._session.run(  # the change's broadcast reads the plan again
                save,
                None,
                lambda exc: self._show_status(words(exc)),
                changes=Change.SETTINGS,
                origin=self,
            )
        dialog.deleteLater()


def install(window: MainWindow, ctx: AppContext) -> CheckInAndReminders:
    """Reminders follow the context's clock, so tests can move time."""
    return CheckInAndReminders(window, ctx, lambda: dt.datetime.fromtimestamp(ctx.clock()))
