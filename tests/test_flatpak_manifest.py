"""The Flatpak manifest (packaging/flatpak/org.fettle.Fettle.yml): it cannot be built
here (no Flathub), so its structure is checked as flatpak-builder itself reads it.

flatpak-builder parses the manifest (``--show-manifest``, which also pulls in the
Python module file); the desktop file, metainfo and icons are installed with the
manifest's own commands into a scratch prefix and validated there as a tree. Under CI
or FETTLE_REQUIRE_TOOLS=1 a missing tool is a failure, never a skip (packaging/dev.sh
installs flatpak-builder, desktop-file-utils and appstream).
"""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / "org.fettle.Fettle.yml"
SHA256 = re.compile(r"[0-9a-f]{64}")


def _required() -> bool:
    return os.environ.get("FETTLE_REQUIRE_TOOLS") == "1" or os.environ.get("CI", "").lower() in (
        "1",
        "true",
        "yes",
    )


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {package})"
        if _required():
            pytest.fail(f"{message} (required here: CI or FETTLE_REQUIRE_TOOLS=1)", pytrace=False)
        pytest.skip(message)
    return path


def _run(*cmd: str, cwd: Path | None = None, env: dict[str, str] | None = None):
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def _make_modules():
    spec = importlib.util.spec_from_file_location("make_modules", FLATPAK / "make_modules.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def manifest(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The manifest as flatpak-builder reads it (YAML parsed, module files included).
    It runs in a scratch folder: flatpak-builder leaves a .flatpak-builder state folder
    wherever it runs."""
    scratch = tmp_path_factory.mktemp("flatpak-state")
    proc = _run(
        _tool("flatpak-builder", "flatpak-builder"), "--show-manifest", str(MANIFEST), cwd=scratch
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _module(manifest: dict, name: str) -> dict:
    return next(m for m in manifest["modules"] if m["name"] == name)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "packaging" / "org.fettle.Fettle.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_app_id_names_the_desktop_file_and_the_metainfo(manifest: dict) -> None:
    app_id = manifest["id"]
    assert MANIFEST.name == f"{app_id}.yml"
    assert (ROOT / "packaging" / f"{app_id}.desktop").is_file()
    metainfo = ROOT / "packaging" / f"{app_id}.metainfo.xml"
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == app_id
    assert root.findtext("launchable") == f"{app_id}.desktop"
    assert _desktop_entry()["Icon"] == app_id


def test_runs_on_the_pyside_baseapp_of_its_kde_runtime(manifest: dict) -> None:
    assert manifest["runtime"] == "org.kde.Platform"
    assert manifest["sdk"] == "org.kde.Sdk"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    # Each BaseApp branch is built on the KDE runtime of the same version.
    assert manifest["base-version"] == manifest["runtime-version"]
    assert re.fullmatch(r"6\.\d+", manifest["runtime-version"])
    assert "/app/cleanup-BaseApp.sh" in manifest.get("cleanup-commands", [])


def test_the_sandbox_has_no_network_and_no_home_folder(manifest: dict) -> None:
    args = manifest["finish-args"]
    assert "--share=network" not in args
    assert not [a for a in args if a.startswith("--filesystem")], args
    assert not [a for a in args if a in ("--socket=x11", "--device=all", "--talk-name=*")]
    for needed in (
        "--socket=wayland",
        "--socket=fallback-x11",
        "--share=ipc",
        "--talk-name=org.freedesktop.secrets",
        "--system-talk-name=org.freedesktop.login1",
    ):
        assert needed in args, needed


def test_the_command_is_installed_and_is_the_desktop_files(manifest: dict) -> None:
    command = manifest["command"]
    assert _desktop_entry()["Exec"].split()[0] == command
    commands = _module(manifest, "fettle")["build-commands"]
    installs = [c for c in commands if c.rstrip().endswith(f"${{FLATPAK_DEST}}/bin/{command}")]
    assert len(installs) == 1, commands
    script = ROOT / installs[0].split()[2]
    assert script.is_file(), script
    launcher = re.search(r"python3 (\S+)", script.read_text(encoding="utf-8")).group(1)
    assert launcher == "/app/lib/fettle/fettle_launcher.py"
    assert any(
        "packaging/fettle_launcher.py" in c and "/lib/fettle/fettle_launcher.py" in c
        for c in commands
    )


def test_every_download_is_pinned_by_sha256(manifest: dict) -> None:
    for module in manifest["modules"]:
        sources = module.get("sources", [])
        assert sources, module["name"]
        for source in sources:
            if source["type"] in ("file", "archive"):
                assert source["url"].startswith("https://"), source
                assert SHA256.fullmatch(source.get("sha256", "")), source
            else:
                assert source["type"] == "dir", source
                assert (MANIFEST.parent / source["path"]).resolve() == ROOT


def test_python_module_lists_every_dependency_for_every_machine(manifest: dict) -> None:
    """What pip installs offline: every package fettle needs (less the BaseApp's), at a
    version pyproject.toml allows, with a wheel for each architecture."""
    make_modules = _make_modules()
    module = _module(manifest, "python3-requirements")
    listed = make_modules.listed_pins(module)
    assert set(listed) == set(make_modules.pinned_requirements())
    assert not set(listed) & make_modules.FROM_BASEAPP
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for line in project["dependencies"]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        if name in listed:
            assert requirement.specifier.contains(listed[name]), (name, listed[name])
    wheels: dict[str, set[str]] = {}
    for source in module["sources"]:
        filename = source["url"].rsplit("/", 1)[1]
        name = canonicalize_name(filename.split("-", 1)[0])
        assert name in listed and f"-{listed[name]}-" in filename, filename
        for arch in source.get("only-arches", make_modules.ARCHES):
            assert filename.endswith("-any.whl") or arch in filename, (arch, filename)
            wheels.setdefault(name, set()).add(arch)
    assert all(arches == set(make_modules.ARCHES) for arches in wheels.values()), wheels
    assert set(wheels) == set(listed)


def test_make_modules_lists_a_mirrors_file_at_its_pypi_address(tmp_path: Path) -> None:
    """pip may pick a local mirror's copy; the manifest must name PyPI's address, which
    follows from the file's BLAKE2b digest, and refuse a file that is not what pip said."""
    make_modules = _make_modules()
    wheel = tmp_path / "demo-1.0-py3-none-any.whl"
    wheel.write_bytes(b"not really a wheel")
    import hashlib

    sha = hashlib.sha256(wheel.read_bytes()).hexdigest()
    blake = hashlib.blake2b(wheel.read_bytes(), digest_size=32).hexdigest()
    url = make_modules.pypi_url(wheel.as_uri(), sha)
    assert url == (
        f"https://files.pythonhosted.org/packages/{blake[:2]}/{blake[2:4]}/"
        f"{blake[4:]}/demo-1.0-py3-none-any.whl"
    )
    with pytest.raises(SystemExit):
        make_modules.pypi_url(wheel.as_uri(), "0" * 64)


def test_installed_desktop_files_validate_as_a_tree(manifest: dict, tmp_path: Path) -> None:
    """The manifest's own install commands put down a menu entry, metainfo and icons
    that the AppStream and desktop-file validators accept together."""
    validate = _tool("desktop-file-validate", "desktop-file-utils")
    appstream = _tool("appstreamcli", "appstream")
    commands = [c for c in _module(manifest, "fettle")["build-commands"] if "/share/" in c]
    assert len(commands) >= 4, commands
    env = dict(os.environ, FLATPAK_DEST=str(tmp_path / "app"), FLATPAK_ID=manifest["id"])
    for command in commands:
        proc = _run("sh", "-ec", command, cwd=ROOT, env=env)
        assert proc.returncode == 0, (command, proc.stderr)
    share = tmp_path / "app" / "share"
    app_id = manifest["id"]
    desktop = share / "applications" / f"{app_id}.desktop"
    proc = _run(validate, str(desktop))
    assert proc.returncode == 0 and "error" not in proc.stdout + proc.stderr, proc.stdout
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png"
        ).is_file(), size
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg").is_file()
    tree = _run(appstream, "validate-tree", "--no-net", str(tmp_path / "app"))
    output = tree.stdout + tree.stderr
    assert tree.returncode == 0, output
    assert "E:" not in output and "W:" not in output, output
