"""Leak scan after a whole scripted session through the command line: create, add,
search, share, report, export, back up, change the passphrase, check.

A canary saved in entries may appear only in the files the user exported on
purpose. Everything else under HOME, the XDG folders, TMPDIR and XDG_RUNTIME_DIR
is scanned in UTF-8, UTF-16, base64 and hex, inside PDFs and zip files too.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.leakscan import find_leaks

ROOT = Path(__file__).resolve().parents[2]
CANARY = "Qvzjx-canary-Ellingham-5523"
PASSPHRASE = "session leak passphrase"


@pytest.mark.slow
def test_full_session_leaves_no_plaintext_outside_exports(tmp_path: Path) -> None:
    dirs = {
        name: tmp_path / name
        for name in ("home", "data", "config", "cache", "state", "tmp", "runtime", "exports")
    }
    for folder in dirs.values():
        folder.mkdir(mode=0o700)
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        HOME=str(dirs["home"]),
        XDG_DATA_HOME=str(dirs["data"]),
        XDG_CONFIG_HOME=str(dirs["config"]),
        XDG_CACHE_HOME=str(dirs["cache"]),
        XDG_STATE_HOME=str(dirs["state"]),
        TMPDIR=str(dirs["tmp"]),
        XDG_RUNTIME_DIR=str(dirs["runtime"]),
        QT_QPA_PLATFORM="offscreen",
        FETTLE_DEBUG="1",
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keyring: passphrases only
    passphrase = [PASSPHRASE]

    def run(*args: str, secrets: list[str] | None = None) -> str:
        read_fd, write_fd = os.pipe()
        os.write(write_fd, "".join(p + "\n" for p in (secrets or passphrase)).encode())
        os.close(write_fd)
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "ui", *args, "--passphrase-fd", str(read_fd)],
                env=env,
                capture_output=True,
                text=True,
                pass_fds=(read_fd,),
                timeout=300,
                cwd=dirs["home"],
            )
        finally:
            os.close(read_fd)
        assert proc.returncode == 0, f"{args[0]}: {proc.stderr[-3000:]}"
        return proc.stdout

    today = dt.date.today()
    run("init")
    run(
        "add",
        "symptom",
        "headache",
        "6",
        "fatigue",
        "4",
        "--title",
        f"{CANARY} flare",
        "--note",
        f"Met {CANARY} at the clinic; pain all evening.",
        "--tag",
        "work",
        "--date",
        (today - dt.timedelta(days=3)).isoformat(),
    )
    run(
        "add",
        "lesson",
        f"Pacing, says {CANARY}",
        "--note",
        "Rest before the crash.",
        "--date",
        (today - dt.timedelta(days=2)).isoformat(),
    )
    run("add", "note", "Appointment", "--note", f"Ask about {CANARY}.")
    assert CANARY in run("search", CANARY)
    run("list")
    run("show", "1")
    run("share", "1", "2", "--format", "mastodon", "--log", "-o", str(dirs["exports"] / "post.txt"))
    report = dirs["exports"] / "summary.pdf"
    run("report", "--days", "30", "--appendix", "-o", str(report))
    exported_json = dirs["exports"] / "journal.json"
    run("export", "--json", "-o", str(exported_json))
    run("export", "--csv", str(dirs["exports"] / "csv"))
    run("export", "--markdown", str(dirs["exports"] / "md"))
    run("backup")
    run("passwd", secrets=[PASSPHRASE, "a brand new passphrase"])
    passphrase[0] = "a brand new passphrase"
    run("check")

    # the session really wrote the canary: it is in what was exported on purpose,
    # and the scanner sees through the PDF's compression
    assert CANARY in json.loads(exported_json.read_text())["entries"][0]["title"]
    assert find_leaks([dirs["exports"]], CANARY), "scanner found nothing in the exports"
    assert any("#" in hit for hit in find_leaks([report.parent], CANARY) if "summary.pdf" in hit), (
        "canary not readable in the report's PDF"
    )

    journal = dirs["data"] / "Fettle" / "journal.fettle"
    assert journal.is_file() and list((journal.parent / "backups").glob("*.fettle"))
    leaks = find_leaks([d for n, d in dirs.items() if n != "exports"], CANARY)
    assert leaks == [], f"canary readable outside the exports: {leaks}"
