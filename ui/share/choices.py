"""Undo for the share review: each keep, redact or selection is one step of Ctrl+Z.

A step stores the draft's spans and decisions before and after the change (they are
small: a few dozen spans), so undoing a selection also brings back the spans it had
merged. The stack is emptied whenever the draft is rebuilt (other entries ticked, a new
title, "Always redact this"), since its spans then belong to another text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.redact import Decision, Span
from app.share import ShareDraft

Choices = tuple[list[Span], dict[int, Decision]]


def snapshot(draft: ShareDraft) -> Choices:
    """The user's choices in a draft: which spans there are and which are kept."""
    return list(draft.draft.spans), dict(draft.draft.decisions)


def restore(draft: ShareDraft, choices: Choices) -> None:
    spans, decisions = choices
    draft.draft.spans = list(spans)
    draft.draft.decisions = dict(decisions)


class ChoiceCommand(QUndoCommand):
    """One change already made to ``draft``; ``shown(source_offset, words)`` redraws
    the review with the caret at the place that changed and says what happened."""

    def __init__(
        self,
        text: str,
        draft: ShareDraft,
        before: Choices,
        at: int,
        shown: Callable[[int, str], None],
    ) -> None:
        super().__init__(text)
        self._draft = draft
        self._before = before
        self._after = snapshot(draft)
        self._at = at
        self._shown = shown
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo; the change is already made
            self._first = False
            return
        restore(self._draft, self._after)
        self._shown(self._at, self.text())

    def undo(self) -> None:
        restore(self._draft, self._before)
        self._shown(
            self._at,
            QCoreApplication.translate("ChoiceCommand", "Undone: {step}").format(step=self.text()),
        )
