"""A Fettle JSON file's settings (lock, backups, …) never change a journal silently:
the preview lists each change in plain words, the import applies them only when the
user agreed, and values Preferences would refuse are left out with a note."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.importers import commit, read_bytes, setting_changes
from app.journal.journal import Journal
from app.journal.settings import OPTIONS
from app.models import Entry
from tests.app.cli.test_cli import fettle
from tests.support.journals import PASSPHRASE, make_journal

DEFAULTS = {name: option.default for name, option in OPTIONS.items()}


def _export(settings, entries: int = 1) -> dict:
    """A minimal Fettle export, as another journal (or someone else) could write it."""
    return {
        "format": "fettle-journal",
        "version": 1,
        "settings": settings,
        "entries": [
            {"id": i, "kind": "note", "day": f"2026-01-{i:02d}", "title": f"note {i}"}
            for i in range(1, entries + 1)
        ],
    }


def _plan(settings, entries: int = 1):
    return read_bytes(json.dumps(_export(settings, entries)).encode(), "fettle-json")


@pytest.fixture
def risky(tmp_path: Path) -> dict:
    """The review's example: lock after four hours, keep one backup, somewhere else."""
    return {"auto_lock_minutes": 240, "backup_keep": 1, "backup_folder": str(tmp_path / "anywhere")}


def test_an_import_keeps_the_journals_settings_unless_asked(journal: Journal, risky) -> None:
    plan = _plan(risky)
    assert plan.commit(journal) == 1  # the default: entries only
    assert journal.entries.count() == 1
    assert journal.settings.all() == DEFAULTS
    assert commit(plan, journal) == 1  # the same through the package's entry point
    assert journal.settings.all() == DEFAULTS


def test_the_preview_lists_every_change_in_plain_words(journal: Journal, risky) -> None:
    journal.settings.set("backup_keep", 1)  # already as in the file: not a change
    changes = setting_changes(_plan(risky), journal)
    folder = risky["backup_folder"]
    assert [c.describe() for c in changes] == [
        "Lock when idle for: 4 hours (now: 5 minutes)",
        f"Backup folder: {folder} (now: the default folder, beside the journal)",
    ]
    assert [(c.name, c.current, c.new) for c in changes] == [
        ("auto_lock_minutes", "5 minutes", "4 hours"),
        ("backup_folder", "the default folder, beside the journal", folder),
    ]
    assert journal.settings.all() == {**DEFAULTS, "backup_keep": 1}  # the preview wrote nothing


def test_a_dry_run_without_a_journal_lists_all_the_files_settings(risky) -> None:
    assert [c.describe() for c in setting_changes(_plan(risky))] == [
        "Lock when idle for: 4 hours",
        "Backups kept: only the newest backup",
        f"Backup folder: {risky['backup_folder']}",
    ]


def test_agreed_changes_are_applied_with_the_entries(journal: Journal, risky) -> None:
    plan = _plan(risky)
    changes = setting_changes(plan, journal)
    assert commit(plan, journal, changes) == 1
    assert journal.settings.all() == {**DEFAULTS, **risky}


def test_a_journal_with_data_takes_the_files_settings_only_when_asked(
    journal: Journal, risky
) -> None:
    journal.entries.add(Entry("note", dt.date(2026, 2, 1), "mine"))
    journal.settings.set("auto_lock_minutes", 2)
    plan = _plan(risky)
    chosen = [c for c in setting_changes(plan, journal) if c.name == "backup_keep"]
    commit(plan, journal, chosen)  # the user may agree to some and not others
    assert journal.settings.all() == {**DEFAULTS, "auto_lock_minutes": 2, "backup_keep": 1}
    assert journal.entries.count() == 2


def test_a_change_not_from_this_file_is_refused(journal: Journal, risky) -> None:
    other = setting_changes(_plan({"auto_lock_minutes": 1}), journal)
    with pytest.raises(ValueError):
        commit(_plan(risky), journal, other)
    assert journal.entries.count() == 0 and journal.settings.all() == DEFAULTS


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        (
            "auto_lock_minutes",
            100_000,
            (
                "Lock when idle for” in this file is 100000, outside "
                "what Preferences allows (1 to 240)"
            ),
        ),
        ("auto_lock_minutes", 0, "outside what Preferences allows (1 to 240)"),
        ("auto_lock_minutes", "240", "should be a whole number"),
        ("auto_lock_minutes", True, "should be a whole number"),
        ("backup_keep", 0, "outside what Preferences allows (1 to 100)"),
        ("clipboard_clear_seconds", 86_400, "outside what Preferences allows (10 to 600)"),
        ("backup_folder", "backups", "backup folder in this file ('backups') is not a full path"),
        ("backup_folder", "/tmp/\u202egpj.exe", "is not a full path"),  # hidden right-to-left
        ("backup_folder", "/tmp/a\nLock when idle for: 5 minutes", "is not a full path"),
        ("backup_folder", 42, "should be text"),
        ("date_format", "%Y", "is not one Fettle offers"),
        ("remember_me", True, "a setting Fettle does not know ('remember_me')"),
    ],
)
def test_a_setting_preferences_would_refuse_is_left_out_with_a_note(
    journal: Journal, name: str, value, words: str
) -> None:
    plan = _plan(
        {name: value, "auto_lock_minutes": 240} if name != "auto_lock_minutes" else {name: value}
    )
    assert any(words in note and note.endswith("it is left out.") for note in plan.warnings), (
        plan.warnings
    )
    assert name not in {c.name for c in setting_changes(plan, journal)}
    commit(plan, journal, setting_changes(plan, journal))  # even when the user agrees
    assert journal.entries.count() == 1  # the entries still come in
    good = {} if name == "auto_lock_minutes" else {"auto_lock_minutes": 240}
    assert journal.settings.all() == {**DEFAULTS, **good}  # and the good setting with them


