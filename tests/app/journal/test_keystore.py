"""Remember on this device, against the real Secret Service, and refusal of the rest.

The round trip runs on a real gnome-keyring under a private ``dbus-run-session``
(``packaging/dev.sh test`` starts one). It skips only when no Secret Service is
reachable, and never when ``FETTLE_REQUIRE_KEYRING=1`` (which dev.sh sets).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend

from app.errors import KeystoreUnavailable
from app.journal import keystore
from tests.support import keystore as keystore_support
from tests.support.keystore import (
    UnansweredPrompt,
    default_collection,
    keyring_password,
    unlock_with_password,
)

KEY = bytes(range(32))


@pytest.fixture
def use_backend() -> Iterator[object]:
    previous = keyring.get_keyring()

    def _use(backend: KeyringBackend) -> None:
        keyring.set_keyring(backend)

    yield _use
    keyring.set_keyring(previous)


def _journal_id() -> str:
    return "test-" + secrets.token_hex(8)


@pytest.mark.keyring
def test_round_trip_on_real_secret_service(secret_service: KeyringBackend) -> None:
    jid = _journal_id()
    assert keystore.backend_status()[0] is True
    assert keystore.recall_key(jid) is None

    keystore.remember_key(jid, KEY)
    assert keystore.recall_key(jid) == KEY

    # What sits in the store is an encoding of the key, never the raw bytes, and
    # nothing but the key (no passphrase exists at this layer to leak).
    stored = secret_service.get_password(keystore.SERVICE, jid)
    assert stored is not None and stored != KEY.decode("latin-1")

    keystore.forget_key(jid)
    assert keystore.recall_key(jid) is None
    keystore.forget_key(jid)  # forgetting twice is harmless


@pytest.mark.keyring
def test_entries_are_per_journal_and_replaced(secret_service: KeyringBackend) -> None:
    a, b = _journal_id(), _journal_id()
    other = secrets.token_bytes(32)
    keystore.remember_key(a, KEY)
    keystore.remember_key(b, other)
    try:
        assert keystore.recall_key(a) == KEY
        assert keystore.recall_key(b) == other
        keystore.remember_key(a, other)
        assert keystore.recall_key(a) == other
    finally:
        keystore.forget_key(a)
        keystore.forget_key(b)


@pytest.mark.keyring
@pytest.mark.parametrize(
    "garbage",
    [
        "hunter2",  # not ours (e.g. another program's entry)
        keystore._PREFIX + "%%% not base64 %%%",
        keystore._PREFIX + "AAAA",  # valid base64, wrong length
        "",
    ],
)
def test_garbled_entry_recalls_as_none(secret_service: KeyringBackend, garbage: str) -> None:
    jid = _journal_id()
    secret_service.set_password(keystore.SERVICE, jid, garbage)
    try:
        assert keystore.recall_key(jid) is None
    finally:
        secret_service.delete_password(keystore.SERVICE, jid)


@pytest.mark.keyring
def test_stale_entry_after_passphrase_change_is_not_found(
    secret_service: KeyringBackend,
) -> None:
    """A passphrase change gives the file a new salt, so a new journal_id: the old
    entry never answers for it."""
    old, new = _journal_id(), _journal_id()
    keystore.remember_key(old, KEY)
    try:
        assert keystore.recall_key(new) is None
    finally:
        keystore.forget_key(old)


class PlaintextFileKeyring(KeyringBackend):
    """A real, working backend that keeps passwords in a readable file.

    This is what ``keyrings.alt``'s PlaintextKeyring does, and what a user's
    ``keyringrc.cfg`` can select. It must be refused even at top priority.
    """

    priority = 100  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def set_password(self, service: str, username: str, password: str) -> None:
        with self.path.open("a", encoding="utf-8") as f:
            f.write(f"{service}\t{username}\t{password}\n")

    def get_password(self, service: str, username: str) -> str | None:
        if not self.path.exists():
            return None
        for line in self.path.read_text(encoding="utf-8").splitlines():
            s, u, p = line.split("\t")
            if (s, u) == (service, username):
                return p
        return None

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError


def test_plaintext_backend_is_refused(tmp_path: Path, use_backend) -> None:
    store = tmp_path / "passwords.txt"
    use_backend(PlaintextFileKeyring(store))

    ok, reason = keystore.backend_status()
    assert ok is False
    assert "does not keep secrets safely" in reason

    with pytest.raises(KeystoreUnavailable) as info:
        keystore.remember_key(_journal_id(), KEY)
    assert "does not keep secrets safely" in info.value.user_message
    assert not store.exists(), "the key was written to a plaintext file"


def test_plaintext_entry_is_never_read(tmp_path: Path, use_backend) -> None:
    """Even a valid-looking key in an insecure store is ignored."""
    import base64

    backend = PlaintextFileKeyring(tmp_path / "passwords.txt")
    jid = _journal_id()
    backend.set_password(keystore.SERVICE, jid, keystore._PREFIX + base64.b64encode(KEY).decode())
    use_backend(backend)
    assert keystore.recall_key(jid) is None


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_stub_backends_are_refused(backend: KeyringBackend, use_backend) -> None:
    use_backend(backend)
    ok, reason = keystore.backend_status()
    assert ok is False
    assert "no secure password store" in reason
    with pytest.raises(KeystoreUnavailable) as info:
        keystore.remember_key(_journal_id(), KEY)
    assert "no secure password store" in info.value.user_message
    assert keystore.recall_key(_journal_id()) is None
    keystore.forget_key(_journal_id())  # nothing to forget: no error


def test_chainer_led_by_an_insecure_backend_is_refused(
    tmp_path: Path, use_backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = PlaintextFileKeyring(tmp_path / "passwords.txt")
    monkeypatch.setattr(ChainerBackend, "backends", [plain, null.Keyring()])
    use_backend(ChainerBackend())
    assert keystore.backend_status()[0] is False
    with pytest.raises(KeystoreUnavailable):
        keystore.remember_key(_journal_id(), KEY)
    assert not plain.path.exists()


def test_empty_chainer_is_refused(use_backend, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ChainerBackend, "backends", [])
    use_backend(ChainerBackend())
    ok, reason = keystore.backend_status()
    assert ok is False and "no secure password store" in reason


@pytest.mark.parametrize("bad", [b"", b"x" * 31, b"x" * 33, "x" * 32])
def test_only_a_32_byte_key_is_accepted(bad: object) -> None:
    with pytest.raises(ValueError):
        keystore.remember_key(_journal_id(), bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["", "x" * 201])
def test_bad_journal_id(bad: str) -> None:
    with pytest.raises(ValueError):
        keystore.remember_key(bad, KEY)
    assert keystore.recall_key(bad) is None


@pytest.mark.keyring
def test_locked_keyring_falls_back_to_asking(secret_service: KeyringBackend) -> None:
    """A locked store whose unlock prompt is dismissed (here: no display for the
    prompter) gives None on recall and a clear refusal on remember."""
    import secretstorage

    jid = _journal_id()
    keystore.remember_key(jid, KEY)
    bus = secretstorage.dbus_init()
    try:  # the bus is closed whatever happens (left open, it fails a later test)
        collection = default_collection(bus)
        collection.lock()
        try:
            assert collection.is_locked()
            assert keystore.recall_key(jid) is None
            with pytest.raises(KeystoreUnavailable) as info:
                keystore.remember_key(jid, KEY)
            assert "locked" in info.value.user_message
        finally:
            unlock_with_password(collection, keyring_password())
    finally:
        bus.close()
    assert keystore.recall_key(jid) == KEY, "the entry must survive the lock"
    keystore.forget_key(jid)


@pytest.fixture
def unanswered(secret_service: KeyringBackend) -> Iterator[UnansweredPrompt]:
    """The real Secret Service, whose unlock prompts nobody answers (``lock()`` to start)."""
    reason = keystore_support.problem()
    if reason is not None:
        keystore_support.skip_or_fail(reason)
    with UnansweredPrompt() as prompt:
        yield prompt


@pytest.mark.keyring
def test_a_call_on_another_thread_leaves_the_warning_filters_alone(
    secret_service: KeyringBackend, unanswered: UnansweredPrompt, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keystore calls run on their own thread and may end at any moment. They must not
    swap the process-wide warning filters (``warnings.catch_warnings`` does): a filter
    the main thread sets meanwhile would be undone when the call ends. And the D-Bus
    connection a locked store leaves open is closed, not left to the garbage collector."""
    import gc
    import threading
    import warnings

    inside = threading.Event()
    real = secret_service.get_password

    def get_password(service: str, username: str) -> str | None:
        inside.set()
        return real(service, username)  # waits on the unlock prompt

    monkeypatch.setattr(secret_service, "get_password", get_password)
    unanswered.lock()
    results: list[bytes | None] = []
    call = threading.Thread(target=lambda: results.append(keystore.recall_key(_journal_id())))
    with warnings.catch_warnings():
        call.start()
        assert inside.wait(60)
        warnings.filterwarnings("ignore", message="set while the keystore waited")
        unanswered.dismiss()  # the prompt goes away: the call returns ("locked")
        call.join(60)
        assert not call.is_alive() and results == [None]
        try:  # pytest turns every other warning into an error
            warnings.warn("set while the keystore waited", UserWarning, stacklevel=1)
        except UserWarning:
            pytest.fail("a warning filter set during the keystore call was undone by it")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            gc.collect()
        assert not [w for w in caught if issubclass(w.category, ResourceWarning)]
