"""The sync status in the main window's status bar: "Synced 2 min ago with Desktop",
"Sync folder not found", "Syncing…", and "2 conflicts — review" as a link (reachable by
keyboard too). Never anything from an entry.

Signals:
    review_requested(): the user followed "review".
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel


class SyncStatusLine(QLabel):
    review_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setAccessibleName(self.tr("Sync status"))
        self._text = ""
        self._conflicts = 0
        self.linkActivated.connect(self._on_link_activated)
        self.setVisible(False)

    def set_status(self, text: str, detail: str) -> None:
        self._text = text
        self.setToolTip(detail)
        self.setAccessibleDescription(detail)
        self._render()

    def set_conflicts(self, count: int) -> None:
        self._conflicts = count
        self._render()

    def plain_text(self) -> str:
        """What it says, without markup (for tests and screen readers)."""
        parts = [self._text] if self._text else []
        if self._conflicts:
            parts.append(self._conflict_words())
        return " · ".join(parts)

    def _conflict_words(self) -> str:
        return self.tr("%n conflicts — review", "", self._conflicts)

    def _render(self) -> None:
        parts = [escape(self._text)] if self._text else []
        if self._conflicts:
            parts.append(f'<a href="review">{escape(self._conflict_words())}</a>')
        self.setText(" · ".join(parts))
        self.setAccessibleName(self.plain_text() or self.tr("Sync status"))
        self.setVisible(bool(parts))

    def _on_link_activated(self, _link: str) -> None:
        self.review_requested.emit()
