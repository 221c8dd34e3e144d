"""A remembered key read straight from the Secret Service, without keyring (issue 19).

keyring costs about 100 ms of CPU to load before every command that opens a journal
with a remembered key, secretstorage with jeepney and cryptography about 25;
``app.journal.secret_service`` reads the same item over our own D-Bus client for about
3. Against the real gnome-keyring of ``packaging/dev.sh test``: the key keyring stored
is read back in a fresh process that loads none of them, keyring still decides
wherever a user chose a backend or nothing is stored, and the key never crosses the
bus in plain text (the session is encrypted, as keyring's is).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.journal import keystore

ROOT = Path(__file__).resolve().parents[3]
KEY = bytes(range(1, 33))
PROBE = """
import json, sys
from app.journal import keystore
key = keystore.recall_key(sys.argv[1])
print(json.dumps({"key": key.hex() if key else None, "keyring": "keyring" in sys.modules,
                  "loaded": sorted(sys.modules)}))
"""
# what reading the key needs none of (secretstorage brought the middle ones)
NOT_FOR_READING = ("keyring", "secretstorage", "jeepney", "cryptography", "socket", "hmac")


def _recall_in_a_fresh_process(journal_id: str, **env: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, journal_id],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    loaded = result.pop("loaded")
    if result["key"] is not None:
        assert [m for m in loaded if m.split(".")[0] in NOT_FOR_READING] == []
    return result


@pytest.mark.keyring
def test_a_remembered_key_is_read_without_loading_keyring(secret_service) -> None:
    journal_id = "test-" + secrets.token_hex(8)
    keystore.remember_key(journal_id, KEY)  # through keyring, as the app stores it
    try:
        assert _recall_in_a_fresh_process(journal_id) == {"key": KEY.hex(), "keyring": False}
        # a backend the user chose is keyring's to use: here one that stores nothing
        chosen = _recall_in_a_fresh_process(
            journal_id, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring"
        )
        assert chosen == {"key": None, "keyring": True}
    finally:
        keystore.forget_key(journal_id)
    # forgotten: nothing there, so keyring is asked and finds nothing either
    assert _recall_in_a_fresh_process(journal_id) == {"key": None, "keyring": True}


@pytest.mark.keyring
def test_the_key_never_crosses_the_bus_in_plain_text(secret_service, tmp_path) -> None:
    """Everything on the session bus while the key is read, as dbus-monitor sees it
    (any process of the user's could watch the same way): our calls are there, the
    key is not, neither as stored (base64) nor as raw bytes."""
    if shutil.which("dbus-monitor") is None:
        pytest.fail("dbus-monitor is missing (bash packaging/dev.sh setup installs dbus)")
    journal_id = "test-" + secrets.token_hex(8)
    key = secrets.token_bytes(32)
    keystore.remember_key(journal_id, key)
    capture = tmp_path / "bus.pcap"
    try:
        with capture.open("wb") as out:
            monitor = subprocess.Popen(
                ["dbus-monitor", "--session", "--pcap"], stdout=out, stderr=subprocess.DEVNULL
            )
            try:
                _mark_and_wait(capture, "ready")  # the monitor is watching
                assert _recall_in_a_fresh_process(journal_id)["key"] == key.hex()
                seen = _mark_and_wait(capture, "done")  # and has seen all of it
            finally:
                monitor.terminate()
                monitor.wait(timeout=30)
    finally:
        keystore.forget_key(journal_id)
    assert b"OpenSession" in seen and b"GetSecret" in seen  # the reading was watched
    assert base64.b64encode(key) not in seen
    assert key not in seen
    assert b"dh-ietf1024-sha256-aes128-cbc-pkcs7" in seen


def _mark_and_wait(capture: Path, word: str) -> bytes:
    """Send a call carrying a marker until the monitor's capture shows it; the capture."""
    marker = f"org.fettle.marker.{word}{secrets.token_hex(4)}"
    for _ in range(1000):  # each try is a dbus-send process: a few ms apiece
        subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{marker}"],
            check=True, capture_output=True,
        )  # fmt: skip
        seen = capture.read_bytes()
        if marker.encode() in seen:
            return seen
    raise AssertionError(f"dbus-monitor never saw {word}")
