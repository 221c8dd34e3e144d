"""Import entries from another file: choose it, check what it holds, then add it all.

Nothing is written until the user has seen the preview (how many entries, which
dates, any notes about the file) and pressed Import; the import is then one
transaction, so either every entry is added or none. A Fettle export also carries
settings (how soon the journal locks, where backups go, …): the preview lists each
one that would change, and they are applied only if the user ticks "Also apply
these settings", which starts unticked. For a CSV file, a table maps
its columns to Fettle's fields, filled in from the header and changeable.
Reading, checking and importing all run on the task runner.

Signals:
    preview_ready(object): the file was read and checked (the ``ImportPlan``), or
        None when it could not be (the reason is on screen).
    imported(int): entries were added (how many).
    settings_applied(dict): the import also changed settings; the options now in force.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app import importers
from app.importers import ImportPlan, SettingChange, flaredown
from ui.core_text import core_tr
from ui.messages import words
from ui.session import Change

if TYPE_CHECKING:
    from app.journal.journal import Journal
    from ui.session import Session

FORMAT_NAMES = {
    "fettle-json": QT_TRANSLATE_NOOP("ImportDialog", "Fettle export (.json)"),
    "jrnl": QT_TRANSLATE_NOOP("ImportDialog", "jrnl export (.json)"),
    "csv": QT_TRANSLATE_NOOP("ImportDialog", "Spreadsheet or table (.csv)"),
    "flaredown": QT_TRANSLATE_NOOP("ImportDialog", "Flaredown export (.csv)"),
}
FIELD_NAMES = {
    "date": QT_TRANSLATE_NOOP("ImportDialog", "Date"),
    "time": QT_TRANSLATE_NOOP("ImportDialog", "Time"),
    "symptom": QT_TRANSLATE_NOOP("ImportDialog", "Symptom"),
    "severity": QT_TRANSLATE_NOOP("ImportDialog", "Severity (0 to 10)"),
    "title": QT_TRANSLATE_NOOP("ImportDialog", "Title"),
    "note": QT_TRANSLATE_NOOP("ImportDialog", "Note"),
    "tags": QT_TRANSLATE_NOOP("ImportDialog", "Tags"),
}


def guess_format(path: Path) -> tuple[str, list[str], dict[str, str]]:
    """Worker side: the likely format, and for CSV the columns and guessed mapping."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        with open(path, "rb") as fh:
            head = fh.read(4096).decode("utf-8", "replace")
        return ("fettle-json" if "fettle-journal" in head else "jrnl"), [], {}
    header, mapping = importers.csv_header(path)
    if flaredown.looks_like(header):
        return "flaredown", header, mapping
    return "csv", header, mapping


def read_preview(
    path: Path, fmt: str, mapping: dict[str, str] | None, journal: Journal
) -> tuple[ImportPlan, list[SettingChange]]:
    """Worker side: the checked file, and the settings it would change in ``journal``."""
    plan = importers.read_file(path, fmt, mapping)
    return plan, importers.setting_changes(plan, journal)


def commit(
    plan: ImportPlan, journal: Journal, settings: list[SettingChange]
) -> tuple[int, dict | None]:
    """Worker side: import; the entries added, and the options now in force if any
    setting was applied."""
    added = importers.commit(plan, journal, settings)
    return added, (journal.settings.all() if settings else None)


def _breakable(text: str) -> str:
    """Let a long folder path wrap after each slash (a zero-width space), so the
    whole path stays visible in a narrow dialog."""
    return text.replace("/", "/\u200b")


