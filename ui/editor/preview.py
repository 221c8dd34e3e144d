"""The Markdown preview: sanitised HTML in a view that can load nothing and open nothing.

``app.markdown_render`` already turns images into alt text and strips every tag
and link scheme that is not on its allowlist. This view is the second wall: its
``loadResource`` answers every request (image, stylesheet, anything) with
nothing, local or remote, and remembers what was asked for so tests can prove
it. It never follows a link; a click is reported through ``link_clicked`` and
the window decides (``safe_link_target`` / ``link_needs_confirmation``).

Signals: ``link_clicked(str)`` — a safe http(s)/mailto URL the user activated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.markdown_render import render_markdown, safe_link_target

PREVIEW_DELAY_MS = 150


class MarkdownPreview(QTextBrowser):
    """Read-only rich-text view of an entry body; updated a moment after typing stops."""

    link_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = QCoreApplication.translate
        self.requested_resources: list[str] = []  # every URL Qt asked us to load (tests read it)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.setAccessibleName(tr("MarkdownPreview", "Preview"))
        self.setAccessibleDescription(
            tr("MarkdownPreview", "How the entry text looks when formatted")
        )
        self.setPlaceholderText(tr("MarkdownPreview", "The formatted text shows here."))
        self.document().setUndoRedoEnabled(False)
        self._source = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_now)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def schedule(self, markdown_text: str) -> None:
        """Show this text after the user pauses (a keystroke costs nothing here)."""
        self._source = markdown_text
        self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        html = render_markdown(self._source) if self._source.strip() else ""
        self.setHtml(html)

    def pending(self) -> bool:
        return self._timer.isActive()

    def wipe(self) -> None:
        """Forget the text entirely: the document, its undo stacks and the pending render."""
        self._timer.stop()
        self._source = ""
        self.requested_resources.clear()
        self.clear()
        document = self.document()
        document.clearUndoRedoStacks()
        document.setUndoRedoEnabled(False)

    # Qt override: nothing is ever fetched, from the network or the disk.
    def loadResource(self, type: int, name: QUrl) -> object:
        self.requested_resources.append(name.toString())
        del self.requested_resources[:-50]
        return None

    def _on_anchor_clicked(self, url: QUrl) -> None:
        target = safe_link_target(url.toString())
        if target is not None:
            self.link_clicked.emit(target)
