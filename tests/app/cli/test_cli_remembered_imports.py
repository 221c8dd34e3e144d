"""Everyday commands with a remembered key load only what they use (issue 19).

``fettle list``, ``search`` and ``add`` on a journal remembered on this device were
about 105 ms of CPU where the target is 100, most of it imports: keyring's backends,
then secretstorage with jeepney and cryptography, logging, shutil through argparse's
help formatter. Against the real gnome-keyring of ``packaging/dev.sh test``, each
command runs in a fresh process with no passphrase anywhere (standard input closed),
so it can only have opened the journal with the remembered key, and none of those
modules, nor any feature's (redaction, posts, Markdown, statistics, Qt), nor the key
derivation, is loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.journal import keystore

ROOT = Path(__file__).resolve().parents[3]
PROBE = """
import json, os, sys
from ui.launch import main
code = main(sys.argv[1:])
with open(os.environ["PROBE_OUT"], "w") as fh:
    json.dump({"code": code, "modules": sorted(sys.modules)}, fh)
"""
NOT_LOADED = (
    # the keystore's slow ways: keyring, and secretstorage with what it brings
    "keyring",
    "secretstorage",
    "jeepney",
    "cryptography",
    "socket",
    "selectors",
    "hmac",
    "logging",
    # argparse's help formatter measured the terminal through shutil
    "shutil",
    "bz2",
    "lzma",
    # no key derivation with a remembered key
    "argon2",
    "_argon2_cffi_bindings",
    "platform",
    # the date patterns of a search load only for date words, the catalog's types only
    # for the catalog (issue 19)
    "calendar",
    "app.catalog_models",
    # features
    "app.redact",
    "app.share",
    "app.posts",
    "app.giveback",
    "app.report",
    "app.backup",
    "app.sync",
    "markdown",
    "nh3",
    "numpy",
    "scipy",
    "jsonschema",
    "platformdirs",
    "PySide6",
    "getpass",
    "termios",
)

INSIDE = tuple(name + "." for name in NOT_LOADED)


def _run(tmp_path: Path, *argv: str) -> dict:
    out = tmp_path / "probe.json"
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PROBE_OUT": str(out)},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(out.read_text())
    result["stdout"] = proc.stdout
    return result


@pytest.mark.keyring
def test_everyday_commands_with_a_remembered_key_load_only_what_they_use(
    secret_service, tmp_path
) -> None:
    from tests.support.journals import make_journal

    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        journal_id = journal.journal_id
        keystore.remember_key(journal_id, journal.key)
    try:
        journal_arg = ("--journal", str(path))
        added = _run(tmp_path, "add", "note", "Walked to the lake", *journal_arg)
        listed = _run(tmp_path, "list", "--limit", "20", *journal_arg)
        found = _run(tmp_path, "search", "lake", *journal_arg)
    finally:
        keystore.forget_key(journal_id)
    assert "Logged note entry" in added["stdout"]
    assert "Walked to the lake" in listed["stdout"]
    assert "Walked to the lake" in found["stdout"]
    for name, result in (("add", added), ("list", listed), ("search", found)):
        assert result["code"] == 0
        assert "app.journal.secret_service" in result["modules"]  # it asked the keystore
        heavy = [m for m in result["modules"] if m in NOT_LOADED or m.startswith(INSIDE)]
        assert heavy == [], f"fettle {name} with a remembered key loads {heavy}"
