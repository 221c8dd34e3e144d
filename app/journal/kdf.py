"""Key derivation: passphrase → 256-bit SQLCipher raw key, with Argon2id.

Design
------
SQLCipher keeps a 16-byte salt in the first 16 bytes of the file and encrypts
everything after it. We supply that salt ourselves (raw-key form
``x'<64 hex key><32 hex salt>'``) and lay it out as::

    b"FTL" | profile id (1 byte) | 12 random bytes

The whole 16 bytes is the Argon2id salt. Putting the magic and the KDF profile in
the salt means:

* the file plus the passphrase is all anyone needs: the parameters to derive the
  key are read from the file, with no side file and no trial of several profiles
  (which would multiply the cost of a wrong passphrase);
* a Fettle journal can be told apart from random bytes, a plain SQLite file or
  another program's file *before* any key is tried, so a wrong passphrase gets its
  own error instead of "not a database";
* parameters can be raised later: add a profile, and a passphrase change (which
  writes a fresh salt) moves the journal onto it.

96 random bits of salt keep salts unique across every journal ever made; the
salt's job is uniqueness, not secrecy. The chosen profile's parameters are also
recorded inside the encrypted database (``meta`` table) for inspection.

Profile 1 (the default) costs 128 MiB and about 0.35 s on a 2-core machine (see
``python -m tests.benchmarks.bench_storage``). Profile 0 meets the project's floor of 64 MiB and exists
so tests can create many journals quickly; the app never chooses it.

Lanes (issue 19): both profiles use 2. Measured on the 2-core machine (one quiet moment,
``bench_commands.py --lanes``): profile 1 with 1 lane 0.60 s, 2 lanes 0.43 s, 4 lanes
0.63 s, at the same 0.60 s of CPU. Two lanes use a free core when there is one and cost
no more than one lane when there is not; four only add threads on two cores. Lanes do
not change what a guess costs an attacker (the memory and passes do), and changing them
would change every key, so it would need a new profile: kept at 2.
"""

from __future__ import annotations

import os
import unicodedata
from collections import namedtuple

MAGIC = b"FTL"
SALT_SIZE = 16
KEY_SIZE = 32


class KdfProfile(namedtuple("KdfProfile", "id memory_kib time_cost parallelism")):
    """Argon2id's parameters for a journal (named by ``id`` in its salt), all ints. A
    named tuple, not a frozen dataclass: the same immutable record, made in a fifth of
    the time on every start that reads a journal (0.55 ms, issue 19); and collections',
    not typing's, whose import costs every command 2 ms."""

    __slots__ = ()

    def describe(self) -> str:
        return f"argon2id m={self.memory_kib // 1024}MiB t={self.time_cost} p={self.parallelism}"


PROFILES: dict[int, KdfProfile] = {
    0: KdfProfile(0, 64 * 1024, 1, 2),
    1: KdfProfile(1, 128 * 1024, 6, 2),
}
DEFAULT_PROFILE = PROFILES[1]
FAST_TEST_PROFILE = PROFILES[0]


def new_salt(profile: KdfProfile = DEFAULT_PROFILE) -> bytes:
    # os.urandom is what secrets.token_bytes calls (secrets would load hashlib: 2 ms)
    return MAGIC + bytes([profile.id]) + os.urandom(SALT_SIZE - len(MAGIC) - 1)


def has_magic(header: bytes) -> bool:
    return len(header) >= SALT_SIZE and header[: len(MAGIC)] == MAGIC


def profile_for_salt(salt: bytes) -> KdfProfile | None:
    """The profile a salt names, or None if the salt is not ours or unknown."""
    if not has_magic(salt):
        return None
    return PROFILES.get(salt[len(MAGIC)])


def derive_key(passphrase: str, salt: bytes, profile: KdfProfile) -> bytes:
    """Argon2id(passphrase, salt) → 32-byte key. Takes a noticeable time on purpose.

    The passphrase is NFC-normalised first, so "é" typed as one character or as
    "e" plus an accent (as some keyboards and systems produce) opens the same journal.
    """
    # Argon2's C library through its bindings, as ``argon2.low_level.hash_secret_raw``
    # calls it: importing the ``argon2`` package runs its __init__, which loads the
    # password hasher, its parameter profiles and ``platform`` (3 ms of every unlock
    # from the command line, issue 19). Imported here: opening with a remembered key,
    # or reading a salt, derives nothing.
    from _argon2_cffi_bindings import ffi, lib

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    pwd = ffi.new("uint8_t[]", secret)
    out = ffi.new("uint8_t[]", KEY_SIZE)
    try:
        rv = lib.argon2_hash(
            profile.time_cost,
            profile.memory_kib,
            profile.parallelism,
            pwd,
            len(secret),
            ffi.from_buffer(salt),
            len(salt),
            out,
            KEY_SIZE,
            ffi.NULL,
            0,
            lib.Argon2_id,
            lib.ARGON2_VERSION_NUMBER,
        )
        if rv == lib.ARGON2_MEMORY_ALLOCATION_ERROR:
            raise MemoryError("not enough memory for the key derivation")
        if rv != lib.ARGON2_OK:
            raise RuntimeError(ffi.string(lib.argon2_error_message(rv)).decode("ascii"))
        return bytes(ffi.buffer(out, KEY_SIZE))
    finally:  # the C copies of the passphrase and the key go at once, not when freed
        ffi.memmove(pwd, bytes(len(secret)), len(secret))
        ffi.memmove(out, bytes(KEY_SIZE), KEY_SIZE)


def journal_id(salt: bytes) -> str:
    """An opaque, stable name for a journal (changes when the passphrase does).

    Used to file a remembered key in the OS keystore; a passphrase change writes a
    fresh salt, so a key remembered for the old passphrase simply stops matching.
    """
    return "journal-" + salt.hex()


def read_salt(path: str | os.PathLike[str]) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(SALT_SIZE)


_HEX = b"0123456789abcdef"


def sqlcipher_key_material(key: bytes | bytearray, salt: bytes) -> bytearray:
    """SQLCipher's raw-key form, ``x'<key hex><salt hex>'``, for ``sqlite3_key`` or an
    ``ATTACH … KEY ?`` parameter: a raw key with an explicit salt, no PBKDF2.

    Built in a ``bytearray`` (never a ``str``, which cannot be wiped and which the
    sqlite3 module would keep in its statement cache) so the caller can ``wipe`` it
    as soon as SQLCipher has it.
    """
    if len(key) != KEY_SIZE or len(salt) != SALT_SIZE:
        raise ValueError("bad key or salt length")
    out = bytearray(2 + 2 * (KEY_SIZE + SALT_SIZE) + 1)
    out[0:2], out[-1:] = b"x'", b"'"
    at = 2
    for source in (key, salt):
        for byte in source:  # digit by digit: no hex string or copy is ever made
            out[at], out[at + 1] = _HEX[byte >> 4], _HEX[byte & 15]
            at += 2
    return out


def wipe(buffer: bytearray) -> None:
    """Overwrite key material in place."""
    buffer[:] = bytes(len(buffer))
