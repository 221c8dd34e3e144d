"""Fires the reminders at their times and decides what each notification says.

A slow timer asks the plan (``app.reminders``) what fell due since the last look,
so a clock change or a suspended machine never fires a reminder twice; one that is
over an hour late is dropped rather than shown out of context.

What a notification may say: while locked, only "Time for your check-in". While
open, no drug name unless the user turned names on (``reminder_names``), and never
entry text or symptom names. An experiment's new block says "Your experiment
switches today", and what to do only with names on (the arm may name a drug).

Signals:
    reminder_shown(str): the text of a notification just sent.
    day_started(): the first check on a new day (the plan may have changed since it
        was read: an experiment started yesterday for today).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.reminders import CHECKIN, DOSE, EXPERIMENT, Reminder, ReminderPlan

STALE = dt.timedelta(hours=1)
CHECK_INTERVAL_MS = 20_000


class ReminderService(QObject):
    reminder_shown = Signal(str)
    day_started = Signal()

    def __init__(
        self,
        notify: Callable[[str], None],
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._notify = notify
        self._now = now
        self.plan = ReminderPlan()
        self.names = False
        self.locked = True
        self._last = now()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def set_plan(self, plan: ReminderPlan, *, names: bool) -> None:
        """The journal is open: remind from its settings and treatments."""
        self.plan, self.names, self.locked = plan, names, False
        self._last = self._now()
        self._run_timer()

    def lock(self) -> None:
        """Keep the moments, forget the names (they are journal data)."""
        self.plan = self.plan.without_names(self._now())
        self.names, self.locked = False, True
        self._run_timer()

    def _run_timer(self) -> None:
        if self.plan.active:
            self.timer.start()
        else:
            self.timer.stop()

    def check(self) -> str:
        """Send what fell due since the last check; returns the text sent ("" if none)."""
        now = self._now()
        due = [r for r in self.plan.due(self._last, now) if now - r.at <= STALE]
        new_day = now.date() > self._last.date()
        self._last = max(self._last, now)
        text = self.text_for(due)
        if text:
            self._notify(text)
            self.reminder_shown.emit(text)
        if new_day:
            self.day_started.emit()
        return text

    def text_for(self, reminders: list[Reminder]) -> str:
        if not reminders:
            return ""
        checkin = self.tr("Time for your check-in")
        if self.locked:
            return checkin
        doses = [r for r in reminders if r.kind == DOSE]
        parts = [checkin + "."] if any(r.kind == CHECKIN for r in reminders) else []
        parts += [self._experiment_text(r) for r in reminders if r.kind == EXPERIMENT][:1]
        if doses:
            at = doses[-1].at.strftime("%H:%M")
            if self.names and all(r.name for r in doses):
                listed = ", ".join(dict.fromkeys(r.name for r in doses))
                parts.append(self.tr("Time for %1 (%2).").replace("%1", listed).replace("%2", at))
            elif len(doses) == 1:
                parts.append(self.tr("A medication dose is due (%1).").replace("%1", at))
            else:
                parts.append(
                    self.tr("%1 medication doses are due (%2).")
                    .replace("%1", str(len(doses)))
                    .replace("%2", at)
                )
        return " ".join(parts)

    def _experiment_text(self, reminder: Reminder) -> str:
        """ "Your experiment switches today." and, with names on, what to do now."""
        if self.names and reminder.name:
            text = (
                self.tr("Your experiment starts today: %1.")
                if reminder.first
                else self.tr("Your experiment switches today: %1.")
            )
            return text.replace("%1", reminder.name)
        return (
            self.tr("Your experiment starts today.")
            if reminder.first
            else self.tr("Your experiment switches today.")
        )
