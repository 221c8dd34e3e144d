"""Share ▸ Answer a Question on a real journal: find, tick, review, topics, cross-posting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from tests.support.giveback import PROFILE_WORDS, build
from tests.support.session import open_session

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
QUESTION = "Has anyone tried Elavil for fibro? How long did the grogginess last? - u/sleepy_sam"


@pytest.fixture
def parts(qtbot, tmp_path):
    from ui.task_runner import TaskRunner

    journal, ids = build(tmp_path / "j.fettle")
    runner = TaskRunner()
    yield journal, ids, runner
    runner.wait_for_done()
    journal.lock()


def _ask(qtbot, journal, runner, question: str):
    from ui.giveback.question_dialog import QuestionDialog

    dialog = QuestionDialog(open_session(runner, journal))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.question, question)
    with qtbot.waitSignal(dialog.searched, timeout=30_000) as found:
        qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    return dialog, found.args[0]


def _review(qtbot, journal, runner, compose):
    from ui.clipboard_guard import ClipboardGuard
    from ui.share.dialog import ShareDialog

    review = ShareDialog(
        open_session(runner, journal),
        [],
        clipboard=ClipboardGuard(),
        clear_after_s=1,
        compose=compose,
        window_title="Reply to a question",
    )
    qtbot.addWidget(review)
    with qtbot.waitSignal(review.draft_ready, timeout=30_000):
        review.show()
    return review


def test_answer_a_question_from_the_journal(qtbot, parts) -> None:
    from ui.giveback.flow import reply_composer

    journal, ids, runner = parts
    dialog, n = _ask(qtbot, journal, runner, QUESTION)
    assert n >= 3
    rows = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert rows[0].startswith("Lesson: Take it early") and "lesson" in rows[0]
    assert any("mentions elavil" in r for r in rows)
    assert not any("Garden" in r or "Pacing" in r for r in rows)  # unrelated entries
    assert dialog.results.item(0).checkState() == Qt.CheckState.Checked
    dialog.quote_box.setChecked(True)
    with qtbot.waitSignal(dialog.finished) as done:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert done.args[0] == 1
    request = dialog.request()
    assert {f.ref for f in request.chosen} >= {ids["lesson"]}

    review = _review(qtbot, journal, runner, reply_composer(request))
    assert not review.picker.isVisible()  # a reply is not made of ticked entries
    shown = review.view.toPlainText().lstrip()  # a reply has no title line
    assert shown.startswith("> Has anyone tried Elavil") and "8pm" in shown
    text = review.final_text()
    assert "sleepy_sam" not in text and "8pm" in text
    for word in PROFILE_WORDS:
        assert word not in text
    review.grab().save(str(journal.path.parent / "answer.png"))


def test_nothing_found_says_so_and_offers_a_reply_in_own_words(qtbot, parts) -> None:
    journal, _ids, runner = parts
    dialog, n = _ask(qtbot, journal, runner, "Which bike lock do you recommend?")
    assert n == 0 and dialog.results.count() == 0
    assert "Nothing in your journal" in dialog.status.text()
    assert dialog.write_button.isEnabled()


def test_a_private_topic_is_struck_out_and_can_come_back(qtbot, parts) -> None:
    from ui.giveback.flow import reply_composer
    from ui.giveback.question_dialog import ReplyRequest

    journal, ids, runner = parts
    journal.profile.set_topics(["amitriptyline"])
    from app.giveback.reply import find_related

    chosen = tuple(f for f in find_related(journal, QUESTION) if f.ref == ids["lesson"])
    review = _review(
        qtbot, journal, runner, reply_composer(ReplyRequest(QUESTION, chosen, False, ""))
    )
    [struck] = review.view.withheld_text()
    assert struck.startswith("Take amitriptyline by 8pm")
    assert "8pm" not in review.final_text()
    view = review.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.toPlainText().index("by 8pm"))
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() + 1, rect.center().y())
    )
    qtbot.waitUntil(lambda: "8pm" in review.final_text())
    assert "Brought back for this post only" in review.status.text()


def test_cross_posting_warns_with_the_other_warnings(qtbot, parts) -> None:
    from ui.giveback.flow import reply_composer
    from ui.giveback.question_dialog import ReplyRequest

    journal, ids, runner = parts
    from app.giveback.reply import find_related

    chosen = tuple(f for f in find_related(journal, QUESTION) if f.ref == ids["lesson"])
    review = _review(
        qtbot, journal, runner, reply_composer(ReplyRequest(QUESTION, chosen, False, ""))
    )
    review.preview.set_format("reddit")

    def warnings() -> list[str]:
        return [
            review.cross_risks.itemAt(i).widget().text()
            for i in range(review.cross_risks.count())
            if isinstance(review.cross_risks.itemAt(i).widget(), QLabel)
        ]

    assert warnings() == []
    with qtbot.waitSignal(review.shared, timeout=10_000):
        qtbot.mouseClick(review.copy_button, Qt.MouseButton.LeftButton)
    review.preview.set_format("mastodon")
    [warning] = warnings()
    assert "was shared on Reddit today" in warning and "link the two accounts" in warning
