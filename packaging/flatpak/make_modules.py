"""Write python3-requirements.json: Fettle's Python dependencies as a Flatpak module.

    .venv/bin/python packaging/flatpak/make_modules.py          # rewrite the file
    .venv/bin/python packaging/flatpak/make_modules.py --check  # compare, change nothing

flatpak-builder builds with no network, so every wheel is listed with its download
address and sha256, and pip installs them from those files alone. The versions are
the ones installed in .venv (what the tests ran against), followed from ``fettle``'s
requirements for the Flatpak's Python (Linux, CPython 3.13 in the KDE 6.10 runtime).
PySide6, shiboken6 and numpy come from io.qt.PySide.BaseApp and are left out.

The files and their hashes come from pip's own resolver (``pip install --dry-run
--report``) asked for each Flatpak architecture, so this needs the package index
(PyPI) to be reachable; this script opens no connection itself. Where a package has
one wheel for every machine, it is listed once; otherwise one wheel per architecture.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlparse

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "python3-requirements.json"
PYTHON = "3.13"  # the Python of org.kde.Platform 6.10 (freedesktop SDK 25.08)
ARCHES = ("x86_64", "aarch64")
FROM_BASEAPP = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6", "numpy"}
# The glibc of the runtime is newer than any of these: newest first, pip prefers earlier.
GLIBC_MINORS = range(39, 16, -1)
PYPI_FILES = "https://files.pythonhosted.org/packages"


def _environment(arch: str) -> dict[str, str]:
    return {
        "python_version": PYTHON,
        "python_full_version": f"{PYTHON}.0",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "os_name": "posix",
        "platform_machine": arch,
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "extra": "",
    }


def pinned_requirements(root: str = "fettle", arch: str = "x86_64") -> dict[str, str]:
    """Every distribution ``root`` needs at run time on the Flatpak, name -> the version
    installed here (BaseApp packages left out). Fails if one is not installed."""
    env = _environment(arch)
    found: dict[str, str] = {}
    todo = [root]
    while todo:
        dist = metadata.distribution(todo.pop())
        name = canonicalize_name(dist.metadata["Name"])
        if name in found:
            continue
        found[name] = dist.version
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate(env):
                todo.append(requirement.name)
    del found[canonicalize_name(root)]
    return {name: version for name, version in sorted(found.items()) if name not in FROM_BASEAPP}


def _resolve(pins: dict[str, str], arch: str) -> dict[str, dict]:
    """pip's choice of file for each pin on ``arch``: name -> {url, sha256}."""
    platforms = [f"manylinux_2_{minor}_{arch}" for minor in GLIBC_MINORS]
    platforms.append(f"manylinux2014_{arch}")
    abi = "cp" + PYTHON.replace(".", "")
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--quiet",
            "--ignore-installed",
            "--no-deps",
            "--only-binary=:all:",
            "--report",
            str(report),
            "--target",
            str(Path(folder) / "target"),
            "--python-version",
            PYTHON,
            "--implementation",
            "cp",
            "--abi",
            abi,
            "--abi",
            "abi3",
            "--abi",
            "none",
        ]
        for platform in platforms:
            command += ["--platform", platform]
        command += [f"{name}=={version}" for name, version in pins.items()]
        proc = subprocess.run(
            command, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL
        )
        if proc.returncode != 0:
            errors = [ln for ln in proc.stderr.splitlines() if "is ignored" not in ln]
            raise SystemExit(f"pip could not find wheels for {arch}:\n" + "\n".join(errors))
        installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    files = {}
    for item in installs:
        info = item["download_info"]
        name = canonicalize_name(item["metadata"]["name"])
        sha256 = info["archive_info"]["hashes"]["sha256"]
        files[name] = {"url": pypi_url(info["url"], sha256), "sha256": sha256}
    return files


def pypi_url(url: str, sha256: str) -> str:
    """``url`` as an address on PyPI. pip may take a file from a local mirror
    (``file://``); PyPI keeps every file at a path made of its BLAKE2b-256 digest, so the
    same file's PyPI address follows from its bytes. flatpak-builder checks the sha256,
    so a mirror's file that differs from PyPI's fails the build, never slips in."""
    if not url.startswith("file://"):
        return url
    data = Path(unquote(urlparse(url).path)).read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise SystemExit(f"{url} does not match its sha256")
    digest = hashlib.blake2b(data, digest_size=32).hexdigest()
    name = url.rsplit("/", 1)[1]
    return f"{PYPI_FILES}/{digest[:2]}/{digest[2:4]}/{digest[4:]}/{name}"


def build_module(pins: dict[str, str], files: dict[str, dict[str, dict]]) -> dict:
    """The Flatpak module: ``files`` is arch -> name -> {url, sha256}."""
    sources = []
    for name in pins:
        chosen = {arch: files[arch][name] for arch in ARCHES}
        urls = {entry["url"] for entry in chosen.values()}
        for arch, entry in chosen.items():
            source = {"type": "file", "url": entry["url"], "sha256": entry["sha256"]}
            if len(urls) > 1:
                source["only-arches"] = [arch]
            source["x-checker-data"] = {"type": "pypi", "name": name, "packagetype": "bdist_wheel"}
            sources.append(source)
            if len(urls) == 1:
                break
    install = " ".join(f'"{name}=={version}"' for name, version in pins.items())
    return {
        "name": "python3-requirements",
        "x-generated-by": "packaging/flatpak/make_modules.py (versions from .venv)",
        "buildsystem": "simple",
        "build-commands": [
            'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
            "--prefix=${FLATPAK_DEST} --no-build-isolation --no-deps " + install
        ],
        "sources": sources,
        "cleanup": ["/bin", "/share/man/man1"],
    }


def listed_pins(module: dict) -> dict[str, str]:
    """name -> version as the module's pip command installs them."""
    command = module["build-commands"][0]
    pins = {}
    for word in command.split():
        word = word.strip('"')
        if "==" in word:
            name, version = word.split("==", 1)
            pins[canonicalize_name(name)] = version
    return pins


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="only say whether the file lists what .venv has"
    )
    args = parser.parse_args(argv)
    pins = pinned_requirements()
    if args.check:
        listed = listed_pins(json.loads(OUTPUT.read_text(encoding="utf-8")))
        if listed == pins:
            print(f"{OUTPUT.name} lists the {len(pins)} packages .venv has")
            return 0
        for name in sorted(set(listed) | set(pins)):
            if listed.get(name) != pins.get(name):
                print(f"{name}: file {listed.get(name, '-')}, .venv {pins.get(name, '-')}")
        return 1
    files = {arch: _resolve(pins, arch) for arch in ARCHES}
    module = build_module(pins, files)
    OUTPUT.write_text(json.dumps(module, indent=4) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(pins)} packages, {len(module['sources'])} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
