"""The entry editor, driven through its widgets: autosave, round-trips, clear, keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from app.models import Condition, Entry, EntryRow, Symptom, SymptomReading, Treatment
from ui.editor.entry_editor import SAVE_DELAY_MS, EntryEditor

# The offscreen platform cannot raise, size-hint or grab for popups (the completer): not ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support ")

SYMPTOMS = [
    Symptom(1, "Headache"),
    Symptom(2, "Joint pain"),
    Symptom(3, "Fatigue"),
    Symptom(4, "Old rash", archived=True),
]
TREATMENTS = [
    Treatment("Methotrexate", dose_amount=15, dose_unit="mg", schedule="weekly", id=7),
    Treatment("Physio", kind="therapy", id=8),
]
CONDITIONS = [Condition("Migraine", id=1), Condition("Rheumatoid arthritis", id=2)]
CANDIDATES = [
    EntryRow(10, "symptom", dt.date(2025, 3, 1), dt.time(8, 0), "Bad night", (("Headache", 7),)),
    EntryRow(11, "note", dt.date(2025, 2, 14), None, "Blood test results", (), ("labs",)),
    EntryRow(12, "symptom", dt.date(2025, 1, 3), None, "Flare in the cold", (), ("weather",)),
]


def symptom_entry(**changes: object) -> Entry:
    entry = Entry(
        "symptom", dt.date(2025, 3, 4), "Flare after a long day",
        "Woke up stiff.\n\n- a warm shower\n- pacing\n\n"
        "[NHS page](https://www.nhs.uk/conditions/migraine/)",
        dt.time(21, 30), ["work", "sleep"],
        [SymptomReading(1, 7, 120, "long day at work", "Headache"),
         SymptomReading(2, 3, None, "", "Joint pain")],
        condition_ids=[1], id=42, created_at="2025-03-04T21:31:00+00:00",
        updated_at="2025-03-04T21:31:00+00:00")  # fmt: skip
    for name, value in changes.items():
        setattr(entry, name, value)
    return entry


@pytest.fixture
def editor(qtbot) -> EntryEditor:
    widget = EntryEditor()
    qtbot.addWidget(widget)
    widget.set_catalog(SYMPTOMS, TREATMENTS, CONDITIONS)
    widget.set_link_candidates(CANDIDATES)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


class Recorder:
    def __init__(self, signal) -> None:
        self.items: list = []
        signal.connect(self.items.append)


# -- autosave ---------------------------------------------------------------


def test_load_emits_nothing_and_flush_without_changes_sends_nothing(editor: EntryEditor) -> None:
    saves = Recorder(editor.save_requested)
    editor.load(symptom_entry())
    editor.load(Entry("note", dt.date(2025, 1, 1)))
    editor.load(symptom_entry())
    assert saves.items == []
    assert not editor.has_unsaved_changes()
    editor.flush()
    assert saves.items == []
    assert editor.save_label.text() == "Saved"


def test_typing_gives_one_debounced_save_with_the_edit(qtbot, editor: EntryEditor) -> None:
    editor.load(symptom_entry())
    saves = Recorder(editor.save_requested)
    editor.title_edit.setFocus()
    editor.title_edit.end(False)
    clock = QElapsedTimer()
    with qtbot.waitSignal(editor.save_requested, timeout=5000):
        qtbot.keyClicks(editor.title_edit, ", then rest")
        clock.start()
        assert saves.items == []  # nothing while typing
        assert editor.save_label.text() == "Unsaved changes"
    assert clock.elapsed() >= SAVE_DELAY_MS - 100
    assert len(saves.items) == 1
    saved = saves.items[0]
    assert saved.title == "Flare after a long day, then rest"
    assert saved.id == 42 and saved.created_at == "2025-03-04T21:31:00+00:00"
    assert saved.readings == symptom_entry().readings  # the rest is untouched
    # The next edit is a change against what was sent, not against the load.
    editor.flush()
    assert len(saves.items) == 1


def test_flush_sends_at_once_and_body_edits_count(qtbot, editor: EntryEditor) -> None:
    editor.load(symptom_entry())
    saves = Recorder(editor.save_requested)
    editor.body.text_edit.setFocus()
    editor.body.text_edit.moveCursor(editor.body.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body.text_edit, " Better by noon.")
    editor.flush()
    assert len(saves.items) == 1
    assert saves.items[0].body.endswith(" Better by noon.")


def test_new_entry_waits_for_its_id_before_saving_again(qtbot, editor: EntryEditor) -> None:
    editor.load(Entry("note", dt.date(2025, 5, 1)))
    assert editor.save_label.text() == ""
    saves = Recorder(editor.save_requested)
    with qtbot.waitSignal(editor.save_requested, timeout=5000):
        qtbot.keyClicks(editor.title_edit, "Holiday")
    first = saves.items[0]
    assert first.id is None and first.title == "Holiday"
    qtbot.keyClicks(editor.title_edit, " plans")
    qtbot.waitUntil(lambda: not editor._save_timer.isActive(), timeout=5000)
    assert len(saves.items) == 1  # a second insert would duplicate the entry
    editor.mark_saved(99, Entry("note", dt.date(2025, 5, 1)))  # someone else's reply: ignored
    assert editor.current_entry().id is None
    with qtbot.waitSignal(editor.save_requested, timeout=5000) as blocker:
        editor.mark_saved(99, first)
    assert blocker.args[0].id == 99 and blocker.args[0].title == "Holiday plans"


def test_failed_save_keeps_the_text_and_flush_tries_again(editor: EntryEditor, qtbot) -> None:
    editor.load(symptom_entry())
    saves = Recorder(editor.save_requested)
    qtbot.keyClicks(editor.title_edit, "!")
    editor.flush()
    editor.set_save_state("saving")
    assert editor.save_label.text() == "Saving…"
    editor.set_save_state("failed", "The disk is full.")
    assert "Couldn't save" in editor.save_label.text()
    assert "The disk is full." in editor.save_label.text()
    assert editor.title_edit.text().endswith("!")
    editor.flush()
    assert len(saves.items) == 2 and saves.items[1] == saves.items[0]


# -- round-trips ------------------------------------------------------------


def test_two_symptom_severities_round_trip(qtbot, editor: EntryEditor) -> None:
    editor.load(Entry("symptom", dt.date(2025, 3, 5)))
    picker = editor.symptom_picker
    picker.adder.setFocus()
    qtbot.keyClicks(picker.adder, "Headache")
    qtbot.keyClick(picker.adder, Qt.Key.Key_Escape)  # close the suggestions
    qtbot.keyClick(picker.adder, Qt.Key.Key_Return)
    assert [r.name for r in picker.rows()] == ["Headache"]
    assert editor.focusWidget() is picker.rows()[0].severity  # ready for a digit
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_7)
    picker.adder.setFocus()
    qtbot.keyClicks(picker.adder, "joint")  # part of the name, any case
    popup = picker._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # takes the first suggestion
    assert [r.name for r in picker.rows()] == ["Headache", "Joint pain"]
    severity = picker.rows()[1].severity
    assert editor.focusWidget() is severity
    qtbot.keyClicks(severity, "10")
    qtbot.keyClicks(picker.rows()[1].triggers, "cold")
    with qtbot.waitSignal(editor.save_requested, timeout=2000) as blocker:
        editor.flush()
    saved: Entry = blocker.args[0]
    assert [(r.symptom_id, r.severity, r.triggers) for r in saved.readings] == [
        (1, 7, ""), (2, 10, "cold")]  # fmt: skip

    other = EntryEditor()
    qtbot.addWidget(other)
    other.set_catalog(SYMPTOMS, TREATMENTS, CONDITIONS)
    other.load(saved)
    assert other.current_entry() == saved
    assert [r.severity.value() for r in other.symptom_picker.rows()] == [7, 10]


def test_loaded_entry_round_trips_unchanged(qtbot, editor: EntryEditor) -> None:
    entries = [
        symptom_entry(),
        symptom_entry(readings=[SymptomReading(4, 2, 30, "", "Old rash")]),  # archived symptom
        Entry(
            "treatment",
            dt.date(2025, 2, 2),
            "Started methotrexate",
            "15 mg weekly",
            None,
            ["meds"],
            treatment_ids=[8, 7],
            condition_ids=[2],
            id=5,
        ),
        Entry(
            "lesson",
            dt.date(2025, 4, 1),
            "Pacing works",
            "",
            None,
            [],
            source_ids=[12, 10, 404],
            id=6,
        ),
        Entry("note", dt.date(2024, 12, 31), "", "just a note", dt.time(0, 5), id=None),
    ]
    for entry in entries:
        editor.load(entry)
        assert editor.current_entry() == entry


def test_lesson_links_found_by_title_and_date_round_trip(qtbot, editor: EntryEditor) -> None:
    lesson = Entry("lesson", dt.date(2025, 4, 1), "Pacing works", "", source_ids=[12, 404], id=6)
    editor.load(lesson)
    sources = editor.source_list
    assert sources.isVisibleTo(editor) and not editor.symptom_picker.isVisibleTo(editor)
    sources.filter_edit.setFocus()
    qtbot.keyClicks(sources.filter_edit, "bad NIGHT")
    assert sources.list_view.model().rowCount() == 1
    qtbot.keyClick(sources.filter_edit, Qt.Key.Key_Down)
    assert editor.focusWidget() is sources.list_view
    qtbot.keyClick(sources.list_view, Qt.Key.Key_Space)  # check it
    sources.filter_edit.clear()
    qtbot.keyClicks(sources.filter_edit, "2025-02-14")
    assert sources.list_view.model().rowCount() == 1
    with qtbot.waitSignal(editor.save_requested, timeout=2000) as blocker:
        editor.flush()
    saved: Entry = blocker.args[0]
    assert saved.source_ids == [12, 404, 10]  # 404 is not a candidate, yet it is kept
    other = EntryEditor()
    qtbot.addWidget(other)
    other.set_link_candidates(CANDIDATES)
    other.load(saved)
    assert other.current_entry().source_ids == [12, 404, 10]


def test_a_lesson_cannot_link_to_itself(editor: EntryEditor) -> None:
    editor.load(Entry("lesson", dt.date(2025, 4, 1), "x", id=10))
    model = editor.source_list.list_view.model()
    labels = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert not any("Bad night" in label for label in labels)
    assert any("Blood test results" in label for label in labels)


def test_new_symptom_is_requested_then_selected(qtbot, editor: EntryEditor) -> None:
    editor.load(Entry("symptom", dt.date(2025, 3, 5)))
    picker = editor.symptom_picker
    picker.adder.setFocus()
    with qtbot.waitSignal(editor.new_symptom_requested, timeout=2000) as blocker:
        qtbot.keyClicks(picker.adder, "  Brain   fog ")
        qtbot.keyClick(picker.adder, Qt.Key.Key_Return)
    assert blocker.args == ["Brain fog"]
    assert picker.rows() == []
    editor.set_catalog([*SYMPTOMS, Symptom(9, "Brain fog")], TREATMENTS, CONDITIONS)
    assert [r.name for r in picker.rows()] == ["Brain fog"]
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_4)
    assert editor.current_entry().readings == [SymptomReading(9, 4, None, "", "Brain fog")]


def test_kind_decides_which_links_are_saved(qtbot, editor: EntryEditor) -> None:
    editor.load(symptom_entry())
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("note"))
    assert editor.current_entry().readings == []
    assert not editor.symptom_picker.isVisibleTo(editor)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("symptom"))
    assert editor.current_entry().readings == symptom_entry().readings  # nothing was lost


def test_tags_split_on_commas_and_spaces(qtbot, editor: EntryEditor) -> None:
    editor.load(Entry("note", dt.date(2025, 1, 1), tags=["work"]))
    editor.tag_field.setFocus()
    editor.tag_field.end(False)
    qtbot.keyClicks(editor.tag_field, " #Sleep,travel  work")
    assert editor.current_entry().tags == ["work", "sleep", "travel"]


# -- keys -------------------------------------------------------------------


@pytest.mark.parametrize(("keys", "value"), [("7", 7), ("0", 0), ("10", 10), ("5+", 6), ("2-", 1)])
def test_severity_digit_keys(qtbot, keys: str, value: int) -> None:
    from ui.editor.severity import SeverityControl

    control = SeverityControl()
    qtbot.addWidget(control)
    control.setValue(3)
    qtbot.keyClicks(control, keys)
    assert control.value() == value
    assert str(value) in control.accessibleDescription()


def test_severity_colours_darken_with_severity() -> None:
    """Greyscale (print, colour blindness) still orders the colours."""
    from ui.editor.severity import severity_colour

    lightness = [severity_colour(v).lightnessF() for v in range(1, 11)]
    luminance = [
        0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
        for c in map(severity_colour, range(1, 11))
    ]
    assert luminance == sorted(luminance, reverse=True)
    assert lightness[0] - lightness[-1] > 0.4


def test_severity_click_sets_value(qtbot) -> None:
    from ui.editor.severity import SeverityControl

    control = SeverityControl()
    qtbot.addWidget(control)
    control.resize(control.sizeHint())
    cells = control._cells_rect()
    x = cells.left() + cells.width() * 0.55  # in the sixth cell
    qtbot.mouseClick(
        control, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(cells.center().y()))
    )
    assert control.value() == 6


@pytest.mark.parametrize("redo", ["Ctrl+Shift+Z", "Ctrl+Y"])
def test_undo_redo_in_text_fields(qtbot, editor: EntryEditor, redo: str) -> None:
    editor.load(Entry("note", dt.date(2025, 1, 1), "Title", "Body"))
    for widget, read in (
        (editor.title_edit, editor.title_edit.text),
        (editor.body.text_edit, editor.body.text_edit.toPlainText),
    ):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(widget, " more")
        assert read().endswith(" more")
        qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert not read().endswith("more")
        modifiers = Qt.KeyboardModifier.ControlModifier
        if "Shift" in redo:
            modifiers |= Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(widget, redo[-1], modifiers)
        assert read().endswith(" more")
    # Undo never reaches back past the load into the previous entry.
    editor.load(Entry("note", dt.date(2025, 1, 2), "Second", "Other"))
    for _ in range(5):
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(editor.body.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.title_edit.text() == "Second"
    assert editor.body.text_edit.toPlainText() == "Other"


def test_tab_reaches_the_fields_in_order(qtbot, editor: EntryEditor) -> None:
    editor.load(symptom_entry())
    editor.title_edit.setFocus()
    seen = []
    for _ in range(40):
        seen.append(editor.focusWidget())
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
    rows = editor.symptom_picker.rows()
    expected = [
        editor.title_edit,
        editor.tag_field,
        rows[0].severity,
        rows[0].duration,
        rows[0].triggers,
        rows[0].remove_button,
        rows[1].severity,
        editor.symptom_picker.adder,
        editor.condition_list.filter_edit,
        editor.condition_list.list_view,
        editor.body.text_edit,
        editor.body.preview_button,
    ]
    positions = [seen.index(w) for w in expected]
    assert positions == sorted(positions)


def test_every_focusable_control_has_an_accessible_name(editor: EntryEditor) -> None:
    from PySide6.QtWidgets import QWidget

    for kind in ("symptom", "treatment", "lesson", "note"):
        editor.load(symptom_entry(kind=kind))
        for widget in editor.findChildren(QWidget):
            if not widget.isVisibleTo(editor) or not (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                continue
            if isinstance(widget.parent(), QAbstractSpinBox):
                continue  # the spin box's own line edit: the spin box carries the name
            if widget.objectName() == "qt_scrollarea_viewport":
                continue
            assert widget.accessibleName(), (kind, type(widget).__name__, widget.objectName())


# -- clear ------------------------------------------------------------------


SECRETS = (
    "Flare",
    "stiff",
    "warm shower",
    "long day",
    "work",
    "sleep",
    "NHS",
    "Headache",
    "Joint pain",
    "120",
    "21:30",
    "Mar 2025",
    "zqx",
)


def _texts(editor: EntryEditor) -> list[str]:
    from PySide6.QtWidgets import QWidget

    out: list[str] = []
    for widget in [editor, *editor.findChildren(QWidget)]:
        out += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLineEdit | QLabel):
            out.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            out.append(widget.toPlainText())
            out.append(widget.document().toHtml() if isinstance(widget, QTextEdit) else "")
    return out


def test_clear_leaves_no_trace(qtbot, editor: EntryEditor) -> None:
    editor.load(symptom_entry())
    # Make some undo history everywhere there is text.
    qtbot.keyClicks(editor.title_edit, " zqx")
    qtbot.keyClicks(editor.tag_field, " zqx")
    qtbot.keyClicks(editor.body.text_edit, " zqx")
    qtbot.keyClicks(editor.symptom_picker.rows()[1].triggers, "zqx")
    qtbot.keyClicks(editor.condition_list.filter_edit, "mig")
    qtbot.keyClicks(editor.symptom_picker.adder, "zqx")
    assert editor.title_edit.isUndoAvailable()
    assert editor.body.text_edit.document().isUndoAvailable()
    assert any(any(s in t for s in SECRETS) for t in _texts(editor))  # the check can see them
    saves = Recorder(editor.save_requested)

    editor.clear()

    assert saves.items == []
    for edit in editor.findChildren(QLineEdit):
        assert not edit.isUndoAvailable() and not edit.isRedoAvailable(), edit.objectName()
        if not isinstance(edit.parent(), QAbstractSpinBox):
            assert edit.text() == "", edit.objectName()
    for edit in [*editor.findChildren(QPlainTextEdit), *editor.findChildren(QTextEdit)]:
        assert edit.toPlainText() == ""
        assert not edit.document().isUndoAvailable()
        assert not edit.document().isRedoAvailable()
    leaks = [t for t in _texts(editor) for s in SECRETS if s.casefold() in t.casefold()]
    assert leaks == []
    assert editor.symptom_picker.rows() == []
    assert editor.condition_list.checked_ids() == []
    assert editor.current_entry().time is None
    assert editor.current_entry().day == dt.date.today()
    assert not editor.isEnabled()
    editor.flush()
    assert saves.items == []
    # Undo after clear brings nothing back.
    editor.load(Entry("note", dt.date(2025, 1, 1)))
    qtbot.keyClick(editor.body.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body.text_edit.toPlainText() == editor.title_edit.text() == ""


def test_forget_journal_drops_the_catalog_too(editor: EntryEditor) -> None:
    editor.load(symptom_entry(kind="lesson"))
    editor.forget_journal()
    assert editor.source_list.list_view.model().rowCount() == 0
    assert editor.condition_list.list_view.model().rowCount() == 0
    assert editor.symptom_picker._completer.model().rowCount() == 0
    assert editor.tag_field.completer().model().rowCount() == 0


def test_remove_button_drops_a_symptom_and_keeps_focus_nearby(qtbot, editor: EntryEditor) -> None:
    editor.load(symptom_entry())
    first = editor.symptom_picker.rows()[0]
    first.remove_button.setFocus()
    qtbot.keyClick(first.remove_button, Qt.Key.Key_Space)
    assert [r.name for r in editor.symptom_picker.rows()] == ["Joint pain"]
    assert editor.focusWidget() is editor.symptom_picker.rows()[0].severity
    with qtbot.waitSignal(editor.save_requested, timeout=2000) as blocker:
        editor.flush()
    assert [r.symptom_id for r in blocker.args[0].readings] == [2]


def test_treatments_are_picked_from_the_catalog(qtbot, editor: EntryEditor) -> None:
    editor.load(Entry("treatment", dt.date(2025, 2, 2), "Physio today", id=5))
    treatments = editor.treatment_list
    assert treatments.isVisibleTo(editor)
    model = treatments.list_view.model()
    assert "15 mg weekly" in model.index(0, 0).data()  # the dose shows beside the name
    treatments.filter_edit.setFocus()
    qtbot.keyClicks(treatments.filter_edit, "therapy")  # found by kind too
    qtbot.keyClick(treatments.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(treatments.list_view, Qt.Key.Key_Space)
    assert editor.current_entry().treatment_ids == [8]


def test_focus_first_field_and_nothing_unsaved_when_empty(editor: EntryEditor) -> None:
    assert not editor.has_unsaved_changes()  # nothing loaded yet
    editor.load(Entry("symptom", dt.date(2025, 1, 1)))
    editor.focus_first_field()
    assert editor.focusWidget() is editor.symptom_picker.adder
    editor.load(Entry("note", dt.date(2025, 1, 1)))
    editor.focus_first_field()
    assert editor.focusWidget() is editor.title_edit


def test_tag_completion_completes_the_last_tag_only(qtbot, editor: EntryEditor) -> None:
    editor.set_known_tags(["sleep", "weather"])
    editor.load(Entry("note", dt.date(2025, 1, 1)))
    field = editor.tag_field
    field.setFocus()
    qtbot.keyClicks(field, "work, sl")
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.current_entry().tags == ["work", "sleep"]
    assert field.text().startswith("work, sleep")
