"""Journal edits that are not typing: quick log, delete and its undo (Edit ▸ Undo).

The entry itself never passes through the GUI thread on its way back: the
delete job stores it in ``holder`` on the worker, and the restore job (queued
on the same single worker) reads it from there, so undo works even when it is
pressed before the delete has finished.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from app.models import Entry, SymptomReading
from ui.messages import words
from ui.session import Change, Session

if TYPE_CHECKING:
    from ui.shell.journal_page import JournalPage


class DeleteEntryCommand(QUndoCommand):
    def __init__(self, operations: EntryOperations, entry_id: int) -> None:
        # The text shows in Edit ▸ Undo: never entry text.
        super().__init__(QCoreApplication.translate("DeleteEntryCommand", "Delete Entry"))
        self._operations = operations
        self._holder: dict = {"id": entry_id, "entry": None}

    def redo(self) -> None:
        self._operations.run_delete(self._holder)

    def undo(self) -> None:
        self._operations.run_restore(self._holder)


class EntryOperations(QObject):
    """The journal edits the page's menus start: the quick log, delete and its undo.

    It works through the session (never holding the journal) and tells the page what to
    show through its public methods; the session broadcasts what changed."""

    def __init__(self, session: Session, page: JournalPage) -> None:
        super().__init__(page)
        self._session = session
        self._page = page

    def add_quick_log(self, readings: list[tuple[int | None, str, int]], note: str) -> None:
        """Save a quick-logged symptom entry (new symptom names are created)."""
        if not readings:
            return
        now = dt.datetime.now()

        def job(journal) -> int:
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

        self._session.run(
            job,
            self._on_quick_log_saved,
            self._on_failed,
            changes=Change.ENTRIES | Change.CATALOG,
            origin=self._page,
        )

    def _on_quick_log_saved(self, entry_id: int) -> None:
        page = self._page
        page.status_changed.emit(self.tr("Logged."))
        page.entry_saved.emit(entry_id)
        page.entry_model.reload()
        page.refresh_counts()
        page.refresh_catalog()

    def delete_entry(self, entry_id: int | None = None) -> None:
        if entry_id is None:
            entry_id = self._page.current_view().current_id()
        if entry_id is None or not self._session.is_open():
            return
        self._page.undo_stack.push(DeleteEntryCommand(self, entry_id))

    def run_delete(self, holder: dict) -> None:
        """Called by the undo command: delete on the worker, keep the entry for undo."""
        entry_id = holder["id"]

        def job(journal) -> None:
            holder["entry"] = journal.entries.delete(entry_id)

        if self._session.run(
            job,
            lambda _r: self._after_change(self.tr("Entry deleted.")),
            self._on_failed,
            changes=Change.ENTRIES,
            origin=self._page,
        ):
            self._page.forget_entry(entry_id)

    def run_restore(self, holder: dict) -> None:
        def job(journal) -> None:
            if holder.get("entry") is not None:
                journal.entries.restore(holder["entry"])

        if self._session.run(
            job,
            lambda _r: self._after_change(self.tr("Entry restored.")),
            self._on_failed,
            changes=Change.ENTRIES,
            origin=self._page,
        ):
            self._page.select_after_load(holder["id"])

    def _after_change(self, message: str) -> None:
        page = self._page
        page.status_changed.emit(message)
        page.entry_model.reload()
        if page.search_model.query():
            page.search_model.set_query(page.search_model.query())
        page.refresh_counts()

    def _on_failed(self, exc: BaseException) -> None:
        self._page.status_changed.emit(words(exc))


def save_entry(journal, entry: Entry) -> int:
    """Runs on the worker."""
    if entry.id is None:
        return journal.entries.add(entry)
    journal.entries.update(entry)
    return entry.id
