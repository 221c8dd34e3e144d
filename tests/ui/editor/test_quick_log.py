"""Quick log: a symptom and its severity in a few keystrokes, saved as an entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.journal.journal import Journal
from app.models import EntryFilter, Symptom
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, make_journal, open_window
from ui.editor.quick_log import QuickLogDialog

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

SYMPTOMS = [
    Symptom(1, "Headache"),
    Symptom(2, "Fatigue"),
    Symptom(3, "Nausea"),
    Symptom(4, "Old thing", archived=True),
]


@pytest.fixture
def dialog(qtbot):
    d = QuickLogDialog(SYMPTOMS, recent_ids=[3, 1])
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(d.find.hasFocus)
    return d


def test_recent_symptoms_come_first_and_archived_ones_not_at_all(dialog):
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert names == ["Nausea", "Headache", "Fatigue"]


def test_type_a_name_a_number_and_enter(qtbot, dialog):
    qtbot.keyClicks(dialog.find, "head")
    qtbot.keyClick(dialog.find, Qt.Key.Key_6)
    qtbot.keyClicks(dialog.note_edit, "after screens")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert dialog.readings() == [(1, "Headache", 6)]
    assert dialog.note() == "after screens"


def test_one_then_zero_is_ten_and_plus_minus_adjust(qtbot, dialog):
    qtbot.keyClicks(dialog.find, "fat")
    qtbot.keyClick(dialog.find, Qt.Key.Key_1)
    qtbot.keyClick(dialog.find, Qt.Key.Key_0)
    assert dialog.readings() == [(2, "Fatigue", 10)]
    qtbot.keyClick(dialog.find, Qt.Key.Key_Minus)
    assert dialog.readings() == [(2, "Fatigue", 9)]
    assert dialog.slider.value() == 9


def test_several_symptoms_and_a_new_one(qtbot, dialog):
    qtbot.keyClicks(dialog.find, "naus")
    qtbot.keyClick(dialog.find, Qt.Key.Key_3)
    dialog.find.clear()
    qtbot.keyClicks(dialog.find, "Dizziness")
    qtbot.keyClick(dialog.find, Qt.Key.Key_5)
    assert sorted(dialog.readings(), key=lambda r: r[1]) == [
        (None, "Dizziness", 5),
        (3, "Nausea", 3),
    ]


def test_enter_with_nothing_rated_does_not_close(qtbot, dialog):
    qtbot.keyClick(dialog.find, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert not dialog.save_button.isEnabled()


def test_quick_log_from_the_window_saves_an_entry(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window.focusWidget(),
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.quick_log is not None and window.quick_log.isVisible())
    dialog = window.quick_log
    qtbot.waitUntil(dialog.find.hasFocus)  # typing starts at once
    with qtbot.waitSignal(window.page.entry_saved, timeout=10_000):
        qtbot.keyClicks(dialog.find, "fat")
        qtbot.keyClick(dialog.find, Qt.Key.Key_4)
        qtbot.keyClick(dialog.find, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.page.entry_model.rowCount() == 4)
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    with Journal.open(path, PASSPHRASE) as j:
        newest = j.entries.page(EntryFilter(kinds=("symptom",)), limit=1).rows[0]
        assert newest.severities == (("Fatigue", 4),)
