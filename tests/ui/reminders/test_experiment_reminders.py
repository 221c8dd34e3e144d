"""A running n-of-1 experiment in the daily check-in ("Today: take Magnesium (block 2
of 4 …)") and in the reminders (one on the morning a block starts; no names unless
turned on; "Time for your check-in" while locked). Real journal, real windows; the
desktop notification is the one thing faked (a list), as in test_reminders."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.models import Treatment
from app.report import experiment
from tests.support.session import open_session
from tests.support.shell import OFFSCREEN_NOISE
from ui.checkin.flow import CheckInFlow
from ui.reminders.install import load_plan
from ui.reminders.service import ReminderService

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

START = dt.date(2026, 3, 2)  # a Monday; blocks of 7 days
SEED = 7


def with_experiment(journal) -> experiment.Experiment:
    """Magnesium against none, 4 blocks of 7 days from START, kept in the journal."""
    journal.catalog.save_treatment(Treatment("Magnesium", dose_amount=300, dose_unit="mg"))
    headache = next(s for s in journal.catalog.symptoms() if s.name == "Headache")
    plan = experiment.plan_for(
        "treatment", "Magnesium", headache.id, START, blocks=4, block_days=7, seed=SEED
    )
    experiment.save(journal, plan)
    return plan


def switch_day(plan: experiment.Experiment) -> tuple[dt.date, str]:
    """The first day of the first block whose arm differs from the one before, and
    what that block asks ("take Magnesium" or "no Magnesium")."""
    for i, (first, _last, arm) in enumerate(experiment.block_ranges(plan)):
        if i and arm != plan.blocks[i - 1]:
            return first, experiment.todo(plan, arm)
    raise AssertionError("a balanced plan always switches")


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def parent(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_checkin(qtbot, runner, journal, parent, today: dt.date) -> CheckInFlow:
    flow = CheckInFlow(open_session(runner, journal), parent, lambda: today)
    flow.set_open(True)
    flow.open()
    qtbot.waitUntil(lambda: flow.dialog is not None and bool(flow.dialog.symptom_fields))
    return flow


def test_checkin_says_what_today_s_block_asks(qtbot, runner, journal, parent) -> None:
    plan = with_experiment(journal)
    day, todo = switch_day(plan)
    index = plan.block_on(day)[0]
    flow = open_checkin(qtbot, runner, journal, parent, day)
    label = flow.dialog.experiment_label
    assert label.isVisibleTo(flow.dialog)
    text = label.text()
    assert text.startswith(f"Today: {todo} (block {index + 1} of 4, until ")
    assert "Your experiment switches today." in text
    assert label.accessibleName() == text  # a screen reader hears it too
    # A missed day picked with Ctrl+[: that day's block, not today's.
    flow.dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is flow.dialog)
    before = plan.blocks[index - 1]
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: flow.dialog.experiment_label.text().startswith("That day:"))
    assert flow.dialog.experiment_label.text() == (
        f"That day: {experiment.todo(plan, before)} (block {index} of 4 of your experiment)"
    )
    flow.close()


def test_checkin_without_an_experiment_or_after_it_says_nothing(
    qtbot, runner, journal, parent
) -> None:
    flow = open_checkin(qtbot, runner, journal, parent, START)
    assert not flow.dialog.experiment_label.isVisibleTo(flow.dialog)
    flow.close()
    plan = with_experiment(journal)
    flow = open_checkin(qtbot, runner, journal, parent, plan.end + dt.timedelta(days=1))
    assert not flow.dialog.experiment_label.isVisibleTo(flow.dialog)
    assert flow.dialog.experiment_label.text() == ""
    flow.close()


def test_reminder_on_the_morning_a_block_starts_without_names(qtbot, journal) -> None:
    plan = with_experiment(journal)
    day, todo = switch_day(plan)
    assert todo in ("take Magnesium", "no Magnesium")
    journal.settings.set("reminder_checkin_time", "21:00")
    sent: list[str] = []
    clock = Clock(dt.datetime.combine(day - dt.timedelta(days=1), dt.time(22)))
    service = ReminderService(sent.append, clock)
    service.set_plan(*load_plan(journal)[:1], names=load_plan(journal)[1])
    clock.now = dt.datetime.combine(day, dt.time(7, 59))
    assert service.check() == ""
    clock.now = dt.datetime.combine(day, dt.time(8, 0))
    assert service.check() == "Your experiment switches today."
    assert service.check() == ""  # never twice
    clock.now = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(8, 0))
    assert service.check() == ""  # the day after is the same block
    assert sent == ["Your experiment switches today."]  # no name: not turned on


def test_reminder_names_what_to_do_only_when_names_are_on(qtbot, journal) -> None:
    plan = with_experiment(journal)
    day, todo = switch_day(plan)
    journal.settings.set("reminder_checkin_time", "07:30")  # earlier than 08:00
    journal.settings.set("reminder_names", True)
    sent: list[str] = []
    clock = Clock(dt.datetime.combine(START - dt.timedelta(days=1), dt.time(22)))
    service = ReminderService(sent.append, clock)
    plan_, names = load_plan(journal)
    service.set_plan(plan_, names=names)
    clock.now = dt.datetime.combine(START, dt.time(7, 30))  # the first block: it starts
    assert service.check() == (
        f"Time for your check-in. Your experiment starts today: "
        f"{experiment.todo(plan, plan.blocks[0])}."
    )
    clock.now = dt.datetime.combine(day, dt.time(7, 30))
    assert service.check() == f"Time for your check-in. Your experiment switches today: {todo}."


def test_no_reminder_when_reminders_are_off_and_only_checkin_words_when_locked(
    qtbot, journal
) -> None:
    plan = with_experiment(journal)
    day, _todo = switch_day(plan)
    reminders, _names = load_plan(journal)  # reminders off (the default)
    assert not reminders.active and reminders.blocks == ()
    journal.settings.set("reminder_doses", True)
    journal.settings.set("reminder_names", True)
    sent: list[str] = []
    clock = Clock(dt.datetime.combine(day - dt.timedelta(days=1), dt.time(22)))
    service = ReminderService(sent.append, clock)
    service.set_plan(*load_plan(journal)[:1], names=True)
    service.lock()
    assert service.plan.blocks == () and all(not r.name for r in service.plan.fixed)
    clock.now = dt.datetime.combine(day, dt.time(8))
    assert service.check() == "Time for your check-in"
    assert sent == ["Time for your check-in"]


def test_a_new_day_reads_the_plan_again(qtbot, journal) -> None:
    """An experiment started during the day is reminded of the next morning: the first
    check after midnight asks for the plan again."""
    clock = Clock(dt.datetime(2026, 3, 1, 23, 59))
    service = ReminderService([].append, clock)
    service.set_plan(*load_plan(journal)[:1], names=False)
    with qtbot.assertNotEmitted(service.day_started):
        service.check()
    clock.now = dt.datetime(2026, 3, 2, 0, 0, 20)
    with qtbot.waitSignal(service.day_started, timeout=1000):
        service.check()


def test_reminder_dialog_lets_names_on_with_the_checkin_alone(qtbot) -> None:
    """An experiment's block can be named with only the check-in reminder on (names
    used to need dose reminders); with nothing on, names stay off."""
    from ui.reminders.reminder_dialog import ReminderDialog

    dialog = ReminderDialog(
        {"reminder_checkin_time": "", "reminder_doses": False, "reminder_names": False}
    )
    qtbot.addWidget(dialog)
    assert not dialog.names.isEnabled()
    dialog.checkin.setChecked(True)
    assert dialog.names.isEnabled()
    dialog.names.setChecked(True)
    assert dialog.values()["reminder_names"] is True
    dialog.checkin.setChecked(False)
    assert not dialog.names.isEnabled() and dialog.values()["reminder_names"] is False
