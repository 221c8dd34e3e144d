"""A remembered key read straight from the Secret Service, without keyring (issue 19).

keyring costs about 100 ms of CPU to load before every command that opens a journal
with a remembered key; ``app.journal.secret_service`` reads the same item for about 30.
Against the real gnome-keyring of ``packaging/dev.sh test``: the key keyring stored is
read back in a fresh process that never loads keyring, and keyring still decides
wherever a user chose a backend or nothing is stored.
"""

from __future__ import annotations

import json
import os
import secrets
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
print(json.dumps({"key": key.hex() if key else None, "keyring": "keyring" in sys.modules}))
"""


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
    return json.loads(proc.stdout)


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
