"""The daily check-in and the reminders, for a window that hands in a place for them.

Adds Daily Check-in… (Ctrl+Shift+D, an application-wide shortcut) and Reminders… to the
menu the window hands in (File, after Quick Log), the tray icon and the reminder
service, and follows the session: once it opens the reminder plan is read from the
journal, at a lock the check-in window closes and the plan loses its names. It never
reaches into the window: its sentences go out through ``status_changed``, dialogs get
the parent widget, and the tray's Show and Quit act on that widget's top-level window.

The journal is read and written through the session (``Session.run``: a newer read of
the plan supersedes an older one, a lock drops it), and the plan is read again when
the session broadcasts a change to what it is made of (``PLAN``): the reminder
settings, a treatment's schedule, an experiment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from app.reminders import BlockStart, ReminderPlan
from ui.checkin.flow import CheckInFlow
from ui.icons import app_icon, kind_icon
from ui.messages import words
from ui.reminders.service import ReminderService
from ui.reminders.tray import Tray
from ui.session import Change, Changes, Session

if TYPE_CHECKING:
    from ui.reminders.reminder_dialog import ReminderDialog

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
    """Owns the check-in flow, the tray icon and the reminder service of one window.

    Signals:
        status_changed(str): a sentence for the status bar (shown for a few seconds).
    """

    status_changed = Signal(str)

    def __init__(
        self,
        session: Session,
        parent: QWidget,
        menu: QMenu,
        after: QAction | None = None,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        """``menu`` gets the two items after ``after`` (at its end without one)."""
        super().__init__(parent)
        self._parent = parent
        self._session = session
        self.flow = CheckInFlow(session, parent, lambda: now().date())
        self.tray = Tray(app_icon(), self)
        self.service = ReminderService(self.tray.notify, now, self)
        self.dialog: ReminderDialog | None = None
        tr = self.tr
        self.checkin_action = QAction(kind_icon("symptom"), tr("Daily &Check-in…"), parent)
        self.checkin_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.checkin_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        tip = tr("Today's symptoms and daily factors in a few keys (Ctrl+Shift+D)")
        self.checkin_action.setToolTip(tip)
        self.checkin_action.setStatusTip(tip)
        self.reminders_action = QAction(tr("&Reminders…"), parent)
        parent.addAction(self.checkin_action)  # its shortcut works with the menu closed
        items = menu.actions()
        before = items[items.index(after) + 1] if after in items[:-1] else None
        menu.insertAction(before, self.checkin_action)
        menu.insertAction(before, self.reminders_action)
        for action in (self.checkin_action, self.reminders_action):
            action.setEnabled(session.is_open())
        self.tray.show()
        self._connect_signals()
        if session.is_open():  # built while ``opened`` is being sent: it would miss it
            self._on_session_opened()

    def _connect_signals(self) -> None:
        self.checkin_action.triggered.connect(lambda: self.flow.open())
        self.reminders_action.triggered.connect(self.open_reminders)
        self.service.day_started.connect(self.reload_plan)
        self.flow.status_changed.connect(self.status_changed)
        self._session.opened.connect(self._on_session_opened)
        self._session.locked.connect(self._on_session_locked)
        self.tray.checkin_requested.connect(self._on_tray_checkin_requested)
        self.tray.show_requested.connect(self._show_window)
        self.tray.reminders_requested.connect(self._on_tray_reminders_requested)
        self.tray.lock_requested.connect(lambda: self._session.lock("user"))
        self.tray.quit_requested.connect(lambda: self._parent.window().close())
        self._session.changed.connect(self._on_session_changed)

    def _on_session_opened(self) -> None:
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

    def _on_session_locked(self, _reason: str) -> None:
        for action in (self.checkin_action, self.reminders_action):
            action.setEnabled(False)
        self.tray.set_locked(True)
        self.flow.set_open(False)
        self.service.lock()
        if self.dialog is not None:
            self.dialog.reject()

    def _show_window(self) -> None:
        w = self._parent.window()
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

        self.dialog = ReminderDialog(settings, self._parent)
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
                lambda exc: self.status_changed.emit(words(exc)),
                changes=Change.SETTINGS,
                origin=self,
            )
        dialog.deleteLater()


def install(
    session: Session,
    parent: QWidget,
    menu: QMenu,
    after: QAction | None,
    clock: Callable[[], float],
) -> CheckInAndReminders:
    """Reminders follow the given clock (the context's), so tests can move time."""
    return CheckInAndReminders(
        session, parent, menu, after, lambda: dt.datetime.fromtimestamp(clock())
    )
