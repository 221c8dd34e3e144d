"""The editor's Markdown preview: sanitised, loads nothing, opens nothing, follows typing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument

from app.models import Entry
from ui.editor.entry_editor import EntryEditor
from ui.editor.preview import MarkdownPreview

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support ")

HOSTILE = (
    "Before <script>alert(1)</script> after\n\n"
    "![x](https://evil.example/a.png)\n\n"
    '<img src="https://evil.example/b.png"> <link rel="stylesheet" href="https://evil.example/s.css">\n\n'
    "[x](javascript:alert(1)) and [local](file:///etc/passwd)\n\n"
    "[the NHS page](https://www.nhs.uk/conditions/migraine/)"
)


@pytest.fixture
def editor(qtbot) -> EntryEditor:
    widget = EntryEditor()
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    """Anything handed to the desktop to open (must stay empty)."""
    calls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(url) or True)
    return calls


def anchors(document: QTextDocument) -> list[str]:
    hrefs = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                hrefs.append(fmt.anchorHref())  # "" for an <a> whose href was removed
            it += 1
        block = block.next()
    return hrefs


def anchor_point(preview: MarkdownPreview, href: str):
    """The middle of the first character of the link to ``href``, in viewport coordinates."""
    document = preview.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                return preview.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_hostile_body_renders_sanitised_and_loads_nothing(editor: EntryEditor) -> None:
    editor.load(Entry("note", dt.date(2025, 1, 1), body=HOSTILE))
    preview = editor.body.preview
    html = preview.toHtml()
    text = preview.toPlainText()
    assert "Before" in text and "after" in text and "the NHS page" in text
    assert "<script" not in html.lower() and "alert(1)" not in text
    assert "javascript" not in html.lower()
    assert "file:" not in html.lower()
    assert "evil.example" not in html
    assert "<img" not in html.lower()
    assert [h for h in anchors(preview.document()) if h] == [
        "https://www.nhs.uk/conditions/migraine/"
    ]
    editor.grab()  # lay out and paint: when images would be fetched
    assert [u for u in preview.requested_resources if "evil" in u or "://" in u] == []


def test_load_resource_refuses_everything_even_if_html_slips_through(qtbot) -> None:
    """The second wall: raw HTML with images and styles gets nothing back, local or remote."""
    preview = MarkdownPreview()
    qtbot.addWidget(preview)
    preview.show()
    preview.setHtml(
        '<p>a<img src="https://evil.example/a.png" width="20" height="20">'
        '<img src="file:///usr/share/icons/hicolor/48x48/apps/x.png">'
        '<img src="logo.png"></p>'
    )
    preview.grab()
    asked = list(preview.requested_resources)
    assert "https://evil.example/a.png" in asked
    for url in asked:
        assert (
            preview.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl(url)) is None
        )
        assert (
            preview.loadResource(int(QTextDocument.ResourceType.StyleSheetResource), QUrl(url))
            is None
        )
    assert (
        preview.document().resource(
            int(QTextDocument.ResourceType.ImageResource), QUrl("https://evil.example/a.png")
        )
        is None
    )


def test_clicking_a_link_reports_it_and_opens_nothing(
    qtbot, editor: EntryEditor, opened: list[QUrl]
) -> None:
    editor.load(Entry("note", dt.date(2025, 1, 1), body=HOSTILE))
    preview = editor.body.preview
    before = preview.toHtml()
    target = "https://www.nhs.uk/conditions/migraine/"
    point = anchor_point(preview, target)
    with qtbot.waitSignal(editor.link_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [target]
    assert opened == []
    assert preview.source() == QUrl()  # it did not navigate
    assert preview.toHtml() == before


def test_activating_a_link_by_keyboard_reports_it(
    qtbot, editor: EntryEditor, opened: list[QUrl]
) -> None:
    editor.load(Entry("note", dt.date(2025, 1, 1), body="See [this](https://example.org/a)."))
    preview = editor.body.preview
    preview.setFocus()
    qtbot.keyClick(preview, Qt.Key.Key_Tab)  # moves to the first link inside the preview
    with qtbot.waitSignal(editor.link_clicked, timeout=2000) as blocker:
        qtbot.keyClick(preview, Qt.Key.Key_Return)
    assert blocker.args == ["https://example.org/a"]
    assert opened == []


def test_preview_follows_typing_after_a_pause(qtbot, editor: EntryEditor) -> None:
    editor.load(Entry("note", dt.date(2025, 1, 1), body=""))
    preview = editor.body.preview
    editor.body.text_edit.setFocus()
    qtbot.keyClicks(editor.body.text_edit, "Some **bold** words")
    assert "bold" not in preview.toPlainText()  # not re-rendered on every keystroke
    qtbot.waitUntil(lambda: "Some bold words" in preview.toPlainText(), timeout=2000)
    assert "**" not in preview.toPlainText()


def test_preview_toggles_with_the_shortcut(qtbot, editor: EntryEditor) -> None:
    editor.load(Entry("note", dt.date(2025, 1, 1), body="Hello"))
    preview = editor.body.preview
    assert preview.isVisible() and preview.toPlainText() == "Hello"
    editor.body.text_edit.setFocus()
    qtbot.keyClick(
        editor.body.text_edit,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not preview.isVisible()
    assert preview.toPlainText() == ""  # a hidden preview keeps nothing
    qtbot.keyClick(
        editor.body.text_edit,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert preview.isVisible() and preview.toPlainText() == "Hello"
    assert editor.body.text_edit.toPlainText() == "Hello"  # the shortcut typed nothing
