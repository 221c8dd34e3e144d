"""The sync key and authenticated encryption, with ``cryptography``'s AES-GCM.

Each device's journal has its own file key (its own salt), so the logs cannot be
encrypted under a journal's file key: a joining device could never read them. The
first device makes a random 256-bit *sync key* and keeps it inside its encrypted
journal; the folder holds it wrapped under the passphrase (``sync.key``: Argon2id with
the journal's KDF parameters, then AES-GCM), which is all a joining device needs. Log
bodies are encrypted under HKDF-SHA256(sync key, info=``fettle sync log v1``), a key
used for nothing else; every file gets a fresh random 96-bit nonce, so a nonce never
repeats under one key (2^-32 after 2^32 files).
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.journal import kdf
from app.sync.errors import LogDamaged, SyncWrongPassphrase

KEY_SIZE = 32
NONCE_SIZE = 12
TAG_SIZE = 16
KEYFILE_MAGIC = b"FTLSYNCK"
KEYFILE_VERSION = 1
_LOG_INFO = b"fettle sync log v1"
_FOLDER_INFO = b"fettle sync folder id v1"


def new_sync_key() -> bytes:
    return os.urandom(KEY_SIZE)


def log_key(sync_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=_LOG_INFO).derive(
        sync_key
    )


def folder_id(sync_key: bytes) -> str:
    """A public name for the sync key: tells a folder's journal apart from another's
    without revealing anything about the key."""
    return hmac.new(sync_key, _FOLDER_INFO, hashlib.sha256).hexdigest()[:32]


def new_nonce() -> bytes:
    return os.urandom(NONCE_SIZE)


def seal_with(key: bytes, nonce: bytes, plaintext: bytes, associated: bytes) -> bytes:
    """Ciphertext with its tag; ``nonce`` must come from ``new_nonce``."""
    return AESGCM(key).encrypt(nonce, plaintext, associated)


def seal(key: bytes, plaintext: bytes, associated: bytes) -> tuple[bytes, bytes]:
    """(nonce, ciphertext with tag)."""
    nonce = new_nonce()
    return nonce, seal_with(key, nonce, plaintext, associated)


def unseal(key: bytes, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except InvalidTag:
        raise LogDamaged("bad tag") from None


def wrap_key(
    sync_key: bytes, passphrase: str, profile: kdf.KdfProfile = kdf.DEFAULT_PROFILE
) -> bytes:
    """``sync.key``'s contents: magic, version, folder id, KDF salt, nonce, then the
    sealed key (everything before the nonce is authenticated as associated data)."""
    salt = kdf.new_salt(profile)
    wrapping = kdf.derive_key(passphrase, salt, profile)
    header = KEYFILE_MAGIC + bytes([KEYFILE_VERSION]) + bytes.fromhex(folder_id(sync_key)) + salt
    nonce, sealed = seal(wrapping, sync_key, header)
    return header + nonce + sealed


_KEYFILE_HEADER = len(KEYFILE_MAGIC) + 1 + 16 + kdf.SALT_SIZE


def key_file_folder_id(data: bytes) -> str:
    """The folder id in a ``sync.key`` (readable without the passphrase)."""
    from app.sync.errors import SyncFormatTooNew

    head = len(KEYFILE_MAGIC)
    if not data.startswith(KEYFILE_MAGIC) or len(data) < _KEYFILE_HEADER:
        raise LogDamaged("not a sync key file")
    if data[head] > KEYFILE_VERSION:
        raise SyncFormatTooNew(f"key file version {data[head]}")
    return data[head + 1 : head + 17].hex()


def key_file_profile(data: bytes) -> kdf.KdfProfile | None:
    return kdf.profile_for_salt(data[_KEYFILE_HEADER - kdf.SALT_SIZE : _KEYFILE_HEADER])


def unwrap_key(data: bytes, passphrase: str) -> bytes:
    from app.sync.errors import SyncFormatTooNew

    key_file_folder_id(data)
    header = data[:_KEYFILE_HEADER]
    salt = header[-kdf.SALT_SIZE :]
    profile = kdf.profile_for_salt(salt)
    if profile is None:
        raise SyncFormatTooNew("unknown KDF profile")
    rest = data[_KEYFILE_HEADER:]
    wrapping = kdf.derive_key(passphrase, salt, profile)
    try:
        key = AESGCM(wrapping).decrypt(rest[:NONCE_SIZE], rest[NONCE_SIZE:], header)
    except InvalidTag:
        raise SyncWrongPassphrase() from None
    if folder_id(key) != key_file_folder_id(data):
        raise LogDamaged("key file does not match its id")
    return key
