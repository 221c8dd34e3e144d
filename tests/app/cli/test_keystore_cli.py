"""The command line and a keystore that does not answer.

A locked keystore whose unlock prompt nobody can see made every ``fettle`` command
wait without end. Now the command gives it a deadline and then asks for the
passphrase; and a passphrase given on ``--passphrase-fd`` means the keystore is never
asked at all.
"""

from __future__ import annotations

import getpass
import os
import threading

import pytest

from app.cli import base
from app.journal import keystore
from tests.support.journals import PASSPHRASE, make_journal


class Calls:
    """Wraps ``keystore.recall_key``: counts the calls started and not yet returned."""

    def __init__(self) -> None:
        self._real = keystore.recall_key
        self._lock = threading.Lock()
        self.started = self.returned = 0

    def __call__(self, journal_id: str) -> bytes | None:
        with self._lock:
            self.started += 1
        try:
            return self._real(journal_id)
        finally:
            with self._lock:
                self.returned += 1


@pytest.mark.keyring
def test_a_hanging_keystore_gets_a_deadline_then_the_passphrase_is_asked(
    tmp_path, prompt, monkeypatch, capsys
) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        keystore.remember_key(journal.journal_id, journal.key)
    calls = Calls()
    monkeypatch.setattr(keystore, "recall_key", calls)
    monkeypatch.setattr(keystore, "DEADLINE_SECONDS", 1.0)  # 20 s in use
    monkeypatch.setattr(base.sys.stdin, "isatty", lambda: True)
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda text: asked.append(text) or PASSPHRASE)
    prompt.lock()
    with base.unlock(path, base.Secrets(None)) as journal:
        assert not journal.is_locked
    assert calls.started == 1 and calls.returned == 0, "the keystore answered: proves nothing"
    assert asked == ["Passphrase for j.fettle: "]
    assert "keystore did not answer" in capsys.readouterr().err


def test_a_passphrase_on_a_descriptor_never_asks_the_keystore(tmp_path, monkeypatch) -> None:
    path = tmp_path / "j.fettle"
    make_journal(path).lock()
    calls = Calls()
    monkeypatch.setattr(keystore, "recall_key", calls)
    read_fd, write_fd = os.pipe()
    os.write(write_fd, (PASSPHRASE + "\n").encode())
    os.close(write_fd)
    with base.unlock(path, base.Secrets(read_fd)) as journal:
        assert not journal.is_locked
    assert calls.started == 0
    without = base.Secrets(None)  # and without one, the keystore is asked first
    monkeypatch.setattr(without, "ask", lambda _prompt, **_kw: PASSPHRASE)
    base.unlock(path, without).lock()
    assert calls.started == 1


def test_with_deadline_passes_results_and_errors_through() -> None:
    assert keystore.with_deadline(lambda a, b: a + b, 2, 3) == 5
    with pytest.raises(ZeroDivisionError):
        keystore.with_deadline(lambda: 1 / 0)
    release = threading.Event()
    with pytest.raises(keystore.KeystoreNoAnswer):
        keystore.with_deadline(release.wait, 5, seconds=0.05)
    release.set()
