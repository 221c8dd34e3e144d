"""The export dialog: the warning and the safe choice first, then real exports."""

from __future__ import annotations

import csv
import datetime as dt
import os

import pytest
from PySide6.QtWidgets import QPushButton

from app import importers
from app.models import Entry
from tests.app.exporters import test_export_safety
from tests.support.session import open_session
from ui.data.export import CSV, JSON, MARKDOWN, ExportDialog

small_disk = test_export_safety.small_disk  # a real 64 KiB tmpfs (a fixture)


@pytest.fixture
def dialog(qtbot, runner, journal):
    dialog = ExportDialog(open_session(runner, journal))
    qtbot.addWidget(dialog)
    return dialog


def _buttons_in_order(dialog) -> list[str]:
    row = dialog.button_row
    return [
        row.itemAt(i).widget().text()
        for i in range(row.count())
        if isinstance(row.itemAt(i).widget(), QPushButton)
    ]


def test_it_says_the_export_is_not_encrypted_and_offers_a_backup_first(qtbot, dialog):
    assert "not encrypted" in dialog.warning_label.text()
    assert _buttons_in_order(dialog) == [
        "Make an encrypted backup instead",
        "Export without encryption",
        "Cancel",
    ]
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
    journal.entries.add(Entry("note", dt.date(2026, 3, 9), '=HYPERLINK("x")', "body"))
    folder = tmp_path / "tables"
    dialog.set_format(CSV)
    dialog.set_target(folder)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    with open(folder / "entries.csv", newline="") as fh:
        titles = [row["title"] for row in csv.DictReader(fh)]
    assert '\'=HYPERLINK("x")' in titles
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


def test_markdown_export_makes_the_folder_private_and_names_say_nothing(
    qtbot, dialog, journal, tmp_path
):
    journal.entries.add(Entry("symptom", dt.date(2026, 3, 9), "HIV test result", "negative"))
    folder = tmp_path / "notes"
    folder.mkdir()
    os.chmod(folder, 0o755)
    dialog.set_format(MARKDOWN)
    dialog.set_target(folder)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    assert folder.stat().st_mode & 0o777 == 0o700
    names = [p.name for p in folder.iterdir()]
    assert len(names) == 4 and not any("hiv" in n.lower() for n in names), names


def test_full_disk_says_nothing_was_left_and_leaves_nothing(qtbot, dialog, journal, small_disk):
    journal.entries.add_many(
        Entry("note", dt.date(2026, 1, 1), f"e{i}", os.urandom(300).hex()) for i in range(60)
    )
    disk = small_disk("64k")
    dialog.set_format(CSV)
    dialog.set_target(disk / "tables")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "could not be finished" in dialog.status.text(), timeout=10_000)
    assert "disk is full" in dialog.status.text()
    assert "Nothing was left behind" in dialog.status.text()
    assert list(disk.rglob("*")) == []
    assert dialog.export_button.isEnabled()  # free some space, then try again
