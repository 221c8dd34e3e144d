"""The dialog shown when the journal's file turns out to be damaged.

It explains in plain words what the core found (``DamageReport.user_message``),
and offers what can be done: restore the newest good backup, or look at what can
still be read, read-only. The checks' own wording (page numbers, pragma names)
stays behind "Technical details" for whoever helps the user.

The dialog only returns the user's choice (``choice()``); the caller does the work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
)

from app.backup import DamageReport
from ui.locale_text import date_time_text, number_text

RESTORE = "restore"
READ_ONLY = "read_only"


class DamagedJournalDialog(QDialog):
    """Accepted with ``choice()`` == RESTORE or READ_ONLY; rejected: do nothing now."""

    def __init__(self, report: DamageReport, parent=None) -> None:
        super().__init__(parent)
        self.report = report
        self._choice: str | None = None
        self.setWindowTitle(self.tr("Your journal's file is damaged"))
        self.setObjectName("DamagedJournalDialog")
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        report = self.report
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(
            self.tr("<b>Part of your journal could not be read.</b>")
            if report.opened
            else self.tr("<b>Your journal could not be read.</b>")
        )
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.explanation = QLabel(
            self.tr(
                "This usually happens when a disk or memory card fails, or the computer "
                "lost power while the file was being written. It is not something you did."
            )
        )
        self.summary = QLabel(self._summary())
        self.advice = QLabel(self._advice())
        for label in (self.explanation, self.summary, self.advice):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Technical details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlainText(self._details_text())
        self.details.setVisible(False)
        self.details.setMaximumHeight(120)

        self.buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        self.read_only_button: QPushButton | None = None
        if report.newest_backup is not None:
            self.restore_button = self.buttons.addButton(
                self.tr("Restore the newest good backup"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.restore_button.setDefault(True)
        if report.opened:
            self.read_only_button = self.buttons.addButton(
                self.tr("Open read-only"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.read_only_button.setToolTip(
                self.tr("Read and export what can still be read. Nothing can be changed.")
            )
        self.close_button = self.buttons.addButton(
            self.tr("Not now")
            if self.restore_button or self.read_only_button
            else self.tr("Close"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.explanation)
        text.addWidget(self.summary)
        text.addWidget(self.advice)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _connect_signals(self) -> None:
        self.buttons.clicked.connect(self._on_buttons_clicked)
        self.details_button.toggled.connect(self._on_details_button_toggled)

    def _summary(self) -> str:
        """What was found, in the app's words (the core's ``user_message`` is written for
        the command line, where the journal was already opened read-only)."""
        report = self.report
        if not report.opened:
            text = self.tr("Fettle could not read any of it.")
        elif report.total_entries is None:
            text = self.tr(
                "Fettle could still read %1 entries; it cannot tell how many there were."
            ).replace("%1", number_text(report.readable_entries))
        elif report.readable_entries >= report.total_entries:
            text = self.tr("All %1 entries can still be read.").replace(
                "%1", number_text(report.total_entries)
            )
        else:
            text = (
                self.tr("Fettle can still read %1 of your %2 entries.")
                .replace("%1", number_text(report.readable_entries))
                .replace("%2", number_text(report.total_entries))
            )
        newest = report.newest_backup
        if newest is not None:
            text += " " + (
                self.tr("Your newest good backup is from %1 and holds %2 entries.")
                .replace("%1", date_time_text(newest.date))
                .replace("%2", number_text(newest.entry_count or 0))
            )
        else:
            text += " " + self.tr("No good backup was found.")
        return text + " " + self.tr("The damaged file has not been changed.")

    def _advice(self) -> str:
        report = self.report
        if report.newest_backup is not None:
            return self.tr(
                "Restoring puts the backup in place of the damaged file. The damaged file "
                "is kept in the backup folder first, so nothing is thrown away. Entries "
                "written after that backup are not in it."
            )
        if report.opened:
            return self.tr(
                "You can open the journal read-only to read and export what is left. "
                "Keep the file: someone with technical knowledge may be able to recover more."
            )
        return self.tr(
            "Keep the file as it is and look for a copy elsewhere, for example on another "
            "computer or a backup drive."
        )

    def _details_text(self) -> str:
        report = self.report
        lines = [str(report.path)]
        if report.total_entries is not None:
            lines.append(f"entries: {report.readable_entries} readable of {report.total_entries}")
        if report.newest_backup is not None:
            lines.append(f"newest good backup: {report.newest_backup.path}")
        lines += report.problems[:50]
        return "\n".join(lines)

    def choice(self) -> str | None:
        return self._choice

    def _on_buttons_clicked(self, button) -> None:
        if button is self.restore_button:
            self._choice = RESTORE
            self.accept()
        elif button is self.read_only_button:
            self._choice = READ_ONLY
            self.accept()
        else:
            self._choice = None
            self.reject()

    def _on_details_button_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.adjustSize()
