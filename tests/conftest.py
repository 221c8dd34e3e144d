"""Session-wide safety for Fettle's tests.

Runs before any test module is imported, so before any Qt import:

* Qt renders offscreen (``QT_QPA_PLATFORM=offscreen``), so no display is needed.
* HOME and the XDG folders point at a throwaway folder, so no test ever reads or
  writes a real profile. ``packaging/dev.sh test`` already does this (and sets
  ``FETTLE_TEST_SANDBOX``); a bare ``pytest`` gets its own folder here, and the real
  desktop's D-Bus session bus is hidden so the keyring tests cannot reach the
  user's real keyring (they skip instead, unless ``FETTLE_REQUIRE_KEYRING=1``).
* The network guard (``tests/support/netguard.py``) forbids Internet sockets for the whole
  session; a test that tries one fails, even if the code swallowed the error.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# English, whatever the developer's desktop speaks (the translation tests ask for German)
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = os.environ["LANG"] = "C.UTF-8"

_XDG = {
    "XDG_CONFIG_HOME": "config",
    "XDG_DATA_HOME": "data",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
}


def _sandbox_profile() -> None:
    if os.environ.get("FETTLE_TEST_SANDBOX"):
        # dev.sh made a fresh profile and a private D-Bus session with gnome-keyring.
        _worker_profile()
        return
    root = Path(tempfile.mkdtemp(prefix="fettle-pytest-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    _point_profile_at(root)
    # Never let a test reach the real desktop session's keyring.
    os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
    os.environ["FETTLE_TEST_SANDBOX"] = str(root)
    _worker_profile()


def _worker_profile() -> None:
    """Under pytest-xdist each worker process gets a profile of its own inside the
    sandbox, so two tests running at once never share a settings file; they still share
    the sandbox's D-Bus session and keyring (see ``pytest_collection_modifyitems``)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:
        root = Path(os.environ["FETTLE_TEST_SANDBOX"]) / "workers" / worker
        root.mkdir(parents=True, exist_ok=True)
        _point_profile_at(root)


def _point_profile_at(root: Path) -> None:
    (root / "home").mkdir(exist_ok=True)
    os.environ["HOME"] = str(root / "home")
    for var, sub in _XDG.items():
        (root / sub).mkdir(exist_ok=True)
        os.environ[var] = str(root / sub)
    runtime = root / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)


_sandbox_profile()

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.support import netguard  # noqa: E402 - after the path and sandbox set-up above

netguard.install()


@pytest.fixture(autouse=True)
def _no_network_attempts() -> Iterator[None]:
    """Fail the test if it tried to open an Internet socket, even if that was caught."""
    before = len(netguard.violations)
    yield
    new = netguard.violations[before:]
    if new:
        del netguard.violations[before:]
        pytest.fail("the test tried to use the network: " + "; ".join(new), pytrace=False)


def pytest_sessionfinish(session, exitstatus) -> None:
    """Empty the clipboard before the test process ends: the app does so when it
    quits (ClipboardGuard), but pytest-qt's application never quits, and PySide6
    crashes at exit if mime data made in Python is still on the clipboard."""
    qtgui = sys.modules.get("PySide6.QtGui")
    if qtgui is not None and qtgui.QGuiApplication.instance() is not None:
        qtgui.QGuiApplication.clipboard().clear()


# -- tools a test needs ---------------------------------------------------------------
#
# ``@pytest.mark.needs("pdftotext", "xvfb-run")`` names executables a test cannot run
# without. Where one is missing the test is skipped with the Debian package to install,
# except in a strict run (CI, or ``packaging/dev.sh test``, which sets
# FETTLE_REQUIRE_TOOLS=1): there every skip, of any kind, is a failure, so a missing
# install step can never pass as green.


def _strict() -> bool:
    return os.environ.get("FETTLE_REQUIRE_TOOLS") == "1" or os.environ.get("CI", "").lower() in (
        "1",
        "true",
        "yes",
    )


def pytest_runtest_setup(item) -> None:
    for marker in item.iter_markers("needs"):
        missing = [tool for tool in marker.args if shutil.which(tool) is None]
        if missing:
            reason = f"needs {', '.join(missing)} (bash packaging/dev.sh setup installs it)"
            if _strict():
                pytest.fail(f"strict run: {reason}", pytrace=False)
            pytest.skip(reason)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.skipped and _strict() and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped in a strict run (CI or FETTLE_REQUIRE_TOOLS=1): {reason}"


@pytest.fixture
def prompt():
    """The real Secret Service, whose unlock prompts nobody answers (``lock()`` to
    start); see tests/support/keystore.py."""
    import keyring
    from keyring.backends import SecretService

    from tests.support import keystore as keystore_support

    reason = keystore_support.problem()
    if reason is not None:
        keystore_support.skip_or_fail(reason)
    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        with keystore_support.UnansweredPrompt() as unanswered:
            yield unanswered
    finally:
        keyring.set_keyring(previous)


# -- running in parallel (pytest-xdist) ----------------------------------------------
#
# ``packaging/dev.sh test`` runs the suite on every CPU (``-n auto --dist loadfile``: each
# test file on one worker, so the bundle tests build ``dist/`` once). The workers share
# one Secret Service, and some tests lock its keyring on purpose to make every keystore
# call wait; so a test that touches the keyring takes a lock on a file in the sandbox
# first, and no two of them ever run at once. (pytest-xdist's ``xdist_group`` would say
# the same, but its "loadgroup" does not group under pytest 9: it renames ``_nodeid``,
# which pytest 9 no longer reads.)

_KEYRING_FIXTURES = frozenset({"secret_service", "prompt"})
_SOURCES_NAMING_THE_KEYRING: dict[Path, bool] = {}


def _touches_keyring(item) -> bool:
    if item.get_closest_marker("keyring") or _KEYRING_FIXTURES & set(item.fixturenames):
        return True
    path = Path(str(item.fspath))
    if path not in _SOURCES_NAMING_THE_KEYRING:
        try:
            named = "keyring" in path.read_text(encoding="utf-8")
        except OSError:
            named = False
        _SOURCES_NAMING_THE_KEYRING[path] = named
    return _SOURCES_NAMING_THE_KEYRING[path]


@pytest.fixture(autouse=True)
def _keyring_one_at_a_time(request) -> Iterator[None]:
    """Under pytest-xdist, hold the sandbox's keyring lock while a test that touches
    the keyring runs (see above)."""
    if not os.environ.get("PYTEST_XDIST_WORKER") or not _touches_keyring(request.node):
        yield
        return
    import fcntl

    with open(Path(os.environ["FETTLE_TEST_SANDBOX"]) / "keyring.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
