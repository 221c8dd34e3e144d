"""Desktop integration files: valid for the tools that read them, and consistent.

The validators run when installed. Under ``packaging/dev.sh test``
(``FETTLE_REQUIRE_TOOLS=1``) a missing validator is a failure, not a silent pass.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.fettle.Fettle"
DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
KIND_ICONS = ["symptom", "treatment", "lesson", "note"]
SVG_NS = "{http://www.w3.org/2000/svg}"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {package})"
        if os.environ.get("FETTLE_REQUIRE_TOOLS") == "1":
            pytest.fail(f"FETTLE_REQUIRE_TOOLS=1 but {message}", pytrace=False)
        pytest.skip(message)
    return path


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, capture_output=True, text=True, timeout=60, check=False, stdin=subprocess.DEVNULL
    )


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates() -> None:
    proc = _run(_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP))
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    # Hints (menu placement suggestions) are fine; errors and warnings are not.
    assert "error:" not in output and "warning:" not in output, output


def test_metainfo_validates() -> None:
    proc = _run(_tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO))
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "E:" not in output and "W:" not in output, output


def test_validators_can_fail(tmp_path: Path) -> None:
    """A broken file is rejected, so the checks above mean something."""
    bad = tmp_path / "broken.desktop"
    bad.write_text("[Desktop Entry]\nType=Application\nExec=fettle\n", encoding="utf-8")
    assert _run(_tool("desktop-file-validate", "desktop-file-utils"), str(bad)).returncode != 0
    bad_xml = tmp_path / "broken.metainfo.xml"
    bad_xml.write_text('<component type="desktop-application"><id>x</id></component>')
    assert (
        _run(_tool("appstreamcli", "appstream"), "validate", "--no-net", str(bad_xml)).returncode
        != 0
    )


def test_desktop_entry_launches_the_installed_command_with_our_icon() -> None:
    entry = _desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    command = entry["Exec"].split()[0]
    assert command in scripts, f"Exec={command} is not a console script in pyproject.toml"
    assert entry["Icon"] == APP_ID
    assert (ICONS / f"{APP_ID}.svg").is_file()
    assert entry["Terminal"] == "false"


def test_metainfo_matches_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == _desktop_entry()["Exec"].split()[0]
    license_ = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "license"
    ]
    assert root.findtext("project_license") == license_


@pytest.mark.parametrize("name", [APP_ID, *KIND_ICONS])
def test_icon_is_a_plain_svg(name: str) -> None:
    """Plain SVG that any toolkit can draw: a viewBox, no scripts, nothing remote."""
    path = ICONS / f"{name}.svg"
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox")
    text = path.read_text(encoding="utf-8")
    for forbidden in ("<script", "http://", "https://", "<image", "<foreignObject"):
        allowed_ns = forbidden == "http://" and text.count("http://") == 1
        assert forbidden not in text or allowed_ns, f"{name}.svg contains {forbidden}"


@pytest.mark.parametrize("name", [APP_ID, *KIND_ICONS])
def test_icon_renders_legibly_at_16px(name: str, qapp: object) -> None:
    """At 16 px the icon fills its square and its glyph stands out from its background."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / f"{name}.svg"))
    assert renderer.isValid()
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 16, 16))
    painter.end()

    pixels = [image.pixelColor(x, y) for x in range(16) for y in range(16)]
    opaque = [c for c in pixels if c.alpha() > 200]
    assert len(opaque) > 256 * 0.5, f"{name} covers too little of its 16px square"
    lightness = sorted(c.lightness() for c in opaque)
    darkest, lightest = lightness[len(lightness) // 10], lightness[-len(lightness) // 10]
    assert lightest - darkest > 80, f"{name} has no contrasting glyph at 16px"
