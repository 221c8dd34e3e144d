"""Preferences: general options, the privacy profile, and what the user tracks.

The dialog edits a ``SettingsData`` snapshot and returns the edited one
(``values()`` after ``finished``); it never touches the journal. A problem in
what was typed (a bad date) keeps the dialog open with the reason shown.

It opens before the system keystore has answered ("Checking…"): a locked keystore
can take long or never answer, and the rest of Preferences need not wait for it.
``set_keystore_state`` fills in the answer; until then "Remember on this device"
stays disabled and is returned as None ("unknown, leave it as it is").

Signals:
    change_passphrase_requested(): the user pressed "Change passphrase…".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.journal.journal import MIN_PASSPHRASE_LENGTH
from app.journal.settings import OPTIONS
from app.models import Condition, Symptom, Treatment
from app.profile import PrivacyProfile, ProfileTerm
from ui.appearance.prefs import Appearance
from ui.core_text import core_message
from ui.messages import words
from ui.screen_fit import fit_to_screen
from ui.settings.appearance import AppearanceTab
from ui.settings.backups import BackupsTab
from ui.settings.catalog import ConditionsTab, SymptomsTab, TreatmentsTab, _cell, _table
from ui.settings.language import LanguageChoice
from ui.settings.sections import SectionList
from ui.settings.sync_tab import SyncTab
from ui.settings.topics import TopicsEditor


@dataclass
class SettingsData:
    options: dict[str, Any]
    profile: PrivacyProfile
    symptoms: list[Symptom] = field(default_factory=list)
    treatments: list[Treatment] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)
    keystore_ok: bool | None = False  # None: the keystore has not answered yet
    keystore_reason: str = ""
    default_backup_folder: str = ""  # backups/ beside the journal


def scrolling(page: QWidget) -> QScrollArea:
    """A tab page that scrolls inside the dialog when the screen is short, instead of
    pushing OK and Cancel off the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


TERM_LABELS = {
    "self": QT_TRANSLATE_NOOP("ProfileTab", "Your name"),
    "person": QT_TRANSLATE_NOOP("ProfileTab", "Person"),
    "place": QT_TRANSLATE_NOOP("ProfileTab", "Place"),
    "employer": QT_TRANSLATE_NOOP("ProfileTab", "Employer"),
    "other": QT_TRANSLATE_NOOP("ProfileTab", "Other term"),
}


class ProfileTab(QWidget):
    def __init__(self, profile: PrivacyProfile) -> None:
        super().__init__()
        intro = QLabel(
            self.tr(
                'Fettle hides these when you share an excerpt. Roles ("my '
                'sister") replace the names they belong to.'
            )
        )
        intro.setWordWrap(True)
        self.table = _table(
            [self.tr("Text"), self.tr("Kind"), self.tr("Role")], self.tr("Privacy profile")
        )
        for term in profile.terms:
            self._add_row(term)
        add = QPushButton(self.tr("&Add"))
        remove = QPushButton(self.tr("&Remove"))
        add.clicked.connect(lambda: self._add_row(ProfileTerm("person", "")))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.region = QLineEdit(profile.region)
        self.region.setMaxLength(2)
        self.region.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{2}")))
        self.region.setAccessibleName(self.tr("Country or region code"))
        self.display_name = QLineEdit(profile.display_name)
        self.display_name.setAccessibleName(self.tr("Name on appointment summaries"))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Country or region (2 letters, e.g. GB):"), self.region)
        form.addRow(self.tr("Name on summaries:"), self.display_name)
        self.topics = TopicsEditor(profile.topics)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.topics)
        layout.addLayout(form)

    def _add_row(self, term: ProfileTerm) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, _cell(term.text))
        kind = QComboBox()
        kind.setAccessibleName(self.tr("Kind"))
        for key, label in TERM_LABELS.items():
            kind.addItem(self.tr(label), key)
        kind.setCurrentIndex(kind.findData(term.kind))
        self.table.setCellWidget(row, 1, kind)
        self.table.setItem(row, 2, _cell(term.role))
        if not term.text:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def values(self) -> PrivacyProfile:
        terms = []
        for row in range(self.table.rowCount()):
            text = self.table.item(row, 0).text().strip()
            if text:
                terms.append(
                    ProfileTerm(
                        self.table.cellWidget(row, 1).currentData(),
                        text,
                        self.table.item(row, 2).text().strip(),
                    )
                )
        region = self.region.text().strip().upper()
        if len(region) != 2:
            raise InvalidInput(
                user_message=self.tr("Type a two-letter country or region code, such as GB or US.")
            )
        return PrivacyProfile.of(terms, region, self.display_name.text().strip()).with_topics(
            self.topics.topics()
        )


