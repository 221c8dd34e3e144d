"""When reminders are due: the daily check-in time and the treatments' dose times.

The plan is built from the journal's settings and treatments while it is open. On
lock it is replaced by ``without_names``: the same moments for the next days, with
no drug names or doses in memory, because a locked Fettle holds nothing about the
user's health. What a notification *says* is decided by the front end at the
moment it fires (``ui.reminders.service``).

A running n-of-1 experiment adds one reminder on the morning each of its blocks
starts (``BlockStart``), so the user knows to switch; it comes only when reminders
are on at all (a check-in time or doses), like the others.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.dose_times import due_on
from app.models import Treatment

CHECKIN = "checkin"
DOSE = "dose"
EXPERIMENT = "experiment"  # a block of an experiment starts today
LOCKED_HORIZON_DAYS = 7  # how far ahead a locked app keeps reminding
MORNING = dt.time(8, 0)  # when a block's start is announced (or the check-in, if earlier)


@dataclass(frozen=True)
class BlockStart:
    """The first day of one block of an experiment and what the user does in it."""

    day: dt.date
    todo: str  # "take Magnesium": shown only if the user turned names on
    first: bool = False  # the experiment's first block: it starts, not switches


@dataclass(frozen=True)
class Reminder:
    at: dt.datetime
    kind: str  # CHECKIN, DOSE or EXPERIMENT
    name: str = ""  # "Naproxen 500 mg": only while unlocked, shown only if allowed
    first: bool = False  # EXPERIMENT: the first block (the experiment starts today)


@dataclass(frozen=True)
class ReminderPlan:
    checkin_at: dt.time | None = None
    dose_reminders: bool = False
    treatments: tuple[Treatment, ...] = ()
    fixed: tuple[Reminder, ...] = ()  # a locked plan's dose moments, nameless
    blocks: tuple[BlockStart, ...] = ()  # a running experiment's block starts

    @classmethod
    def from_settings(
        cls, settings: dict, treatments: list[Treatment], blocks: tuple[BlockStart, ...] = ()
    ) -> ReminderPlan:
        text = settings.get("reminder_checkin_time") or ""
        checkin_at = dt.time.fromisoformat(text) if text else None
        doses = bool(settings.get("reminder_doses"))
        on = checkin_at is not None or doses
        return cls(
            checkin_at,
            doses,
            tuple(treatments) if doses else (),
            blocks=tuple(blocks) if on else (),
        )

    @property
    def active(self) -> bool:
        return self.checkin_at is not None or self.dose_reminders

    def _on_day(self, day: dt.date) -> list[Reminder]:
        out = []
        if self.checkin_at is not None:
            out.append(Reminder(dt.datetime.combine(day, self.checkin_at), CHECKIN))
        if self.dose_reminders:
            for t in self.treatments:
                dose = (
                    f"{t.dose_amount:g} {t.dose_unit}".strip() if t.dose_amount is not None else ""
                )
                label = " ".join(p for p in (t.name, dose) if p)
                out.extend(
                    Reminder(dt.datetime.combine(day, time), DOSE, label) for time in due_on(t, day)
                )
        morning = min(MORNING, self.checkin_at or MORNING)
        out.extend(
            Reminder(dt.datetime.combine(day, morning), EXPERIMENT, b.todo, b.first)
            for b in self.blocks
            if b.day == day
        )
        return out

    def due(self, start: dt.datetime, end: dt.datetime) -> list[Reminder]:
        """Reminders with ``start < at <= end``, in time order."""
        if end <= start:
            return []
        found = [r for r in self.fixed if start < r.at <= end]
        day = start.date()
        while day <= end.date():
            found.extend(r for r in self._on_day(day) if start < r.at <= end)
            day += dt.timedelta(days=1)
        return sorted(found, key=lambda r: (r.at, r.kind))

    def without_names(self, now: dt.datetime) -> ReminderPlan:
        """The plan to keep while locked: the same moments, no treatments, no names,
        no experiment (a block's start is kept only as a moment)."""
        horizon = now + dt.timedelta(days=LOCKED_HORIZON_DAYS)
        moments = tuple(
            Reminder(r.at, r.kind) for r in self.due(now, horizon) if r.kind in (DOSE, EXPERIMENT)
        )
        return ReminderPlan(self.checkin_at, self.dose_reminders, (), moments)
