"""The Data menu and Preferences need only the session and a parent for their dialogs,
not the main window: here they run beside a plain widget, on a real damaged file.

What they have to say comes out as a signal (``status_changed``); the journal's key
stays sealed in the core's ``JournalFile`` from the check to the restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from app import backup
from app.journal.journal import Journal
from tests.support.session import open_session
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, build, make_journal
from tests.ui.unlock.test_damaged_journal import _damage
from ui.data.menu import DataMenu
from ui.session import Session
from ui.settings.flow import SettingsFlow
from ui.unlock.damaged_journal import DamagedJournalDialog

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


@pytest.fixture
def damaged(tmp_path) -> Path:
    path = make_journal(tmp_path / "j.fettle", entries=400)
    with Journal.open(path, PASSPHRASE) as j:
        backup.backup_now(j)
    _damage(path)
    return path


def _menu_on_damage(qtbot, runner, path: Path) -> tuple[Session, DataMenu, QWidget, list]:
    """A session holding the damaged journal, the Data menu beside a plain widget, and
    the opening's quick check run: the damage dialog is up."""
    parent = QWidget()
    qtbot.addWidget(parent)
    session = Session(runner)
    data = DataMenu(session, parent)
    said: list[str] = []
    data.status_changed.connect(lambda text, _ms: said.append(text))
    session.open(Journal.open(path, PASSPHRASE))
    with qtbot.waitSignal(data.damage_found, timeout=20_000):
        data.window_filled()  # the window is filled: the quick check the opening owes
    qtbot.waitUntil(lambda: isinstance(data.dialog, DamagedJournalDialog))
    return session, data, parent, said


def test_damage_found_and_restored_with_only_a_session_and_a_parent(qtbot, runner, damaged):
    before = damaged.read_bytes()
    session, data, parent, said = _menu_on_damage(qtbot, runner, damaged)
    dialog = data.dialog
    assert dialog.parentWidget() is parent
    assert not session.is_open()  # closed while the user decides
    with (
        qtbot.waitSignal(data.restored, timeout=20_000) as restored,
        qtbot.waitSignal(session.opened, timeout=20_000),
    ):
        dialog.restore_button.click()
    assert Path(restored.args[0]).read_bytes() == before  # the damaged file is kept
    counts: list = []
    session.run(lambda journal: (journal.check(), journal.entries.count()), counts.append)
    qtbot.waitUntil(lambda: counts != [])
    assert counts == [([], 403)]
    assert any(text.startswith("Restored the backup") for text in said)
    session.lock()


def test_damage_opened_read_only_leaves_the_file_untouched(qtbot, runner, damaged):
    before = damaged.read_bytes()
    session, data, _parent, said = _menu_on_damage(qtbot, runner, damaged)
    with qtbot.waitSignal(session.opened, timeout=20_000):
        data.dialog.read_only_button.click()
    assert data.is_read_only and session.is_open()
    assert data.export.isEnabled() and not data.import_.isEnabled()
    assert not data.back_up.isEnabled() and not data.scheduler.is_running()
    assert any("read-only" in text for text in said)
    session.lock("quit")  # no backup of a damaged file on the way out
    runner.wait_for_done(10_000)
    assert not data.is_read_only
    assert damaged.read_bytes() == before
    assert len(backup.list_backups(backup.default_folder(damaged))) == 1


def test_preferences_need_only_the_context_and_a_parent(qtbot, tmp_path, journal):
    _window, ctx = build(qtbot, tmp_path)
    ctx.session.open(journal)
    parent = QWidget()
    qtbot.addWidget(parent)
    flow = SettingsFlow(ctx, parent)
    flow.open()
    qtbot.waitUntil(lambda: flow.dialog is not None)
    assert flow.dialog.parentWidget() is parent
    with qtbot.waitSignal(flow.status_changed, timeout=10_000) as said:
        flow.dialog.accept()
    assert said.args == ["Preferences saved."]


def test_a_restore_window_is_filled_through_the_core_s_sealed_file(qtbot, runner, journal):
    """What the restore window lists comes from ``usecases.list_backups`` on the sealed
    ``JournalFile`` the session read: the journal's own backups, checked."""
    backup.backup_now(journal)
    parent = QWidget()
    qtbot.addWidget(parent)
    session = open_session(runner, journal)
    data = DataMenu(session, parent)
    data.restore.trigger()
    qtbot.waitUntil(lambda: data.dialog is not None, timeout=10_000)
    dialog = data.dialog
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=10_000)
    row = dialog.table.topLevelItem(0)
    assert (row.text(1), row.text(3)) == ("3", "Good")
    assert dialog.parentWidget() is parent
    dialog.reject()


def test_a_full_check_asked_for_during_the_opening_s_check_drops_neither(qtbot, runner, journal):
    """Both checks run through the session; each kind supersedes only its own kind, so
    the opening's quick check still starts the automatic backups."""
    parent = QWidget()
    qtbot.addWidget(parent)
    session = Session(runner)
    data = DataMenu(session, parent)
    session.open(journal)
    data.window_filled()  # the opening's quick check
    data.check.trigger()  # and at once the full one
    qtbot.waitUntil(lambda: data.dialog is not None, timeout=10_000)
    assert "no damage was found" in data.dialog.text()
    qtbot.waitUntil(data.scheduler.is_running, timeout=10_000)
    data.dialog.accept()
    session.lock()
    assert not data.scheduler.is_running()
