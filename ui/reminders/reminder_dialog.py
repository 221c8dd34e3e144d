"""Reminders: a daily check-in time and the treatments' dose times, off by default.
With either on, a running experiment also gets a reminder on the morning each block
starts.

Only returns values (``values()``); the installer loads and saves them on the worker.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.date_field import TimeField


class ReminderDialog(QDialog):
    def __init__(self, settings: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderDialog")
        self.setWindowTitle(self.tr("Reminders"))
        text = settings.get("reminder_checkin_time") or ""
        self.checkin = QCheckBox(self.tr("Remind me to &check in every day at"))
        self.checkin.setChecked(bool(text))
        self.time_edit = TimeField(QTime.fromString(text or "20:00", "HH:mm"))
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Check-in time"))
        self.time_edit.setEnabled(bool(text))
        self.doses = QCheckBox(self.tr("Remind me when a &medication dose is due"))
        self.doses.setAccessibleDescription(
            self.tr("Times come from each medication's schedule, e.g. twice daily or 8am.")
        )
        self.doses.setChecked(bool(settings.get("reminder_doses")))
        self.names = QCheckBox(self.tr("Show &names of medications and experiments in reminders"))
        self.names.setChecked(bool(settings.get("reminder_names")))
        self.names.setEnabled(self._any_on())
        self.experiment_note = QLabel(
            self.tr(
                "With either on, an experiment you run (Trends ▸ Insights) also gets a reminder "
                "on the morning each of its blocks starts: “Your experiment switches today”."
            )
        )
        self.experiment_note.setWordWrap(True)
        self.experiment_note.setObjectName("mutedLabel")
        warning = QLabel(
            self.tr(
                "Notifications can be seen by anyone near your screen, and some desktops keep "
                "them in a list. Without names they say only that a dose is due or that your "
                "experiment switches. While Fettle is locked they say only “Time for your "
                "check-in”."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("mutedLabel")
        self.names.setAccessibleDescription(warning.text())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        row = QHBoxLayout()
        row.addWidget(self.checkin)
        row.addWidget(self.time_edit)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.doses)
        layout.addWidget(self.experiment_note)
        layout.addWidget(self.names)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.checkin.toggled.connect(self.time_edit.setEnabled)
        self.checkin.toggled.connect(self._on_choice_toggled)
        self.doses.toggled.connect(self._on_choice_toggled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _any_on(self) -> bool:
        """Names matter once anything can be sent (doses, or an experiment's blocks)."""
        return self.checkin.isChecked() or self.doses.isChecked()

    def _on_choice_toggled(self, _checked: bool) -> None:
        self.names.setEnabled(self._any_on())

    def values(self) -> dict:
        return {
            "reminder_checkin_time": (
                self.time_edit.time().toString("HH:mm") if self.checkin.isChecked() else ""
            ),
            "reminder_doses": self.doses.isChecked(),
            "reminder_names": self._any_on() and self.names.isChecked(),
        }
