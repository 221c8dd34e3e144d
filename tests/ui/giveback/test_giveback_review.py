"""The share review of a reply (issue 20): a reply has no title, and the review starts
with its first line, not with two blank lines; clicks still land on the right part."""

from __future__ import annotations

import pytest

from app.redact import SpanType
from tests.support.giveback import build
from tests.support.session import open_session

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
QUESTION = "Has anyone tried Elavil for fibro? How long did the grogginess last? - u/sleepy_sam"


def test_a_reply_starts_on_its_first_line_and_clicks_find_their_part(qtbot, tmp_path) -> None:
    from app.giveback.reply import find_related
    from ui.clipboard_guard import ClipboardGuard
    from ui.giveback.flow import reply_composer
    from ui.giveback.question_dialog import ReplyRequest
    from ui.share.dialog import ShareDialog
    from ui.task_runner import TaskRunner

    journal, _ids = build(tmp_path / "j.fettle")
    runner = TaskRunner()
    try:
        found = find_related(journal, QUESTION)
        request = ReplyRequest(QUESTION, tuple(found[:3]), True, "")
        review = ShareDialog(
            open_session(runner, journal),
            [],
            clipboard=ClipboardGuard(),
            clear_after_s=1,
            compose=reply_composer(request),
            window_title="Reply",
        )
        qtbot.addWidget(review)
        with qtbot.waitSignal(review.draft_ready, timeout=30_000):
            review.show()
        shown = review.view.toPlainText()
        assert shown.startswith("> Has anyone tried Elavil"), repr(shown[:40])
        at = shown.index("[handle]")
        index = review.view.span_at_output(at)
        assert index is not None and review.draft.spans[index].type is SpanType.HANDLE
        review.view.span_clicked.emit(index)  # kept as written: the handle comes back
        assert "sleepy_sam" in review.view.toPlainText()
        assert review.view.toPlainText().startswith("> Has anyone")
        review.reject()
    finally:
        runner.wait_for_done()
        journal.lock()
