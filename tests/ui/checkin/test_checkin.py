"""The daily check-in: real journal, real window, driven by keys only."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from app import checkin
from app.journal.journal import Journal
from app.models import Entry, SymptomReading, Treatment
from tests.support.session import open_session
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE
from ui.checkin.flow import CheckInFlow
from ui.checkin.value_field import ValueField

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

TODAY = dt.date(2026, 3, 14)
YESTERDAY = TODAY - dt.timedelta(days=1)


class KeyCounter:
    """Counts key presses sent to the app (a chord such as Ctrl+D counts once)."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.presses = qtbot, 0

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        self.presses += 1
        self.qtbot.keyClick(widget, key, modifier)

    def type(self, text: str) -> None:
        for ch in text:
            self.key(ch)


@pytest.fixture
def tracked(journal):
    """Yesterday: headache 6, fatigue 4 (from make_journal), sleep 7 h, alcohol no."""
    s = {x.name: x for x in journal.catalog.symptoms()}
    journal.entries.add(
        Entry(
            "symptom",
            YESTERDAY,
            "Evening",
            readings=[SymptomReading(s["Headache"].id, 6), SymptomReading(s["Fatigue"].id, 4)],
        )
    )
    sleep = journal.factors.ensure("Sleep", "number", "hours")
    alcohol = journal.factors.ensure("Alcohol", "yesno")
    stress = journal.factors.ensure("Stress", "scale")
    journal.factors.set_value(sleep.id, YESTERDAY, 7)
    journal.factors.set_value(alcohol.id, YESTERDAY, 0)
    return journal, s, {"Sleep": sleep, "Alcohol": alcohol, "Stress": stress}


def open_flow(qtbot, runner, journal, parent, session=None) -> CheckInFlow:
    flow = CheckInFlow(session or open_session(runner, journal), parent, lambda: TODAY)
    flow.set_open(True)
    flow.open()
    qtbot.waitUntil(lambda: flow.dialog is not None and bool(flow.dialog.symptom_fields))
    flow.dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is flow.dialog)
    assert isinstance(QApplication.focusWidget(), ValueField), QApplication.focusWidget()
    return flow


def save_with_enter(qtbot, flow, keys: KeyCounter) -> None:
    with qtbot.waitSignal(flow.checkin_saved, timeout=10_000):
        keys.key(Qt.Key.Key_Return)


@pytest.fixture
def parent(qtbot):
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_prefill_shows_yesterday_and_same_as_yesterday_saves_it(
    qtbot, runner, tracked, parent
) -> None:
    journal, s, f = tracked
    flow = open_flow(qtbot, runner, journal, parent)
    dialog = flow.dialog
    headache = dialog.symptom_fields[s["Headache"].id]
    assert headache.text() == ""  # nothing recorded today yet
    assert headache.placeholderText() == "yesterday: 6"
    assert "Yesterday: 6 of 10, moderate" in headache.accessibleDescription()
    assert dialog.factor_fields[f["Alcohol"].id].placeholderText() == "yesterday: no"
    assert dialog.factor_fields[f["Stress"].id].placeholderText() == "not recorded yesterday"
    keys = KeyCounter(qtbot)
    keys.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert headache.text() == "6"
    save_with_enter(qtbot, flow, keys)
    assert keys.presses == 2
    runner.wait_for_done(10_000)
    data = checkin.load(journal, TODAY)
    assert data.symptom_values == {s["Headache"].id: 6, s["Fatigue"].id: 4}
    # the stress scale was blank yesterday and stays not recorded; a "no" is kept as 0
    assert journal.factors.day_values(TODAY) == {f["Sleep"].id: 7.0, f["Alcohol"].id: 0.0}


def test_typical_day_in_under_ten_keys_blanks_not_recorded(qtbot, runner, tracked, parent) -> None:
    journal, s, f = tracked
    flow = open_flow(qtbot, runner, journal, parent)
    order = list(flow.dialog.symptom_fields) + list(flow.dialog.factor_fields)
    keys = KeyCounter(qtbot)
    first, second = order[0], order[1]  # rated at the same time yesterday: by name
    assert (first, second) == (s["Fatigue"].id, s["Headache"].id)
    keys.type("5")  # fatigue 5
    keys.key(Qt.Key.Key_Tab)  # headache left blank
    keys.key(Qt.Key.Key_Tab)
    keys.type("6")  # sleep 6 hours
    keys.key(Qt.Key.Key_Tab)
    keys.type("y")  # alcohol yes
    save_with_enter(qtbot, flow, keys)
    assert keys.presses < 10
    runner.wait_for_done(10_000)
    data = checkin.load(journal, TODAY)
    assert data.symptom_values == {s["Fatigue"].id: 5}  # headache: no reading at all
    assert journal.factors.day_values(TODAY) == {f["Sleep"].id: 6.0, f["Alcohol"].id: 1.0}
    rows = journal.db.execute(
        "SELECT count(*) FROM symptom_readings r JOIN entries e "
        "ON e.id = r.entry_id WHERE e.day = ?",
        (TODAY.isoformat(),),
    ).fetchone()[0]
    assert rows == 1  # a blank is not stored as 0


