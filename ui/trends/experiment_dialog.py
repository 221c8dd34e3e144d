""" "Try an experiment…": plan an n-of-1 trial, or see and end the one under way.

It says in plain words what an n-of-1 trial is and what the user commits to, shows
the schedule (drawn once when the dialog opens, so what is shown is what is kept) and
today's block, and warns that a change to a medication must be agreed with the
doctor (a medication cannot be started in a plan until the user ticks that it was).
It writes nothing itself: the Insights view reads ``plan()`` or ``stop_requested()``
after ``finished`` and saves on the worker.

    dialog = ExperimentDialog(choices, today, parent)   # app.report.experiment.Choices
    dialog.finished.connect(...)
    dialog.open()
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.report import experiment
from app.report.experiment import Choices, Experiment
from app.report.experiment_words import (
    DOCTOR_WARNING,
    commitment,
    explanation,
    progress_line,
    schedule_lines,
    today_line,
)
from ui.core_text import core_tr
from ui.screen_fit import fit_to_screen


def _label(text: str = "", *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        label.setStyleSheet("font-weight: bold;")
    return label


class ExperimentDialog(QDialog):
    """Plans a new experiment, or shows the current one with a way to end it."""

    def __init__(self, choices: Choices, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._today = today
        self._seed = experiment.plan("a", "b", 0, today).seed  # one draw per dialog
        self._plan: Experiment | None = None
        self._stop = False
        self.setWindowTitle(self.tr("Try an experiment"))
        self._build()
        self._connect_signals()
        self._update()
        fit_to_screen(self, 640, 720)

    # -- building -----------------------------------------------------------------

    def _build(self) -> None:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(_label(explanation(core_tr)))
        self.warning = _label(core_tr(DOCTOR_WARNING), bold=True)
        self.warning.setAccessibleName(self.tr("Warning"))
        column.addWidget(self.warning)
        current = self._choices.current
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if current is not None and current.end >= self._today:
            self._build_current(column, current)
        else:
            self._build_form(column, current)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def _build_current(self, column: QVBoxLayout, plan: Experiment) -> None:
        self.form = None
        c = self._choices
        column.addWidget(
            _label(
                self.tr("Under way: {b} against {a}, watching {symptom}.").format(
                    a=plan.a, b=plan.b, symptom=c.symptom
                ),
                bold=True,
            )
        )
        self.today_label = _label(today_line(plan, self._today, core_tr) or "")
        self.today_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        column.addWidget(self.today_label)
        if self._today >= plan.start:
            column.addWidget(_label(progress_line(*c.rated, plan, core_tr)))
        column.addWidget(_label("\n".join(schedule_lines(plan, core_tr))))
        self.stop_button = QPushButton(self.tr("&End experiment"))
        self.stop_button.setToolTip(self.tr("Forget the plan; your entries are kept."))
        self.buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _build_form(self, column: QVBoxLayout, finished: Experiment | None) -> None:
        c = self._choices
        self.subject = QComboBox()
        for name in c.treatments:
            self.subject.addItem(
                self.tr("{name} (treatment)").format(name=name), ("treatment", name)
            )
        for name in c.factors:
            self.subject.addItem(
                self.tr("{name} (yes/no factor)").format(name=name), ("factor", name)
            )
        self.symptom = QComboBox()
        for sid, name in c.symptoms:
            self.symptom.addItem(name, sid)
        self.blocks = QSpinBox()
        self.blocks.setRange(2, 12)
        self.blocks.setSingleStep(2)
        self.blocks.setValue(4)
        self.blocks.setSuffix(self.tr(" blocks"))
        self.block_days = QSpinBox()
        self.block_days.setRange(3, 60)
        self.block_days.setValue(14)
        self.block_days.setSuffix(self.tr(" days"))
        self.start = QDateEdit(QDate(self._today.year, self._today.month, self._today.day))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMM yyyy")
        self.start.setMinimumDate(QDate(self._today.year, self._today.month, self._today.day))
        self.form = QWidget()
        form = QFormLayout(self.form)
        for label, widget, name in (
            (self.tr("&What to try:"), self.subject, self.tr("What to try")),
            (self.tr("&Symptom to rate daily:"), self.symptom, self.tr("Symptom")),
            (self.tr("&Blocks:"), self.blocks, self.tr("Number of blocks")),
            (self.tr("&Days in each block:"), self.block_days, self.tr("Days per block")),
            (self.tr("S&tarts:"), self.start, self.tr("First day")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        column.addWidget(self.form)
        self.missing = _label(
            self.tr(
                "To test something, first add it as a treatment (Treatments) or as a yes/no "
                "daily factor (for example “Magnesium at night”), and rate at least one "
                "symptom."
            )
        )
        column.addWidget(self.missing)
        self.agreed = QCheckBox(self.tr("I have agreed this change with my &doctor"))
        column.addWidget(self.agreed)
        self.commitment = _label()
        self.commitment.setAccessibleName(self.tr("What you commit to"))
        column.addWidget(self.commitment)
        self.schedule = _label()
        self.schedule.setAccessibleName(self.tr("Schedule"))
        self.schedule.setStyleSheet("font-size: 12pt;")
        column.addWidget(self.schedule)
        if finished is not None:
            column.addWidget(
                _label(
                    self.tr(
                        "Starting a new experiment replaces the finished "
                        "one (its verdict stays on the Insights tab "
                        "until then)."
                    )
                )
            )
        self.start_button = QPushButton(self.tr("&Start experiment"))
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        if self.form is None:
            self.stop_button.clicked.connect(self._on_stop_button_clicked)
            return
        self.start_button.clicked.connect(self._on_start_button_clicked)
        for combo in (self.subject, self.symptom):
            combo.currentIndexChanged.connect(self._on_form_changed)
        for spin in (self.blocks, self.block_days):
            spin.valueChanged.connect(self._on_form_changed)
        self.start.dateChanged.connect(self._on_form_changed)
        self.agreed.toggled.connect(self._on_form_changed)

    # -- results ------------------------------------------------------------------

    def plan(self) -> Experiment | None:
        """The plan to keep, once accepted with Start."""
        return self._plan

    def stop_requested(self) -> bool:
        return self._stop

    # -- slots --------------------------------------------------------------------

    @Slot()
    def _on_form_changed(self, *_args) -> None:
        self._update()

    @Slot()
    def _on_start_button_clicked(self) -> None:
        plan = self._draft()
        if plan is not None and self.start_button.isEnabled():
            self._plan = plan
            self.accept()

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        self._stop = True
        self.accept()

    # -- helpers ------------------------------------------------------------------

    def _draft(self) -> Experiment | None:
        subject = self.subject.currentData()
        symptom_id = self.symptom.currentData()
        if subject is None or symptom_id is None:
            return None
        day = self.start.date()
        try:
            return experiment.plan_for(
                subject[0],
                subject[1],
                symptom_id,
                dt.date(day.year(), day.month(), day.day()),
                blocks=self.blocks.value(),
                block_days=self.block_days.value(),
                seed=self._seed,
            )
        except InvalidInput:
            return None

    def _update(self) -> None:
        if self.form is None:
            return
        plan = self._draft()
        self.missing.setVisible(plan is None)
        medication = plan is not None and plan.subject_kind == "treatment"
        self.agreed.setVisible(medication)
        self.warning.setVisible(plan is None or medication)
        self.start_button.setEnabled(
            plan is not None and (not medication or self.agreed.isChecked())
        )
        if plan is None:
            self.commitment.clear()
            self.schedule.clear()
            return
        self.commitment.setText(commitment(plan, self.symptom.currentText(), core_tr))
        lines = schedule_lines(plan, core_tr)
        first = today_line(plan, self._today, core_tr)
        self.schedule.setText("\n".join(([first, ""] if first else []) + lines))
