"""Opening journals: the right key, the wrong one, and every kind of bad file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from app import errors
from app.journal import kdf
from app.journal.journal import Journal
from app.models import Entry
from tests.support.journals import PASSPHRASE, make_journal


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_right_passphrase_opens_and_reads_back(journal_path: Path) -> None:
    import datetime as dt

    with make_journal(journal_path) as j:
        entry_id = j.entries.add(Entry("note", dt.date(2026, 1, 2), "Hello", "World"))
    with Journal.open(journal_path, PASSPHRASE) as j:
        assert j.entries.get(entry_id).body == "World"
        assert j.check() == []


def test_file_is_encrypted_and_carries_its_kdf_profile(journal_path: Path) -> None:
    make_journal(journal_path).lock()
    head = journal_path.read_bytes()[:16]
    assert head[:3] == b"FTL" and head[3] == kdf.FAST_TEST_PROFILE.id
    assert b"SQLite format 3" not in journal_path.read_bytes()


def test_wrong_passphrase_has_own_error_and_leaves_file_identical(journal_path: Path) -> None:
    make_journal(journal_path).lock()
    before, mtime = digest(journal_path), journal_path.stat().st_mtime_ns
    with pytest.raises(errors.WrongPassphrase):
        Journal.open(journal_path, "not the passphrase")
    assert digest(journal_path) == before
    assert journal_path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in journal_path.parent.iterdir()) == [journal_path.name]


def _plain_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES ('hello')")
    con.commit()
    con.close()


def _truncated(path: Path, size: int, tmp_path: Path) -> None:
    source = tmp_path / f"source-{size}.fettle"
    make_journal(source).lock()
    path.write_bytes(source.read_bytes()[:size])


BAD_FILES = {
    "foreign": (lambda p, t: p.write_bytes(b"%PDF-1.7\n" + os.urandom(8000)), errors.ForeignFile),
    "plain_sqlite": (lambda p, t: _plain_sqlite(p), errors.PlainSQLiteFile),
    "truncated_mid_page": (lambda p, t: _truncated(p, 5000, t), errors.JournalTruncated),
    "truncated_header": (lambda p, t: _truncated(p, 10, t), errors.JournalTruncated),
    "random_bytes": (
        lambda p, t: p.write_bytes(b"\x91" + os.urandom(4095 * 3)),
        errors.UnrecognisedFile,
    ),
    "text_file": (
        lambda p, t: p.write_text("Dear diary, today I felt fine.\n" * 200),
        errors.ForeignFile,
    ),
    "zero_length": (lambda p, t: p.write_bytes(b""), errors.JournalEmptyFile),
    "folder": (lambda p, t: p.mkdir(), errors.JournalIsFolder),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_file_gets_its_own_clear_error_and_is_untouched(kind: str, tmp_path: Path) -> None:
    make, expected = BAD_FILES[kind]
    path = tmp_path / "journal.fettle"
    make(path, tmp_path)
    before = None if path.is_dir() else digest(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(expected) as info:
        Journal.open(path, PASSPHRASE)
    # each kind has its own words for the user, not a generic failure
    assert info.value.user_message != errors.FettleError.user_message
    assert type(info.value) is expected
    if before is not None:
        assert digest(path) == before
    else:
        assert list(path.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_bad_file_messages_are_all_different(tmp_path: Path) -> None:
    messages = {errors.WrongPassphrase.user_message}
    for name, (make, expected) in BAD_FILES.items():
        path = tmp_path / name
        make(path, tmp_path)
        with pytest.raises(expected) as info:
            Journal.open(path, PASSPHRASE)
        messages.add(info.value.user_message)
    # the two cut-short variants share one explanation; everything else has its own
    assert len(messages) == len(BAD_FILES)
    assert any("PDF" in m for m in messages) and any("text file" in m for m in messages)


def test_missing_path_never_creates_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "nothing-here.fettle"
    with pytest.raises(errors.JournalNotFound):
        Journal.open(path, PASSPHRASE)
    with pytest.raises(errors.JournalNotFound):
        Journal.open_with_key(path, b"k" * 32)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "existing.fettle"
    path.write_bytes(b"precious")
    with pytest.raises(errors.JournalExists):
        make_journal(path)
    assert path.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.fettle"]


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(errors.InvalidInput):
        make_journal(tmp_path / "j.fettle", "short")
    assert not (tmp_path / "j.fettle").exists()


def test_second_opener_is_refused_while_first_is_open(journal_path: Path) -> None:
    first = make_journal(journal_path)
    try:
        with pytest.raises(errors.JournalBusy):
            Journal.open(journal_path, PASSPHRASE)
    finally:
        first.lock()
    Journal.open(journal_path, PASSPHRASE).lock()  # free again once closed


def test_lock_closes_everything(journal: Journal) -> None:
    journal.lock()
    assert journal.is_locked
    with pytest.raises(errors.JournalLocked):
        journal.entries.count()
    with pytest.raises(errors.JournalLocked):
        _ = journal.key
    journal.lock()  # idempotent


def test_change_passphrase(journal_path: Path) -> None:
    import datetime as dt

    j = make_journal(journal_path)
    j.entries.add(Entry("note", dt.date(2026, 5, 1), "kept"))
    old_id = j.journal_id
    with pytest.raises(errors.WrongPassphrase):
        j.change_passphrase(
            "wrong old passphrase", "a new passphrase", profile=kdf.FAST_TEST_PROFILE
        )
    j.change_passphrase(PASSPHRASE, "a new passphrase", profile=kdf.FAST_TEST_PROFILE)
    assert j.journal_id != old_id  # a remembered key for the old one goes stale
    assert j.entries.count() == 1  # still usable after the swap
    j.lock()
    with pytest.raises(errors.WrongPassphrase):
        Journal.open(journal_path, PASSPHRASE)
    with Journal.open(journal_path, "a new passphrase") as j2:
        assert j2.entries.page().rows[0].title == "kept"
        assert j2.check() == []
    assert sorted(p.name for p in journal_path.parent.iterdir()) == [journal_path.name]


def test_default_profile_meets_the_floor() -> None:
    for profile in kdf.PROFILES.values():
        assert profile.memory_kib >= 64 * 1024
    assert kdf.DEFAULT_PROFILE.memory_kib >= 128 * 1024


def test_composed_and_decomposed_passphrases_open_the_same_journal(tmp_path: Path) -> None:
    import unicodedata

    composed = unicodedata.normalize("NFC", "crème brûlée journal")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    make_journal(tmp_path / "j.fettle", composed).lock()
    Journal.open(tmp_path / "j.fettle", decomposed).lock()


def test_journal_file_is_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        make_journal(tmp_path / "j.fettle").lock()
    finally:
        os.umask(old)
    assert (tmp_path / "j.fettle").stat().st_mode & 0o077 == 0
