"""A link clicked in the editor's preview leaves Fettle only after the user confirms.

The desktop's browser is outside the machine, so the URL is caught where Qt hands it
over: ``QDesktopServices.setUrlHandler`` for the link's scheme. Everything up to
that point (the preview, the click, the question, the answer) is the real window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from tests.support.shell import OFFSCREEN_NOISE, make_journal, open_window
from tests.ui.editor.test_entry_editor_preview import anchor_point

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

NHS = "https://www.nhs.uk/conditions/migraine/"


class Browser(QObject):
    """Stands in for the web browser: records what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser():
    handler = Browser()
    for scheme in ("http", "https", "mailto"):
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in ("http", "https", "mailto"):
        QDesktopServices.unsetUrlHandler(scheme)


def _click_link(qtbot, window, body: str, href: str) -> QMessageBox:
    page = window.page
    page.entry_view.setCurrentIndex(page.entry_model.index(0))
    editor = page.editor
    qtbot.waitUntil(lambda: editor.title_edit.text() == "Pacing works")
    editor.body.text_edit.setPlainText(body)
    preview = editor.body.preview
    preview.render_now()
    qtbot.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(preview, href))
    qtbot.waitUntil(lambda: window.link_box is not None and window.link_box.isVisible())
    return window.link_box


def test_a_link_opens_only_after_the_user_says_open(qtbot, tmp_path, browser):
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    box = _click_link(qtbot, window, f"Read [the NHS page]({NHS}).", NHS)
    assert browser.opened == []  # asked first
    assert box.text() == "Open this link in your web browser?"
    assert box.detailedText() == NHS  # the real address, not the link's words
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Open).click()
    assert browser.opened == [NHS]
    assert window.link_box is None


def test_cancel_opens_nothing(qtbot, tmp_path, browser):
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    box = _click_link(qtbot, window, f"Read [the NHS page]({NHS}).", NHS)
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert browser.opened == []
    assert window.link_box is None


def test_a_disguised_link_is_flagged_in_the_question(qtbot, tmp_path, browser):
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    sneaky = "https://www.nhs.uk@evil.example/login"
    box = _click_link(qtbot, window, f"[www.nhs.uk]({sneaky})", sneaky)
    assert "Check the address carefully" in box.informativeText()
    assert box.detailedText() == sneaky
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Cancel).click()
    assert browser.opened == []


def test_locking_closes_the_question_and_opens_nothing(qtbot, tmp_path, browser):
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    box = _click_link(qtbot, window, f"Read [the NHS page]({NHS}).", NHS)
    window.lock("user")
    assert not box.isVisible() and window.link_box is None
    assert browser.opened == []
