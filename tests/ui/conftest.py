"""Fixtures shared by the GUI tests (a module may define its own to override)."""

from __future__ import annotations

import functools

import pytest

from app.journal.journal import Journal
from tests.support.shell import PASSPHRASE, make_journal
from ui.task_runner import TaskRunner

# pytest-qt waits 5 s unless told otherwise; a busy machine can take longer for the
# worker's disk work or a first keystore lookup (a 5 s default failed under load). Every
# wait is for a real condition, so a longer default costs time only when a test fails.
DEFAULT_WAIT_MS = 20_000


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's ``qtbot``, whose waits default to ``DEFAULT_WAIT_MS``; a timeout
    given explicitly still wins."""
    for name in ("waitUntil", "waitSignal", "waitSignals", "waitCallback"):
        method = getattr(qtbot, name)
        setattr(qtbot, name, functools.partial(method, timeout=DEFAULT_WAIT_MS))
    return qtbot


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A test's task runners finish their work before any fixture is torn down. The
    app locks a journal on the worker, after the work queued before it; a ``journal``
    fixture locks it on the GUI thread, and fixtures go in the reverse order of their
    set-up, so with ``(runner, journal)`` the journal was closed while a job the test
    had not waited for still used it: a segfault in the whole-suite run."""
    from ui.task_runner import TaskRunner

    for value in getattr(item, "funcargs", {}).values():
        if isinstance(value, TaskRunner):
            value.wait_for_done(60_000)
    yield


@pytest.fixture
def runner(qtbot):
    """The app's one long-lived task runner, drained at the end of the test."""
    runner = TaskRunner()
    yield runner
    runner.wait_for_done(10_000)


@pytest.fixture
def journal(tmp_path):
    """A small real journal (fast KDF), unlocked."""
    j = Journal.open(make_journal(tmp_path / "j.fettle"), PASSPHRASE)
    yield j
    j.lock()


@pytest.fixture
def german(qapp):
    """The interface in German for one test, then English and the system locale again."""
    from PySide6.QtCore import QLocale

    from ui.i18n import install_translators

    assert install_translators(qapp, "de") == "de"
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale.system())
