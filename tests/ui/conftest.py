"""Fixtures shared by the GUI tests (a module may define its own to override)."""

from __future__ import annotations

import pytest

from app.journal.journal import Journal
from tests.support.shell import PASSPHRASE, make_journal
from ui.task_runner import TaskRunner


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
