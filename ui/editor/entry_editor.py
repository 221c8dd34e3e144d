"""The entry editor: every field of one journal entry, autosaved.

The window hands it an ``Entry`` with ``load`` and gets edited copies back
through ``save_requested``, sent 700 ms after the last edit or at once on
``flush``; it never writes anything itself. The fields above the text live in
``EntryFields`` (which rows show depends on the kind), the Markdown text and
its preview in ``BodyEditor``; this class keeps track of what was saved.

``take_synced`` is handed the entry's newest stored version after a sync: with no
unsaved edits it is shown quietly (the cursor stays where it was); with unsaved edits
they stay on screen, autosave waits, and ``SyncNoticeBar`` offers their version or
mine, so neither is lost (keeping mine saves it as a normal edit).

``clear`` (for locking) leaves nothing of the entry in any widget, document or
undo stack; ``forget_journal`` also drops the catalog and link candidates.

Signals:
    ``save_requested(object)`` — an ``Entry`` to write. Never sent by ``load`` or
        when nothing changed. For a new entry (id ``None``) the debounced save
        waits for ``mark_saved`` before sending again, so typing on never makes
        a second copy; ``flush`` always sends.
    ``link_clicked(str)`` — a safe http(s)/mailto URL clicked in the preview.
    ``new_symptom_requested(str)`` — the user named a symptom that is not tracked.
    ``new_treatment_requested(str)`` — the user typed a new treatment's name and Enter.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from app import markdown_render
from app.models import Condition, Entry, EntryRow, Symptom, Treatment
from ui.editor.body import BodyEditor
from ui.editor.fields import EntryFields, kind_label
from ui.editor.sync_notice import SyncNoticeBar

__all__ = ["SAVE_DELAY_MS", "SAVE_STATES", "EntryEditor", "kind_label"]

SAVE_DELAY_MS = 700
SAVE_STATES = ("saved", "saving", "unsaved", "failed", "empty")


def is_blank(entry: Entry) -> bool:
    """Nothing written or rated: a symptom picked but left at 0 is not yet a reading."""
    return not (
        entry.title.strip()
        or entry.body.strip()
        or entry.tags
        or entry.treatment_ids
        or entry.condition_ids
        or entry.source_ids
        or any(r.severity or r.duration_min or r.triggers.strip() for r in entry.readings)
    )


def _content(entry: Entry) -> Entry:
    """What the user sees of an entry (not when it was stored)."""
    return dataclasses.replace(entry, created_at="", updated_at="")


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryEditor", text)


class EntryEditor(QWidget):
    """Edits one entry; see the module docstring for the contract with the window."""

    save_requested = Signal(object)
    link_clicked = Signal(str)
    new_symptom_requested = Signal(str)
    new_treatment_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Entry editor"))
        self._entry_id: int | None = None
        self._created_at = ""
        self._updated_at = ""
        self._loading = False
        self._has_entry = False  # between clear() and load() there is nothing to save
        self._baseline: Entry | None = None  # what the window has, or was last asked to save
        self._sent: list[Entry] = []  # entries emitted since load, for mark_saved(entry=...)
        self._awaiting_id = False
        self._state = ""
        self._split_moved_by_user = False
        self._theirs: Entry | None = None  # a synced version waiting for the user's choice
        self._mine: Entry | None = None  # my edits kept aside while theirs is shown
        self._device = ""

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._build()
        self._connect_signals()
        self.clear()

    def _build(self) -> None:
        self.fields = EntryFields(self)
        # The widgets the window and tests reach for, by their plain names.
        fields = self.fields
        self.date_edit, self.time_check, self.time_edit = (
            fields.date_edit, fields.time_check, fields.time_edit)  # fmt: skip
        self.kind_combo, self.title_edit, self.tag_field = (
            fields.kind_combo, fields.title_edit, fields.tag_field)  # fmt: skip
        self.symptom_picker, self.treatment_list = fields.symptom_picker, fields.treatment_list
        self.source_list, self.condition_list = fields.source_list, fields.condition_list

        self.body = BodyEditor(self)
        self.save_label = QLabel(self)
        self.save_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_label.setAccessibleName(_tr("Save state"))
        self.body.status_slot.addWidget(self.save_label)

        self.fields_scroll = QScrollArea(self)
        self.fields_scroll.setWidget(self.fields)
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.fields_scroll)
        self.splitter.addWidget(self.body)
        self.splitter.setStretchFactor(0, 0)  # the fields take what they need, the text the rest
        self.splitter.setStretchFactor(1, 1)
        self.sync_notice = SyncNoticeBar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sync_notice)
        layout.addWidget(self.splitter)

    def _connect_signals(self) -> None:
        self._save_timer.timeout.connect(self._on_save_timer_timeout)
        self.fields.edited.connect(self._on_field_edited)
        self.fields.new_symptom_requested.connect(self.new_symptom_requested)
        self.fields.new_treatment_requested.connect(self.new_treatment_requested)
        self.fields.rows_changed.connect(self._fix_tab_order)
        self.fields.rows_changed.connect(self._schedule_fit)
        self.body.text_changed.connect(self._on_field_edited)
        self.body.link_clicked.connect(self.link_clicked)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self.sync_notice.theirs_chosen.connect(self._on_sync_notice_theirs_chosen)
        self.sync_notice.mine_kept.connect(self._on_sync_notice_mine_kept)
        self.sync_notice.mine_restored.connect(self._on_sync_notice_mine_restored)

    def _fix_tab_order(self) -> None:
        chain = self.fields.tab_chain()
        chain += [self.body.text_edit, self.body.preview_button, self.body.preview]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- what entries can refer to ------------------------------------------

    def set_catalog(self, symptoms: list[Symptom], treatments: list[Treatment],
                    conditions: list[Condition]) -> None:  # fmt: skip
        """What entries can refer to. Keeps the current entry's choices (and its unsaved edits).

        A symptom asked for with ``new_symptom_requested`` is added once it is in ``symptoms``.
        """
        self.fields.set_catalog(symptoms, treatments, conditions)

    def symptom_not_added(self, name: str) -> None:
        """The symptom asked for with ``new_symptom_requested`` could not be created."""
        self.symptom_picker.drop_pending(name)

    def set_link_candidates(self, rows: list[EntryRow]) -> None:
        """Entries a lesson can link to; searchable by title, date and tags."""
        self.fields.set_link_candidates(rows)

    def set_known_tags(self, tags: list[str]) -> None:
        """Tags offered for completion (e.g. the names from ``journal.entries.tags()``)."""
        self.fields.set_known_tags(tags)

    def forget_journal(self) -> None:
        """``clear`` plus the catalog, known tags and link candidates: for locking."""
        self.clear()
        self.fields.forget()

    # -- the entry ----------------------------------------------------------

    def load(self, entry: Entry) -> None:
        """Show ``entry`` for editing. Emits nothing; call ``flush`` first to keep edits."""
        self._save_timer.stop()
        self._loading = True
        try:
            self._entry_id = entry.id
            self._created_at = entry.created_at
            self._updated_at = entry.updated_at
            self.fields.fill(entry)
            self.body.set_text(entry.body)
            self._fix_tab_order()
        finally:
            self._loading = False
        self._baseline = self.current_entry()
        self._sent = []
        self._awaiting_id = False
        self._has_entry = True
        self._end_sync_notice()
        self.setEnabled(True)
        self.set_save_state("saved" if entry.id is not None else "")

    def current_entry(self) -> Entry:
        """The entry as the fields show it now (keeps id and timestamps)."""
        return self.fields.read(self.body.text(), self._entry_id, self._created_at,
                                self._updated_at)  # fmt: skip

    def has_unsaved_changes(self) -> bool:
        """Whether ``flush`` would send something."""
        if not self._has_entry:
            return False
        return self._baseline is None or self.current_entry() != self._baseline

    def take_draft(self) -> Entry | None:
        """A new entry that autosave holds back (only picked symptoms, nothing rated or
        written yet), for the encrypted drafts before a lock; None when there is none."""
        if not self._has_entry or self._entry_id is not None:
            return None
        entry = self.current_entry()
        if not is_blank(entry) or not entry.readings:
            return None
        return entry

    def focus_first_field(self) -> None:
        """Where typing should start: the symptom adder for a symptom entry, else the title."""
        self.fields.focus_first()

    def flush(self) -> None:
        """Send any unsaved change now (before switching entries, locking or quitting).
        With a synced version waiting, that keeps mine, as "Keep mine" does."""
        self._save_timer.stop()
        self._theirs = None
        self._send_if_changed()

    def mark_saved(self, entry_id: int, entry: Entry | None = None) -> None:
        """The window stored the entry under ``entry_id``; later saves update it.

        Pass the ``Entry`` that was saved as ``entry`` to have the call ignored
        when the editor has since moved on to another entry (a late reply).
        """
        if entry is not None and not any(sent is entry for sent in self._sent):
            return
        self._entry_id = entry_id
        self._awaiting_id = False
        if self._baseline is not None:
            self._baseline = dataclasses.replace(self._baseline, id=entry_id)
        self.fields.set_own_id(entry_id)
        if self._baseline is None or self.current_entry() != self._baseline:
            self._save_timer.start()  # edits made while the first save was on its way

    def clear(self) -> None:
        """Empty every field, document and undo stack; disabled until the next ``load``."""
        self._save_timer.stop()
        self._loading = True
        try:
            self._entry_id = None
            self._created_at = self._updated_at = ""
            self.fields.reset()
            self.body.wipe()
            self._fix_tab_order()
        finally:
            self._loading = False
        # Rendered blocks are cached by their text in the core; drop them with the entry.
        markdown_render.forget_cache()
        self._baseline = None
        self._sent = []
        self._awaiting_id = False
        self._has_entry = False
        self._end_sync_notice()
        self.set_save_state("")
        self.setEnabled(False)

    # -- a sync changed the entry ---------------------------------------------

    def entry_id(self) -> int | None:
        """The stored entry shown (None for a new one not saved yet, or none)."""
        return self._entry_id if self._has_entry else None

    def take_synced(self, entry: Entry, device: str = "") -> None:
        """``entry`` is the newest stored version of the entry shown, after a sync with
        ``device`` (a name, or "" when unknown). See the module docstring."""
        if not self._has_entry or entry.id is None or entry.id != self._entry_id:
            return
        if self._baseline is not None and _content(entry) == _content(self._baseline):
            return  # nothing new for this entry (or it is our own save)
        self._device = device
        if not self.has_unsaved_changes():
            self._reload_in_place(entry)
            return
        self._theirs = entry
        self._mine = None
        self._save_timer.stop()
        self.set_save_state("unsaved")
        self.sync_notice.show_changed(device)

    def _reload_in_place(self, entry: Entry) -> None:
        cursor = self.body.text_edit.textCursor().position()
        scroll = self.body.text_edit.verticalScrollBar().value()
        self.load(entry)
        text_cursor = self.body.text_edit.textCursor()
        text_cursor.setPosition(min(cursor, len(entry.body)))
        self.body.text_edit.setTextCursor(text_cursor)
        self.body.text_edit.verticalScrollBar().setValue(scroll)

    def _on_sync_notice_theirs_chosen(self) -> None:
        theirs, mine, device = self._theirs, self.current_entry(), self._device
        if theirs is None:
            return
        self.load(theirs)  # ends the notice; it comes back offering mine
        self._mine = mine
        self._device = device
        self.sync_notice.show_theirs(device)

    def _on_sync_notice_mine_kept(self) -> None:
        self._end_sync_notice()
        self._send_if_changed()  # a normal edit over theirs, which syncs out as such

    def _on_sync_notice_mine_restored(self) -> None:
        mine = self._mine
        self._end_sync_notice()
        if mine is None or not self._has_entry:
            return
        self._loading = True
        try:
            self.fields.fill(dataclasses.replace(mine, id=self._entry_id))
            self.body.set_text(mine.body)
            self._fix_tab_order()
        finally:
            self._loading = False
        self._send_if_changed()

    def _end_sync_notice(self) -> None:
        self._theirs = None
        self._mine = None
        self.sync_notice.setVisible(False)

    # -- save state ---------------------------------------------------------

    def set_save_state(self, state: str, message: str = "") -> None:
        """Show how saving is going: "saved", "saving", "unsaved", "failed" (or "" for nothing).

        A failed save keeps the text and makes the next ``flush`` or edit send it again.
        """
        if state == "failed":
            self._baseline = None
            self._awaiting_id = False
        if state == "saved" and self._baseline is not None and self.has_unsaved_changes():
            state = "unsaved"  # newer edits are still waiting for their turn
        self._state = state
        words = {
            "saved": _tr("Saved"),
            "saving": _tr("Saving…"),
            "unsaved": _tr("Unsaved changes"),
            "failed": _tr("Couldn't save — your text is kept"),
            "empty": _tr("Not saved yet: rate a symptom or write something"),
        }
        text = words.get(state, "")
        if state == "failed" and message:
            text = f"{text}. {message}"
        self.save_label.setText(text)
        self.save_label.setToolTip(message)
        self.save_label.setAccessibleDescription(text)
        font = self.save_label.font()
        font.setBold(state == "failed")  # the one state that needs noticing
        self.save_label.setFont(font)

    def save_state(self) -> str:
        return self._state

    # -- internals ----------------------------------------------------------

    def _send_if_changed(self) -> None:
        if not self._has_entry:
            return
        entry = self.current_entry()
        if self._baseline is not None and entry == self._baseline:
            if self._state == "unsaved":
                self.set_save_state("saved" if self._entry_id is not None else "")
            return
        if entry.id is None and is_blank(entry):
            self.set_save_state("empty")  # never an "(untitled)" entry with nothing in it
            return
        self._baseline = copy.deepcopy(entry)  # the window may keep or change what it gets
        self._sent.append(entry)
        del self._sent[:-20]
        if entry.id is None:
            self._awaiting_id = True
        self.save_requested.emit(entry)

    def _on_save_timer_timeout(self) -> None:
        if self._theirs is not None:
            return  # the user has not said yet whether their version or mine stays
        if self._awaiting_id:
            return  # mark_saved restarts the timer; a second insert would duplicate the entry
        self._send_if_changed()

    def _on_field_edited(self, *_args: object) -> None:
        if self._loading or not self._has_entry:
            return
        if self._state != "unsaved":
            self.set_save_state("unsaved")
        if self._mine is not None:  # editing their version: it is the one kept
            self._end_sync_notice()
        self._save_timer.start()

    def _schedule_fit(self) -> None:
        QTimer.singleShot(0, self, self._fit_fields)  # once the layout knows the new rows

    def _fit_fields(self) -> None:
        """Give the fields the height they need (up to 60 %), the text the rest.

        Only until the user drags the splitter: then their choice stays.
        """
        if self._split_moved_by_user or not self.isVisible():
            return
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        wanted = self.fields.sizeHint().height() + 2 * self.fields_scroll.frameWidth()
        top = min(wanted, int(total * 0.6))
        self.splitter.setSizes([top, total - top])

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._split_moved_by_user = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._schedule_fit()
