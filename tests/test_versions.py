"""One version everywhere a user or a package manager reads it (issue 12, item 7).

pyproject.toml is the source. ``fettle --version``, the About box, the AppStream
metainfo's newest release (what software centres show), the Debian changelog's top
entry (lintian holds the .deb's Version to it; build.sh takes the Version from
pyproject.toml) and CHANGELOG.md's newest release must all say the same. The bundle's
own ``--version`` is checked in tests/test_bundle.py.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
METAINFO = ROOT / "packaging" / "org.fettle.Fettle.metainfo.xml"
RELEASE_HEADING = re.compile(r"^## (\d+\.\d+\.\d+) \((\d{4}-\d{2}-\d{2})\)$", re.MULTILINE)


def _metainfo_releases() -> list[tuple[str, str]]:
    root = ET.parse(METAINFO).getroot()
    return [(r.get("version"), r.get("date")) for r in root.findall("releases/release")]


def _changelog_releases() -> list[tuple[str, str]]:
    return RELEASE_HEADING.findall((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))


def test_command_line_prints_the_projects_version(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ui", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "PYTHONPATH": str(ROOT),
            "LANG": "C.UTF-8",
        },
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["Fettle", VERSION]


def test_about_box_shows_the_projects_version(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.shell.boxes import about_box

    parent = QWidget()
    qtbot.addWidget(parent)
    box = about_box(parent)
    heading = re.search(r"<h3>(.*?)</h3>", box.text())
    assert heading is not None, box.text()
    assert heading.group(1) == f"Fettle {VERSION}"


def test_metainfo_newest_release_is_the_projects_version() -> None:
    releases = _metainfo_releases()
    assert releases, "no <release> in the metainfo"
    assert releases[0][0] == VERSION
    # Newest first, as AppStream expects, each with a date.
    dates = [date for _, date in releases]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d or "") for d in dates), dates
    assert dates == sorted(dates, reverse=True)


def test_changelog_tells_each_release_the_metainfo_lists() -> None:
    """CHANGELOG.md's releases (newest first) are the metainfo's, with the same dates;
    work since the newest one sits under 'Unreleased' above it."""
    changelog = _changelog_releases()
    assert changelog, "CHANGELOG.md has no '## X.Y.Z (YYYY-MM-DD)' release heading"
    assert changelog[0][0] == VERSION
    assert changelog == _metainfo_releases()
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    first_release = text.index(f"## {VERSION} (")
    headings_above = re.findall(r"^## (.+)$", text[:first_release], re.MULTILINE)
    assert headings_above in ([], ["Unreleased"]), headings_above


def test_debian_changelog_top_entry_is_the_projects_version() -> None:
    first = (ROOT / "packaging" / "debian" / "changelog").read_text(encoding="utf-8")
    match = re.match(r"fettle \(([^)]+)\) ", first)
    assert match is not None, first.splitlines()[0]
    assert match.group(1) == VERSION
