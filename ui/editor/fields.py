"""The entry editor's fields above the text: when, kind, title, tags and what it links to.

Which rows show depends on the kind: symptoms with severities, the treatments
an entry is about, the entries a lesson came from; conditions for every kind.
Rows of other kinds are hidden and not read back for this kind, but keep their
values, so switching the kind back loses nothing.

Signals:
    ``edited()`` — the user changed any field (the editor ignores it while loading).
    ``new_symptom_requested(str)`` — the user named a symptom that is not tracked.
    ``new_treatment_requested(str)`` — the same for a treatment (Enter in its filter box).
    ``rows_changed()`` — rows appeared or went (kind changed, symptom added): refit.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.models import ENTRY_KINDS, Condition, Entry, EntryRow, Symptom, Treatment
from ui.date_field import DateField, TimeField
from ui.editor.checklist import CheckList, Choice
from ui.editor.symptoms import SymptomPicker
from ui.editor.tags import TagField

DATE_FORMAT = "ddd d MMM yyyy"  # "Tue 4 Mar 2025": never ambiguous, in the user's language


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryEditor", text)


def kind_label(kind: str) -> str:
    labels = {"symptom": _tr("Symptom"), "treatment": _tr("Treatment"), "lesson": _tr("Lesson"),
              "note": _tr("Note")}  # fmt: skip
    return labels.get(kind, kind)


def treatment_choice(treatment: Treatment, today: dt.date) -> Choice:
    """A treatment as a row: its name, then its dose and whether it is still taken."""
    current = "" if treatment.is_current(today) else _tr("not current")
    detail = " · ".join(p for p in (treatment.dose_text(), current) if p)
    return Choice(treatment.id or 0, treatment.name, detail, f"{treatment.kind} {treatment.route}")


class EntryFields(QWidget):
    """Everything of an entry except its text; ``fill`` shows an entry, ``read`` builds one."""

    edited = Signal()
    new_symptom_requested = Signal(str)
    new_treatment_requested = Signal(str)
    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._own_id: int | None = None  # a lesson cannot come from itself
        self._link_rows: list[EntryRow] = []
        self._known_tags: list[str] = []
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.date_edit = DateField(parent=self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setAccessibleName(_tr("Date"))
        self.time_check = QCheckBox(_tr("at"), self)
        self.time_check.setAccessibleName(_tr("Record a time"))
        self.time_check.setToolTip(_tr("Record the time of day too"))
        self.time_edit = TimeField(parent=self)
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
        self.treatment_list = CheckList(
            _tr("treatments"), self, creatable=_tr("Press Enter to add “%1” as a new treatment.")
        )
        self.treatment_list.list_view.setAccessibleName(_tr("Treatments this entry is about"))
        self.source_list = CheckList(_tr("entries"), self)
        self.source_list.list_view.setAccessibleName(_tr("Entries this lesson came from"))
        self.source_list.filter_edit.setPlaceholderText(_tr("Find entries by title or date…"))
        self.condition_list = CheckList(_tr("conditions"), self)
        self.condition_list.list_view.setAccessibleName(_tr("Conditions this entry is about"))

        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.date_edit)
        when.addWidget(self.time_check)
        when.addWidget(self.time_edit)
        when.addStretch(1)
        kind_row = QHBoxLayout()  # its own row: the date row stays narrow with large fonts
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.kind_combo)
        kind_row.addStretch(1)

        form = self.form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget, QWidget | QHBoxLayout]] = [
            (_tr("&Date"), self.date_edit, when),
            (_tr("&Kind"), self.kind_combo, kind_row),
            (_tr("T&itle"), self.title_edit, self.title_edit),
            (_tr("Ta&gs"), self.tag_field, self.tag_field),
            (_tr("&Symptoms"), self.symptom_picker.adder, self.symptom_picker),
            (_tr("T&reatments"), self.treatment_list.filter_edit, self.treatment_list),
            (_tr("&From entries"), self.source_list.filter_edit, self.source_list),
            (_tr("C&onditions"), self.condition_list.filter_edit, self.condition_list),
        ]
        for text, buddy, field in rows:
            form.addRow(QLabel(text, self, buddy=buddy), field)

    def _connect_signals(self) -> None:
        self.date_edit.dateChanged.connect(self._on_any_edited)
        self.time_check.toggled.connect(self._on_time_check_toggled)
        self.time_edit.timeChanged.connect(self._on_any_edited)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.title_edit.textChanged.connect(self._on_any_edited)
        self.tag_field.textChanged.connect(self._on_any_edited)
        self.symptom_picker.changed.connect(self._on_any_edited)
        self.symptom_picker.changed.connect(self.rows_changed)
        self.symptom_picker.new_symptom_requested.connect(self.new_symptom_requested)
        self.treatment_list.create_requested.connect(self.new_treatment_requested)
        for checklist in self._checklists():
            checklist.changed.connect(self._on_any_edited)

    def _checklists(self) -> tuple[CheckList, CheckList, CheckList]:
        return (self.treatment_list, self.source_list, self.condition_list)

    def tab_chain(self) -> list[QWidget]:
        """The focusable widgets top to bottom, left to right (hidden ones Qt skips)."""
        chain: list[QWidget] = [self.date_edit, self.time_check, self.time_edit,
                                self.kind_combo, self.title_edit, self.tag_field]  # fmt: skip
        for row in self.symptom_picker.rows():
            chain += [row.severity, row.duration, row.triggers, row.remove_button]
        chain += [self.symptom_picker.adder, self.symptom_picker.add_button]
        for checklist in self._checklists():
            chain += [checklist.filter_edit, checklist.list_view]
        return chain

    # -- what entries can refer to ------------------------------------------

    def set_catalog(self, symptoms: list[Symptom], treatments: list[Treatment],
                    conditions: list[Condition]) -> None:  # fmt: skip
        self.symptom_picker.set_symptoms(symptoms)
        today = dt.date.today()
        self.treatment_list.set_choices(
            [treatment_choice(t, today) for t in treatments if t.id is not None]
        )
        self.condition_list.set_choices(
            [Choice(c.id, c.name) for c in conditions if c.id is not None]
        )

    def set_link_candidates(self, rows: list[EntryRow]) -> None:
        self._link_rows = list(rows)
        self._update_link_choices()
        self._update_known_tags()

    def set_known_tags(self, tags: list[str]) -> None:
        self._known_tags = list(tags)
        self._update_known_tags()

    def set_own_id(self, entry_id: int | None) -> None:
        self._own_id = entry_id
        self._update_link_choices()

    def forget(self) -> None:
        """Drop the catalog, candidates and known tags (the journal was locked)."""
        self._link_rows = []
        self._known_tags = []
        self.symptom_picker.forget()
        for checklist in self._checklists():
            checklist.forget()
        self.tag_field.set_known_tags([])

    def _update_link_choices(self) -> None:
        locale = self.locale()
        choices = []
        for row in self._link_rows:
            if row.id == self._own_id:
                continue
            shown = locale.toString(QDate(row.day), DATE_FORMAT)
            title = row.title or _tr("(untitled)")
            search = " ".join((row.day.isoformat(), *row.tags))
            choices.append(Choice(row.id, f"{shown} · {title}", kind_label(row.kind), search))
        self.source_list.set_choices(choices)

    def _update_known_tags(self) -> None:
        tags = list(self._known_tags)
        for row in self._link_rows:
            tags.extend(row.tags)
        self.tag_field.set_known_tags(tags)

    # -- the entry ------------------------------------------------------------

    def fill(self, entry: Entry) -> None:
        """Show ``entry``; emits no ``edited``. QLineEdit.setText also drops undo history."""
        self._filling = True
        try:
            self._own_id = entry.id
            self.date_edit.setDate(QDate(entry.day))
            self.time_check.setChecked(entry.time is not None)
            shown = entry.time or dt.time(0, 0)
            self.time_edit.setTime(QTime(shown.hour, shown.minute))
            self.time_edit.setEnabled(entry.time is not None)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(entry.kind)))
            self.title_edit.setText(entry.title)
            self.tag_field.set_tags(entry.tags)
            self.symptom_picker.clear()
            self.symptom_picker.set_readings(entry.readings)
            for checklist, ids in zip(
                self._checklists(),
                (entry.treatment_ids, entry.source_ids, entry.condition_ids),
                strict=True,
            ):
                checklist.clear()
                checklist.set_checked_ids(ids)
            self._update_link_choices()
            self._show_kind_rows()
        finally:
            self._filling = False

    def read(self, body: str, entry_id: int | None, created_at: str, updated_at: str) -> Entry:
        """The entry the fields show, with links only of the kind chosen."""
        kind = self.kind_combo.currentData() or ENTRY_KINDS[0]
        time = self.time_edit.time() if self.time_check.isChecked() else None
        return Entry(
            kind=kind,
            day=self.date_edit.date().toPython(),
            title=self.title_edit.text(),
            body=body,
            time=dt.time(time.hour(), time.minute()) if time is not None else None,
            tags=self.tag_field.tags(),
            readings=self.symptom_picker.readings() if kind == "symptom" else [],
            treatment_ids=self.treatment_list.checked_ids() if kind == "treatment" else [],
            condition_ids=self.condition_list.checked_ids(),
            source_ids=self.source_list.checked_ids() if kind == "lesson" else [],
            id=entry_id,
            created_at=created_at,
            updated_at=updated_at,
        )

    def reset(self) -> None:
        """Empty every field (today, no time, first kind) and every line edit's undo history."""
        self.fill(Entry(ENTRY_KINDS[0], dt.date.today()))

    def focus_first(self) -> None:
        if self.kind_combo.currentData() == "symptom":
            self.symptom_picker.adder.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- internals ------------------------------------------------------------

    def _on_any_edited(self, *_args: object) -> None:
        if not self._filling:
            self.edited.emit()

    def _on_time_check_toggled(self, checked: bool) -> None:
        self.time_edit.setEnabled(checked)
        if checked and not self._filling and self.time_edit.time() == QTime(0, 0):
            now = QTime.currentTime()
            self.time_edit.setTime(QTime(now.hour(), now.minute()))
        self._on_any_edited()

    def _on_kind_combo_changed(self, _index: int) -> None:
        self._show_kind_rows()
        self._on_any_edited()

    def _show_kind_rows(self) -> None:
        kind = self.kind_combo.currentData()
        self.form.setRowVisible(self.symptom_picker, kind == "symptom")
        self.form.setRowVisible(self.treatment_list, kind == "treatment")
        self.form.setRowVisible(self.source_list, kind == "lesson")
        self.rows_changed.emit()
