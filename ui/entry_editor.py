"""The entry editor: every field of one journal entry, autosaved.

The window hands it an ``Entry`` with ``load`` and gets edited copies back
through ``save_requested``, sent 700 ms after the last edit or at once on
``flush``; it never writes anything itself. Which fields show depends on the
kind: symptoms with severities, the treatments an entry is about, the entries a
lesson came from. Conditions, tags and the Markdown text are there for all.
Fields of other kinds are hidden and not saved with this kind, but they are
kept while the entry is open, so switching the kind back loses nothing.

``clear`` (for locking) leaves nothing of the entry in any widget, document or
undo stack; ``forget_journal`` also drops the catalog and link candidates.

Signals:
    ``save_requested(object)`` — an ``Entry`` to write. Never sent by ``load`` or
        when nothing changed. For a new entry (id ``None``) the debounced save
        waits for ``mark_saved`` before sending again, so typing on never makes
        a second copy; ``flush`` always sends.
    ``link_clicked(str)`` — a safe http(s)/mailto URL clicked in the preview.
    ``new_symptom_requested(str)`` — the user named a symptom that is not tracked.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import itertools

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import markdown_render
from app.models import ENTRY_KINDS, Condition, Entry, EntryRow, Symptom, Treatment

from .editor_body import BodyEditor
from .editor_checklist import CheckList, Choice
from .editor_symptoms import SymptomPicker
from .editor_tags import TagField

SAVE_DELAY_MS = 700
SAVE_STATES = ("saved", "saving", "unsaved", "failed")


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryEditor", text)


def kind_label(kind: str) -> str:
    return {
        "symptom": _tr("Symptom"),
        "treatment": _tr("Treatment"),
        "lesson": _tr("Lesson"),
        "note": _tr("Note"),
    }.get(kind, kind)


class EntryEditor(QWidget):
    """Edits one entry; see the module docstring for the contract with the window."""

    save_requested = Signal(object)
    link_clicked = Signal(str)
    new_symptom_requested = Signal(str)

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
        self._link_rows: list[EntryRow] = []
        self._known_tags: list[str] = []
        self._state = ""

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._build()
        self._connect_signals()
        self.clear()

    # -- building -----------------------------------------------------------

    def _build(self) -> None:
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")  # "Tue 4 Mar 2025": never ambiguous
        self.date_edit.setAccessibleName(_tr("Date"))
        self.time_check = QCheckBox(_tr("at"), self)
        self.time_check.setAccessibleName(_tr("Record a time"))
        self.time_check.setToolTip(_tr("Record the time of day too"))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(_tr("Time"))
        self.kind_combo = QComboBox(self)
        for kind in ENTRY_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setAccessibleName(_tr("Kind of entry"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(_tr("Optional: the first line is used otherwise"))
        self.title_edit.setAccessibleName(_tr("Title"))
        self.tag_field = TagField(self)
        self.symptom_picker = SymptomPicker(self)
        self.symptom_picker.setAccessibleName(_tr("Symptoms"))
        self.treatment_list = CheckList(_tr("treatments"), self)
        self.treatment_list.list_view.setAccessibleName(_tr("Treatments this entry is about"))
        self.source_list = CheckList(_tr("entries"), self)
        self.source_list.list_view.setAccessibleName(_tr("Entries this lesson came from"))
        self.source_list.filter_edit.setPlaceholderText(_tr("Find entries by title or date…"))
        self.condition_list = CheckList(_tr("conditions"), self)
        self.condition_list.list_view.setAccessibleName(_tr("Conditions this entry is about"))
        self.body = BodyEditor(self)
        self.save_label = QLabel(self)
        self.save_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_label.setAccessibleName(_tr("Save state"))
        self.body.status_slot.addWidget(self.save_label)

        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.date_edit)
        when.addWidget(self.time_check)
        when.addWidget(self.time_edit)
        when.addStretch(1)
        when.addWidget(QLabel(_tr("&Kind"), self, buddy=self.kind_combo))
        when.addWidget(self.kind_combo)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(QLabel(_tr("&Date"), self, buddy=self.date_edit), when)
        self.form.addRow(QLabel(_tr("T&itle"), self, buddy=self.title_edit), self.title_edit)
        self.form.addRow(QLabel(_tr("Ta&gs"), self, buddy=self.tag_field), self.tag_field)
        self.form.addRow(
            QLabel(_tr("&Symptoms"), self, buddy=self.symptom_picker.adder), self.symptom_picker
        )
        self.form.addRow(
            QLabel(_tr("T&reatments"), self, buddy=self.treatment_list.filter_edit),
            self.treatment_list,
        )
        self.form.addRow(
            QLabel(_tr("&From entries"), self, buddy=self.source_list.filter_edit), self.source_list
        )
        self.form.addRow(
            QLabel(_tr("C&onditions"), self, buddy=self.condition_list.filter_edit),
            self.condition_list,
        )

        fields = QWidget(self)
        fields.setLayout(self.form)
        self.fields_scroll = QScrollArea(self)
        self.fields_scroll.setWidget(fields)
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.fields_scroll)
        self.splitter.addWidget(self.body)
        self.splitter.setStretchFactor(0, 0)  # the fields take what they need, the text the rest
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._split_moved_by_user = False

    def _connect_signals(self) -> None:
        self._save_timer.timeout.connect(self._on_save_timer_timeout)
        self.date_edit.dateChanged.connect(self._on_field_edited)
        self.time_check.toggled.connect(self._on_time_check_toggled)
        self.time_edit.timeChanged.connect(self._on_field_edited)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.title_edit.textChanged.connect(self._on_field_edited)
        self.tag_field.textChanged.connect(self._on_field_edited)
        self.symptom_picker.changed.connect(self._on_field_edited)
        self.symptom_picker.new_symptom_requested.connect(self.new_symptom_requested)
        self.treatment_list.changed.connect(self._on_field_edited)
        self.source_list.changed.connect(self._on_field_edited)
        self.condition_list.changed.connect(self._on_field_edited)
        self.body.text_changed.connect(self._on_field_edited)
        self.body.link_clicked.connect(self.link_clicked)
        self.symptom_picker.changed.connect(self._fix_tab_order)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self.symptom_picker.changed.connect(self._schedule_fit)

    def _fix_tab_order(self) -> None:
        """Top to bottom, left to right, as the fields are shown (hidden ones are skipped)."""
        picker = self.symptom_picker
        chain: list[QWidget] = [
            self.date_edit,
            self.time_check,
            self.time_edit,
            self.kind_combo,
            self.title_edit,
            self.tag_field,
        ]
        for row in picker.rows():
            chain += [row.severity, row.duration, row.triggers, row.remove_button]
        chain += [picker.adder, picker.add_button]
        for checklist in (self.treatment_list, self.source_list, self.condition_list):
            chain += [checklist.filter_edit, checklist.list_view]
        chain += [self.body.text_edit, self.body.preview_button, self.body.preview]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- the catalog --------------------------------------------------------

    def set_catalog(
        self, symptoms: list[Symptom], treatments: list[Treatment], conditions: list[Condition]
    ) -> None:
        """What entries can refer to. Keeps the current entry's choices (and its unsaved edits)."""
        self.symptom_picker.set_symptoms(symptoms)
        today = dt.date.today()
        self.treatment_list.set_choices(
            [
                Choice(
                    t.id,
                    t.name,
                    " · ".join(
                        p
                        for p in (t.dose_text(), "" if t.is_current(today) else _tr("not current"))
                        if p
                    ),
                    f"{t.kind} {t.route}",
                )
                for t in treatments
                if t.id is not None
            ]
        )
        self.condition_list.set_choices(
            [Choice(c.id, c.name) for c in conditions if c.id is not None]
        )

    def set_link_candidates(self, rows: list[EntryRow]) -> None:
        """Entries a lesson can link to (newest first is best); searchable by title and date."""
        self._link_rows = list(rows)
        self._update_link_choices()
        self._update_known_tags()

    def set_known_tags(self, tags: list[str]) -> None:
        """Tags offered for completion (e.g. ``journal.entries.tags()`` names)."""
        self._known_tags = list(tags)
        self._update_known_tags()

    def forget_journal(self) -> None:
        """``clear`` plus the catalog, tags and link candidates: for locking."""
        self.clear()
        self._link_rows = []
        self._known_tags = []
        self.symptom_picker.forget()
        for checklist in (self.treatment_list, self.source_list, self.condition_list):
            checklist.forget()
        self.tag_field.set_known_tags([])

    def _update_link_choices(self) -> None:
        locale = self.locale()
        date_format = self.date_edit.displayFormat()
        choices = []
        for row in self._link_rows:
            if row.id == self._entry_id:
                continue  # a lesson cannot come from itself
            shown = locale.toString(QDate(row.day), date_format)
            title = row.title or _tr("(untitled)")
            choices.append(
                Choice(
                    row.id,
                    f"{shown} · {title}",
                    kind_label(row.kind),
                    " ".join((row.day.isoformat(), *row.tags)),
                )
            )
        self.source_list.set_choices(choices)

    def _update_known_tags(self) -> None:
        tags = list(self._known_tags)
        for row in self._link_rows:
            tags.extend(row.tags)
        self.tag_field.set_known_tags(tags)

    # -- the entry ----------------------------------------------------------

    def load(self, entry: Entry) -> None:
        """Show ``entry`` for editing. Emits nothing; call ``flush`` first to keep edits."""
        self._save_timer.stop()
        self._loading = True
        try:
            self._entry_id = entry.id
            self._created_at = entry.created_at
            self._updated_at = entry.updated_at
            self.date_edit.setDate(QDate(entry.day))
            self.time_check.setChecked(entry.time is not None)
            self.time_edit.setTime(
                QTime(entry.time.hour, entry.time.minute) if entry.time is not None else QTime(0, 0)
            )
            self.time_edit.setEnabled(entry.time is not None)
            index = self.kind_combo.findData(entry.kind)
            self.kind_combo.setCurrentIndex(max(0, index))
            self.title_edit.setText(entry.title)
            self.tag_field.set_tags(entry.tags)
            self.symptom_picker.clear()
            self.symptom_picker.set_readings(entry.readings)
            self.treatment_list.clear()
            self.treatment_list.set_checked_ids(entry.treatment_ids)
            self.condition_list.clear()
            self.condition_list.set_checked_ids(entry.condition_ids)
            self.source_list.clear()
            self.source_list.set_checked_ids(entry.source_ids)
            self._update_link_choices()
            self.body.set_text(entry.body)
            self._show_kind_fields()
            self._fix_tab_order()
        finally:
            self._loading = False
        self._baseline = self.current_entry()
        self._sent = []
        self._awaiting_id = False
        self._has_entry = True
        self.setEnabled(True)
        self.set_save_state("saved" if entry.id is not None else "")

    def current_entry(self) -> Entry:
        """The entry as the fields show it now (keeps id and timestamps)."""
        kind = self.kind_combo.currentData() or ENTRY_KINDS[0]
        time = self.time_edit.time() if self.time_check.isChecked() else None
        return Entry(
            kind=kind,
            day=self.date_edit.date().toPython(),
            title=self.title_edit.text(),
            body=self.body.text(),
            time=dt.time(time.hour(), time.minute()) if time is not None else None,
            tags=self.tag_field.tags(),
            readings=self.symptom_picker.readings() if kind == "symptom" else [],
            treatment_ids=self.treatment_list.checked_ids() if kind == "treatment" else [],
            condition_ids=self.condition_list.checked_ids(),
            source_ids=self.source_list.checked_ids() if kind == "lesson" else [],
            id=self._entry_id,
            created_at=self._created_at,
            updated_at=self._updated_at,
        )

    def has_unsaved_changes(self) -> bool:
        """Whether ``flush`` would send something."""
        if not self._has_entry:
            return False
        return self._baseline is None or self.current_entry() != self._baseline

    def focus_first_field(self) -> None:
        """Where typing should start: the symptom adder for a symptom entry, else the title."""
        if self.kind_combo.currentData() == "symptom":
            self.symptom_picker.adder.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Send any unsaved change now (before switching entries, locking or quitting)."""
        self._save_timer.stop()
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
        self._update_link_choices()
        if self._baseline is None or self.current_entry() != self._baseline:
            self._save_timer.start()  # edits made while the first save was on its way

    def clear(self) -> None:
        """Empty every field, document and undo stack; disabled until the next ``load``."""
        self._save_timer.stop()
        self._loading = True
        try:
            self._entry_id = None
            self._created_at = self._updated_at = ""
            self.date_edit.setDate(QDate.currentDate())
            self.time_check.setChecked(False)
            self.time_edit.setTime(QTime(0, 0))
            self.time_edit.setEnabled(False)
            self.kind_combo.setCurrentIndex(0)
            self.title_edit.setText("")  # QLineEdit.setText drops the undo history too
            self.tag_field.setText("")
            self.symptom_picker.clear()
            for checklist in (self.treatment_list, self.source_list, self.condition_list):
                checklist.clear()
            self._update_link_choices()
            self.body.wipe()
            self._show_kind_fields()
            self._fix_tab_order()
        finally:
            self._loading = False
        # Rendered blocks are cached by their text in the core; drop them with the entry.
        markdown_render._render_block.cache_clear()
        self._baseline = None
        self._sent = []
        self._awaiting_id = False
        self._has_entry = False
        self.set_save_state("")
        self.setEnabled(False)

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
        self._baseline = copy.deepcopy(entry)  # the window may keep or change what it gets
        self._sent.append(entry)
        del self._sent[:-20]
        if entry.id is None:
            self._awaiting_id = True
        self.save_requested.emit(entry)

    def _on_save_timer_timeout(self) -> None:
        if self._awaiting_id:
            return  # mark_saved restarts the timer; a second insert would duplicate the entry
        self._send_if_changed()

    def _on_field_edited(self, *_args: object) -> None:
        if self._loading or not self._has_entry:
            return
        if self._state != "unsaved":
            self.set_save_state("unsaved")
        self._save_timer.start()

    def _on_time_check_toggled(self, checked: bool) -> None:
        self.time_edit.setEnabled(checked)
        if checked and not self._loading and self.time_edit.time() == QTime(0, 0):
            now = QTime.currentTime()
            self.time_edit.setTime(QTime(now.hour(), now.minute()))
        self._on_field_edited()

    def _on_kind_combo_changed(self, _index: int) -> None:
        self._show_kind_fields()
        self._on_field_edited()

    def _show_kind_fields(self) -> None:
        kind = self.kind_combo.currentData()
        self.form.setRowVisible(self.symptom_picker, kind == "symptom")
        self.form.setRowVisible(self.treatment_list, kind == "treatment")
        self.form.setRowVisible(self.source_list, kind == "lesson")
        self._schedule_fit()

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
        fields = self.fields_scroll.widget()
        wanted = fields.sizeHint().height() + 2 * self.fields_scroll.frameWidth()
        top = min(wanted, int(total * 0.6))
        self.splitter.setSizes([top, total - top])

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._split_moved_by_user = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._schedule_fit()
