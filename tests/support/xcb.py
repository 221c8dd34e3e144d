"""Running a child process under a real X server (``xvfb-run``, the xcb platform).

Offscreen hid a crash once (a print preview painting with a freed ``QPrinter``), so the
main tasks also run under Xvfb. A child process turns a crash into a failed test rather
than a dead test run; CI installs Xvfb (``packaging/dev.sh``), so a missing ``xvfb-run``
fails too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def first_display() -> str:
    """Where ``xvfb-run -a`` starts looking for a free X display. Each pytest-xdist worker
    starts at its own hundred: two workers starting an X server in the same instant would
    otherwise both pick the first free number, and one of them would fail."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    return str(99 + 100 * int(worker or 0))


def auto_display() -> list[str]:
    """``xvfb-run``'s options for a free display (see ``first_display``)."""
    return ["-a", "-n", first_display()]


def xvfb_run(args: list[str], home: Path, timeout: int) -> subprocess.CompletedProcess:
    """``python *args`` under ``xvfb-run`` on the xcb platform, with ``home`` as its home
    and XDG folders, from the checkout's root."""
    runner = shutil.which("xvfb-run")
    assert runner, "xvfb-run is missing: bash packaging/dev.sh setup installs it (Debian xvfb)"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=str(ROOT),
        PYTHONFAULTHANDLER="1",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    return subprocess.run(
        [runner, *auto_display(), "-s", "-screen 0 1400x1000x24", sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
