"""Remember on this device: keep a journal's derived key in the OS password store.

Why the derived key and not the passphrase: the key opens only this one journal file
(it is bound to the file's random salt), while a passphrase is often reused elsewhere.
When the passphrase changes, the journal gets a new salt and so a new ``journal_id``;
the old entry is then simply stale and never matches again.

Why an allowlist: ``keyring`` happily falls back to backends that are not secure at
all (``keyrings.alt``'s plaintext file, the ``null``/``fail`` stubs, or whatever a
user's config names). A key stored there would sit next to the journal in a readable
file and undo the encryption. So we use only backends that are real OS stores: the
freedesktop Secret Service (GNOME Keyring, KeePassXC, KWallet 5.97+), KWallet, the
macOS Keychain and the Windows Credential Manager. Anything else is refused with
:class:`~app.errors.KeystoreUnavailable`, whose ``user_message`` says why.

Reading never raises: a locked store, a dismissed prompt, a garbled or missing entry
all mean "ask for the passphrase", which is what :func:`recall_key` returning ``None``
tells the caller. Nothing secret is ever logged: only backend names and outcomes.

Every call here may also never return: a locked store waits on its unlock prompt, and
where that prompt cannot be shown (or nobody answers it) it waits without end. So these
functions must not run on a thread that other work waits behind; the desktop app gives
them their own thread and a deadline, and reports a call that missed it with
:class:`KeystoreNoAnswer`.
"""

from __future__ import annotations

import base64
import binascii
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from app.errors import KeystoreUnavailable

__all__ = [
    "KEY_LENGTH",
    "NO_ANSWER",
    "NO_ANSWER_TO_CHANGE",
    "SERVICE",
    "KeystoreNoAnswer",
    "backend_status",
    "forget_key",
    "recall_key",
    "remember_key",
]


class _Log:
    """``logging`` loaded on the first message: every message here is about a failure
    or a change, and a command that only reads a key has none (logging costs 3 ms of
    its start-up, issue 19)."""

    def info(self, message: str, *args: object) -> None:
        import logging

        logging.getLogger(__name__).info(message, *args)


log = _Log()

SERVICE = "org.fettle.Fettle"
KEY_LENGTH = 32
_PREFIX = "fettle-key-v1:"

# (module, class qualname) of backends that are real OS password stores, with a
# name a person recognises. Matched against the backend's whole MRO, so keyring's
# own subclasses (e.g. DBusKeyringKWallet4) count too.
_REAL_STORES: dict[tuple[str, str], str] = {
    ("keyring.backends.SecretService", "Keyring"): "Secret Service (GNOME Keyring, KWallet)",
    ("keyring.backends.libsecret", "Keyring"): "Secret Service (libsecret)",
    ("keyring.backends.kwallet", "DBusKeyring"): "KDE Wallet",
    ("keyring.backends.macOS", "Keyring"): "macOS Keychain",
    ("keyring.backends.Windows", "WinVaultKeyring"): "Windows Credential Manager",
}

_NO_STORE = (
    "This computer has no secure password store available (such as GNOME Keyring, "
    "KDE Wallet, the macOS Keychain or the Windows Credential Manager), so Fettle "
    "cannot remember the journal here. You will be asked for your passphrase instead."
)
_INSECURE_STORE = (
    "The password store configured on this computer ({name}) does not keep secrets "
    "safely, so Fettle will not remember the journal with it. You will be asked for "
    "your passphrase instead."
)
_STORE_FAILED = (
    "Fettle could not save to this computer's password store: it may be locked, or "
    "the request was dismissed. You will be asked for your passphrase instead."
)

NO_ANSWER = (
    "Not available: the system keystore did not answer. It may be locked and waiting "
    "for its own password, or busy. Fettle carries on without it; open Preferences "
    "again later to try again."
)
NO_ANSWER_TO_CHANGE = (
    "The system keystore did not answer, so Fettle cannot tell whether this journal is "
    "remembered on this device now. It may be locked: unlock it, then check in Preferences."
)


class KeystoreNoAnswer(KeystoreUnavailable):
    """The keystore did not answer before the caller's deadline (a locked store waiting
    on an unlock prompt nobody can see, or a stuck service). The call may still finish
    later; its result is then ignored."""

    user_message = NO_ANSWER