def test_settings_that_are_not_an_object_are_left_out(journal: Journal) -> None:
    plan = _plan(["auto_lock_minutes", 240])
    assert plan.warnings == [
        ("The settings in this file are not in a form Fettle reads; they are left out.")
    ]
    assert setting_changes(plan, journal) == []
    assert commit(plan, journal) == 1


def test_a_folder_under_home_is_shown_as_the_full_path(journal: Journal) -> None:
    [change] = setting_changes(_plan({"backup_folder": "~/Backups"}), journal)
    assert change.new == str(Path.home() / "Backups")


def test_cli_skips_the_files_settings_and_says_how_to_take_them(tmp_path: Path, risky) -> None:
    path = tmp_path / "cli.fettle"
    make_journal(path).lock()
    src = tmp_path / "export.json"
    src.write_text(json.dumps(_export(risky, entries=2)))

    dry = fettle("import", str(src), "--format", "fettle-json", "--dry-run", "--journal", str(path))
    assert dry.returncode == 0, dry.stderr
    assert (
        "The file also holds these settings; they are applied only with --with-settings:\n"
        "  Lock when idle for: 4 hours\n"
        "  Backups kept: only the newest backup\n"
    ) in dry.stdout

    done = fettle(
        "import",
        str(src),
        "--format",
        "fettle-json",
        "--journal",
        str(path),
        passphrases=[PASSPHRASE],
    )
    assert done.returncode == 0, done.stderr
    assert "Imported 2 entries." in done.stdout
    assert (
        "Skipped 3 settings from the file; yours are kept:\n"
        "  Lock when idle for: 4 hours (now: 5 minutes)\n" in done.stdout
    )
    assert "--with-settings" in done.stdout
    with Journal.open(path, PASSPHRASE) as j:
        assert j.settings.all() == DEFAULTS and j.entries.count() == 2

    wrong = fettle(
        "import", str(src), "--format", "jrnl", "--with-settings", "--journal", str(path)
    )
    assert wrong.returncode == 2 and "--with-settings is for --format fettle-json" in wrong.stderr

    fresh = tmp_path / "fresh.fettle"
    make_journal(fresh).lock()
    taken = fettle(
        "import",
        str(src),
        "--format",
        "fettle-json",
        "--with-settings",
        "--journal",
        str(fresh),
        passphrases=[PASSPHRASE],
    )
    assert taken.returncode == 0, taken.stderr
    assert "Changed these settings:\n  Lock when idle for: 4 hours (was: 5 minutes)" in taken.stdout
    with Journal.open(fresh, PASSPHRASE) as j:
        assert j.settings.all() == {**DEFAULTS, **risky} and j.entries.count() == 2


_values = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=60)
    | st.sampled_from(["/tmp/b", "~/b", "d MMM yyyy", "/a/\u2028b", "/\ud800"])
    | st.lists(st.integers(), max_size=3)
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    raw=st.dictionaries(st.sampled_from([*OPTIONS, "x"]) | st.text(max_size=10), _values) | _values
)
def test_any_settings_give_notes_or_clean_changes_never_a_crash(journal: Journal, raw) -> None:
    plan = _plan(raw)
    changes = setting_changes(plan, journal)
    for line in [*plan.warnings, *(c.describe() for c in changes)]:
        assert line.isprintable(), line  # one plain line each, nothing hidden
    commit(plan, journal, changes)
    for change in changes:
        assert journal.settings.get(change.name) == change.value


def test_a_sync_folder_in_a_file_is_never_taken() -> None:
    from app.importers.imported_settings import check

    usable, notes = check({"sync_folder": "/media/someone-else/sync", "auto_lock_minutes": 9})
    assert usable == {"auto_lock_minutes": 9}
    assert len(notes) == 1 and "sync folder" in notes[0] and "someone-else" not in notes[0]
