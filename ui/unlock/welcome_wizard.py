"""First run: where the journal goes, its passphrase, and (optionally) a privacy profile.

The wizard only collects answers (``values()`` after ``finished``); the main
window creates the journal off the GUI thread.

Signals:
    join_requested(): the user has a journal on another device and wants to join it
        (the wizard closes first; whoever listens opens the join dialog).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.journal.journal import MIN_PASSPHRASE_LENGTH
from app.profile import PrivacyProfile, ProfileTerm
from ui.icons import app_icon
from ui.screen_fit import fit_to_screen

_COMMON = {"password", "passphrase", "123456", "qwerty", "letmein", "fettle", "iloveyou"}


def passphrase_strength(text: str) -> int:
    """0 (weak) … 4 (strong): a rough estimate, shown to nudge, never to forbid."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return 0
    pool = 0
    pool += 26 if re.search(r"[a-z]", text) else 0
    pool += 26 if re.search(r"[A-Z]", text) else 0
    pool += 10 if re.search(r"\d", text) else 0
    pool += 33 if re.search(r"[^\w\s]|_", text) else 0
    pool += 1 if " " in text else 0
    distinct = len(set(text))
    bits = min(len(text), distinct * 2) * math.log2(max(pool, 2))
    words = [w for w in re.split(r"\W+", text.lower()) if w]
    if len(words) >= 4 and len(set(words)) >= 4:
        bits = max(bits, 60.0)
    if text.lower() in _COMMON or distinct <= 3:
        bits = min(bits, 20.0)
    return 0 if bits < 36 else 1 if bits < 50 else 2 if bits < 65 else 3 if bits < 80 else 4


@dataclass
class WizardValues:
    path: Path
    passphrase: str
    remember: bool
    profile: PrivacyProfile


def _lines(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[\n,;]", text) if p.strip()]


class WelcomeWizard(QWizard):
    join_requested = Signal()

    def __init__(self, default_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Fettle"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create journal"))
        self.intro = _IntroPage()
        self.location = _LocationPage(default_path)
        self.secret = _PassphrasePage()
        self.privacy = _PrivacyPage()
        for page in (self.intro, self.location, self.secret, self.privacy):
            self.addPage(page)
        fit_to_screen(self, 620, 520)
        self.intro.join_button.clicked.connect(self._on_join_button_clicked)

    def _on_join_button_clicked(self) -> None:
        self.reject()  # closed first: the join dialog is not opened under a modal wizard
        self.join_requested.emit()

    def set_keystore_status(self, available: bool, reason: str) -> None:
        self.secret.set_keystore_status(available, reason)

    def values(self) -> WizardValues:
        return WizardValues(
            Path(self.location.path_edit.text()).expanduser(),
            self.secret.first.text(),
            self.secret.remember.isChecked(),
            self.privacy.profile(),
        )

    def done(self, result: int) -> None:
        super().done(result)
        if result != QWizard.DialogCode.Accepted:
            self.secret.first.clear()
            self.secret.second.clear()


class _IntroPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("A private journal for your health"))
        text = QLabel(
            self.tr(
                "<p>Fettle keeps your symptoms, treatments and lessons in one encrypted file "
                "on this computer. Nothing is sent anywhere.</p>"
                "<p>Next you will choose where to keep the file and a passphrase that "
                "unlocks it.</p>"
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.join_button = QPushButton(self.tr("&Join a journal synced from another device…"))
        self.join_button.setAccessibleName(self.tr("Join a journal synced from another device"))
        self.join_button.setToolTip(
            self.tr(
                "Already keep a Fettle journal on another computer that syncs through a folder? "
                "Use it here instead of starting a new one."
            )
        )
        self.join_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)


class _LocationPage(QWizardPage):
    def __init__(self, default_path: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Where to keep your journal"))
        self.setSubTitle(self.tr("One file holds everything. Back it up by copying it."))
        self.path_edit = QLineEdit(str(default_path))
        self.path_edit.setAccessibleName(self.tr("Journal file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Browse for a location"))
        browse.clicked.connect(self._on_browse_clicked)
        self.problem = QLabel()
        self.problem.setObjectName("errorLabel")
        self.problem.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path_edit)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New journal"),
            self.path_edit.text(),
            self.tr("Fettle journals (*.fettle)"),
        )
        if chosen:
            if not chosen.endswith(".fettle"):
                chosen += ".fettle"
            self.path_edit.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.exists():
            self.problem.setText(
                self.tr(
                    "A file already exists there. Choose another name so nothing is overwritten."
                )
            )
            return False
        if path.suffix != ".fettle":
            self.path_edit.setText(str(path) + ".fettle")
        self.problem.clear()
        return True


