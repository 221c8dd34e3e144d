"""Export the journal to open formats, after saying plainly that exports are not encrypted.

The first button offers what most people want instead: an encrypted backup. The
export itself runs on the task runner; folders get one file per table (CSV) or per
entry (Markdown), in a folder only its owner can open, and a failed export leaves
nothing behind (the core's error says so, and is shown as it is).

Signals:
    backup_requested(): the user chose an encrypted backup instead.
    exported(str): the export was written (where).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
)

from app.errors import JournalExists
from app.exporters.csv import export_csv
from app.exporters.json import write_json
from app.exporters.markdown import export_markdown
from ui.messages import words

if TYPE_CHECKING:
    from app.journal.journal import Journal
    from ui.session import Session

JSON, CSV, MARKDOWN = "json", "csv", "markdown"


def run_export(journal: Journal, fmt: str, target: Path) -> int:
    """Worker side: write the export; returns how many entries it holds."""
    if fmt == JSON:
        write_json(journal, target)
        return journal.entries.count()
    if fmt == CSV:
        return export_csv(journal, target)["entries.csv"]
    return export_markdown(journal, target)


class ExportDialog(QDialog):
    backup_requested = Signal()
    exported = Signal(str)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Export your journal"))
        self.setObjectName("ExportDialog")
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        warning = QFrame()
        warning.setObjectName("exportWarning")
        warning.setFrameShape(QFrame.Shape.StyledPanel)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.warning_label = QLabel(
            self.tr(
                "<b>An export is not encrypted.</b><br>Anyone who can open the exported "
                "files can read your whole journal: your entries, symptoms and treatments. "
                "Keep them somewhere private and delete them when you no longer need them."
                "<br><br>To keep a safe copy, make an <b>encrypted backup</b> instead: it "
                "opens only with your passphrase."
            )
        )
        self.warning_label.setTextFormat(Qt.TextFormat.RichText)
        self.warning_label.setWordWrap(True)
        warning_row = QHBoxLayout(warning)
        warning_row.addWidget(icon)
        warning_row.addWidget(self.warning_label, 1)

        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {
            JSON: QRadioButton(
                self.tr("One file with everything (JSON), which Fettle can import again")
            ),
            CSV: QRadioButton(self.tr("Tables for a spreadsheet (a folder of CSV files)")),
            MARKDOWN: QRadioButton(self.tr("One text file per entry (a folder of Markdown files)")),
        }
        for button in self.format_buttons.values():
            self.format_group.addButton(button)
        self.format_buttons[JSON].setChecked(True)
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(self.tr("Choose where to save it"))
        self.target_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose…"))
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.choose_button)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Make an encrypted backup instead"))
        self.backup_button.setDefault(True)
        self.export_button = QPushButton(self.tr("Export without encryption"))
        self.export_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.button_row = button_row = QHBoxLayout()
        button_row.addWidget(self.backup_button)  # first: the safe choice
        button_row.addStretch(1)
        button_row.addWidget(self.export_button)
        button_row.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("Export as:")))
        for button in self.format_buttons.values():
            layout.addWidget(button)
        layout.addLayout(target_row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(button_row)
        self.setMinimumWidth(600)

    def _connect_signals(self) -> None:
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.format_group.buttonToggled.connect(self._on_format_group_button_toggled)

    def current_format(self) -> str:
        for fmt, button in self.format_buttons.items():
            if button.isChecked():
                return fmt
        return JSON

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def set_target(self, path: Path) -> None:
        self.target_edit.setText(str(path))
        self.export_button.setEnabled(bool(str(path)))
        self.status.clear()

    def target(self) -> Path | None:
        text = self.target_edit.text()
        return Path(text) if text else None

    def _on_format_group_button_toggled(self, _button, checked: bool) -> None:
        if checked:
            self.target_edit.clear()
            self.export_button.setEnabled(False)
            self.status.clear()

    def _on_choose_button_clicked(self) -> None:
        fmt = self.current_format()
        if fmt == JSON:
            dialog = QFileDialog(self, self.tr("Save the export as"))
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setNameFilters([self.tr("JSON files (*.json)")])
            dialog.setDefaultSuffix("json")
            dialog.selectFile("fettle-export.json")
        else:
            dialog = QFileDialog(self, self.tr("Choose an empty folder for the export"))
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda name: name and self.set_target(Path(name)))
        dialog.open()

    def _on_backup_button_clicked(self) -> None:
        self.backup_requested.emit()
        self.accept()

    def _on_export_button_clicked(self) -> None:
        target, fmt = self.target(), self.current_format()
        if target is None:
            return
        self._set_busy(True)
        self.status.setText(self.tr("Exporting…"))
        self._session.run(
            lambda journal: run_export(journal, fmt, target),
            lambda count: self._on_export_done(target, count),
            self._on_export_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.export_button,
            self.choose_button,
            self.backup_button,
            *self.format_buttons.values(),
        ):
            widget.setEnabled(not busy)

    def _on_export_done(self, target: Path, count: int) -> None:
        self._set_busy(False)
        self.status.setText(
            self.tr(
                "Exported %n entries to %1. Remember: these files are not encrypted.", "", count
            ).replace("%1", str(target))
        )
        self.cancel_button.setText(self.tr("Close"))
        self.export_button.setEnabled(False)
        self.exported.emit(str(target))

    def _on_export_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, JournalExists):
            text = self.tr(
                "That folder already holds an export. Choose an empty folder, so "
                "nothing is overwritten."
            )
        else:
            text = words(exc)
        self.status.setText(text)
