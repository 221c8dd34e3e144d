"""A canary saved in an entry must appear nowhere in plaintext on disk."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

from tests.support.leakscan import find_leaks

ROOT = Path(__file__).resolve().parents[2]
CANARY = "Zqxwv-canary-Pemberton-7741"
PASSPHRASE = "leak test passphrase"


def test_scanner_finds_what_it_should(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"..." + CANARY.encode("utf-16-le") + b"...")
    (tmp_path / "b").write_bytes(base64.b64encode(b"yy" + CANARY.encode()))
    (tmp_path / "c").write_text("prefix " + CANARY.encode().hex())
    assert len(find_leaks([tmp_path], CANARY)) == 3


def test_canary_never_reaches_disk_in_plaintext(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        TMPDIR=str(tmp_path / "tmp"),
        FETTLE_DEBUG="1",
    )  # a failure shows its cause
    for sub in ("home", "data", "config", "cache", "state", "tmp"):
        (tmp_path / sub).mkdir()

    def run(*args: str, lines: int = 1) -> None:
        read_fd, write_fd = os.pipe()
        os.write(write_fd, (PASSPHRASE + "\n").encode() * lines)
        os.close(write_fd)
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "app", *args, "--passphrase-fd", str(read_fd)],
                env=env,
                capture_output=True,
                text=True,
                pass_fds=(read_fd,),
                timeout=120,
                cwd=tmp_path / "home",
            )
        finally:
            os.close(read_fd)
        assert proc.returncode == 0, proc.stderr
        assert CANARY not in proc.stderr

    run("init")
    run(
        "add",
        "symptom",
        "headache",
        "5",
        "--note",
        f"Saw {CANARY} at the clinic",
        "--title",
        f"{CANARY} visit",
        "--tag",
        CANARY,
    )
    run("add", "lesson", f"Lesson about {CANARY}")
    run("search", CANARY)
    run("list")
    run("show", "1")
    run("check")
    journal = tmp_path / "data" / "Fettle" / "journal.fettle"
    assert journal.is_file()
    assert journal.stat().st_size > 0
    leaks = find_leaks([tmp_path], CANARY)
    assert leaks == [], f"canary found in plaintext: {leaks}"
