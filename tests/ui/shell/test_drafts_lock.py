"""Nothing typed is lost to a lock: unfinished windows become encrypted drafts and
come back after unlock; closing keeps the text; nothing empty is saved."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt

from app.journal.journal import Journal
from app.models import EntryFilter
from tests.support.shell import (
    OFFSCREEN_NOISE,
    PASSPHRASE,
    FakeClock,
    make_journal,
    open_window,
    unlock,
)

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

NOTE = "Zigzag aura behind the left eye"


def _open_quick_log(qtbot, window):
    window.open_quick_log()
    qtbot.waitUntil(
        lambda: window.quick_log is not None and window.quick_log.isVisible(), timeout=10_000
    )
    return window.quick_log


def _type_quick_log(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.find, "head")
    qtbot.keyClick(dialog.find, Qt.Key.Key_6)
    dialog.note_edit.setText(NOTE)


def _strings_alive() -> str:
    gc.collect()
    return "\n".join(o for o in gc.get_objects() if isinstance(o, str) and NOTE in o)


@pytest.mark.parametrize("how", ["idle", "user"])
def test_a_quick_log_open_at_the_lock_comes_back_after_unlock(qtbot, tmp_path, how):
    clock = FakeClock()
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path, clock=clock)
    dialog = _open_quick_log(qtbot, window)
    _type_quick_log(qtbot, dialog)
    with qtbot.waitSignal(window.journal_locked, timeout=5000):
        if how == "idle":
            clock.advance(6 * 60)  # the periodic check locks by itself
        else:
            window.actions.lock.trigger()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    assert window.quick_log is None
    assert NOTE not in _strings_alive()  # lock means lock: no copy outside the file
    assert NOTE.encode() not in path.read_bytes()  # and inside it, encrypted
    with Journal.open(path, PASSPHRASE) as j:
        assert j.drafts.names() == ["quick_log"]

    unlock(qtbot, window)
    qtbot.waitUntil(
        lambda: window.quick_log is not None and window.quick_log.isVisible(), timeout=10_000
    )
    restored = window.quick_log
    assert restored.note_edit.text() == NOTE
    assert restored.readings() == [(1, "Headache", 6)]
    assert restored.restored.isVisibleTo(restored)
    with qtbot.waitSignal(window.page.entry_saved, timeout=10_000):
        qtbot.keyClick(restored.find, Qt.Key.Key_Enter)
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    with Journal.open(path, PASSPHRASE) as j:
        assert j.drafts.names() == []  # taken back once, not offered again
        newest = j.entries.page(EntryFilter(kinds=("symptom",)), limit=1).rows[0]
        assert newest.severities == (("Headache", 6),)


def test_cancelling_a_quick_log_keeps_it_for_next_time(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, _ctx = open_window(qtbot, tmp_path, path)
    dialog = _open_quick_log(qtbot, window)
    _type_quick_log(qtbot, dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: window.quick_log is None)
    again = _open_quick_log(qtbot, window)
    assert again.note_edit.text() == NOTE and again.readings() == [(1, "Headache", 6)]


def test_asking_twice_for_the_quick_log_keeps_its_draft(qtbot, tmp_path):
    """A second Ctrl+Shift+L (or the unlock's reopening plus the user's) before the
    first has loaded: the first load took the draft out of the journal, so its result
    must not be dropped for the second's, which finds none."""
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    dialog = _open_quick_log(qtbot, window)
    _type_quick_log(qtbot, dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: window.quick_log is None and ctx.runner.is_idle())
    window.open_quick_log()
    window.open_quick_log()  # before the first has come back
    again = _open_quick_log(qtbot, window)
    assert again.note_edit.text() == NOTE and again.readings() == [(1, "Headache", 6)]


def test_summary_concern_and_questions_survive_close_and_lock(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    tools = window.tools
    window.actions.summary.trigger()
    qtbot.waitUntil(
        lambda: tools.summary_dialog is not None and tools.summary_dialog.symptoms.count() == 2,
        timeout=10_000,
    )
    tools.summary_dialog.concern.setPlainText("Headaches every morning")
    tools.summary_dialog.questions.setPlainText("Can I raise the dose?\nIs it the pill?")
    tools.summary_dialog.reject()  # Close
    qtbot.waitUntil(lambda: tools.summary_dialog is None)

    window.actions.summary.trigger()
    qtbot.waitUntil(
        lambda: tools.summary_dialog is not None and tools.summary_dialog.symptoms.count() == 2,
        timeout=10_000,
    )
    dialog = tools.summary_dialog
    assert dialog.concern.toPlainText() == "Headaches every morning"
    assert dialog.questions.toPlainText() == "Can I raise the dose?\nIs it the pill?"
    dialog.questions.appendPlainText("Sleep?")

    with qtbot.waitSignal(window.journal_locked):
        window.actions.lock.trigger()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    unlock(qtbot, window)
    qtbot.waitUntil(
        lambda: tools.summary_dialog is not None and tools.summary_dialog.symptoms.count() == 2,
        timeout=10_000,
    )
    assert tools.summary_dialog.questions.toPlainText().endswith("Sleep?")


def test_a_picked_symptom_alone_is_not_saved_but_kept_through_a_lock(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    page, editor = window.page, window.page.editor
    saved = []
    page.entry_saved.connect(saved.append)
    window.new_entry("symptom")
    editor.symptom_picker.adder.setText("Fatigue")
    qtbot.keyClick(editor.symptom_picker.adder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(editor.symptom_picker.rows()) == 1)
    editor.flush()  # what the autosave timer would do
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    assert saved == [] and editor.save_state() == "empty"
    assert "Not saved yet" in editor.save_label.text()

    with qtbot.waitSignal(window.journal_locked):
        window.actions.lock.trigger()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    with Journal.open(path, PASSPHRASE) as j:
        assert j.entries.count() == 3  # no "(untitled)" entry
        assert j.drafts.names() == ["editor"]
    unlock(qtbot, window)
    qtbot.waitUntil(
        lambda: [r.name for r in editor.symptom_picker.rows()] == ["Fatigue"], timeout=10_000
    )
    with qtbot.waitSignal(page.entry_saved, timeout=10_000):
        editor.symptom_picker.rows()[0].severity.setValue(5)  # now it is a reading
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    with Journal.open(path, PASSPHRASE) as j:
        assert j.entries.count() == 4 and j.drafts.names() == []


def test_a_symptom_name_the_journal_refuses_is_not_left_pending(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    picker = window.page.editor.symptom_picker
    window.new_entry("symptom")
    picker.adder.setText("x" * 300)  # longer than a symptom's name may be
    qtbot.keyClick(picker.adder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    qtbot.waitUntil(lambda: not picker.status.isVisibleTo(picker))
    assert picker.rows() == []
    picker.adder.setText("Fatigue")  # the next name is still added
    qtbot.keyClick(picker.adder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [r.name for r in picker.rows()] == ["Fatigue"])
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())


def test_a_draft_kept_on_close_waits_for_its_window_not_the_unlock(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    dialog = _open_quick_log(qtbot, window)
    _type_quick_log(qtbot, dialog)
    dialog.reject()  # closed on purpose: kept, but not pushed back at the next unlock
    qtbot.waitUntil(lambda: window.quick_log is None)
    with qtbot.waitSignal(window.journal_locked):
        window.actions.lock.trigger()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    assert window.quick_log is None
    assert _open_quick_log(qtbot, window).note_edit.text() == NOTE
