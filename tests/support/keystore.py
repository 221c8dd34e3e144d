"""A real system keystore that does not answer: gnome-keyring's unlock prompt, unanswered.

A locked keystore asks for its password through a prompt (``gcr-prompter``) and
every call waits until that prompt is answered or dismissed. On a desktop where the
prompt cannot be seen, nobody answers it and the call waits without end. Here the
prompt is shown on a private X server (``Xvfb``, started and stopped by the test)
that nobody looks at, so the test's calls wait exactly like that. Stopping the X
server dismisses the prompt, and the waiting calls return ("locked").

Needs the private D-Bus session with gnome-keyring that ``packaging/dev.sh test``
starts (the keyring's password is ``FETTLE_TEST_KEYRING_PASSWORD``), Xvfb and
gcr-prompter. ``problem()`` says why it cannot run here.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
from pathlib import Path
from types import TracebackType
from typing import Self

import pytest

PROMPTER = Path("/usr/libexec/gcr-prompter")


def problem(*, prompt: bool = True) -> str | None:
    """Why the real keystore (with an unanswered prompt, if ``prompt``) cannot be set up
    here, or None if it can."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session bus (run the tests with: bash packaging/dev.sh test)"
    try:
        from keyring.backends import SecretService

        SecretService.Keyring.priority  # noqa: B018  (raises when unreachable)
    except Exception as exc:  # noqa: BLE001  any failure here means "not reachable"
        return f"no Secret Service on the session bus: {exc}"
    if not prompt:
        return None
    if shutil.which("Xvfb") is None:
        return "Xvfb is missing (Debian package xvfb)"
    if not PROMPTER.exists():
        return f"{PROMPTER} is missing (Debian package gcr)"
    return None


def skip_or_fail(reason: str) -> None:
    """Skip, unless the run demands the keyring tests (dev.sh sets FETTLE_REQUIRE_KEYRING)."""
    if os.environ.get("FETTLE_REQUIRE_KEYRING") == "1":
        pytest.fail(f"FETTLE_REQUIRE_KEYRING=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def unlock_with_password(collection, password: bytes) -> None:
    """Unlock a gnome-keyring collection without a prompt (gnome-keyring's own
    interface, which its seahorse front end uses), to restore the test keyring."""
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from jeepney import DBusAddress, new_method_call
    from secretstorage.util import open_session

    session = open_session(collection.connection)
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(password) + padder.finalize()
    enc = Cipher(algorithms.AES(session.aes_key), modes.CBC(iv)).encryptor()
    secret = (session.object_path, iv, enc.update(data) + enc.finalize(), "text/plain")
    addr = DBusAddress(
        "/org/freedesktop/secrets",
        bus_name="org.freedesktop.secrets",
        interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
    )
    msg = new_method_call(
        addr, "UnlockWithMasterPassword", "o(oayays)", (collection.collection_path, secret)
    )
    collection.connection.send_and_get_reply(msg)


def default_collection(bus, *, within: float = 30.0):
    """The default collection, asked again while gnome-keyring is briefly off the bus.

    On a loaded machine the daemon has once dropped a call ("disconnected from message
    bus without replying") and come back a moment later. This is the test's own set-up
    connection, not the code under test: how Fettle meets an absent store is tested on
    its own (``test_keystore``'s refused and unavailable cases)."""
    import time

    import secretstorage

    deadline = time.monotonic() + within
    while True:
        try:
            return secretstorage.get_default_collection(bus)
        except secretstorage.exceptions.SecretServiceNotAvailableException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def keyring_password() -> bytes:
    return os.environ.get("FETTLE_TEST_KEYRING_PASSWORD", "pw").encode()


class UnansweredPrompt:
    """While entered, gnome-keyring's prompts appear where nobody answers them;
    ``lock()`` then makes every keystore call wait on one. Leaving dismisses the
    prompts and unlocks the keyring again for the tests that follow."""

    def __init__(self) -> None:
        self.display = ""
        self._xvfb: subprocess.Popen[bytes] | None = None
        self._bus = None
        self._collection = None

    def __enter__(self) -> Self:
        import secretstorage

        self._start_xvfb()
        self._bus = secretstorage.dbus_init()
        # gcr-prompter is started by D-Bus activation: it gets the display from here
        self._activation_env({"DISPLAY": self.display, "NO_AT_BRIDGE": "1"})
        self._collection = default_collection(self._bus)
        return self

    def lock(self) -> None:
        """Lock the default collection: the next call to the keystore prompts, and waits."""
        assert self._collection is not None
        self._collection.lock()
        assert self._collection.is_locked()

    def dismiss(self) -> None:
        """Stop the X server: the prompts are dismissed and the waiting calls return."""
        if self._bus is not None:
            self._activation_env({"DISPLAY": ""})  # later prompts fail at once again
        if self._xvfb is not None:
            self._xvfb.terminate()
            self._xvfb.wait(60)
            self._xvfb = None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.dismiss()
            if self._collection is not None and self._collection.is_locked():
                unlock_with_password(self._collection, keyring_password())
        finally:
            if self._bus is not None:
                self._bus.close()

    def _start_xvfb(self) -> None:
        read, write = os.pipe()
        try:
            self._xvfb = subprocess.Popen(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write),
                    "-nolisten",
                    "tcp",
                    "-screen",
                    "0",
                    "800x600x24",
                ],
                pass_fds=(write,),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            os.close(write)
            write = -1
            number = b""
            while not number.endswith(b"\n"):
                ready, _, _ = select.select([read], [], [], 60)
                chunk = os.read(read, 16) if ready else b""
                if not chunk:
                    self._xvfb.kill()
                    self._xvfb.wait()
                    raise RuntimeError("Xvfb did not start")
                number += chunk
            self.display = ":" + number.decode().strip()
        finally:
            os.close(read)
            if write >= 0:
                os.close(write)

    def _activation_env(self, env: dict[str, str]) -> None:
        from jeepney import DBusAddress, new_method_call

        bus = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
        )
        self._bus.send_and_get_reply(
            new_method_call(bus, "UpdateActivationEnvironment", "a{ss}", (env,))
        )
