"""The change-log file format.

    magic  b"FTLSYNC\\0"        8 bytes
    format version             2 bytes, big-endian
    device id                  16 bytes
    sequence number            8 bytes, big-endian
    ciphertext length          8 bytes, big-endian
    nonce                      12 bytes
    ciphertext                 AES-GCM(zlib(JSON body)), tag included

The whole header is the associated data, so a file renamed to another sequence or
device, or with its header edited, fails authentication. The length in the header
tells a file still being copied (shorter than announced) from a damaged one. A file
of a newer format version is refused before anything else is tried.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass

from app.sync import crypto
from app.sync.errors import LogDamaged, LogIncomplete, SyncFormatTooNew

MAGIC = b"FTLSYNC\x00"
FORMAT_VERSION = 1
_HEAD = struct.Struct(">8sH16sQQ12s")
HEADER_SIZE = _HEAD.size
MAX_BODY = 512 * 1024 * 1024


@dataclass(frozen=True)
class LogFile:
    device: str  # 32 hex digits
    seq: int
    body: dict  # {"device_name": str, "changes": [change, ...]}


def encode(key: bytes, device: str, seq: int, body: dict) -> bytes:
    plain = zlib.compress(
        json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8"), 6
    )
    nonce = crypto.new_nonce()  # in the header, so it is authenticated with it
    header = _HEAD.pack(
        MAGIC, FORMAT_VERSION, bytes.fromhex(device), seq, len(plain) + crypto.TAG_SIZE, nonce
    )
    return header + crypto.seal_with(crypto.log_key(key), nonce, plain, header)


def read_header(data: bytes) -> tuple[int, str, int, int, bytes]:
    if len(data) < HEADER_SIZE:
        if MAGIC.startswith(data[:8]) or data[:8] == MAGIC:
            raise LogIncomplete("short header")
        raise LogDamaged("not a log")
    magic, version, device_raw, seq, length, nonce = _HEAD.unpack_from(data)
    if magic != MAGIC:
        raise LogDamaged("not a log")
    if version > FORMAT_VERSION:
        raise SyncFormatTooNew(f"log format {version}")
    return version, device_raw.hex(), seq, length, nonce


def decode(key: bytes, data: bytes) -> LogFile:
    """Check and open a log; raises ``LogIncomplete``, ``LogDamaged`` or
    ``SyncFormatTooNew`` and never returns anything unauthenticated."""
    _version, device, seq, length, nonce = read_header(data)
    if length > MAX_BODY:
        raise LogDamaged("implausible length")
    sealed = data[HEADER_SIZE:]
    if len(sealed) < length:
        raise LogIncomplete("short body")
    if len(sealed) > length:
        raise LogDamaged("trailing bytes")
    plain = crypto.unseal(crypto.log_key(key), nonce, sealed, data[:HEADER_SIZE])
    try:
        body = json.loads(zlib.decompress(plain).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise LogDamaged("bad body") from None
    if not isinstance(body, dict) or not isinstance(body.get("changes"), list):
        raise LogDamaged("bad body")
    return LogFile(device, seq, body)