def test_a_missed_day_and_editing_it_again(qtbot, runner, tracked, parent) -> None:
    journal, s, f = tracked
    tuesday = TODAY - dt.timedelta(days=4)
    flow = open_flow(qtbot, runner, journal, parent)
    keys = KeyCounter(qtbot)
    flow.dialog.day_edit.setFocus()
    for _ in range(4):
        keys.key(Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: flow.dialog._data.day == tuesday and flow.dialog.save_button.isEnabled()
    )
    headache = flow.dialog.symptom_fields[s["Headache"].id]
    assert headache.placeholderText() == "not recorded yesterday"
    headache.setFocus()
    keys.type("8")
    save_with_enter(qtbot, flow, keys)
    runner.wait_for_done(10_000)
    assert checkin.load(journal, tuesday).symptom_values == {s["Headache"].id: 8}
    assert checkin.load(journal, TODAY).symptom_values == {}
    # again for Tuesday: the value is there, clearing it removes the reading
    flow.open(tuesday)
    qtbot.waitUntil(lambda: flow.dialog is not None and bool(flow.dialog.symptom_fields))
    field = flow.dialog.symptom_fields[s["Headache"].id]
    assert field.text() == "8"
    field.clear()
    with qtbot.waitSignal(flow.checkin_saved, timeout=10_000):
        flow.dialog.accept()
    runner.wait_for_done(10_000)
    assert checkin.load(journal, tuesday).symptom_values == {}
    assert checkin.load(journal, tuesday).entry_id is None  # the empty entry went too


def test_missed_doses_marked_from_the_checkin(qtbot, runner, tracked, parent) -> None:
    journal, _s, _f = tracked
    tid = journal.catalog.save_treatment(
        Treatment("Naproxen", dose_amount=500, dose_unit="mg", schedule="twice daily")
    )
    flow = open_flow(qtbot, runner, journal, parent)
    boxes = flow.dialog.dose_boxes
    assert sorted(boxes) == [(tid, dt.time(8)), (tid, dt.time(20))]
    morning, evening = boxes[(tid, dt.time(8))], boxes[(tid, dt.time(20))]
    assert morning.accessibleName() == "Naproxen at 08:00"
    morning.setFocus()
    qtbot.keyClick(morning, Qt.Key.Key_T)
    qtbot.keyClick(evening, Qt.Key.Key_S)
    assert isinstance(evening, QComboBox) and evening.currentText() == "Skipped"
    with qtbot.waitSignal(flow.checkin_saved, timeout=10_000):
        flow.dialog.accept()
    runner.wait_for_done(10_000)
    events = journal.catalog.dose_events(tid)
    assert [(e.day, e.time, e.status) for e in events] == [
        (TODAY, dt.time(8), "taken"),
        (TODAY, dt.time(20), "skipped"),
    ]
    assert [d.status for d in checkin.due_doses(journal, TODAY)] == ["taken", "skipped"]


def test_lock_closes_the_window_and_cancel_saves_nothing(
    qtbot, runner, tracked, parent, tmp_path
) -> None:
    journal, s, _f = tracked
    session = open_session(runner, journal)
    flow = open_flow(qtbot, runner, journal, parent, session)
    dialog = flow.dialog
    dialog.symptom_fields[s["Headache"].id].setText("9")
    with qtbot.waitSignal(dialog.finished, timeout=5_000):  # the session's own lock
        session.lock()
    flow.set_open(False)  # then the window's
    assert flow.dialog is None and dialog.result() == QDialog.DialogCode.Rejected
    runner.wait_for_done(10_000)
    assert journal.is_locked
    with Journal.open(tmp_path / "j.fettle", PASSPHRASE) as again:  # the conftest's
        assert checkin.load(again, TODAY).symptom_values == {}


def test_checkin_reached_from_the_main_window_shortcut(qtbot, tmp_path) -> None:
    from tests.support.shell import make_journal, open_window

    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "w.fettle"))
    flow = window.checkin.flow
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: flow.dialog is not None and bool(flow.dialog.symptom_fields))
    assert window.checkin.checkin_action in window.actions.file_menu.actions()
    window.lock("user")
    assert flow.dialog is None
    assert not window.checkin.checkin_action.isEnabled()
