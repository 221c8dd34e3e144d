"""Enter on a new symptom's name: the symptom is added once it arrives, even when a
catalog read from before it was created arrives first (the race session 5's CI found
for treatments, in the symptom picker)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models import Symptom
from ui.editor.symptoms import SymptomPicker

OLD = [Symptom(1, "Headache")]


def _typed(qtbot, name: str) -> tuple[SymptomPicker, list[str]]:
    picker = SymptomPicker()
    qtbot.addWidget(picker)
    picker.set_symptoms(OLD)
    asked: list[str] = []
    picker.new_symptom_requested.connect(asked.append)
    qtbot.keyClicks(picker.adder, name)
    qtbot.keyClick(picker.adder, Qt.Key.Key_Return)
    return picker, asked


def test_a_stale_list_before_the_new_symptom_does_not_forget_it(qtbot) -> None:
    picker, asked = _typed(qtbot, "Brain fog")
    assert asked == ["Brain fog"]
    picker.set_symptoms(OLD)  # read before the new symptom was saved
    assert picker.rows() == []
    with qtbot.waitSignal(picker.changed):
        picker.set_symptoms([*OLD, Symptom(2, "Brain fog")])
    assert [(r.symptom_id, r.name) for r in picker.rows()] == [(2, "Brain fog")]


def test_a_late_arrival_after_the_picker_was_cleared_is_not_added(qtbot) -> None:
    picker, _asked = _typed(qtbot, "Brain fog")
    picker.clear()  # another entry was loaded
    picker.set_symptoms([*OLD, Symptom(2, "Brain fog")])
    assert picker.rows() == []


def test_two_new_names_typed_before_either_arrives_are_both_added(qtbot) -> None:
    picker, asked = _typed(qtbot, "Brain fog")
    qtbot.keyClicks(picker.adder, "Nausea")
    qtbot.keyClick(picker.adder, Qt.Key.Key_Return)
    assert asked == ["Brain fog", "Nausea"]
    picker.set_symptoms([*OLD, Symptom(2, "Brain fog")])  # only the first is back yet
    assert [r.name for r in picker.rows()] == ["Brain fog"]
    assert picker.status.isVisibleTo(picker)  # still starting to track the second
    picker.set_symptoms([*OLD, Symptom(2, "Brain fog"), Symptom(3, "Nausea")])
    assert [(r.symptom_id, r.name) for r in picker.rows()] == [(2, "Brain fog"), (3, "Nausea")]
    assert not picker.status.isVisibleTo(picker)


def test_the_same_new_name_typed_twice_is_asked_again_but_added_once(qtbot) -> None:
    picker, asked = _typed(qtbot, "Brain fog")
    qtbot.keyClicks(picker.adder, "brain  FOG")
    qtbot.keyClick(picker.adder, Qt.Key.Key_Return)
    assert asked == ["Brain fog", "brain FOG"]  # a second Enter retries a failed request
    picker.set_symptoms([*OLD, Symptom(2, "Brain fog")])
    assert [r.symptom_id for r in picker.rows()] == [2]
    assert not picker.status.isVisibleTo(picker)


def test_the_status_names_a_name_still_on_its_way_not_one_just_added(qtbot) -> None:
    picker, _asked = _typed(qtbot, "Brain fog")
    qtbot.keyClicks(picker.adder, "Nausea")
    qtbot.keyClick(picker.adder, Qt.Key.Key_Return)
    picker.set_symptoms([*OLD, Symptom(3, "Nausea")])  # the second came back first
    assert [r.name for r in picker.rows()] == ["Nausea"]
    assert "Brain fog" in picker.status.text() and "Nausea" not in picker.status.text()


def test_a_name_the_journal_refused_is_no_longer_waited_for(qtbot) -> None:
    picker, asked = _typed(qtbot, "Brain fog")
    picker.drop_pending("brain fog")
    assert not picker.status.isVisibleTo(picker)
    picker.set_symptoms([*OLD, Symptom(2, "Brain fog")])  # made elsewhere later
    assert picker.rows() == []
    picker.adder.setText("Brain fog")  # typed again (no suggestion popup offscreen)
    qtbot.keyClick(picker.adder, Qt.Key.Key_Return)
    assert [r.symptom_id for r in picker.rows()] == [2]  # known now: added at once
    assert asked == ["Brain fog"]
