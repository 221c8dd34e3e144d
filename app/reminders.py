"""When reminders are due: the daily check-in time and the treatments' dose times.

The plan is built from the journal's settings and treatments while it is open. On
lock it is replaced by ``without_names``: the same moments for the next days, with
no drug names or doses in memory, because a locked Fettle holds nothing about the
user's health. What a notification *says* is decided by the front end at the
moment it fires (``ui.reminders.service``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.dose_times import due_on
from app.models import Treatment

CHECKIN = "checkin"
DOSE = "dose"
LOCKED_HORIZON_DAYS = 7  # how far ahead a locked app keeps reminding


@dataclass(frozen=True)
class Reminder:
    at: dt.datetime
    kind: str  # CHECKIN or DOSE
    name: str = ""  # "Naproxen 500 mg": only while unlocked, shown only if allowed


@dataclass(frozen=True)
class ReminderPlan:
    checkin_at: dt.time | None = None
    dose_reminders: bool = False
    treatments: tuple[Treatment, ...] = ()
    fixed: tuple[Reminder, ...] = ()  # a locked plan's dose moments, nameless

    @classmethod
    def from_settings(cls, settings: dict, treatments: list[Treatment]) -> ReminderPlan:
        text = settings.get("reminder_checkin_time") or ""
        checkin_at = dt.time.fromisoformat(text) if text else None
        doses = bool(settings.get("reminder_doses"))
        return cls(checkin_at, doses, tuple(treatments) if doses else ())

    @property
    def active(self) -> bool:
        return self.checkin_at is not None or self.dose_reminders

    def _on_day(self, day: dt.date) -> list[Reminder]:
        out = []
        if self.checkin_at is not None:
            out.append(Reminder(dt.datetime.combine(day, self.checkin_at), CHECKIN))
        if self.dose_reminders:
            for t in self.treatments:
                dose = (f"{t.dose_amount:g} {t.dose_unit}".strip()
                        if t.dose_amount is not None else "")
                label = " ".join(p for p in (t.name, dose) if p)
                out.extend(Reminder(dt.datetime.combine(day, time), DOSE, label)
                           for time in due_on(t, day))
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
        """The plan to keep while locked: the same moments, no treatments, no names."""
        horizon = now + dt.timedelta(days=LOCKED_HORIZON_DAYS)
        doses = tuple(Reminder(r.at, DOSE) for r in self.due(now, horizon) if r.kind == DOSE)
        return ReminderPlan(self.checkin_at, self.dose_reminders, (), doses)
