"""Journal edits that are not typing: quick log, delete and its undo (Edit ▸ Undo).

The entry itself never passes through the GUI thread on its way back: the
delete job stores it in ``holder`` on the worker, and the restore job (queued
on the same single worker) reads it from there, so undo works even when it is
pressed before the delete has finished.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.models import Entry, SymptomReading
from ui.messages import words

if TYPE_CHECKING:
    from ui.shell.journal_page import JournalPage


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


class EntryOperations:
    """Mixed into ``JournalPage``: the operations its menus and dialogs start."""

    def add_quick_log(self, readings: list[tuple[int | None, str, int]], note: str) -> None:
        """Save a quick-logged symptom entry (new symptom names are created)."""
        journal = self._journal
        if journal is None or not readings:
            return
        now = dt.datetime.now()

        def job() -> int:
            rs = []
            for symptom_id, name, severity in readings:
                if symptom_id is None:
                    symptom_id = journal.catalog.ensure_symptom(name).id
                rs.append(SymptomReading(symptom_id, severity))
            return journal.entries.add(
                Entry(
                    "symptom",
                    now.date(),
                    body=note,
                    time=now.time().replace(second=0, microsecond=0),
                    readings=rs,
                )
            )

        self._runner.submit(
            job, self._on_quick_log_saved, lambda exc: self.status_changed.emit(words(exc))
        )

    def _on_quick_log_saved(self, entry_id: int) -> None:
        if self._journal is None:
            return
        self.status_changed.emit(self.tr("Logged."))
        self.entry_saved.emit(entry_id)
        self.entry_model.reload()
        self.refresh_counts()
        self.refresh_catalog()

    def delete_entry(self, entry_id: int | None = None) -> None:
        if entry_id is None:
            entry_id = self.current_view().current_id()
        if entry_id is None or self._journal is None:
            return
        self.undo_stack.push(DeleteEntryCommand(self, entry_id))

    def run_delete(self, holder: dict) -> None:
        """Called by the undo command: delete on the worker, keep the entry for undo."""
        journal = self._journal
        if journal is None:
            return
        entry_id = holder["id"]

        def job() -> None:
            holder["entry"] = journal.entries.delete(entry_id)

        if self._last_saved is not None and self._last_saved.id == entry_id:
            self.editor.clear()
            self._last_saved = None
        self.entry_model.remove_id(entry_id)
        self._runner.submit(
            job,
            lambda _r: self._after_change(self.tr("Entry deleted.")),
            lambda exc: self.status_changed.emit(words(exc)),
        )

    def run_restore(self, holder: dict) -> None:
        journal = self._journal
        if journal is None:
            return

        def job() -> None:
            if holder.get("entry") is not None:
                journal.entries.restore(holder["entry"])

        self._select_after_load = holder["id"]
        self._runner.submit(
            job,
            lambda _r: self._after_change(self.tr("Entry restored.")),
            lambda exc: self.status_changed.emit(words(exc)),
        )

    def _after_change(self, message: str) -> None:
        if self._journal is None:
            return
        self.status_changed.emit(message)
        self.entry_model.reload()
        if self._searching():
            self.search_model.set_query(self.search_model.query())
        self.refresh_counts()


def save_entry(journal, entry: Entry) -> int:
    """Runs on the worker."""
    if entry.id is None:
        return journal.entries.add(entry)
    journal.entries.update(entry)
    return entry.id
