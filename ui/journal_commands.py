"""Undoable journal operations (the QUndoStack behind Edit ▸ Undo).

The entry itself never passes through the GUI thread on its way back: the
delete job stores it in ``holder`` on the worker, and the restore job (queued
on the same single worker) reads it from there, so undo works even when it is
pressed before the delete has finished.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from .journal_page import JournalPage


class DeleteEntryCommand(QUndoCommand):
    def __init__(self, page: JournalPage, entry_id: int) -> None:
        # The text shows in Edit ▸ Undo: never entry text.
        super().__init__(QCoreApplication.translate("DeleteEntryCommand", "Delete Entry"))
        self._page = page
        self._holder: dict = {"id": entry_id, "entry": None}

    def redo(self) -> None:
        self._page.run_delete(self._holder)

    def undo(self) -> None:
        self._page.run_restore(self._holder)
