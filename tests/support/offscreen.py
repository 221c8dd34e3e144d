"""Running a script as a fresh offscreen process, for tests about what loads when."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_offscreen(script: str, home: Path, *args: str) -> subprocess.CompletedProcess:
    """``python -c script *args`` offscreen from the checkout's root, with ``home`` as its
    home and no session bus (no keystore prompt; these tests are about what loads when)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
