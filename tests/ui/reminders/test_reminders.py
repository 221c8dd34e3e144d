"""Reminders: scheduled from settings and treatment schedules on a fake clock; what a
notification may say (locked, names off by default). The notification backend (the
system tray) is the one thing faked: it is the boundary to the desktop."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Entry, Treatment
from app.reminders import ReminderPlan
from tests.support.shell import OFFSCREEN_NOISE, FakeClock, make_journal, open_window
from ui.reminders.install import load_plan
from ui.reminders.service import ReminderService

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

MONDAY = dt.datetime(2026, 3, 16, 7, 0)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def to(self, hour: int, minute: int = 0, days: int = 0) -> None:
        self.now = dt.datetime.combine(
            self.now.date() + dt.timedelta(days=days), dt.time(hour, minute)
        )


@pytest.fixture
def sent():
    return []


def service(clock, sent) -> ReminderService:
    return ReminderService(sent.append, clock)


def journal_with_meds(journal):
    journal.catalog.save_treatment(
        Treatment("Naproxen", dose_amount=500, dose_unit="mg", schedule="twice daily")
    )
    journal.catalog.save_treatment(Treatment("Methotrexate", schedule="weekly on monday"))
    journal.catalog.save_treatment(Treatment("Cetirizine", schedule="as needed"))
    journal.entries.add(Entry("note", MONDAY.date(), "Secret title", "private words"))
    return journal


def test_off_by_default_nothing_is_sent(qtbot, journal, sent) -> None:
    journal_with_meds(journal)
    plan, names = load_plan(journal)
    assert not plan.active and names is False
    clock = Clock(MONDAY)
    s = service(clock, sent)
    s.set_plan(plan, names=names)
    clock.to(23)
    assert s.check() == "" and sent == []
    assert not s.timer.isActive()


def test_scheduled_from_treatment_times_without_names(qtbot, journal, sent) -> None:
    journal_with_meds(journal)
    journal.settings.set("reminder_checkin_time", "21:00")
    journal.settings.set("reminder_doses", True)
    clock = Clock(MONDAY)
    s = service(clock, sent)
    s.set_plan(*load_plan(journal)[:1], names=load_plan(journal)[1])
    assert s.timer.isActive()
    clock.to(7, 59)
    assert s.check() == ""
    clock.to(8, 0)  # naproxen (twice daily: 08:00) and methotrexate (Monday 08:00)
    assert s.check() == "2 medication doses are due (08:00)."
    assert s.check() == ""  # never twice
    clock.to(20, 0)
    assert s.check() == "A medication dose is due (20:00)."
    clock.to(21, 0)
    assert s.check() == "Time for your check-in."
    clock.to(8, 0, days=1)  # Tuesday: only naproxen
    assert s.check() == "A medication dose is due (08:00)."
    for text in sent:  # by default no drug name, symptom or entry text
        for secret in (
            "Naproxen",
            "Methotrexate",
            "Cetirizine",
            "Secret",
            "private",
            "Headache",
            "500",
        ):
            assert secret not in text


def test_names_only_when_turned_on(qtbot, journal, sent) -> None:
    journal_with_meds(journal)
    journal.settings.set("reminder_doses", True)
    journal.settings.set("reminder_names", True)
    clock = Clock(MONDAY)
    s = service(clock, sent)
    plan, names = load_plan(journal)
    s.set_plan(plan, names=names)
    clock.to(8)
    assert s.check() == "Time for Methotrexate, Naproxen 500 mg (08:00)."


def test_while_locked_only_time_for_your_checkin(qtbot, journal, sent) -> None:
    journal_with_meds(journal)
    journal.settings.set("reminder_checkin_time", "21:00")
    journal.settings.set("reminder_doses", True)
    journal.settings.set("reminder_names", True)
    clock = Clock(MONDAY)
    s = service(clock, sent)
    plan, names = load_plan(journal)
    s.set_plan(plan, names=names)
    s.lock()
    assert s.plan.treatments == () and all(not r.name for r in s.plan.fixed)
    clock.to(8)
    assert s.check() == "Time for your check-in"
    clock.to(21)
    assert s.check() == "Time for your check-in"
    assert sent == ["Time for your check-in", "Time for your check-in"]


def test_late_reminders_are_dropped_not_bunched(qtbot, sent) -> None:
    clock = Clock(MONDAY)
    s = service(clock, sent)
    s.set_plan(ReminderPlan(dt.time(9)), names=False)
    clock.to(12)  # the machine slept through 09:00
    assert s.check() == ""


def test_main_window_locks_the_reminders(qtbot, tmp_path, monkeypatch) -> None:
    """The whole window: settings read on unlock, text follows the lock; the tray's
    notify (the desktop boundary) is replaced by a list."""
    path = make_journal(tmp_path / "r.fettle")
    from app.journal.journal import Journal
    from tests.support.shell import PASSPHRASE

    with Journal.open(path, PASSPHRASE) as j:
        j.settings.set("reminder_checkin_time", "21:00")
        j.settings.set("reminder_doses", True)
        j.catalog.save_treatment(Treatment("Naproxen", schedule="8am"))
    start = dt.datetime(2026, 3, 16, 7, 0).timestamp()
    clock = FakeClock(start)
    window, _ctx = open_window(qtbot, tmp_path, path, clock=clock)
    shown: list[str] = []
    parts = window.checkin
    parts.service._notify = shown.append
    qtbot.waitUntil(lambda: parts.service.plan.active)
    clock.advance(3600)  # 08:00
    parts.service.check()
    assert shown == ["A medication dose is due (08:00)."]
    window.lock("user")
    clock.advance(13 * 3600)  # 21:00
    parts.service.check()
    assert shown[-1] == "Time for your check-in"


def test_a_treatment_saved_elsewhere_reaches_the_plan(qtbot, tmp_path) -> None:
    """The plan is read through the session and again on its ``changed`` broadcast: a
    treatment saved by another window (here: straight through the session, as the
    treatments window does) is reminded of without a new unlock."""
    from app.journal.journal import Journal
    from tests.support.shell import PASSPHRASE
    from ui.session import Change

    path = make_journal(tmp_path / "r.fettle")
    with Journal.open(path, PASSPHRASE) as j:
        j.settings.set("reminder_doses", True)
    window, ctx = open_window(qtbot, tmp_path, path)
    parts = window.checkin
    qtbot.waitUntil(lambda: parts.service.plan.active)
    assert parts.service.plan.treatments == ()
    ctx.session.run(
        lambda journal: journal.catalog.save_treatment(Treatment("Naproxen", schedule="8am")),
        changes=Change.TREATMENTS,
    )
    qtbot.waitUntil(lambda: [t.name for t in parts.service.plan.treatments] == ["Naproxen"])
    window.lock("user")
    assert parts.service.plan.treatments == ()  # the lock took the names
