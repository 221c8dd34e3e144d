"""Restoring and reading a damaged journal as core use cases (app/usecases.py): the
front end gets a ``JournalFile`` with the key sealed inside and passes it back, so it
never holds key bytes; a traceback or log line that prints one shows no key either."""

from __future__ import annotations

import datetime as dt

import pytest

from app import backup, usecases
from app.errors import JournalCorrupt
from app.journal.journal import Journal
from app.models import Entry
from tests.support.journals import PASSPHRASE
from tests.support.journals import make_journal as make_empty


def make_journal(path):
    """A journal of three entries."""
    journal = make_empty(path)
    for title in ("One", "Two", "Three"):
        journal.entries.add(Entry("note", dt.date(2026, 3, 1), title))
    return journal


def test_sealed_keys_never_show_in_a_repr(tmp_path) -> None:
    with make_journal(tmp_path / "j.fettle") as journal:
        file = usecases.file_for(journal)
        target = usecases.key_for(journal)
        secret = journal.key
    for shown in (repr(file), repr(target), repr(file.key), str(file)):
        assert secret.hex() not in shown and repr(secret) not in shown
    assert "JournalKey(...)" in repr(usecases.JournalKey(secret))


def test_restore_keeps_the_journal_as_it_was_and_opens_the_backup(tmp_path) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        made = backup.backup_now(journal)
        journal.entries.add(Entry("note", dt.date(2026, 4, 1), "After the backup"))
        file = usecases.file_for(journal)
        (info,) = usecases.list_backups(file)
    assert info.path == made and info.ok and info.entry_count == 3
    restored = usecases.restore_and_reopen(file, info)
    try:
        assert restored.error is None
        assert restored.journal.entries.count() == 3
    finally:
        restored.journal.lock()
    with Journal.open(restored.kept, PASSPHRASE) as old:
        assert old.entries.count() == 4  # nothing lost


def test_a_failed_restore_reopens_the_journal_as_it_was_or_says_why(tmp_path) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        made = backup.backup_now(journal)
        file = usecases.file_for(journal)
        (info,) = usecases.list_backups(file)
    made.write_bytes(made.read_bytes()[:4096])  # the backup is cut short since it was listed
    before = path.read_bytes()
    restored = usecases.restore_and_reopen(file, info)
    try:
        assert isinstance(restored.error, JournalCorrupt) and restored.kept is None
        assert restored.journal.entries.count() == 3  # the journal as it was, open again
    finally:
        restored.journal.lock()
    assert path.read_bytes() == before
    with pytest.raises(JournalCorrupt):  # on the unlock screen: nothing to reopen
        usecases.restore_and_reopen(file, info, reopen_on_failure=False)


def test_the_backups_of_an_unreadable_journal_open_with_its_passphrase(tmp_path) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        backup.backup_now(journal)
    path.write_bytes(b"\0" * 4096)  # the header is gone: its salt with it
    folder, infos = usecases.backups_of_file(path)
    assert folder == backup.default_folder(path) and len(infos) == 1
    assert usecases.file_for_backups(path, "not the passphrase", infos) is None
    file = usecases.file_for_backups(path, PASSPHRASE, infos)
    assert file is not None and file.stem == "j" and file.uid is None
    (info,) = usecases.list_backups(file)
    restored = usecases.restore_and_reopen(file, info, reopen_on_failure=False)
    try:
        assert restored.journal.entries.count() == 3
    finally:
        restored.journal.lock()
