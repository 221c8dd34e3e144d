"""Reading a remembered key straight from the Secret Service (Linux), without keyring.

``keyring`` finds its backend by importing all of them and asking each: about 100 ms of
CPU before every command that opens a journal with a remembered key (issue 19), and
even ``secretstorage`` alone loads ``jeepney`` and ``cryptography`` (about 25 ms) and
makes eight D-Bus round trips. This asks the Secret Service itself over our own small
D-Bus client (``app.journal.dbus_wire``) in two round trips: ``Hello``, ``ReadAlias``,
``SearchItems`` and ``OpenSession`` pipelined, then ``GetSecret``.

The secret stays encrypted on the bus, as keyring and secretstorage have it: the
session is negotiated with ``dh-ietf1024-sha256-aes128-cbc-pkcs7`` (Diffie-Hellman in
the 1024-bit MODP group of RFC 2409, HKDF-SHA256, AES-128-CBC with PKCS#7 padding,
decrypted by the system's OpenSSL through ``ctypes``). A service that offers only the
``plain`` algorithm, or a system without OpenSSL, gets ``NOT_HERE``: keyring decides.

This only reads, and only where keyring would have read the same item: on Linux, with
keyring not loaded yet in this process (so nothing chose another backend with
``keyring.set_keyring``), no backend named by ``PYTHON_KEYRING_BACKEND`` or keyring's
config file, the item in the default collection and unlocked. It returns the item
keyring stored (same attributes: ``service`` and ``username``) or ``NOT_HERE`` for
anything else, including no item at all: the caller then asks keyring, which can also
show an unlock prompt and knows the other stores. Writing and forgetting always go
through keyring.
"""

from __future__ import annotations

import os
import sys

NOT_HERE = object()  # ask keyring instead

_BUS_NAME = "org.freedesktop.secrets"
_SERVICE_PATH = "/org/freedesktop/secrets"
_SERVICE = "org.freedesktop.Secret.Service"
_ITEM = "org.freedesktop.Secret.Item"
_ALGORITHM = "dh-ietf1024-sha256-aes128-cbc-pkcs7"
# RFC 2409, section 6.2: the Second Oakley Group (1024-bit MODP), generator 2
_PRIME = int(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22"
    "514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6"
    "F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381"
    "FFFFFFFFFFFFFFFF",
    16,
)
# A 256-bit private exponent: the group's strength is about 80 bits (its discrete log
# by the number field sieve), and an exponent of twice that (RFC 3526, section 8: 160
# bits for this group) keeps every attack on the exponent harder than that. A full-size
# one (secretstorage's) would cost four times the CPU for no strength this group has.
_EXPONENT_BYTES = 32
_LIBCRYPTO = ("libcrypto.so.3", "libcrypto.so.1.1", "libcrypto.so")


def _keyring_configured() -> bool:
    """A backend chosen for keyring by the user, or keyring already in use here."""
    if "keyring" in sys.modules or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.exists(os.path.join(config, "python_keyring", "keyringrc.cfg"))


def lookup(service: str, username: str) -> str | object:
    """The secret stored for ``service``/``username`` in the Secret Service's default
    collection, or ``NOT_HERE``. Never prompts."""
    if not sys.platform.startswith("linux") or _keyring_configured():
        return NOT_HERE
    try:
        from app.journal import dbus_wire

        connection = dbus_wire.Connection()
    except Exception:  # noqa: BLE001 - no session bus: keyring decides
        return NOT_HERE
    try:
        with connection:
            return _read(connection, {"service": service, "username": username})
    except Exception:  # noqa: BLE001 - any D-Bus, store or decryption failure: keyring decides
        return NOT_HERE


def _read(connection, attributes: dict[str, str]) -> str | object:
    """The item's secret over an encrypted session, or ``NOT_HERE``."""
    private = int.from_bytes(os.urandom(_EXPONENT_BYTES), "big")
    public = pow(2, private, _PRIME).to_bytes(128, "big")
    alias, search, session = connection.call_all(
        [
            (_BUS_NAME, _SERVICE_PATH, _SERVICE, "ReadAlias", "s", ("default",)),
            (_BUS_NAME, _SERVICE_PATH, _SERVICE, "SearchItems", "a{ss}", (attributes,)),
            (_BUS_NAME, _SERVICE_PATH, _SERVICE, "OpenSession", "sv", (_ALGORITHM, ("ay", public))),
        ]
    )
    if any(reply.error_name for reply in (alias, search, session)):
        return NOT_HERE  # no such service, or it offers no encrypted session
    (collection,) = alias.body
    unlocked, _locked = search.body
    ours = [item for item in unlocked if item.startswith(collection + "/")]
    if collection in ("", "/") or not ours:
        return NOT_HERE  # no default collection, no item, or locked: keyring asks
    (kind, server_public), session_path = session.body
    if kind != "ay" or len(server_public) > 128:
        return NOT_HERE
    aes_key = _session_key(int.from_bytes(server_public, "big"), private)
    (reply,) = connection.call_all([(_BUS_NAME, ours[0], _ITEM, "GetSecret", "o", (session_path,))])
    if reply.error_name:
        return NOT_HERE
    (secret,) = reply.body
    _session, iv, ciphertext, _content_type = secret
    return _decrypt(aes_key, bytes(iv), bytes(ciphertext)).decode("utf-8")


