"""Two journals whose backups share a folder, in the real windows: each journal's
automatic backup, restore list and unlock-screen restore see only its own backups
(issue 17, item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import backup
from app.journal.journal import Journal
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, make_journal
from tests.ui.data.test_data_menu import open_with_data
from ui.data.backup import RestoreDialog
from ui.task_runner import TaskRunner
from ui.unlock.restore import RestorePassphraseDialog
from ui.unlock.screen import UnlockScreen

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _other_journal_backs_up(folder: Path, times: int = 2) -> list[Path]:
    """A second journal, with the same passphrase, backs up into ``folder/backups``."""
    other = make_journal(folder / "other.fettle", entries=5)
    with Journal.open(other, PASSPHRASE) as j:
        return [backup.backup_now(j) for _ in range(times)]


def test_the_menu_backs_up_and_lists_only_this_journals_backups(qtbot, tmp_path):
    others = _other_journal_backs_up(tmp_path)  # recent: but not this journal's
    path = make_journal(tmp_path / "j.fettle")
    window, _ctx, data = open_with_data(qtbot, tmp_path, path)  # waits for its own backup
    data.restore.trigger()
    qtbot.waitUntil(lambda: isinstance(data.dialog, RestoreDialog))
    dialog = data.dialog
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() > 0)
    assert dialog.table.topLevelItemCount() == 1
    assert dialog.chosen().entry_count == 3 and dialog.chosen().path.name.startswith("j-")
    assert all(p.exists() for p in others)
    dialog.reject()


def test_the_unlock_screen_offers_only_backups_of_this_file(qtbot, tmp_path):
    path = make_journal(tmp_path / "journal.fettle")
    with Journal.open(path, PASSPHRASE) as j:
        made = backup.backup_now(j)
    _other_journal_backs_up(tmp_path)  # newer, same passphrase: the worst case
    path.write_bytes(path.read_bytes()[:100])  # cut short: it will not open
    screen = UnlockScreen(TaskRunner())
    qtbot.addWidget(screen)
    screen.show()
    screen.set_path(path)
    qtbot.waitUntil(lambda: screen.restore_button.isVisible())
    screen.restore_button.click()
    qtbot.waitUntil(lambda: isinstance(screen.restore.dialog, RestorePassphraseDialog))
    prompt = screen.restore.dialog
    assert "found 1 backup(s)" in prompt.intro.text()
    prompt.passphrase.setText(PASSPHRASE)
    prompt.continue_button.click()
    qtbot.waitUntil(lambda: isinstance(screen.restore.dialog, RestoreDialog), timeout=20_000)
    dialog = screen.restore.dialog
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() > 0)
    assert dialog.table.topLevelItemCount() == 1 and dialog.chosen().path == made
    screen.restore.cancel()
