"""Enter on a new treatment's name: the name is checked once it arrives, even when a
catalog read from before the save arrives first (CI found the race in session 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.editor.checklist import CheckList, Choice

OLD = [Choice(1, "Ibuprofen")]


def _typed(qtbot, name: str) -> tuple[CheckList, list[str]]:
    checklist = CheckList("treatments", creatable="Press Enter to add “%1”.")
    qtbot.addWidget(checklist)
    checklist.set_choices(OLD)
    asked: list[str] = []
    checklist.create_requested.connect(asked.append)
    qtbot.keyClicks(checklist.filter_edit, name)
    qtbot.keyClick(checklist.filter_edit, Qt.Key.Key_Return)
    return checklist, asked


def test_a_stale_list_before_the_new_name_does_not_forget_it(qtbot) -> None:
    checklist, asked = _typed(qtbot, "Melatonin")
    assert asked == ["Melatonin"]
    checklist.set_choices(OLD)  # read before the new treatment was saved
    assert checklist.checked_ids() == []
    with qtbot.waitSignal(checklist.changed):
        checklist.set_choices([*OLD, Choice(2, "Melatonin")])
    assert checklist.checked_ids() == [2] and checklist.filter_edit.text() == ""


def test_a_late_arrival_after_the_user_moved_on_is_not_checked(qtbot) -> None:
    checklist, _asked = _typed(qtbot, "Melatonin")
    checklist.filter_edit.clear()
    qtbot.keyClicks(checklist.filter_edit, "Ibu")
    checklist.set_choices([*OLD, Choice(2, "Melatonin")])
    assert checklist.checked_ids() == [] and checklist.filter_edit.text() == "Ibu"


def test_a_lock_leaves_no_name_in_the_hint(qtbot) -> None:
    checklist, _asked = _typed(qtbot, "Sertraline")
    checklist.forget()  # the journal was locked
    assert "Sertraline" not in checklist.create_hint.text()
