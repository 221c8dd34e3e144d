"""The import dialog on real files and a real journal: guess, map, preview, then commit."""

from __future__ import annotations

import json

import pytest

from app.errors import DiskFull
from tests.support.session import open_session
from ui.data.import_ import ImportDialog

CSV = (
    "When,Pain level,What,Comments\n"
    "2026-01-03,6,Back pain,stiff morning\n"
    "2026-01-04,3,Back pain,better after a walk\n"
    "2026-01-09,2,Headache,\n"
)


@pytest.fixture
def dialog(qtbot, runner, journal):
    dialog = ImportDialog(open_session(runner, journal))
    qtbot.addWidget(dialog)
    return dialog


def _choose(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000) as ready:
        dialog.set_file(path)
    return ready.args[0]


def test_csv_is_mapped_from_its_header_and_previewed_before_anything_is_written(
    qtbot, dialog, journal, runner, tmp_path
):
    path = tmp_path / "pain.csv"
    path.write_text(CSV)
    plan = _choose(qtbot, dialog, path)
    assert dialog.current_format() == "csv" and dialog.mapping_box.isVisibleTo(dialog)
    assert dialog.mapping() == {
        "date": "When",
        "symptom": "What",
        "severity": "Pain level",
        "note": "Comments",
    }
    assert plan.count == 3
    assert dialog.summary.text() == "3 entries from 2026-01-03 to 2026-01-09."
    assert dialog.import_button.text() == "Import 3 entries" and dialog.import_button.isEnabled()
    assert journal.entries.count() == 3  # the preview wrote nothing
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.import_button.click()
    assert done.args == [3]
    assert journal.entries.count() == 6
    assert "Imported 3 entries" in dialog.summary.text()
    assert not dialog.import_button.isVisible() and dialog.cancel_button.text() == "Close"
    names = {s.name for s in journal.catalog.symptoms()}
    assert {"Back pain", "Headache"} <= names


def test_changing_a_column_previews_again(qtbot, dialog, tmp_path):
    path = tmp_path / "pain.csv"
    path.write_text(CSV)
    _choose(qtbot, dialog, path)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000) as ready:
        dialog.set_mapping("severity", "What")  # words are not severities
    assert ready.args == [None]
    assert "Line 2" in dialog.summary.text() and "not a number" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_a_bad_row_is_named_and_nothing_can_be_imported(qtbot, dialog, journal, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(CSV + "yesterday,4,Back pain,\n")
    assert _choose(qtbot, dialog, path) is None
    assert "Line 5" in dialog.summary.text() and "Nothing was imported." in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert journal.entries.count() == 3


def test_jrnl_export_is_recognised_with_its_warnings(qtbot, dialog, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps(
            {
                "tags": {},
                "entries": [
                    {
                        "title": "Slept badly",
                        "body": "Woke at four.",
                        "date": "2025-12-30",
                        "time": "07:10",
                        "tags": ["@sleep"],
                        "starred": True,
                    },
                    {
                        "title": "Better",
                        "body": "",
                        "date": "2025-12-31",
                        "time": "21:00",
                        "tags": [],
                    },
                ],
            }
        )
    )
    plan = _choose(qtbot, dialog, path)
    assert dialog.current_format() == "jrnl" and not dialog.mapping_box.isVisibleTo(dialog)
    assert plan.count == 2 and "2 entries from 2025-12-30 to 2025-12-31." == dialog.summary.text()


def test_not_utf8_gets_the_plain_message(qtbot, dialog, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("Date,Note\n2026-01-01,caf\xe9\n".encode("latin-1"))
    assert _choose(qtbot, dialog, path) is None
    assert "not UTF-8" in dialog.summary.text()


def test_a_full_disk_during_the_import_adds_nothing_and_says_so(
    qtbot, dialog, journal, runner, tmp_path
):
    path = tmp_path / "many.csv"
    path.write_text(
        "Date,Note\n" + "".join(f"2026-01-{1 + i % 28:02d},{'word ' * 200}\n" for i in range(400))
    )
    assert _choose(qtbot, dialog, path).count == 400
    pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
    journal.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: runner.is_idle() and dialog.import_button.isEnabled())
    assert DiskFull.user_message in dialog.summary.text()
    assert journal.entries.count() == 3  # all or nothing
    journal.db.execute("PRAGMA max_page_count = 1073741823")
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()  # space was freed: the same preview imports
    assert journal.entries.count() == 403


def _fettle_export(tmp_path, folder):
    """A Fettle export whose settings would weaken the lock and the backups."""
    path = tmp_path / "from-someone.json"
    path.write_text(
        json.dumps(
            {
                "format": "fettle-journal",
                "version": 1,
                "settings": {
                    "auto_lock_minutes": 240,
                    "backup_keep": 1,
                    "backup_folder": str(folder),
                    "date_format": "d MMM yyyy",
                },
                "entries": [{"id": 1, "kind": "note", "day": "2026-02-01", "title": "from a file"}],
            }
        )
    )
    return path


def test_a_fettle_exports_settings_are_listed_and_kept_out_unless_ticked(
    qtbot, dialog, journal, tmp_path
):
    folder = tmp_path / "anywhere"
    plan = _choose(qtbot, dialog, _fettle_export(tmp_path, folder))
    assert plan.count == 1 and dialog.summary.text() == "1 entry on 2026-02-01."
    assert dialog.settings_list.isVisibleTo(dialog) and dialog.settings_check.isVisibleTo(dialog)
    shown = dialog.settings_list.text().replace("\u200b", "")
    assert shown.splitlines() == [
        "This file would also change 3 of your settings:",
        "• Lock when idle for: 4 hours (now: 5 minutes)",
        "• Backups kept: only the newest backup (now: the newest 10 backups)",
        f"• Backup folder: {folder} (now: the default folder, beside the journal)",
    ]
    assert not dialog.settings_check.isChecked()
    before = journal.settings.all()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert journal.entries.count() == 4
    assert journal.settings.all() == before  # not ticked: the journal's own settings stay
    assert not dialog.settings_list.isVisibleTo(dialog)


def test_ticking_the_box_applies_exactly_the_listed_settings(qtbot, dialog, journal, tmp_path):
    folder = tmp_path / "anywhere"
    _choose(qtbot, dialog, _fettle_export(tmp_path, folder))
    dialog.settings_check.click()
    with qtbot.waitSignal(dialog.settings_applied, timeout=10_000) as applied:
        dialog.import_button.click()
    assert journal.entries.count() == 4
    expected = {"auto_lock_minutes": 240, "backup_keep": 1, "backup_folder": str(folder)}
    assert {k: journal.settings.get(k) for k in expected} == expected
    assert applied.args[0] == journal.settings.all()  # so the window can put them in force
    assert dialog.settings_list.text().startswith(
        "Changed 3 of your settings:\n• Lock when idle for: 4 hours (was: 5 minutes)"
    )


def test_a_new_file_unticks_the_box_and_a_file_without_settings_shows_none(qtbot, dialog, tmp_path):
    _choose(qtbot, dialog, _fettle_export(tmp_path, tmp_path / "anywhere"))
    dialog.settings_check.click()
    path = tmp_path / "pain.csv"
    path.write_text(CSV)
    _choose(qtbot, dialog, path)
    assert not dialog.settings_check.isChecked()
    assert not dialog.settings_list.isVisibleTo(dialog)
    assert not dialog.settings_check.isVisibleTo(dialog)
