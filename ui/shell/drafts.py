"""Unfinished text across a lock: gathered from the open windows, written into the
encrypted journal before its connection closes, and given back after unlock.

Locking closes every window, and an idle lock can come while someone is half way
through a quick log. Before the journal is locked the main window asks each window
with unfinished text for its draft (``take_draft()`` empties the window, so no text
stays in a widget after the lock) and ``keep`` queues one write on the journal's
worker, ahead of the job that closes the connection. After unlock ``look`` asks which
drafts exist (names only) and ``reopen`` opens those windows again, each taking its
own draft back from the journal.

Signals:
    drafts_found(list): names of the windows with a draft, after an unlock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ui.share.keep import DRAFT_NAME as SHARE

if TYPE_CHECKING:
    from ui.session import Session

QUICK_LOG = "quick_log"
EDITOR = "editor"
SUMMARY = "summary"
KNOWN = (QUICK_LOG, EDITOR, SUMMARY, SHARE)


class DraftKeeper(QObject):
    drafts_found = Signal(list)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._open_at_lock: set[str] = set()  # names only: which windows to reopen

    def keep(self, drafts: dict[str, dict[str, Any]], *, at_lock: bool = False) -> None:
        """Queue the write of ``drafts`` on the journal's worker (before its lock job).

        Windows open at a lock open again after unlock; a draft kept when a window was
        closed waits until that window is next opened."""
        if at_lock:
            self._open_at_lock = set(drafts)
        if drafts:
            self._session.run(lambda journal: journal.drafts.save_many(drafts))

    def look(self) -> None:
        """Find the drafts left by the last lock; ``drafts_found`` tells which."""
        self._session.run(lambda journal: journal.drafts.names(), self._on_names_loaded)

    def _on_names_loaded(self, names: list[str]) -> None:
        wanted, self._open_at_lock = self._open_at_lock | {EDITOR}, set()
        found = [n for n in KNOWN if n in names and n in wanted]
        if found:
            self.drafts_found.emit(found)


def take_drafts(window: Any) -> dict[str, dict[str, Any]]:
    """Every open window's unfinished text, taken out of the windows (for a lock or quit)."""
    drafts: dict[str, dict[str, Any]] = {}
    sources = (
        (QUICK_LOG, window.quick_log),
        (SUMMARY, window.tools.summary_dialog),
        (SHARE, window.tools.share_dialog),
        (EDITOR, window._page),
    )
    for name, source in sources:
        draft = source.take_draft() if source is not None else None
        if draft:
            drafts[name] = draft
    return drafts


def reopen(window: Any, names: list[str]) -> None:
    """Open again the windows that had unfinished text; each takes its draft back."""
    if EDITOR in names:
        window.page.restore_editor_draft()
    if SUMMARY in names:
        window.tools.open_summary()
    if SHARE in names:
        window.tools.reopen_share()
    if QUICK_LOG in names:
        window.open_quick_log()
