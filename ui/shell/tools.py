"""What the main window opens on top of the journal: Trends, the appointment summary,
the share review screen and the share log.

The Trends view is built on first use and lives in the window's stack beside the
journal page; it follows the session itself (empties on lock, loads again on
changes). The dialogs are built when asked for and deleted when closed, so nothing
they showed outlives them; each closes itself, with any file or print dialog it
opened, when the session starts to lock (``Session.close_on_lock``). Nothing here
holds the journal: the dialogs work through the session, and this follows its
``locked`` and ``changed`` broadcasts.

Signals:
    status_changed(str): a short message for the status bar (never entry text).
    view_changed(str): "journal" or "trends" is now shown.
    shared(): a post left Fettle and was written to the share log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QStackedWidget, QWidget

from ui.app_context import AppContext
from ui.session import Change, Changes

if TYPE_CHECKING:
    from ui.report.summary_dialog import SummaryDialog
    from ui.share.dialog import ShareDialog
    from ui.share.log_view import ShareLogDialog
    from ui.trends.view import TrendsView


class JournalTools(QObject):
    status_changed = Signal(str)
    view_changed = Signal(str)
    shared = Signal()

    def __init__(self, ctx: AppContext, window: QWidget, stack: QStackedWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._session = ctx.session
        self._window = window
        self._stack = stack
        self._trends: TrendsView | None = None
        self.summary_dialog: SummaryDialog | None = None
        self.share_dialog: ShareDialog | None = None
        self.share_log_dialog: ShareLogDialog | None = None
        self.giveback_dialog: QDialog | None = None  # a question, or which treatment
        self._session.changed.connect(self._on_session_changed)
        self._session.locked.connect(self._on_session_locked)

    # -- the journal -----------------------------------------------------------

    def _on_session_locked(self, _reason: str) -> None:
        """The dialogs closed themselves as the lock began; the Trends view follows the
        session itself. Forget them."""
        self.summary_dialog = self.share_dialog = self.share_log_dialog = None
        self.giveback_dialog = None

    # -- Trends ----------------------------------------------------------------

    @property
    def trends(self) -> TrendsView:
        if self._trends is None:
            from ui.trends.view import TrendsView

            self._trends = TrendsView(self._session)
            self._trends.setAccessibleName(self.tr("Trends"))
            self._trends.failed.connect(self.status_changed)
            self._stack.addWidget(self._trends)
        return self._trends

    def trends_shown(self) -> bool:
        return self._trends is not None and self._stack.currentWidget() is self._trends

    def show_trends(self) -> None:
        if not self._session.is_open():
            return
        trends = self.trends
        self._load_trends()
        self._stack.setCurrentWidget(trends)
        trends.symptom.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view_changed.emit("trends")

    def _load_trends(self) -> None:
        self.trends.load_if_stale()

    # -- dialogs ---------------------------------------------------------------

    def open_summary(self) -> None:
        if not self._session.is_open() or _raised(self.summary_dialog):
            return
        from ui.report.summary_dialog import SummaryDialog

        dialog = SummaryDialog(self._session, self._window)  # closes itself on lock
        dialog.summary_saved.connect(
            lambda _path: self.status_changed.emit(self.tr("Summary saved as PDF."))
        )
        dialog.failed.connect(self.status_changed)
        dialog.finished.connect(lambda _r: self._on_dialog_finished("summary_dialog", dialog))
        self.summary_dialog = dialog
        dialog.open()

    def open_share(self, entry_ids: list[int], **composed) -> None:
        """The share review; ``composed`` (``compose``, ``window_title``) for a post
        made of something other than entries (``ui.giveback.flow``)."""
        if not self._session.is_open() or _raised(self.share_dialog):
            return
        from ui.share.dialog import ShareDialog

        dialog = ShareDialog(
            self._session, list(entry_ids), self._window, clipboard=self._ctx.clipboard, **composed
        )
        dialog.shared.connect(self._on_share_dialog_shared)
        dialog.failed.connect(self.status_changed)
        dialog.finished.connect(lambda _r: self._on_dialog_finished("share_dialog", dialog))
        self.share_dialog = dialog
        dialog.open()

    def reopen_share(self) -> None:
        """After an unlock: the share review as the lock left it (its draft taken back)."""
        if self.share_dialog is None:
            from ui.share.keep import DRAFT_NAME

            self._session.run(
                lambda journal: journal.drafts.take(DRAFT_NAME), self._on_share_draft_taken
            )

    def _on_share_draft_taken(self, payload: dict | None) -> None:
        from ui.giveback.flow import share_again

        again = share_again(payload) if payload else None
        if again is not None:
            ids, composed = again
            self.open_share(ids, restore=payload, **composed)

    def open_answer(self) -> None:
        """Share ▸ Answer a Question (then the review, ``ui.giveback.flow``)."""
        if self._session.is_open() and not _raised(self.giveback_dialog):
            from ui.giveback.flow import open_question

            self.giveback_dialog = open_question(self, self._session, self._window)

    def open_treatment_report(self) -> None:
        """Share ▸ Share a Treatment Report (then the review)."""
        if self._session.is_open() and not _raised(self.giveback_dialog):
            from ui.giveback.flow import open_treatment_picker

            self.giveback_dialog = open_treatment_picker(self, self._session, self._window)

    def open_share_log(self) -> None:
        if not self._session.is_open() or _raised(self.share_log_dialog):
            return
        from ui.share.log_view import ShareLogDialog

        dialog = ShareLogDialog(self._session, self._window)  # closes itself on lock
        dialog.failed.connect(self.status_changed)
        dialog.finished.connect(lambda _r: self._on_dialog_finished("share_log_dialog", dialog))
        self.share_log_dialog = dialog
        dialog.open()

    def _on_share_dialog_shared(self, _share_id: int) -> None:
        self.status_changed.emit(self.tr("Shared. It is listed in View ▸ What I've Shared."))
        self.shared.emit()

    def _on_session_changed(self, changes: Changes) -> None:
        if Change.RECORDS in changes and self.share_log_dialog is not None:
            self.share_log_dialog.reload()  # a post left Fettle: the log shows it

    def _on_dialog_finished(self, name: str, dialog: QDialog) -> None:
        if getattr(self, name) is dialog:
            setattr(self, name, None)
        dialog.deleteLater()


def _raised(dialog: QDialog | None) -> bool:
    if dialog is None:
        return False
    dialog.raise_()
    dialog.activateWindow()
    return True