class ImportDialog(QDialog):
    preview_ready = Signal(object)
    imported = Signal(int)
    settings_applied = Signal(dict)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._plan: ImportPlan | None = None
        self._changes: list[SettingChange] = []
        self._key = object()  # reading, previewing and importing supersede each other
        self._columns: list[str] = []
        self._done = False
        self.setWindowTitle(self.tr("Import entries"))
        self.setObjectName("ImportDialog")
        self._build()
        self._connect_signals()
        session.close_on_lock(self)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Bring entries in from another app or a spreadsheet. You will see what the "
                "file holds before anything is added, and the entries you already have are "
                "never changed."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.browse_button = QPushButton(self.tr("Choose file…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        self.format_combo = QComboBox()
        for fmt in importers.FORMATS:
            self.format_combo.addItem(self.tr(FORMAT_NAMES.get(fmt, fmt)), fmt)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Kind of file:"), self.format_combo)

        self.mapping_box = QGroupBox(self.tr("Which column holds what"))
        mapping_form = QFormLayout(self.mapping_box)
        self.mapping_combos: dict[str, QComboBox] = {}
        for fld in importers.FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(self.tr(FIELD_NAMES[fld]))
            self.mapping_combos[fld] = combo
            mapping_form.addRow(self.tr(FIELD_NAMES[fld]) + ":", combo)
        self.mapping_box.setVisible(False)

        self.preview_box = QGroupBox(self.tr("What will be imported"))
        self.summary = QLabel(self.tr("Choose a file to see what it holds."))
        self.summary.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(False)
        self.settings_list = QLabel()
        self.settings_list.setWordWrap(True)
        for label in (self.summary, self.warnings, self.settings_list):
            label.setTextFormat(Qt.TextFormat.PlainText)  # text from the file is never markup
        self.settings_list.setAccessibleName(self.tr("Settings this file would change"))
        self.settings_list.setVisible(False)
        self.settings_check = QCheckBox(self.tr("&Also apply these settings"))
        self.settings_check.setToolTip(
            self.tr("Leave this unticked to keep your own settings and import only the entries.")
        )
        self.settings_check.setVisible(False)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.warnings)
        preview_layout.addWidget(self.settings_list)
        preview_layout.addWidget(self.settings_check)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.preview_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _connect_signals(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.format_combo.activated.connect(self._on_format_combo_activated)
        for combo in self.mapping_combos.values():
            combo.activated.connect(lambda _i: self._preview())
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    # -- choosing ------------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a file to import"))
        dialog.setNameFilters([self.tr("Exports (*.json *.csv *.txt)"), self.tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: name and self.set_file(Path(name)))
        dialog.open()

    def set_file(self, path: Path) -> None:
        """Look at ``path``: guess its format (and CSV columns), then preview it."""
        self.path_edit.setText(str(path))
        self._invalidate(self.tr("Reading the file…"))
        self._session.work(
            lambda: guess_format(path),
            self._on_format_guessed,
            self._on_preview_failed,
            key=self._key,
        )

    def path(self) -> Path | None:
        text = self.path_edit.text()
        return Path(text) if text else None

    def current_format(self) -> str:
        return self.format_combo.currentData()

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        self._on_format_combo_activated()

    def _on_format_guessed(self, result) -> None:
        fmt, header, mapping = result
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        self._fill_mapping(header, mapping)
        self._preview()

    def _on_format_combo_activated(self, *_args) -> None:
        path = self.path()
        if path is None:
            return
        if self.current_format() == "csv" and not self._columns:
            self.set_file(path)  # read its columns first
            return
        self._preview()

    def _fill_mapping(self, header: list[str], mapping: dict[str, str]) -> None:
        self._columns = header
        for fld, combo in self.mapping_combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in this file)"), "")
            for column in header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(fld, ""))))

    def mapping(self) -> dict[str, str]:
        return {
            fld: combo.currentData()
            for fld, combo in self.mapping_combos.items()
            if combo.currentData()
        }

    def set_mapping(self, fld: str, column: str) -> None:
        combo = self.mapping_combos[fld]
        combo.setCurrentIndex(max(0, combo.findData(column)))
        self._preview()

    # -- preview ---------------------------------------------------------------------------

    def _invalidate(self, text: str) -> None:
        self._session.drop(self._key)
        self._plan = None
        self._changes = []
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Import"))
        self.summary.setText(text)
        self.warnings.setVisible(False)
        self.settings_list.setVisible(False)
        self.settings_check.setChecked(False)
        self.settings_check.setVisible(False)

    def _preview(self) -> None:
        path = self.path()
        if path is None or self._done:
            return
        fmt = self.current_format()
        self.mapping_box.setVisible(fmt == "csv")
        mapping = self.mapping() if fmt == "csv" else None
        self._invalidate(self.tr("Checking the file…"))
        self._session.run(
            lambda journal: read_preview(path, fmt, mapping, journal),
            self._on_preview_done,
            self._on_preview_failed,
            key=self._key,
        )

    def _on_preview_done(self, result) -> None:
        plan, self._changes = result
        self._plan = plan
        self.summary.setText(plan.describe())
        if plan.warnings:
            shown = plan.warnings[:8]
            more = len(plan.warnings) - len(shown)
            text = "\n".join(f"• {w}" for w in shown)
            if more:
                text += "\n" + self.tr("…and %n more.", "", more)
            self.warnings.setText(text)
            self.warnings.setVisible(True)
        if self._changes and plan.count:
            self._list_changes(
                self.tr("This file would also change %n of your settings:", "", len(self._changes))
            )
            self.settings_check.setVisible(True)
        if plan.count:
            self.import_button.setText(self.tr("Import %n entries", "", plan.count))
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)
        self.preview_ready.emit(plan)

    def _list_changes(self, heading: str, *, done: bool = False) -> None:
        said = (c.describe(done=done, tr=core_tr) for c in self._changes)
        lines = [heading] + [f"• {_breakable(line)}" for line in said]
        self.settings_list.setText("\n".join(lines))
        self.settings_list.setVisible(True)

    def _on_preview_failed(self, exc: BaseException) -> None:
        self.summary.setText(words(exc))
        self.preview_ready.emit(None)

    def plan(self) -> ImportPlan | None:
        return self._plan

    # -- import ----------------------------------------------------------------------------

    def _on_import_button_clicked(self) -> None:
        plan = self._plan
        if plan is None or self._done:
            return
        settings = list(self._changes) if self.settings_check.isChecked() else []
        self._session.drop(self._key)
        self.import_button.setEnabled(False)
        for widget in (
            self.browse_button,
            self.format_combo,
            self.mapping_box,
            self.settings_check,
        ):
            widget.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        changes = Change.ENTRIES | Change.CATALOG | Change.TREATMENTS
        self._session.run(
            lambda journal: commit(plan, journal, settings),
            self._on_committed,
            self._on_commit_failed,
            origin=self,
            changes=changes | Change.SETTINGS if settings else changes,
        )

    def _on_committed(self, result: tuple[int, dict | None]) -> None:
        added, options = result
        self._done = True
        text = self.tr("Imported %n entries.", "", added)
        if options is not None:
            self._list_changes(
                self.tr("Changed %n of your settings:", "", len(self._changes)), done=True
            )
        else:
            self.settings_list.setVisible(False)
        self.settings_check.setVisible(False)
        self.summary.setText(text)
        self.warnings.setVisible(False)
        self.cancel_button.setText(self.tr("Close"))
        self.import_button.setVisible(False)
        self.imported.emit(added)
        if options is not None:
            self.settings_applied.emit(options)

    def _on_commit_failed(self, exc: BaseException) -> None:
        for widget in (
            self.browse_button,
            self.format_combo,
            self.mapping_box,
            self.settings_check,
        ):
            widget.setEnabled(True)
        text = words(exc)
        if "Nothing was" not in text:
            text += " " + self.tr("No entries were added.")
        self.summary.setText(text)
        self.import_button.setEnabled(self._plan is not None)
