"""The export dialog: the warning and the safe choice first, then real exports."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from PySide6.QtWidgets import QPushButton

from app import importers
from app.models import Entry
from ui.data_export import CSV, JSON, MARKDOWN, ExportDialog


@pytest.fixture
def dialog(qtbot, runner, journal):
    dialog = ExportDialog(runner, journal)
    qtbot.addWidget(dialog)
    return dialog


def _buttons_in_order(dialog) -> list[str]:
    row = dialog.button_row
    return [row.itemAt(i).widget().text() for i in range(row.count())
            if isinstance(row.itemAt(i).widget(), QPushButton)]


def test_it_says_the_export_is_not_encrypted_and_offers_a_backup_first(qtbot, dialog):
    assert "not encrypted" in dialog.warning_label.text()
    assert _buttons_in_order(dialog) == ["Make an encrypted backup instead",
                                         "Export without encryption", "Cancel"]
    assert dialog.backup_button.isDefault()
    assert not dialog.export_button.isEnabled()  # nothing chosen yet
    with qtbot.waitSignal(dialog.backup_requested), qtbot.waitSignal(dialog.finished):
        dialog.backup_button.click()


def test_json_export_goes_back_through_import(qtbot, dialog, tmp_path):
    target = tmp_path / "out" / "journal.json"
    target.parent.mkdir()
    dialog.set_target(target)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    assert "Exported 3 entries" in dialog.status.text()
    assert "not encrypted" in dialog.status.text()
    assert (target.stat().st_mode & 0o077) == 0  # private to its owner
    plan = importers.read_file(target, "fettle-json")
    assert plan.count == 3


def test_csv_folder_escapes_formulas_and_refuses_to_overwrite(qtbot, dialog, journal, tmp_path):
    journal.entries.add(Entry("note", dt.date(2026, 3, 9), "=HYPERLINK(\"x\")", "body"))
    folder = tmp_path / "tables"
    dialog.set_format(CSV)
    dialog.set_target(folder)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    with open(folder / "entries.csv", newline="") as fh:
        titles = [row["title"] for row in csv.DictReader(fh)]
    assert "'=HYPERLINK(\"x\")" in titles
    dialog.set_target(folder)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "already holds an export" in dialog.status.text())
    assert "--force" not in dialog.status.text()


def test_markdown_folder_has_one_file_per_entry(qtbot, dialog, tmp_path):
    folder = tmp_path / "notes"
    dialog.set_format(MARKDOWN)
    assert dialog.target() is None  # a new format asks for a new place
    dialog.set_target(folder)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    assert len(list(folder.glob("*.md"))) == 3
    dialog.set_format(JSON)
    assert not dialog.export_button.isEnabled()
