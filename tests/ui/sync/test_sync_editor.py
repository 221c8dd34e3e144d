"""An entry open in the editor when a sync changes it, with real journals syncing
through a folder: with nothing unsaved the editor shows the synced text quietly; with
unsaved edits they stay and a notice offers their version or mine, and nothing is lost
whichever is chosen."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.journal.journal import Journal
from app.models import Entry
from app.sync import engine
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, FakeClock, open_window
from tests.ui.sync.test_sync_screens import _other_device, _syncing_journal

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

MINE = "Woke at 6. Mine: pain 7 in the knees."
THEIRS = "Woke at 6. Theirs: pain 5, knees and hips."


def _set_up(qtbot, tmp_path):
    """The laptop's window with "Flare diary" open in the editor, and the desktop's
    journal syncing through the same folder."""
    path, folder = _syncing_journal(tmp_path)
    with Journal.open(path, PASSPHRASE) as j:
        j.entries.add(Entry("note", dt.date(2026, 5, 1), "Flare diary", "Woke at 6."))
        engine.sync_now(j)
    other = _other_device(folder, tmp_path)
    window, ctx = open_window(qtbot, tmp_path, path, clock=FakeClock())
    qtbot.waitUntil(
        lambda: window.sync.status_line.plain_text().startswith("Synced"), timeout=20_000
    )
    page = window.page
    model = page.entry_model
    qtbot.waitUntil(
        lambda: any(
            model.index(r).data() and "Flare diary" in str(model.index(r).data())
            for r in range(model.rowCount())
        ),
        timeout=20_000,
    )
    row = next(r for r in range(model.rowCount()) if "Flare diary" in str(model.index(r).data()))
    page.entry_view.setCurrentIndex(model.index(row))
    qtbot.waitUntil(lambda: page.editor.title_edit.text() == "Flare diary", timeout=20_000)
    return window, ctx, other, path


def _change_on_desktop(other: Journal) -> None:
    oid = other.db.execute("SELECT id FROM entries WHERE title = 'Flare diary'").fetchone()[0]
    other.entries.update(dataclasses.replace(other.entries.get(oid), body=THEIRS))
    engine.sync_now(other)


def _stored_body(path) -> str:
    with Journal.open(path, PASSPHRASE) as j:
        return j.db.execute("SELECT body FROM entries WHERE title = 'Flare diary'").fetchone()[0]


def _finish(qtbot, window, ctx, other, path) -> tuple[str, str]:
    """Lock (the last edits are saved and synced out); what each device then holds."""
    window.lock("user")
    qtbot.waitUntil(lambda: ctx.runner.is_idle(), timeout=20_000)
    engine.sync_now(other)
    theirs = other.db.execute("SELECT body FROM entries WHERE title = 'Flare diary'").fetchone()[0]
    other.lock()
    return _stored_body(path), theirs


def test_with_nothing_unsaved_the_synced_text_shows_quietly(qtbot, tmp_path):
    window, ctx, other, path = _set_up(qtbot, tmp_path)
    editor = window.page.editor
    _change_on_desktop(other)
    window.sync.sync_action.trigger()
    qtbot.waitUntil(lambda: editor.body.text() == THEIRS, timeout=20_000)
    assert not editor.sync_notice.isVisible() and editor.save_state() == "saved"
    # typing on starts from their text: the save adds to it, it does not overwrite it
    editor.body.text_edit.moveCursor(editor.body.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body.text_edit, " Rested.")
    editor.flush()
    assert _finish(qtbot, window, ctx, other, path) == (THEIRS + " Rested.",) * 2


@pytest.mark.parametrize("choice", ["mine", "theirs", "theirs then mine"])
def test_unsaved_edits_stay_and_the_notice_offers_both(qtbot, tmp_path, choice):
    window, ctx, other, path = _set_up(qtbot, tmp_path)
    editor = window.page.editor
    _change_on_desktop(other)
    editor.body.text_edit.selectAll()
    qtbot.keyClicks(editor.body.text_edit, MINE)
    editor._save_timer.stop()  # still typing: the autosave has not come round yet
    assert editor.has_unsaved_changes()
    window.sync.sync_action.trigger()
    notice = editor.sync_notice
    qtbot.waitUntil(notice.isVisible, timeout=20_000)
    assert notice.message.text() == (
        "This entry was changed on Desktop. Your edits here are not saved yet."
    )
    assert editor.body.text() == MINE  # nothing of mine went away
    window.grab().save(str(tmp_path / "notice.png"))
    editor._on_save_timer_timeout()  # the autosave waits for the user's choice
    stored = []
    window.session.run(
        lambda j: j.db.execute("SELECT body FROM entries WHERE title = 'Flare diary'").fetchone()[
            0
        ],
        stored.append,
    )
    qtbot.waitUntil(lambda: stored == [THEIRS], timeout=20_000)
    if choice == "mine":
        qtbot.mouseClick(notice.mine_button, Qt.MouseButton.LeftButton)
        expected = MINE
    else:
        qtbot.mouseClick(notice.theirs_button, Qt.MouseButton.LeftButton)
        assert editor.body.text() == THEIRS and not editor.has_unsaved_changes()
        assert notice.isVisible() and notice.back_button.isVisible()
        assert "Desktop" in notice.message.text()
        expected = THEIRS
        if choice == "theirs then mine":
            qtbot.mouseClick(notice.back_button, Qt.MouseButton.LeftButton)
            assert editor.body.text() == MINE
            expected = MINE
    assert not notice.isVisible() or choice == "theirs"
    assert _finish(qtbot, window, ctx, other, path) == (expected, expected)
