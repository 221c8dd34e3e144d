"""The import preview's settings in German (issue 13): the names and values of what a
Fettle export would change, not English words nor raw keys in a German window."""

from __future__ import annotations

import json

import pytest

from tests.support.session import open_session
from ui.data.import_ import ImportDialog


@pytest.fixture
def dialog(qtbot, runner, journal):
    dialog = ImportDialog(open_session(runner, journal))
    qtbot.addWidget(dialog)
    return dialog


def test_the_settings_a_file_would_change_are_listed_in_german(
    german, qtbot, dialog, tmp_path
) -> None:
    path = tmp_path / "export.json"
    settings = {
        "auto_lock_minutes": 240,
        "backup_keep": 1,
        "post_languages": "reddit=de",
        "new_entry_kind": "lesson",
    }
    entries = [{"id": 1, "kind": "note", "day": "2026-02-01", "title": "aus einer Datei"}]
    path.write_text(
        json.dumps(
            {"format": "fettle-journal", "version": 1, "settings": settings, "entries": entries}
        )
    )
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.set_file(path)
    shown = dialog.settings_list.text().replace("\u200b", "").splitlines()
    assert shown[1:] == [
        "• Sperren nach Inaktivität von: 4 Stunden (jetzt: 5 Minuten)",
        "• Aufbewahrte Sicherungen: nur die neueste Sicherung (jetzt: die neuesten 10 Sicherungen)",
        "• Sprache geteilter Beiträge: Deutsch für Reddit (jetzt: die Sprache der App für jede Seite)",
        "• Art eines neuen Eintrags: Erkenntnis (jetzt: Symptom)",
    ]