DEADLINE_SECONDS = 20.0  # time enough to type a keyring password into a real prompt


class Pending:
    """A keystore call started on a daemon thread of its own, whose answer is collected
    later with a deadline: the command line starts the lookup, loads the journal's
    modules while the keystore answers over D-Bus, then waits for what is left."""

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        self._outcome: dict[str, Any] = {}
        self._done = threading.Event()
        self._started = time.monotonic()
        threading.Thread(
            target=self._run, args=(function, args), name="fettle-keystore", daemon=True
        ).start()

    def _run(self, function: Callable[..., Any], args: tuple) -> None:
        try:
            self._outcome["value"] = function(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            self._outcome["error"] = exc
        finally:
            self._done.set()

    def result(self, seconds: float | None = None) -> Any:
        """The call's value (or its exception); :class:`KeystoreNoAnswer` if it has not
        returned within ``seconds`` of its start."""
        seconds = DEADLINE_SECONDS if seconds is None else seconds
        if not self._done.wait(max(0.0, self._started + seconds - time.monotonic())):
            raise KeystoreNoAnswer(f"no answer in {seconds:g} s")
        if "error" in self._outcome:
            raise self._outcome["error"]
        return self._outcome["value"]


def with_deadline(function: Callable[..., Any], *args: Any, seconds: float | None = None) -> Any:
    """``function(*args)`` on a daemon thread; :class:`KeystoreNoAnswer` if it has not
    returned within ``seconds``. For callers with no worker of their own (the command
    line): a locked store whose prompt nobody can see would otherwise wait without end.
    The call may still finish later; its result is dropped, and it never keeps the
    process from exiting."""
    return Pending(function, *args).result(seconds)


def _describe(backend: object) -> str | None:
    """Name of the real OS store ``backend`` is, or None if it is not one."""
    for cls in type(backend).__mro__:
        name = _REAL_STORES.get((cls.__module__, cls.__qualname__))
        if name is not None:
            return name
    return None


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _select_backend() -> object:
    """The active keyring backend if it is a real OS store; else raise why not."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend
    except Exception as exc:  # noqa: BLE001  keyring missing or broken: "no store"
        log.info("keystore: keyring unavailable (%s)", type(exc).__name__)
        raise KeystoreUnavailable("keyring import failed", user_message=_NO_STORE) from None

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001  a broken keyring config: "no store"
        log.info("keystore: could not load a keyring backend (%s)", type(exc).__name__)
        raise KeystoreUnavailable("no keyring backend", user_message=_NO_STORE) from None

    # A chainer writes to its highest-priority backend, so that is the one that must
    # be a real store; use it directly so nothing ever reaches the others.
    if isinstance(backend, ChainerBackend):
        chained = list(getattr(backend, "backends", []))
        if not chained:
            raise KeystoreUnavailable("empty keyring chain", user_message=_NO_STORE)
        backend = chained[0]

    if _describe(backend) is not None:
        return backend

    name = _backend_name(backend)
    module = type(backend).__module__
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        log.info("keystore: refused backend %s (no OS store)", name)
        raise KeystoreUnavailable(f"no OS store ({name})", user_message=_NO_STORE)
    log.info("keystore: refused backend %s (not a known OS store)", name)
    raise KeystoreUnavailable(
        f"insecure backend {name}", user_message=_INSECURE_STORE.format(name=name)
    )


def _call(method: Callable[..., Any], *args: str) -> tuple[bool, Any]:
    """Call a backend method: ``(True, result)`` or ``(False, exception class)``.

    keyring's Secret Service backend leaves its D-Bus connection open when a locked
    collection cannot be unlocked (keyring 25.x): the failing frame still holds it.
    We close it here. Leaving it to the garbage collector made a ResourceWarning at
    some random later point, and silencing that with ``warnings.catch_warnings`` is
    not safe off the main thread (where these calls run): it swaps the process-wide
    warning filters under every other thread's feet. The exception itself is not
    kept: its traceback is what holds the connection.
    """
    try:
        return True, method(*args)
    except Exception as exc:  # noqa: BLE001  any backend failure: "not available now"
        failure: type[Exception] = type(exc)
        _close_connections(exc.__traceback__)
    return False, failure


def _close_connections(tb: TracebackType | None) -> None:
    """Close the D-Bus connections held by the frames of a failed backend call."""
    try:
        from jeepney.io.blocking import DBusConnection
    except Exception:  # noqa: BLE001  no jeepney: no such connections either
        return
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            try:
                held = (value, getattr(value, "connection", None))
            except Exception:  # noqa: BLE001, S112  an odd local: not ours to close
                continue
            for conn in held:
                if isinstance(conn, DBusConnection):
                    conn.close()
        tb = tb.tb_next


def _check_id(journal_id: str) -> None:
    if not isinstance(journal_id, str) or not journal_id or len(journal_id) > 200:
        raise ValueError("journal_id must be a non-empty string of at most 200 characters")


def backend_status() -> tuple[bool, str]:
    """Whether keys can be remembered here, and a sentence saying which store or why not."""
    try:
        backend = _select_backend()
    except KeystoreUnavailable as exc:
        return False, exc.user_message
    return True, f"Fettle can remember this journal in {_describe(backend)}."


def remember_key(journal_id: str, key: bytes) -> None:
    """Store ``key`` (the derived 32-byte key, never a passphrase) for ``journal_id``.

    Raises :class:`KeystoreUnavailable` if there is no real OS store or it refused.
    """
    _check_id(journal_id)
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_LENGTH:
        raise ValueError(f"key must be {KEY_LENGTH} bytes")
    backend = _select_backend()
    value = _PREFIX + base64.b64encode(bytes(key)).decode("ascii")
    ok, outcome = _call(backend.set_password, SERVICE, journal_id, value)  # type: ignore[attr-defined]
    if not ok:
        log.info("keystore: saving failed (%s)", outcome.__name__)
        raise KeystoreUnavailable(
            f"set_password failed: {outcome.__name__}", user_message=_STORE_FAILED
        )
    log.info("keystore: remembered a key in %s", _describe(backend))


def recall_key(journal_id: str) -> bytes | None:
    """The remembered key for ``journal_id``, or None for any reason it can't be had."""
    from app.journal import secret_service  # the Secret Service without keyring: fast

    try:
        _check_id(journal_id)
        value = secret_service.lookup(SERVICE, journal_id)
        if value is secret_service.NOT_HERE:
            backend = _select_backend()
    except (ValueError, KeystoreUnavailable) as exc:
        log.info("keystore: no key recalled (%s)", type(exc).__name__)
        return None
    if value is secret_service.NOT_HERE:
        ok, value = _call(backend.get_password, SERVICE, journal_id)  # type: ignore[attr-defined]
        if not ok:
            log.info("keystore: no key recalled (%s)", value.__name__)
            return None
    if not isinstance(value, str) or not value.startswith(_PREFIX):
        if value is not None:
            log.info("keystore: ignoring an entry in an unknown format")
        return None
    try:
        key = base64.b64decode(value[len(_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        log.info("keystore: ignoring a garbled entry")
        return None
    if len(key) != KEY_LENGTH:
        log.info("keystore: ignoring an entry of the wrong length")
        return None
    return key


def forget_key(journal_id: str) -> None:
    """Remove the remembered key for ``journal_id``; quietly does nothing if none.

    Raises :class:`KeystoreUnavailable` only if a real store exists but refused to
    delete, so the UI can tell the user the key may still be there.
    """
    _check_id(journal_id)
    try:
        backend = _select_backend()
    except KeystoreUnavailable:
        return  # nothing can have been stored without a real store
    from keyring.errors import PasswordDeleteError

    ok, outcome = _call(backend.delete_password, SERVICE, journal_id)  # type: ignore[attr-defined]
    if not ok:
        if issubclass(outcome, PasswordDeleteError):
            return  # no such entry
        log.info("keystore: forgetting failed (%s)", outcome.__name__)
        raise KeystoreUnavailable(
            f"delete_password failed: {outcome.__name__}",
            user_message=(
                "Fettle could not remove the remembered key from this computer's "
                "password store (it may be locked). Try again after unlocking it."
            ),
        )
    log.info("keystore: forgot a key")