class _PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("A few unrelated words are easy to remember and hard to guess."))
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.match = QLabel()
        self.match.setObjectName("mutedLabel")
        warning = QLabel(
            self.tr(
                "<b>Write it down somewhere safe.</b> If you lose your "
                "passphrase, your journal cannot be recovered: not by you, "
                "not by us, not by anyone."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("warningLabel")
        self.remember = QCheckBox(self.tr("&Remember on this device"))
        self.remember.setChecked(False)
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        self.remember_reason = QLabel(
            self.tr(
                "Fettle opens without asking for the passphrase when it starts on this "
                "computer. After a lock (Ctrl+L, idle time, the screen locking) it always asks."
            )
        )
        self.remember_reason.setWordWrap(True)
        self.remember_reason.setObjectName("mutedLabel")
        form = QFormLayout(self)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.match)
        form.addRow(warning)
        form.addRow(self.remember)
        form.addRow(self.remember_reason)
        self.first.textChanged.connect(self._on_text_changed)
        self.second.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def set_keystore_status(self, available: bool, reason: str) -> None:
        self.remember.setEnabled(available)
        if not available:
            self.remember.setChecked(False)
            self.remember_reason.setText(reason)

    def _on_text_changed(self, *_args) -> None:
        score = passphrase_strength(self.first.text())
        names = [
            self.tr("Too weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        ]
        self.meter.setValue(score)
        self.meter.setFormat(names[score] if self.first.text() else "")
        self.meter.setAccessibleDescription(names[score])
        if len(self.first.text()) < MIN_PASSPHRASE_LENGTH:
            self.match.setText(self.tr("At least %n characters.", "", MIN_PASSPHRASE_LENGTH))
        elif self.second.text() and self.second.text() != self.first.text():
            self.match.setText(self.tr("The two passphrases do not match yet."))
        elif self.second.text():
            self.match.setText(self.tr("The passphrases match."))
        else:
            self.match.setText(self.tr("Type it again to be sure."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            len(self.first.text()) >= MIN_PASSPHRASE_LENGTH
            and self.first.text() == self.second.text()
        )


class _PrivacyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Who and where (optional)"))
        self.setSubTitle(
            self.tr(
                "When you share an excerpt, Fettle hides these. You can "
                "skip this and fill it in later under Preferences."
            )
        )
        self.names = QLineEdit()
        self.names.setPlaceholderText(self.tr("e.g. Alex Morgan, Alex"))
        self.people = QPlainTextEdit()
        self.people.setPlaceholderText(
            self.tr("One per line, e.g.\nDr Priya Shah — my rheumatologist\nSam — my partner")
        )
        self.places = QPlainTextEdit()
        self.places.setPlaceholderText(self.tr("One per line, e.g. your town, your clinic"))
        for w, name in (
            (self.names, self.tr("Your names")),
            (self.people, self.tr("People")),
            (self.places, self.tr("Places")),
        ):
            w.setAccessibleName(name)
            if isinstance(w, QPlainTextEdit):
                w.setTabChangesFocus(True)
                w.setMaximumHeight(90)
        form = QFormLayout(self)
        form.addRow(self.tr("Your &names:"), self.names)
        form.addRow(self.tr("&People:"), self.people)
        form.addRow(self.tr("P&laces:"), self.places)

    def profile(self) -> PrivacyProfile:
        terms = [ProfileTerm("self", n) for n in _lines(self.names.text())]
        for line in self.people.toPlainText().splitlines():
            parts = re.split(r"\s+[—–-]\s+", line.strip(), maxsplit=1)
            if parts[0]:
                terms.append(ProfileTerm("person", parts[0], parts[1] if len(parts) > 1 else ""))
        terms += [ProfileTerm("place", p) for p in _lines(self.places.toPlainText())]
        return PrivacyProfile.of(terms)
