"""Encrypted backups on real SQLCipher files: taken, verified, rotated, previewed and
restored without ever losing the current journal."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app import backup
from app.errors import BackupFailed, JournalBusy, JournalCorrupt, JournalReadOnly, WrongPassphrase
from app.journal import kdf, storage
from app.journal.journal import Journal
from app.models import Entry
from tests.support.journals import PASSPHRASE, make_journal

UTC = dt.UTC


def _fill(journal: Journal, n: int, title: str = "entry") -> None:
    journal.entries.add_many(
        Entry(
            "note",
            dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
            f"{title} {i}",
            "secret diary text " * 5,
        )
        for i in range(n)
    )


def test_backup_is_encrypted_verified_and_opens_with_the_passphrase(journal: Journal) -> None:
    _fill(journal, 50)
    path = backup.backup_now(journal)
    assert path.parent == journal.path.parent / "backups"
    assert path.name.startswith("journal-") and path.suffix == ".fettle"
    data = path.read_bytes()
    assert data[:3] == kdf.MAGIC and b"secret diary" not in data
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    with Journal.open(path, PASSPHRASE, read_only=True) as copy:
        assert copy.entries.count() == 50 and copy.check() == []
    with pytest.raises(WrongPassphrase):
        Journal.open(path, "not the passphrase")
    info = backup.preview(path, journal.key)
    assert (info.entry_count, info.ok) == (50, True)
    assert abs((dt.datetime.now(UTC) - info.date).total_seconds()) < 60


def test_backup_folder_from_settings_and_argument(journal: Journal, tmp_path: Path) -> None:
    journal.settings.set("backup_folder", str(tmp_path / "chosen"))
    assert backup.backup_now(journal).parent == tmp_path / "chosen"
    assert backup.backup_now(journal, tmp_path / "given").parent == tmp_path / "given"


def test_rotation_keeps_the_newest_n(journal: Journal) -> None:
    journal.settings.set("backup_keep", 3)
    start = dt.datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    made = []
    for i in range(6):
        _fill(journal, 1, f"round {i}")
        made.append(backup.backup_now(journal, now=start + dt.timedelta(hours=i)))
    kept = backup.list_backups(journal.path.parent / "backups", journal.key)
    assert [k.path for k in kept] == made[:2:-1]
    assert [k.entry_count for k in kept] == [6, 5, 4]
    assert all(k.ok for k in kept)


def test_rotation_never_deletes_the_new_backup_when_the_clock_went_back(journal: Journal) -> None:
    start = dt.datetime(2026, 3, 1, tzinfo=UTC)
    for i in range(3):
        backup.backup_now(journal, keep=3, now=start + dt.timedelta(days=i))
    _fill(journal, 2)
    new = backup.backup_now(journal, keep=3, now=start - dt.timedelta(days=30))
    assert new.exists()
    assert backup.preview(new, journal.key).entry_count == 2


def test_failed_verification_keeps_old_backups_and_leaves_no_file(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = backup.backup_now(journal, keep=1)
    monkeypatch.setattr(storage, "integrity_errors", lambda db, quick=False: ["page 7: bad"])
    with pytest.raises(BackupFailed):
        backup.backup_now(journal, keep=1)
    monkeypatch.undo()
    assert sorted(first.parent.iterdir()) == [first]
    assert backup.preview(first, journal.key).ok


def test_partial_leftover_of_a_killed_backup_is_removed(journal: Journal) -> None:
    folder = journal.path.parent / "backups"
    folder.mkdir()
    uid = backup.journal_uid(journal)
    partial = folder / f".journal-{uid}-20260101T000000000000Z.fettle.partial-abc123def456"
    partial.write_bytes(b"half a backup")
    backup.backup_now(journal)
    assert not partial.exists()
    assert all(i.ok for i in backup.list_backups(folder, journal.key))


def test_needs_backup_after_a_day(journal: Journal) -> None:
    assert backup.needs_backup(journal)
    taken = dt.datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    backup.backup_now(journal, now=taken)
    assert not backup.needs_backup(journal, now=taken + dt.timedelta(hours=23))
    assert backup.needs_backup(journal, now=taken + dt.timedelta(hours=24))


def test_restore_keeps_the_current_journal_and_brings_the_backup_back(journal_path: Path) -> None:
    with make_journal(journal_path) as j:
        _fill(j, 10, "old")
        old = backup.backup_now(j)
        _fill(j, 5, "newer")
        key = j.key
    kept = backup.restore(journal_path, old, key)
    assert kept is not None and "before-restore" in kept.name
    with Journal.open(journal_path, PASSPHRASE) as j:
        assert j.entries.count() == 10 and j.check() == []
    with Journal.open(kept, PASSPHRASE, read_only=True) as before:
        assert before.entries.count() == 15  # nothing was lost
    # the kept copy is never rotated out by later backups
    with Journal.open(journal_path, PASSPHRASE) as j:
        for i in range(3):
            backup.backup_now(j, keep=1, now=dt.datetime(2030, 1, 1 + i, tzinfo=UTC))
    assert kept.exists()


def test_restore_refuses_while_the_journal_is_open(journal: Journal) -> None:
    made = backup.backup_now(journal)
    before = journal.path.read_bytes()
    with pytest.raises(JournalBusy):
        backup.restore(journal.path, made, journal.key)
    assert journal.path.read_bytes() == before


def test_restore_refuses_a_damaged_backup_and_changes_nothing(journal_path: Path) -> None:
    with make_journal(journal_path) as j:
        _fill(j, 200)
        made = backup.backup_now(j)
        key = j.key
    _damage(made)
    before = journal_path.read_bytes()
    assert backup.preview(made, key).ok is False
    with pytest.raises(JournalCorrupt):
        backup.restore(journal_path, made, key)
    assert journal_path.read_bytes() == before


def test_restore_with_the_wrong_key_changes_nothing(journal_path: Path) -> None:
    with make_journal(journal_path) as j:
        made = backup.backup_now(j)
    before = journal_path.read_bytes()
    with pytest.raises(JournalCorrupt, match="different passphrase"):
        backup.restore(journal_path, made, bytes(32))
    assert journal_path.read_bytes() == before


def _damage(path: Path, page: int | None = None) -> None:
    """Scribble over a page, by default in the middle (as a failing disk would)."""
    size = path.stat().st_size
    page = (size // storage.PAGE_SIZE) // 2 if page is None else page
    with open(path, "r+b") as fh:
        fh.seek(page * storage.PAGE_SIZE + 100)
        fh.write(os.urandom(512))


def test_damaged_journal_is_read_read_only_and_the_newest_good_backup_offered(
    journal_path: Path,
) -> None:
    with make_journal(journal_path) as j:
        _fill(j, 400)
        good = backup.backup_now(j)
        key = j.key
    # a page that holds entries (pages of the indexes are interleaved with them since
    # schema v5 added one: the middle page may hold only index entries)
    pages = journal_path.stat().st_size // storage.PAGE_SIZE
    for page in sorted(range(1, pages), key=lambda n: abs(n - pages // 2)):
        trial = journal_path.with_name("trial.fettle")
        shutil.copyfile(journal_path, trial)
        _damage(trial, page)
        found = backup.open_damaged(trial, key)
        if found.opened and found.readable_entries < 400:
            break  # a page of entries, not one the schema or an index needs to open at all
    else:
        raise AssertionError("no page whose damage loses entries but leaves the file openable")
    trial.unlink()
    _damage(journal_path, page)
    before = journal_path.read_bytes()
    report = backup.open_damaged(journal_path, key)
    assert report.opened and report.problems
    assert report.readable_entries < 400
    assert report.newest_backup is not None and report.newest_backup.path == good
    assert report.newest_backup.entry_count == 400
    assert "damaged" in report.user_message and "restore" in report.user_message
    assert journal_path.read_bytes() == before  # read-only means untouched
    backup.restore(journal_path, good, key)
    with Journal.open(journal_path, PASSPHRASE) as j:
        assert j.check() == [] and j.entries.count() == 400


def test_sound_journal_reports_no_damage(journal: Journal) -> None:
    _fill(journal, 3)
    key, path = journal.key, journal.path
    assert backup.quick_check(journal) == []
    journal.lock()
    report = backup.open_damaged(path, key)
    assert report.problems == [] and report.readable_entries == 3
    assert report.user_message.startswith("No damage")


def _immutable(path: Path):
    """chattr +i: read-only even for root (tests run as root in CI)."""
    if os.geteuid() != 0:
        os.chmod(path, 0o500 if path.is_dir() else 0o400)
        return lambda: os.chmod(path, 0o700 if path.is_dir() else 0o600)
    proc = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if proc.returncode != 0:
        pytest.skip(
            "cannot make a file read-only for root here: chattr +i is not "
            f"supported on this filesystem ({proc.stderr.decode().strip()})"
        )
    return lambda: subprocess.run(["chattr", "-i", str(path)], check=True)


def test_read_only_backup_folder_gets_a_clear_error(journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    undo = _immutable(folder)
    try:
        with pytest.raises(JournalReadOnly, match="backup folder"):
            backup.backup_now(journal, folder)
    finally:
        undo()
    assert list(folder.iterdir()) == []


def test_cli_backup_list_and_restore(tmp_path: Path) -> None:
    from tests.app.cli.test_cli import fettle

    path = tmp_path / "cli.fettle"
    with make_journal(path) as j:
        _fill(j, 7)
    j_args = ("--journal", str(path))
    made = fettle("backup", *j_args, passphrases=[PASSPHRASE])
    assert made.returncode == 0, made.stderr
    assert "Backed up 7 entries" in made.stdout and "encrypted" in made.stdout
    with Journal.open(path, PASSPHRASE) as j:
        _fill(j, 3, "later")
    listed = fettle("backups", *j_args, passphrases=[PASSPHRASE])
    assert listed.returncode == 0 and "      7 entries" in listed.stdout
    name = listed.stdout.split()[-1]
    target = tmp_path / "backups" / name
    refused = fettle("restore", str(target), *j_args, passphrases=[PASSPHRASE], stdin="n\n")
    assert refused.returncode == 1 and "Nothing was changed" in refused.stderr
    assert "7 entries" in refused.stdout
    with Journal.open(path, PASSPHRASE) as j:
        assert j.entries.count() == 10
    done = fettle("restore", str(target), "--yes", *j_args, passphrases=[PASSPHRASE])
    assert done.returncode == 0, done.stderr
    assert "Restored 7 entries" in done.stdout and "before-restore" in done.stdout
    with Journal.open(path, PASSPHRASE) as j:
        assert j.entries.count() == 7
    wrong = fettle("restore", str(target), "--yes", *j_args, passphrases=["wrong passphrase"])
    assert wrong.returncode == 1 and "passphrase" in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_a_passphrase_change_backs_up_and_names_old_backups(tmp_path) -> None:
    from app import backup
    from app.journal import kdf
    from app.journal.journal import Journal
    from tests.support.journals import PASSPHRASE, make_journal

    path = tmp_path / "j.fettle"
    with make_journal(path) as j:
        backup.backup_now(j)
        j.change_passphrase(PASSPHRASE, "a new passphrase", profile=kdf.FAST_TEST_PROFILE)
        note = backup.after_passphrase_change(j)
        infos = backup.list_backups(backup.folder_for(j))
        assert len(infos) == 2 and sum(backup.salt_matches(i.path, j) for i in infos) == 1
    assert "1 older backup" in note and "old passphrase" in note
    newest = backup.list_backups(backup.default_folder(path))[0].path
    Journal.open(newest, "a new passphrase").lock()
