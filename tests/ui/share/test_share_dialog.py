"""The share review screen on a real journal file: toggle, select, confirm, log, clipboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextCursor

from app.models import Entry
from app.profile import PrivacyProfile, ProfileTerm
from tests.support.journals import make_journal
from tests.support.session import open_session

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

PROFILE = PrivacyProfile.of(
    [
        ProfileTerm("person", "Sarah Okafor", "my sister"),
        ProfileTerm("place", "Harrogate", "my town"),
    ]
)


@pytest.fixture
def setup(qtbot, tmp_path):
    from ui.clipboard_guard import ClipboardGuard
    from ui.share.dialog import ShareDialog
    from ui.task_runner import TaskRunner

    journal = make_journal(tmp_path / "share.fettle")
    journal.profile.set(PROFILE)
    ids = [
        journal.entries.add(
            Entry(
                "note",
                dt.date(2026, 5, 1),
                "Clinic",
                "Sarah Okafor drove me to the clinic in Harrogate.",
            )
        ),
        journal.entries.add(
            Entry(
                "note",
                dt.date(2026, 5, 8),
                "",
                "Walked by the river with Sarah Okafor. Slept well.",
            )
        ),
    ]
    runner = TaskRunner()
    guard = ClipboardGuard()
    dialog = ShareDialog(
        open_session(runner, journal),
        ids,
        clipboard=guard,
        clear_after_s=1,
        today=dt.date(2026, 5, 10),
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.draft_ready, timeout=20_000):
        dialog.show()
    yield dialog, journal, guard
    runner.wait_for_done()
    journal.lock()


def point_at(view, offset: int) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    rect = view.cursorRect(cursor)
    return QPoint(rect.x() + 1, rect.center().y())


def out_offset(dialog, words: str, nth: int = 0) -> int:
    text = dialog.view.toPlainText()
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return at


def test_clicking_a_span_keeps_it_and_the_post_follows(qtbot, setup) -> None:
    dialog, _journal, _guard = setup
    view = dialog.view
    assert "Okafor" not in view.toPlainText() and "Okafor" not in dialog.final_text()
    assert "My sister drove me to the clinic in my town." in dialog.final_text()
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=point_at(view, out_offset(dialog, "My sister") + 2),
    )
    assert "Sarah Okafor drove me" in view.toPlainText()
    assert "Sarah Okafor drove me" in dialog.final_text()
    assert "Walked by the river with my sister" in dialog.final_text()  # only that one
    assert "1 kept as written" in dialog.summary.text()
    # Clicking the kept name redacts it again.
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=point_at(view, out_offset(dialog, "Sarah Okafor") + 2),
    )
    assert "Okafor" not in dialog.final_text()


def test_selecting_text_redacts_it_and_always_redact_saves_it(qtbot, setup) -> None:
    dialog, journal, _guard = setup
    view = dialog.view
    start = out_offset(dialog, "the river")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_at(view, start + 1))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        point_at(view, start + len("the riv")),
    )
    # A selection is only a selection, grown to whole words, until Ctrl+R.
    assert "the river" in dialog.final_text()
    assert view.textCursor().selectedText() == "the river"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert "the river" not in dialog.final_text()
    assert "Walked by [redacted] with my sister" in dialog.final_text()
    assert dialog.always_button.isEnabled()
    with qtbot.waitSignal(dialog.profile_changed, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.always_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].text == "the river"
    assert saved.args[0] in journal.profile.get().terms


def test_copy_records_the_exact_text_and_clears_the_clipboard(qtbot, setup) -> None:
    dialog, journal, _guard = setup
    dialog.preview.set_format("mastodon")
    expected = dialog.final_text()
    assert expected and "Okafor" not in expected and "Harrogate" not in expected
    assert journal.shares.all() == []
    with qtbot.waitSignal(dialog.shared, timeout=10_000):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == expected
    [record] = journal.shares.all()
    assert record.final_text == expected
    assert record.destination == "mastodon" and record.method == "clipboard"
    assert sorted(record.entry_ids) == sorted(dialog.draft.entry_ids)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)


def test_clipboard_left_alone_when_it_holds_something_else(qtbot, setup) -> None:
    dialog, _journal, guard = setup
    clipboard = QGuiApplication.clipboard()
    # The guard's 1 s timer starts at the click, and the record's write may take longer
    # on a busy machine: the other text goes in before any event is processed, and the
    # timer is waited for from the start, so neither can be missed.
    with qtbot.waitSignals([dialog.shared, guard.findChild(QTimer).timeout], timeout=10_000):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert clipboard.text() == dialog.final_text()  # ours, for now
        clipboard.setText("my own shopping list")
    assert clipboard.text() == "my own shopping list"


def test_save_to_file_writes_and_logs_the_same_text(qtbot, setup, tmp_path) -> None:
    dialog, journal, _guard = setup
    dialog.preview.set_format("reddit")
    target = tmp_path / "post.md"
    with qtbot.waitSignal(dialog.shared, timeout=10_000):
        dialog.save_to(str(target))
    text = target.read_text(encoding="utf-8")
    assert text.startswith("From my health journal\n\n")
    [record] = journal.shares.all()
    assert record.final_text == text and record.method == "file"


def test_share_log_dialog_lists_the_exact_text(qtbot, qtmodeltester, setup) -> None:
    from ui.share.log_view import ShareLogDialog
    from ui.task_runner import TaskRunner

    dialog, journal, _guard = setup
    with qtbot.waitSignal(dialog.shared, timeout=10_000):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    runner = TaskRunner()
    session = open_session(runner, journal)
    log = ShareLogDialog(session)
    qtbot.addWidget(log)
    with qtbot.waitSignal(log.log_loaded, timeout=10_000):
        log.show()
    qtmodeltester.check(log.model)
    assert log.model.rowCount() == 1
    assert log.model.index(0, 1).data() == "Plain text"
    assert log.text.toPlainText() == dialog.final_text()
    with qtbot.waitSignal(log.log_loaded, timeout=10_000):
        qtbot.mouseClick(log.remove_button, Qt.MouseButton.LeftButton)
    assert log.model.rowCount() == 0 and journal.shares.all() == []
    with qtbot.waitSignal(log.finished, timeout=5_000):  # it shows what was shared
        session.lock()
    assert not log.isVisible()
    runner.wait_for_done()


def test_unticking_an_entry_keeps_the_choices_made_in_the_other(qtbot, setup) -> None:
    dialog, _journal, _guard = setup
    view = dialog.view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=point_at(view, out_offset(dialog, "My sister") + 2),
    )
    assert "Sarah Okafor drove me" in dialog.final_text()
    second = dialog.draft.entry_ids[1]
    with qtbot.waitSignal(dialog.draft_ready, timeout=20_000):
        dialog.picker.set_checked(second, False)
    assert dialog.draft.entry_ids == [dialog.draft.entry_ids[0]]
    assert "Sarah Okafor drove me" in dialog.final_text()
    with qtbot.waitSignal(dialog.draft_ready, timeout=20_000):
        dialog.picker.set_checked(second, True)
    assert "Sarah Okafor drove me" in dialog.final_text()
    assert "Walked by the river with my sister" in dialog.final_text()


def test_readable_strips_emphasis_and_maps_offsets_both_ways() -> None:
    from ui.share.markup import readable

    text = "First **15 mg** dose, *very* tired; keep snake_case and 2 * 3."
    shown = readable(text)
    assert shown.text == "First 15 mg dose, very tired; keep snake_case and 2 * 3."
    assert [shown.text[a:b] for a, b in shown.bold] == ["15 mg"]
    assert [shown.text[a:b] for a, b in shown.italic] == ["very"]
    for words in ("dose", "tired", "snake_case", "3."):
        at = shown.text.index(words)
        assert text[shown.to_original(at) :].startswith(words)
        assert shown.to_shown(text.index(words)) == at


def test_the_pane_shows_markdown_as_readable_text_and_clicks_still_land(qtbot) -> None:
    from app.share import ShareDraft
    from ui.share.view import ShareDraftView

    entry = Entry(
        "note",
        dt.date(2026, 5, 1),
        "Dose",
        "First **15 mg** dose. *Sarah Okafor* drove me to Harrogate.",
        id=1,
    )
    draft = ShareDraft([entry], PROFILE)
    view = ShareDraftView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()

    def show() -> None:
        view.show_rendered(
            draft.render(), draft.spans, [draft.decision(i) for i in range(len(draft.spans))]
        )

    show()
    text = view.toPlainText()
    assert "**" not in text and "First 15 mg dose. My sister drove me to my town." in text
    bold = QTextCursor(view.document())
    bold.setPosition(text.index("15 mg") + 2)
    assert bold.charFormat().fontWeight() == 700
    with qtbot.waitSignal(view.span_clicked) as clicked:
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=point_at(view, text.index("my town") + 2),
        )
    assert draft.spans[clicked.args[0]].text == "Harrogate"
    draft.toggle(clicked.args[0])
    show()
    assert "drove me to Harrogate." in view.toPlainText()
    # Selecting "dose" in the pane selects "dose" in the source.
    cursor = view.textCursor()
    start = view.toPlainText().index("dose")
    cursor.setPosition(start)
    cursor.setPosition(start + 4, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    a, b = view.selection_in_source()
    assert draft.text[a:b] == "dose"
