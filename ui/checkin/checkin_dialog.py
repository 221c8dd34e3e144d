"""The daily check-in: every tracked symptom and daily factor for one day, in one
small window, done from the keyboard in a few seconds.

Focus starts in the first answer. Each field shows yesterday's value as its
placeholder; Ctrl+D ("same as yesterday") fills every blank field with it, a typed
value replaces one, a blank field is not recorded, and Enter saves. So a day like
yesterday is: open (Ctrl+Shift+D), Ctrl+D, Enter. The day can be changed (Alt+A, or
Ctrl+[ and Ctrl+] for the day before and after) for a day that was missed; the
window then asks for that day's data.

While an n-of-1 experiment runs, a line at the top says what the day's block asks
("Today: take Magnesium (block 2 of 4, until 29 Mar)"), and says so when a new
block starts that day, so a switch is not missed.

It only returns values (``answers()``); the flow loads and saves.

Signals:
    day_requested(object): the user picked another day (a ``datetime.date``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.checkin import CheckInAnswers, CheckInData, DueDose
from app.report.experiment import Experiment, todo
from app.report.experiment_words import today_line
from ui.checkin.value_field import ValueField
from ui.core_text import core_tr
from ui.date_field import DateField
from ui.screen_fit import fit_to_screen

_STATUSES = (None, "taken", "skipped")


class CheckInDialog(QDialog):
    day_requested = Signal(object)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CheckInDialog")
        self.setWindowTitle(self.tr("Daily check-in"))
        self._today = today
        self._data: CheckInData | None = None
        self._focus_target: QWidget | None = None
        self.symptom_fields: dict[int, ValueField] = {}
        self.factor_fields: dict[int, ValueField] = {}
        self.dose_boxes: dict[tuple[int, dt.time], QComboBox] = {}
        self.day_edit = DateField()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat(self.tr("dddd d MMMM yyyy"))
        self.day_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.day_edit.setAccessibleDescription(
            self.tr("The day this check-in is for. Ctrl+[ goes to the day before.")
        )
        self.hint = QLabel(
            self.tr("Blank means not recorded. Ctrl+D: same as yesterday. Enter saves.")
        )
        self.hint.setObjectName("mutedLabel")
        self.hint.setWordWrap(True)
        self.experiment_label = QLabel()
        self.experiment_label.setObjectName("experimentLabel")
        self.experiment_label.setWordWrap(True)
        self.experiment_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.experiment_label.font()
        bold.setBold(True)
        self.experiment_label.setFont(bold)
        self.experiment_label.setVisible(False)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form_host)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty = QLabel(
            self.tr(
                "You track no symptoms or daily factors yet. Add them "
                "in Preferences, or rate a symptom with Quick Log."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        self.same_button = QPushButton(self.tr("Same as &yesterday"))
        self.same_button.setAutoDefault(False)
        self.same_button.setToolTip(self.tr("Fill every blank answer with yesterday's (Ctrl+D)"))
        self.same_button.setAccessibleDescription(self.same_button.toolTip())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleDescription(self.tr("Save this check-in (Enter)"))
        self.buttons.addButton(self.same_button, QDialogButtonBox.ButtonRole.ActionRole)
        day_row = QHBoxLayout()
        day_label = QLabel(self.tr("D&ay:"))
        day_label.setBuddy(self.day_edit)
        day_row.addWidget(day_label)
        day_row.addWidget(self.day_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(day_row)
        layout.addWidget(self.experiment_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self._shortcuts = [
            QShortcut(QKeySequence("Ctrl+D"), self),
            QShortcut(QKeySequence("Ctrl+["), self),
            QShortcut(QKeySequence("Ctrl+]"), self),
        ]
        self.set_day(today)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.same_button.clicked.connect(self.same_as_yesterday)
        self._shortcuts[0].activated.connect(self.same_as_yesterday)
        self._shortcuts[1].activated.connect(lambda: self._step_day(-1))
        self._shortcuts[2].activated.connect(lambda: self._step_day(1))
        self.day_edit.dateChanged.connect(self._on_day_edit_date_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- data in ---------------------------------------------------------------

    def set_data(self, data: CheckInData) -> None:
        """Show one day's questions (replaces what was shown)."""
        self._data = data
        self.set_day(data.day)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.symptom_fields.clear()
        self.factor_fields.clear()
        self.dose_boxes.clear()
        if data.symptoms:
            self._section(self.tr("Symptoms, 0 (none) to 10 (worst)"))
        for s in data.symptoms:
            field = ValueField("severity", s.name, _get(data.previous_symptoms, s.id))
            field.set_value(_get(data.symptom_values, s.id))
            self.symptom_fields[s.id] = field
            self._row(s.name, field)
        if data.factors:
            self._section(self.tr("Daily factors"))
        for f in data.factors:
            field = ValueField(f.kind, f.name, _get(data.previous_factors, f.id))
            field.set_value(_get(data.factor_values, f.id))
            self.factor_fields[f.id] = field
            self._row(f"{f.name} ({f.unit})" if f.unit else f.name, field)
        if data.doses:
            self._section(self.tr("Doses"))
        for dose in data.doses:
            self._dose_row(dose)
        self.empty.setVisible(not (data.symptoms or data.factors or data.doses))
        self.same_button.setEnabled(bool(data.previous_symptoms or data.previous_factors))
        self.save_button.setEnabled(True)
        self._fix_tab_order()
        QTimer.singleShot(0, self, self._grow_to_fit)  # once the new rows are laid out
        first = self._fields()
        self._focus_target = first[0] if first else self.save_button
        self._focus_target.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.isActiveWindow():
            self._focus_target = None

    def _grow_to_fit(self) -> None:
        """The flow shows the dialog before its questions arrive, sized for none: grow
        to show them all (within the screen; the rest scrolls), not a two-line window."""
        if not self.isVisible():
            return  # the first show sizes it from its filled layout
        hint, view = self.form_host.sizeHint(), self.scroll.viewport().size()
        wider = max(
            0, hint.width() - view.width() + self.scroll.verticalScrollBar().sizeHint().width()
        )
        taller = max(0, hint.height() - view.height())
        if wider or taller:
            fit_to_screen(self, self.width() + wider, self.height() + taller)

    def set_experiment(self, plan: Experiment | None) -> None:
        """Say what the shown day's block of the experiment asks (nothing without one)."""
        text = self.experiment_text(plan, self.day()) if plan is not None else ""
        self.experiment_label.setText(text)
        self.experiment_label.setAccessibleName(text)
        self.experiment_label.setVisible(bool(text))

    def experiment_text(self, plan: Experiment, day: dt.date) -> str:
        """ "Today: take Magnesium (block 2 of 4, until 29 Mar)", a note on the day a
        new block starts, or the block of a missed day being filled in."""
        block = plan.block_on(day)
        if day == self._today:
            text = today_line(plan, day, core_tr) or ""
        elif block is None:
            return ""
        else:
            text = self.tr("That day: {todo} (block {i} of {n} of your experiment)").format(
                todo=todo(plan, block[1], core_tr), i=block[0] + 1, n=len(plan.blocks)
            )
        if (
            block is not None
            and block[0] > 0
            and day == plan.start + dt.timedelta(days=block[0] * plan.block_days)
        ):
            text += "\n" + (
                self.tr("Your experiment switches today.")
                if day == self._today
                else self.tr("A new block started that day.")
            )
        elif block is not None and day == plan.start and day == self._today:
            text += "\n" + self.tr("Your experiment starts today.")
        return text

    def event(self, event: QEvent) -> bool:
        """The first answer gets focus even when the data came before the window was
        active (a dialog focuses its first child, the day, on activation)."""
        handled = super().event(event)
        if event.type() == QEvent.Type.WindowActivate and self._focus_target is not None:
            target, self._focus_target = self._focus_target, None
            target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        return handled

    def _section(self, title: str) -> None:
        label = QLabel(title)
        label.setObjectName("sectionLabel")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self.form.addRow(label)

    def _row(self, name: str, field: QWidget) -> None:
        label = QLabel(name)
        label.setBuddy(field)
        label.setWordWrap(True)
        self.form.addRow(label, field)
        field.show()  # at once, not on the next event loop pass: it may take focus now

    def _dose_row(self, dose: DueDose) -> None:
        box = QComboBox()
        box.addItems([self.tr("Not marked"), self.tr("Taken"), self.tr("Skipped")])
        box.setCurrentIndex(_STATUSES.index(dose.status))
        box.setEnabled(dose.status is None)  # an earlier mark stays as it was
        name = (
            self.tr("%1 at %2").replace("%1", dose.name).replace("%2", dose.time.strftime("%H:%M"))
        )
        box.setAccessibleName(name)
        box.setAccessibleDescription(
            self.tr("Was this dose taken? Type t for taken, s for skipped.")
        )
        self.dose_boxes[(dose.treatment_id, dose.time)] = box
        self._row(name, box)

    def _fields(self) -> list[QWidget]:
        return [
            *self.symptom_fields.values(),
            *self.factor_fields.values(),
            *(b for b in self.dose_boxes.values() if b.isEnabled()),
        ]

    def _fix_tab_order(self) -> None:
        """Reading order: day, answers top to bottom, then the buttons."""
        chain = [
            self.day_edit,
            *self._fields(),
            self.same_button,
            self.save_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    # -- answers out -----------------------------------------------------------

    def day(self) -> dt.date:
        return self.day_edit.date().toPython()

    def answers(self) -> CheckInAnswers:
        doses = {
            key: _STATUSES[box.currentIndex()]
            for key, box in self.dose_boxes.items()
            if box.isEnabled()
        }
        return CheckInAnswers(
            self.day(),
            {
                sid: (None if (v := f.value()) is None else int(v))
                for sid, f in self.symptom_fields.items()
            },
            {fid: f.value() for fid, f in self.factor_fields.items()},
            doses,
            self._data.entry_id if self._data else None,
        )

    def restore(self, answers: CheckInAnswers) -> None:
        """Put back answers that could not be saved."""
        for sid, value in answers.symptoms.items():
            if sid in self.symptom_fields:
                self.symptom_fields[sid].set_value(value)
        for fid, value in answers.factors.items():
            if fid in self.factor_fields:
                self.factor_fields[fid].set_value(value)
        for key, status in answers.doses.items():
            if key in self.dose_boxes and self.dose_boxes[key].isEnabled():
                self.dose_boxes[key].setCurrentIndex(_STATUSES.index(status))

    def same_as_yesterday(self) -> None:
        changed = [
            f
            for f in (*self.symptom_fields.values(), *self.factor_fields.values())
            if f.use_previous()
        ]
        focused = self.focusWidget()
        if isinstance(focused, ValueField):
            focused.selectAll()  # so a typed digit replaces the copied value
        if not changed:
            self.hint.setText(
                self.tr("Nothing to copy: yesterday has no values for the blank answers.")
            )

    def accept(self) -> None:
        focused = self.focusWidget()
        if isinstance(focused, ValueField):
            focused.editingFinished.emit()
        super().accept()

    # -- the day -----------------------------------------------------------------

    def set_day(self, day: dt.date) -> None:
        """Show ``day`` without asking for its data (the caller loads it)."""
        self.day_edit.blockSignals(True)
        self.day_edit.setDate(QDate(day.year, day.month, day.day))
        self.day_edit.blockSignals(False)

    def _step_day(self, days: int) -> None:
        self.day_edit.setDate(self.day_edit.date().addDays(days))

    def _on_day_edit_date_changed(self, date: QDate) -> None:
        day = date.toPython()
        if self._data is None or day != self._data.day:
            for field in self._fields():
                field.setEnabled(False)  # until that day's values are in
            self.save_button.setEnabled(False)
            self.day_requested.emit(day)


def _get(values: dict, key: int) -> float | None:
    return values.get(key)
