"""Key derivation: the key every existing journal was made with, from Argon2's bindings.

``kdf.derive_key`` calls the C library through ``_argon2_cffi_bindings`` instead of
``argon2.low_level`` (whose package loads ``platform`` and its password hasher: 3 ms of
every unlock from the command line, issue 19). A journal made before must open the
same: the keys are pinned, and checked against ``argon2.low_level`` itself.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from argon2.low_level import Type, hash_secret_raw

from app.journal import kdf

ROOT = Path(__file__).resolve().parents[3]
SALT = bytes(range(12))


def _reference(passphrase: str, salt: bytes, profile: kdf.KdfProfile) -> bytes:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hash_secret_raw(
        secret,
        salt,
        profile.time_cost,
        profile.memory_kib,
        profile.parallelism,
        kdf.KEY_SIZE,
        Type.ID,
    )


@pytest.mark.parametrize(
    ("profile", "passphrase", "key"),
    [
        (
            kdf.FAST_TEST_PROFILE,
            "correct horse battery staple",
            "91389ff04f9a927d6239921663d9ab49e771ac24007f2fcb9bca02cfe6b5c0a6",
        ),
        (
            kdf.DEFAULT_PROFILE,
            "Käse",
            "ce9c634cfd4708f0e27c604caec562b0c743cb0bc081e229f71e8b947542920e",
        ),
    ],
)
def test_the_key_of_a_journal_made_before_is_the_same(profile, passphrase, key) -> None:
    salt = kdf.MAGIC + bytes([profile.id]) + SALT
    assert kdf.derive_key(passphrase, salt, profile).hex() == key


@pytest.mark.parametrize(
    "passphrase",
    ["", "a", "correct horse battery", "Käse", "ünïcödé ☕ 🔑", "x" * 1000, "pass\nline"],
)
def test_the_key_is_argon2id_of_the_passphrase_and_salt(passphrase) -> None:
    salt = kdf.new_salt(kdf.FAST_TEST_PROFILE)
    key = kdf.derive_key(passphrase, salt, kdf.FAST_TEST_PROFILE)
    assert len(key) == kdf.KEY_SIZE
    assert key == _reference(passphrase, salt, kdf.FAST_TEST_PROFILE)


def test_an_accent_typed_as_one_character_or_two_gives_the_same_key() -> None:
    salt = kdf.new_salt(kdf.FAST_TEST_PROFILE)
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    assert composed != decomposed
    assert kdf.derive_key(composed, salt, kdf.FAST_TEST_PROFILE) == kdf.derive_key(
        decomposed, salt, kdf.FAST_TEST_PROFILE
    )


def test_no_memory_for_argon2_is_a_memory_error() -> None:
    """Argon2's allocation failing (more memory than the process may have) is told as a
    MemoryError, never returned as a key."""
    probe = (
        "import resource\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from app.journal import kdf\n"
        "greedy = kdf.KdfProfile(9, 4 * 1024 * 1024, 1, 1)  # 4 GiB\n"
        "try:\n"
        "    kdf.derive_key('x', kdf.MAGIC + bytes(13), greedy)\n"
        "except MemoryError:\n"
        "    print('MemoryError')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "MemoryError"


PROBE = """
import json, sys
from app.journal import kdf
kdf.derive_key("correct horse battery", kdf.new_salt(kdf.FAST_TEST_PROFILE), kdf.FAST_TEST_PROFILE)
print(json.dumps(sorted(sys.modules)))
"""


def test_deriving_a_key_loads_the_bindings_only() -> None:
    """Not the ``argon2`` package: its __init__ loads ``platform``, the password hasher
    and its parameter profiles, none of which a key derivation uses."""
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout)
    assert "_argon2_cffi_bindings" in loaded
    assert [m for m in loaded if m == "argon2" or m.startswith("argon2.")] == []
    assert "platform" not in loaded
