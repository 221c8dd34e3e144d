"""A journal that will not open at all can be restored from the unlock screen.

Real journals are damaged the way a failing disk does it (a page scribbled over, a
file cut short); the real backups beside them are restored through the real dialogs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import backup
from app.errors import JournalCorrupt
from app.journal import storage
from app.journal.journal import Journal
from tests.support.shell import KEYSTORE_WAIT_MS, OFFSCREEN_NOISE, PASSPHRASE, build, make_journal
from ui.data.backup import RestoreDialog
from ui.task_runner import TaskRunner
from ui.unlock.restore import RestorePassphraseDialog
from ui.unlock.screen import UnlockScreen

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

SCRIBBLE = bytes(range(256)) * 2


def _journal_with_backup(folder: Path, entries: int = 40) -> tuple[Path, Path]:
    path = make_journal(folder / "journal.fettle", entries=entries)
    with Journal.open(path, PASSPHRASE) as j:
        made = backup.backup_now(j)
    return path, made


def _scribble_until_it_will_not_open(path: Path) -> bytes:
    """Scribble over one page (as a failing disk would): the first page, after the
    header, whose damage stops the journal from opening at all. Returns the bytes."""
    original = path.read_bytes()
    trial = path.with_name("trial.fettle")
    for page in range(1, len(original) // storage.PAGE_SIZE):
        at = page * storage.PAGE_SIZE + 100
        damaged = original[:at] + SCRIBBLE + original[at + len(SCRIBBLE) :]
        trial.write_bytes(damaged)
        try:
            Journal.open(trial, PASSPHRASE).lock()
        except JournalCorrupt:
            trial.unlink()
            path.write_bytes(damaged)
            return damaged
    raise AssertionError("no page stops the journal from opening")


@pytest.fixture
def screen(qtbot):
    widget = UnlockScreen(TaskRunner())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _restore_dialog_for(qtbot, screen, passphrase: str = PASSPHRASE) -> RestoreDialog:
    qtbot.waitUntil(lambda: screen.restore_button.isVisible())
    screen.restore_button.click()
    qtbot.waitUntil(lambda: isinstance(screen.restore.dialog, RestorePassphraseDialog))
    prompt = screen.restore.dialog
    prompt.passphrase.setText(passphrase)
    prompt.continue_button.click()
    assert prompt.is_busy()  # the key is derived off the GUI thread
    qtbot.waitUntil(lambda: isinstance(screen.restore.dialog, RestoreDialog), timeout=20_000)
    dialog = screen.restore.dialog
    qtbot.waitUntil(lambda: dialog.chosen() is not None and dialog.restore_button.isEnabled())
    return dialog


def _confirm(qtbot, dialog: RestoreDialog) -> None:
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.confirm_box is not None)
    dialog.confirm_button.click()


def test_a_damaged_journal_is_restored_from_the_unlock_screen(qtbot, tmp_path):
    path, made = _journal_with_backup(tmp_path)
    damaged = _scribble_until_it_will_not_open(path)
    window, ctx = build(qtbot, tmp_path)
    ctx.set_journal_path(path)
    window.show()
    window.start()
    screen = window.unlock
    qtbot.waitUntil(
        lambda: not screen.is_busy() and not screen.is_checking(), timeout=KEYSTORE_WAIT_MS
    )
    assert not screen.restore_button.isVisible()  # the header is fine: nothing to offer yet
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: screen.restore_button.isVisible(), timeout=20_000)
    assert "damaged" in screen.message_text()
    assert not screen.passphrase.isVisible() and screen.passphrase.text() == ""

    dialog = _restore_dialog_for(qtbot, screen)
    assert dialog.chosen().path == made and dialog.chosen().entry_count == 43
    assert "damaged file is kept" in dialog.intro.text()
    with qtbot.waitSignal(window.journal_unlocked, timeout=20_000):
        _confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: window.page.entry_model.rowCount() > 0)
    assert window.stack.currentWidget() is window.page
    assert window.journal().entries.count() == 43

    kept = [p for p in (tmp_path / "backups").iterdir() if "before-restore" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # the damaged file, as it was
    box = screen.restore.dialog
    assert box is not None and "restored" in box.text() and kept[0].name in box.text()
    box.close()


def test_a_wrong_passphrase_for_the_backups_is_said_inline(qtbot, screen, tmp_path):
    path, _made = _journal_with_backup(tmp_path)
    _scribble_until_it_will_not_open(path)
    screen.set_path(path, use_remembered=False)
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: screen.restore_button.isVisible(), timeout=20_000)
    screen.restore_button.click()
    qtbot.waitUntil(lambda: isinstance(screen.restore.dialog, RestorePassphraseDialog))
    prompt = screen.restore.dialog
    prompt.passphrase.setText("not the passphrase")
    prompt.continue_button.click()
    qtbot.waitUntil(lambda: prompt.message.isVisible() and not prompt.is_busy(), timeout=20_000)
    assert "does not open any of these backups" in prompt.message.text()
    assert screen.restore.dialog is prompt and prompt.isVisible()  # try again
    prompt.reject()


def test_a_truncated_journal_offers_restore_without_asking_to_unlock(qtbot, screen, tmp_path):
    path, _made = _journal_with_backup(tmp_path, entries=0)
    path.write_bytes(path.read_bytes()[:100])  # cut short, even the header
    screen.set_path(path)
    assert screen.restore_button.isVisible() and not screen.passphrase.isVisible()
    assert "incomplete" in screen.message_text()
    dialog = _restore_dialog_for(qtbot, screen)
    with qtbot.waitSignal(screen.journal_opened, timeout=20_000) as opened:
        _confirm(qtbot, dialog)
    journal = opened.args[0]
    assert journal.entries.count() == 3 and journal.check() == []
    journal.lock()
    screen.restore.cancel()


def test_without_backups_it_says_where_it_looked(qtbot, screen, tmp_path):
    path, made = _journal_with_backup(tmp_path)
    shutil.rmtree(made.parent)
    path.write_bytes(path.read_bytes()[:100])
    screen.set_path(path)
    screen.restore_button.click()
    qtbot.waitUntil(lambda: screen.restore.dialog is not None)
    box = screen.restore.dialog
    assert "No backups" in box.text() and str(tmp_path / "backups") in box.text()
    box.close()
    assert path.read_bytes() and len(path.read_bytes()) == 100  # nothing was changed


def test_choosing_another_file_closes_the_restore(qtbot, screen, tmp_path):
    path, _made = _journal_with_backup(tmp_path)
    path.write_bytes(path.read_bytes()[:100])
    screen.set_path(path)
    screen.restore_button.click()
    qtbot.waitUntil(lambda: isinstance(screen.restore.dialog, RestorePassphraseDialog))
    prompt = screen.restore.dialog
    screen.set_path(make_journal(tmp_path / "other.fettle"), use_remembered=False)
    assert screen.restore.dialog is None and not prompt.isVisible()
    assert not screen.restore_button.isVisible() and screen.passphrase.isVisible()
