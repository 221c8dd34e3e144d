"""Two parts of the journal page kept apart so the page stays readable: the editor's
draft across a lock, and treatments (added from the editor, managed in their window).

A mixin for ``JournalPage``: it uses the page's ``_session``, ``_is_open``, ``editor``,
``entry_view``, ``refresh_catalog``, ``refresh_counts`` and ``status_changed``.
"""

from __future__ import annotations

from app.journal.drafts import entry_from_payload, entry_payload
from ui.messages import words
from ui.session import Change


class DraftsAndTreatments:
    treatments_dialog = None  # the open Treatments window, if any

    def open_treatments(self) -> None:
        """The Treatments window (one at a time); closed, with its edits saved, on lock."""
        if not self._session.is_open() or not self._is_open():
            return
        if self.treatments_dialog is not None:
            self.treatments_dialog.raise_()
            return
        from ui.treatments.dialog import TreatmentsDialog

        dialog = TreatmentsDialog(self._session, self)  # closes itself (saving) on lock
        dialog.treatments_changed.connect(self.refresh_catalog)
        dialog.treatments_changed.connect(self.refresh_counts)
        dialog.failed.connect(self.status_changed)
        dialog.finished.connect(lambda _r: self._on_treatments_dialog_finished(dialog))
        self.treatments_dialog = dialog
        dialog.open()

    def _on_treatments_dialog_finished(self, dialog) -> None:
        if self.treatments_dialog is dialog:
            self.treatments_dialog = None
        dialog.deleteLater()
        self.refresh_catalog()  # after the dialog's last save: one worker, in order
        self.refresh_counts()

    def take_draft(self) -> dict | None:
        """The editor's held-back new entry, for the encrypted drafts (lock or quit)."""
        entry = self.editor.take_draft()
        return entry_payload(entry) if entry is not None else None

    def restore_editor_draft(self) -> None:
        """After unlock: show the new entry that was unfinished at the lock again."""
        if self._is_open():
            self._session.run(
                lambda journal: journal.drafts.take("editor"), self._on_editor_draft_taken
            )

    def _on_editor_draft_taken(self, payload) -> None:
        entry = entry_from_payload(payload) if payload else None
        if entry is None:
            return
        self._select_first_on_load = False
        self._session.drop(self._load_key)  # an entry still loading must not replace it
        self._chosen = None
        self.entry_view.clearSelection()
        self._last_saved = entry
        self.editor.load(entry)
        self.editor.focus_first_field()
        self.status_changed.emit(self.tr("Restored the entry you were writing before the lock."))

    def _on_editor_new_treatment_requested(self, name: str) -> None:
        if self._is_open() and name.strip():
            self._session.run(
                lambda journal: journal.catalog.ensure_treatment(name),
                lambda _t: self._on_treatment_added(name),
                lambda exc: self.status_changed.emit(words(exc)),
                changes=Change.TREATMENTS,
                origin=self,
            )

    def _on_treatment_added(self, name: str) -> None:
        self.status_changed.emit(
            self.tr(
                "Added “%1” to your treatments. Set its dose in Medications & therapies ▸ "
                "Add or change treatments (in the sidebar)."
            ).replace("%1", name)
        )
        self.refresh_catalog()
