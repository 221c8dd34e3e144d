"""The share review through a lock (issue 18 item 4): its title, choices and the parts
kept or redacted come back after unlock, from the encrypted drafts table, and nothing
of the post stays in a widget or outside the file while locked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QTextCursor

from app.journal.journal import Journal
from app.models import DoseChange, Entry, Treatment
from app.redact import Decision, Source
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, make_journal, open_window, unlock

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

TITLE = "Quince marmalade week"
BODY = "Saw Dr Priya Shah in Leeds about the flare. Walked by the river with Toby."


def _journal(tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    with Journal.open(path, PASSPHRASE) as j:
        entry_id = j.entries.add(Entry("note", dt.date(2026, 3, 4), "Clinic", BODY))
        tid = j.catalog.save_treatment(
            Treatment("Propranolol", dose_amount=10, dose_unit="mg", start_day=dt.date(2026, 1, 5))
        )
        j.catalog.add_dose_change(tid, DoseChange(dt.date(2026, 1, 5), 10, "mg"))
    return path, entry_id


def _wait_review(qtbot, tools):
    qtbot.waitUntil(
        lambda: (
            tools.share_dialog is not None
            and tools.share_dialog.draft is not None
            and tools.share_dialog.copy_button.isEnabled()
        ),
        timeout=20_000,
    )
    return tools.share_dialog


def _lock_and_unlock(qtbot, window, ctx, path) -> list[str]:
    with qtbot.waitSignal(window.journal_locked):
        window.actions.lock.trigger()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    assert window.tools.share_dialog is None
    assert TITLE.encode() not in path.read_bytes()
    with Journal.open(path, PASSPHRASE) as j:
        names = j.drafts.names()
    unlock(qtbot, window)
    return names


def test_the_share_review_comes_back_as_it_was_left(qtbot, tmp_path):
    path, entry_id = _journal(tmp_path)
    window, ctx = open_window(qtbot, tmp_path, path)
    tools = window.tools
    tools.open_share([entry_id])
    dialog = _wait_review(qtbot, tools)
    dialog.title_edit.setText(TITLE)
    dialog.title_edit.textEdited.emit(TITLE)
    dialog.title_edit.editingFinished.emit()
    dialog.names_box.setCurrentIndex(dialog.names_box.findData("pseudonym"))
    dialog.dates_box.setCurrentIndex(dialog.dates_box.findData("month"))
    draft = dialog.draft
    leeds = next(i for i, s in enumerate(draft.spans) if s.text == "Leeds")
    dialog.view.span_clicked.emit(leeds)  # kept as written
    text = dialog.view.toPlainText()
    cursor = QTextCursor(dialog.view.document())
    cursor.setPosition(text.index("river"))
    cursor.setPosition(text.index("river") + len("river"), QTextCursor.MoveMode.KeepAnchor)
    dialog.view.setTextCursor(cursor)
    dialog.redact_button.click()  # the user's own redaction
    assert "river" not in dialog.final_text() and "Leeds" in dialog.final_text()
    taken = dialog  # the window object itself must be emptied by the lock

    names = _lock_and_unlock(qtbot, window, ctx, path)
    assert names == ["share"]
    restored = _wait_review(qtbot, tools)
    assert restored is not taken
    assert restored.title_edit.text() == TITLE
    assert restored.names_box.currentData() == "pseudonym"
    assert restored.dates_box.currentData() == "month"
    spans = restored.draft.spans
    assert (
        restored.draft.decision(next(i for i, s in enumerate(spans) if s.text == "Leeds"))
        is Decision.KEEP
    )
    assert any(s.source is Source.USER and s.text == "river" for s in spans)
    final = restored.final_text()
    assert TITLE in final and "Leeds" in final and "river" not in final
    assert "Priya" not in final
    assert restored.draft.entry_ids == [entry_id]
    restored.reject()  # closed by the user: over, not kept
    window.lock("user")
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    with Journal.open(path, PASSPHRASE) as j:
        assert j.drafts.names() == []  # taken back once


def test_a_treatment_report_under_review_is_composed_again_after_unlock(qtbot, tmp_path):
    from ui.giveback.flow import share_again

    path, _entry_id = _journal(tmp_path)
    window, ctx = open_window(qtbot, tmp_path, path)
    tools = window.tools
    again = share_again({"recipe": {"kind": "report", "name": "Propranolol"}})
    tools.open_share(*again[:1], **again[1])
    dialog = _wait_review(qtbot, tools)
    assert dialog.windowTitle() == "Share a treatment report"
    dialog.title_edit.setText(TITLE)
    dialog.title_edit.textEdited.emit(TITLE)
    dialog.title_edit.editingFinished.emit()
    assert dialog.title_edit.text() == TITLE

    assert _lock_and_unlock(qtbot, window, ctx, path) == ["share"]
    restored = _wait_review(qtbot, tools)
    assert restored.windowTitle() == "Share a treatment report"
    assert restored.title_edit.text() == TITLE
    assert "Propranolol" in restored.final_text()
    assert restored.picker.isHidden()  # composed: no entry list
    restored.reject()
    window.lock("user")


def test_a_review_closed_by_the_user_is_not_reopened(qtbot, tmp_path):
    path, entry_id = _journal(tmp_path)
    window, ctx = open_window(qtbot, tmp_path, path)
    window.tools.open_share([entry_id])
    dialog = _wait_review(qtbot, window.tools)
    dialog.reject()
    qtbot.waitUntil(lambda: window.tools.share_dialog is None)
    assert _lock_and_unlock(qtbot, window, ctx, path) == []
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    assert window.tools.share_dialog is None
    window.lock("user")