def _session_key(server_public: int, private: int) -> bytes:
    """The AES-128 key both ends derive: HKDF-SHA256 of the shared secret with an
    all-zero salt and no info (as the Secret Service specification's algorithm)."""
    if not 1 < server_public < _PRIME - 1:
        raise ValueError("the service's public key is out of range")
    shared = pow(server_public, private, _PRIME).to_bytes(128, "big")
    pseudo_random = _hmac_sha256(bytes(32), shared)
    return _hmac_sha256(pseudo_random, b"\x01")[:16]


def _hmac_sha256(key: bytes, data: bytes) -> bytes:
    """HMAC-SHA256 by OpenSSL (``hmac`` would load ``_hashlib`` for the same code)."""
    import ctypes

    lib = _libcrypto()
    out, size = ctypes.create_string_buffer(32), ctypes.c_uint(0)
    if not lib.HMAC(lib.EVP_sha256(), key, len(key), data, len(data), out, ctypes.byref(size)):
        raise ValueError("HMAC failed")
    if size.value != 32:
        raise ValueError("HMAC failed")
    return out.raw


def _decrypt(key: bytes, iv: bytes, ciphertext: bytes) -> bytes:
    """AES-128-CBC with PKCS#7 padding, by OpenSSL (its padding check included)."""
    import ctypes

    if len(key) != 16 or len(iv) != 16 or not ciphertext or len(ciphertext) % 16:
        raise ValueError("not an AES-128-CBC message")
    lib = _libcrypto()
    ctx = lib.EVP_CIPHER_CTX_new()
    if not ctx:
        raise MemoryError
    out = ctypes.create_string_buffer(len(ciphertext) + 16)
    first, last = ctypes.c_int(0), ctypes.c_int(0)
    try:
        ok = (
            lib.EVP_DecryptInit_ex(ctx, lib.EVP_aes_128_cbc(), None, key, iv) == 1
            and lib.EVP_DecryptUpdate(ctx, out, ctypes.byref(first), ciphertext, len(ciphertext))
            == 1
            and lib.EVP_DecryptFinal_ex(ctx, ctypes.byref(out, first.value), ctypes.byref(last))
            == 1
        )
        if not ok:
            raise ValueError("the secret did not decrypt")
        return out.raw[: first.value + last.value]
    finally:
        lib.EVP_CIPHER_CTX_free(ctx)
        ctypes.memset(out, 0, len(out))


_LIB: list = []  # the library, once loaded and declared


def _libcrypto():
    """The system's OpenSSL, with the argument types of the few functions used declared:
    by its usual names, else the very file Python's ``hashlib`` uses (a bundled app
    ships it beside Python rather than on the library path)."""
    if _LIB:
        return _LIB[0]
    import ctypes

    lib = None
    for name in _LIBCRYPTO:
        try:
            lib = ctypes.CDLL(name)
            break
        except OSError:
            continue
    if lib is None:
        lib = ctypes.CDLL(_hashlib_libcrypto())
    p, i, char_p = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
    for function, restype, argtypes in (
        ("EVP_sha256", p, []),
        ("HMAC", p, [p, char_p, i, char_p, ctypes.c_size_t, p, ctypes.POINTER(ctypes.c_uint)]),
        ("EVP_CIPHER_CTX_new", p, []),
        ("EVP_CIPHER_CTX_free", None, [p]),
        ("EVP_aes_128_cbc", p, []),
        ("EVP_DecryptInit_ex", i, [p, p, p, char_p, char_p]),
        ("EVP_DecryptUpdate", i, [p, p, ctypes.POINTER(i), char_p, i]),
        ("EVP_DecryptFinal_ex", i, [p, p, ctypes.POINTER(i)]),
    ):
        getattr(lib, function).restype = restype
        getattr(lib, function).argtypes = argtypes
    _LIB.append(lib)
    return lib


def _hashlib_libcrypto() -> str:
    """The path of the OpenSSL that Python's ``_hashlib`` is linked with."""
    import _hashlib  # noqa: F401 - loads it

    with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
        for line in maps:
            path = line.rsplit(" ", 1)[-1].strip()
            if "/libcrypto" in path:
                return path
    raise OSError("no OpenSSL")
