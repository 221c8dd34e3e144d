"""A deleted entry's words are gone from the journal file, search index included.

Read as a forensic tool would: every page of the file is decrypted with the key
(AES-256-CBC, SQLCipher 4's page layout), free pages, index leaves and all, and the
entry's words are looked for in the clear bytes. A key that leaks later (a shared
backup, a remembered passphrase) must not bring back what the user deleted. Issue 19
measured the price of this on every delete; a faster delete has to keep it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.journal import kdf
from app.journal.journal import Journal
from app.models import Entry
from tests.support.journals import PASSPHRASE, make_journal

PAGE = 4096
RESERVE = 16 + 64  # IV and HMAC-SHA512 at the end of every page

# no other word of these entries starts with these letters, so the search index
# stores each whole (FTS5 writes a term as the part it shares with the one before
# it on the same leaf, plus the rest)
SECRET_WORDS = (b"zanzibarite", b"quokkamoth", b"jwhistleberry")


def clear_pages(path: Path, key: bytes) -> bytes:
    """Every page of the SQLCipher file at ``path``, decrypted."""
    data = path.read_bytes()
    out = bytearray()
    for start in range(0, len(data), PAGE):
        page = data[start : start + PAGE]
        skip = kdf.SALT_SIZE if start == 0 else 0  # page 1 begins with the clear salt
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += dec.update(page[skip : PAGE - RESERVE]) + dec.finalize()
    return bytes(out)


def open_key(path: Path) -> bytes:
    return kdf.derive_key(PASSPHRASE, kdf.read_salt(path), kdf.FAST_TEST_PROFILE)


def test_the_page_reader_sees_words_that_are_there(tmp_path: Path) -> None:
    """The reader works (else the test below could not fail): an entry's words are in
    the clear pages, in the table and in the search index."""
    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        journal.entries.add(
            Entry("note", dt.date(2026, 1, 1), "zanzibarite pain", "after quokkamoth lunch")
        )
    clear = clear_pages(path, open_key(path))
    assert clear.count(b"zanzibarite") >= 2  # the row, and the index's term
    assert b"SQLite format 3" not in clear[:16] and b"CREATE TABLE" in clear
    assert hashlib.sha256(clear).digest() != hashlib.sha256(path.read_bytes()).digest()


def test_a_deleted_entry_leaves_no_word_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        keep = [
            Entry(
                "note",
                dt.date(2026, 1, d),
                f"ordinary day {d}",
                f"tired but fine walked {d} minutes",
                tags=["walk"],
            )
            for d in range(1, 28)
        ]
        journal.entries.add_many(keep)
        secret = journal.entries.add(
            Entry(
                "note",
                dt.date(2026, 2, 1),
                "zanzibarite appointment",
                "quokkamoth results came back",
                tags=["jwhistleberry"],
            )
        )
    with Journal.open(path, PASSPHRASE) as journal:
        journal.entries.delete(secret)
        assert journal.search("zanzibarite") == []
        assert len(journal.search("ordinary")) == 27
    assert not path.with_name(path.name + "-journal").exists()
    clear = clear_pages(path, open_key(path))
    assert b"walked" in clear  # what was kept is still readable with the key
    left = [word.decode() for word in SECRET_WORDS if word in clear]
    assert left == [], f"deleted words still in the file: {left}"
