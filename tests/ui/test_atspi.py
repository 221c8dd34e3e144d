"""Screen readers see a name on every control: the app runs under Xvfb with the real
accessibility bus (dbus-run-session, at-spi2-core, QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1)
and Debian's pyatspi walks its tree from the system python3.

Covers the daily check-in; the main window with a journal open and a symptom entry in
the editor, with the share review, the appointment summary and Preferences open over it
(one run walks all four windows); and Trends. A control run adds one unnamed button,
which the walk must report, so the test cannot pass by seeing nothing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.xcb import first_display

ROOT = Path(__file__).resolve().parents[2]
RUN = ROOT / "tests" / "support" / "atspi" / "run.sh"

needs = [
    shutil.which("dbus-run-session"),
    shutil.which("xvfb-run"),
    Path("/usr/libexec/at-spi-bus-launcher").exists(),
    subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True).returncode
    == 0,
]
pytestmark = pytest.mark.skipif(
    not all(needs),
    reason="needs dbus, xvfb, at-spi2-core and "
    "python3-pyatspi (bash packaging/dev.sh setup installs them)",
)


def walk(*args: str, kinds: tuple[str, ...] = ("UNNAMED", "WINDOWS")) -> list[str]:
    env = dict(os.environ, FETTLE_PYTHON=sys.executable, FETTLE_XVFB_FIRST=first_display())
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(
        ["dbus-run-session", "--", "bash", str(RUN), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,  # a hang detector: run.sh waits up to 90 s for the app, then walks
        cwd=ROOT,
    )
    lines = proc.stdout.splitlines()
    walked = [line for line in lines if line.startswith("WALKED ")]
    assert walked, proc.stdout + proc.stderr
    assert int(walked[0].split()[1]) > 10  # the window's tree, not an empty app
    return [line for line in lines if line.startswith(kinds)]


def test_journal_editor_share_summary_preferences_have_no_unnamed_control() -> None:
    found = walk("journal")
    assert found[0].split("\t")[1:] == [
        "Fettle",
        "Share entries — Fettle",
        "Appointment summary — Fettle",
        "Preferences — Fettle",
    ]
    assert found[1:] == []


def test_trends_has_no_unnamed_control() -> None:
    assert walk("trends")[1:] == []


def test_trends_charts_are_charts_with_a_summary() -> None:
    """The severity chart and the calendar reach a screen reader with the role "chart"
    (Qt's own is "filler"; ui/accessibility.py installs the factory that says so), a
    name saying what and over which days, and a description summing up the data."""
    charts = [line.split("\t")[1:] for line in walk("trends", kinds=("CHART",))]
    names = [name for name, _ in charts]
    assert "Days with this symptom" in names, charts
    severity = [(n, d) for n, d in charts if re.fullmatch(r".+ severity, last \d+ days", n)]
    assert len(severity) == 1, charts
    name, description = severity[0]
    assert name.split(" severity")[0] in description and "average" in description, description


def test_the_walk_reports_an_unnamed_button_in_the_main_window() -> None:
    assert walk("journal", "--with-unnamed-button")[1:] == [
        "UNNAMED\tpush button\t\tframe 'Fettle'"
    ]


def test_checkin_has_no_unnamed_control() -> None:
    assert walk()[1:] == []


def test_the_walk_reports_an_unnamed_button() -> None:
    assert walk("--with-unnamed-button")[1:] == [
        "UNNAMED\tpush button\t\tdialog 'Daily check-in — Fettle'"
    ]