class SettingsDialog(QDialog):
    change_passphrase_requested = Signal()

    def __init__(
        self,
        data: SettingsData,
        *,
        is_demo: bool = False,
        appearance: Appearance | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._data = data
        self.sections = SectionList(self)  # a list on the left: ui/settings/sections.py
        self.tabs = self.sections.pages
        add = self.sections.add
        add(scrolling(self._general(data, is_demo)), self.tr("&General"))
        self.appearance_tab = AppearanceTab(appearance or Appearance())  # ui/settings/appearance
        add(scrolling(self.appearance_tab), self.tr("Appeara&nce"))
        self.profile_tab = ProfileTab(data.profile)
        self.symptoms_tab = SymptomsTab(data.symptoms)
        self.treatments_tab = TreatmentsTab(data.treatments)
        self.conditions_tab = ConditionsTab(data.conditions)
        add(scrolling(self.profile_tab), self.tr("&Privacy profile"))
        add(scrolling(self.symptoms_tab), self.tr("&Symptoms"))
        add(scrolling(self.treatments_tab), self.tr("&Treatments"))
        add(scrolling(self.conditions_tab), self.tr("&Conditions"))
        self.backups_tab = BackupsTab(
            data.options.get("backup_folder", OPTIONS["backup_folder"].default),
            data.options.get("backup_keep", OPTIONS["backup_keep"].default),
            data.default_backup_folder,
        )
        add(scrolling(self.backups_tab), self.tr("&Backups"))
        self.sync_tab = SyncTab(data.options)  # ui/settings/sync_tab.py
        add(scrolling(self.sync_tab), self.tr("S&ync"))
        self.problem = QLabel()
        self.problem.setObjectName("errorLabel")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 560)  # the pages scroll inside; OK stays on screen
        self._result: SettingsData | None = None

    def _general(self, data: SettingsData, is_demo: bool) -> QWidget:
        page = QWidget()
        self.auto_lock = QSpinBox()
        option = OPTIONS["auto_lock_minutes"]
        self.auto_lock.setRange(option.minimum, option.maximum)
        self.auto_lock.valueChanged.connect(self._on_auto_lock_value_changed)
        self.auto_lock.setValue(data.options["auto_lock_minutes"])
        self._on_auto_lock_value_changed(self.auto_lock.value())
        self.auto_lock.setAccessibleName(self.tr("Lock after idle minutes"))
        self.remember = QCheckBox(self.tr("&Remember on this device"))
        self.remember.setToolTip(
            self.tr(
                "Fettle opens without asking for the passphrase when it starts on this "
                "computer. After a lock (Ctrl+L, idle time, the screen locking) it always asks."
            )
        )
        self.remember.setAccessibleDescription(self.remember.toolTip())
        self.remember_reason = QLabel()
        self.remember_reason.setWordWrap(True)
        self.remember_reason.setObjectName("mutedLabel")
        self._is_demo = is_demo
        self.set_keystore_state(
            data.keystore_ok, data.keystore_reason, data.options.get("remember_on_device")
        )
        self.date_format = QComboBox()
        self.date_format.setAccessibleName(self.tr("Date format"))
        for fmt in OPTIONS["date_format"].choices:
            self.date_format.addItem(fmt, fmt)
        self.date_format.setCurrentIndex(self.date_format.findData(data.options["date_format"]))
        self.language = LanguageChoice()
        passphrase = QPushButton(self.tr("Change &passphrase…"))
        passphrase.setEnabled(not is_demo)
        passphrase.clicked.connect(self.change_passphrase_requested)
        form = QFormLayout(page)
        form.addRow(self.tr("&Lock after idle:"), self.auto_lock)
        form.addRow(self.remember)
        form.addRow(self.remember_reason)
        form.addRow(self.tr("&Date format:"), self.date_format)
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow(self.tr("Passphrase:"), passphrase)
        return page

    def _on_auto_lock_value_changed(self, minutes: int) -> None:
        """ "1 minute", "5 minutes": the suffix follows the number."""
        self.auto_lock.setSuffix(self.tr(" minute") if minutes == 1 else self.tr(" minutes"))

    def set_keystore_state(self, ok: bool | None, reason: str, remembered: bool | None) -> None:
        """Show what the keystore said: ``ok`` None means still checking; ``remembered``
        None means unknown (it did not answer), which the dialog then leaves alone."""
        self._keystore_ok = ok
        self._remembered = remembered if ok is not None else None
        self.remember.setChecked(bool(self._remembered))
        self.remember.setEnabled(bool(ok) and self._remembered is not None and not self._is_demo)
        if self._is_demo:
            text = self.tr("The demo journal is never remembered.")
        elif ok is None:
            text = self.tr("Checking the system keystore…")
        else:
            text = core_message(reason)
        self.remember_reason.setText(text)

    def keystore_checking(self) -> bool:
        """The keystore has not answered yet."""
        return self._keystore_ok is None

    def accept(self) -> None:
        try:
            options = dict(self._data.options)
            options.update(
                auto_lock_minutes=self.auto_lock.value(),
                # None while the keystore's answer is unknown: nothing to change there
                remember_on_device=(
                    self.remember.isChecked() if self._remembered is not None else None
                ),
                date_format=self.date_format.currentData(),
            )
            options.update(self.backups_tab.values())
            options.update(self.sync_tab.values())
            self._result = SettingsData(
                options,
                self.profile_tab.values(),
                self.symptoms_tab.values(),
                self.treatments_tab.values(),
                self.conditions_tab.values(),
                self._keystore_ok,
                self.remember_reason.text(),
                self._data.default_backup_folder,
            )
        except InvalidInput as exc:
            self.problem.setText(words(exc))
            self.problem.setVisible(True)
            return
        self.language.apply()
        super().accept()

    def values(self) -> SettingsData | None:
        return self._result


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        form = QFormLayout(self)
        for label, w, name in (
            (self.tr("&Current passphrase:"), self.old, self.tr("Current passphrase")),
            (self.tr("&New passphrase:"), self.new, self.tr("New passphrase")),
            (self.tr("&Again:"), self.again, self.tr("New passphrase again")),
        ):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setAccessibleName(name)
            form.addRow(label, w)
        warning = QLabel(self.tr("A lost passphrase cannot be recovered. Keep the new one safe."))
        warning.setWordWrap(True)
        form.addRow(warning)
        self.problem = QLabel()
        self.problem.setObjectName("errorLabel")
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def accept(self) -> None:
        if len(self.new.text()) < MIN_PASSPHRASE_LENGTH:
            self.problem.setText(
                self.tr("Choose a passphrase of at least %n characters.", "", MIN_PASSPHRASE_LENGTH)
            )
        elif self.new.text() != self.again.text():
            self.problem.setText(self.tr("The two new passphrases do not match."))
        else:
            super().accept()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            for w in (self.old, self.new, self.again):
                w.clear()

    def secrets(self) -> tuple[str, str]:
        return self.old.text(), self.new.text()


__all__ = ["ChangePassphraseDialog", "Qt", "SettingsData", "SettingsDialog"]
