"""'Remember on this device' end to end: the CLI against the real Secret Service."""

from __future__ import annotations

import pytest

from app.journal import keystore
from tests.app.cli.test_cli import assert_clean_failure, fettle
from tests.support.journals import PASSPHRASE


@pytest.mark.keyring
def test_remembered_key_opens_without_passphrase_and_goes_stale(secret_service, jpath) -> None:
    from app.journal import kdf

    j = str(jpath)
    locked = fettle("list", "--journal", j, stdin="")
    assert_clean_failure(locked, "--passphrase-fd")  # nothing remembered yet
    assert fettle("remember", "--journal", j, passphrases=[PASSPHRASE]).returncode == 0
    stored = keystore.recall_key(kdf.journal_id(kdf.read_salt(jpath)))
    assert stored is not None and len(stored) == 32
    assert PASSPHRASE.encode() not in stored  # a key, never the passphrase
    opened = fettle("check", "--journal", j, stdin="")  # no terminal, no fd: keyring only
    assert opened.returncode == 0, opened.stderr

    # a passphrase change moves the remembered key to the new journal id
    changed = fettle("passwd", "--journal", j, passphrases=[PASSPHRASE, "another passphrase"])
    assert changed.returncode == 0, changed.stderr
    assert fettle("check", "--journal", j, stdin="").returncode == 0

    forgot = fettle("remember", "--forget", "--journal", j, passphrases=["another passphrase"])
    assert forgot.returncode == 0
    assert_clean_failure(fettle("check", "--journal", j, stdin=""), "--passphrase-fd")


@pytest.mark.keyring
def test_stale_entry_falls_back_to_passphrase(secret_service, jpath) -> None:
    from app.journal import kdf

    keystore.remember_key(kdf.journal_id(kdf.read_salt(jpath)), b"\x00" * 32)  # wrong key
    before = jpath.read_bytes()
    proc = fettle("check", "--journal", str(jpath), passphrases=[PASSPHRASE])
    assert proc.returncode == 0, proc.stderr  # asked for the passphrase instead
    assert_clean_failure(fettle("check", "--journal", str(jpath), stdin=""), "--passphrase-fd")
    assert jpath.read_bytes() == before
