"""A damaged journal: the plain-words dialog, restoring the newest good backup, and
opening read-only, on a real file with a scribbled page."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from app import backup
from app.backup import BackupInfo, DamageReport
from app.journal import storage
from app.journal.journal import Journal
from tests.support.shell import KEYSTORE_WAIT_MS, OFFSCREEN_NOISE, PASSPHRASE, build, make_journal
from ui.unlock.damaged_journal import READ_ONLY, RESTORE, DamagedJournalDialog

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _report(tmp_path: Path, *, opened=True, newest=True) -> DamageReport:
    info = BackupInfo(
        tmp_path / "b.fettle", dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC), 4096, 120, True
    )
    return DamageReport(
        tmp_path / "j.fettle",
        opened,
        ["*** in database main ***\nPage 7: btreeInitPage() returns error code 11"],
        100 if opened else 0,
        120 if opened else None,
        info if newest else None,
    )


def test_dialog_explains_in_plain_words_and_keeps_jargon_in_details(qtbot, tmp_path):
    dialog = DamagedJournalDialog(_report(tmp_path))
    qtbot.addWidget(dialog)
    shown = " ".join(
        w.text() for w in (dialog.heading, dialog.explanation, dialog.summary, dialog.advice)
    )
    assert "100 of your 120 entries" in shown and "14 Mar 2026" in shown
    assert "kept in the backup folder" in shown
    for jargon in ("btree", "Page 7", "integrity", "pragma", "cipher"):
        assert jargon.lower() not in shown.lower()
    assert "btreeInitPage" in dialog.details.toPlainText()
    assert not dialog.details.isVisibleTo(dialog)
    dialog.details_button.click()
    assert dialog.details.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.accepted):
        dialog.restore_button.click()
    assert dialog.choice() == RESTORE


def test_dialog_offers_only_what_is_possible(qtbot, tmp_path):
    nothing = DamagedJournalDialog(_report(tmp_path, opened=False, newest=False))
    qtbot.addWidget(nothing)
    assert nothing.restore_button is None and nothing.read_only_button is None
    assert nothing.close_button.text() == "Close"
    assert "could not read any of it" in nothing.summary.text()
    read_only = DamagedJournalDialog(_report(tmp_path, newest=False))
    qtbot.addWidget(read_only)
    assert read_only.restore_button is None
    with qtbot.waitSignal(read_only.accepted):
        read_only.read_only_button.click()
    assert read_only.choice() == READ_ONLY


# -- a real damaged file in the main window -------------------------------------------------


def _damage(path: Path) -> None:
    """Scribble over a page in the middle, as a failing disk would."""
    page = (path.stat().st_size // storage.PAGE_SIZE) // 2
    with open(path, "r+b") as fh:
        fh.seek(page * storage.PAGE_SIZE + 100)
        fh.write(os.urandom(512))


@pytest.fixture
def damaged(tmp_path) -> tuple[Path, Path]:
    path = make_journal(tmp_path / "j.fettle", entries=400)
    with Journal.open(path, PASSPHRASE) as j:
        good = backup.backup_now(j)
    _damage(path)
    return path, good


def _unlock_damaged(qtbot, tmp_path, path):
    window, ctx = build(qtbot, tmp_path)
    data = window.data_menu
    ctx.set_journal_path(path)
    window.show()
    window.start()
    qtbot.waitUntil(
        lambda: not window.unlock.is_busy() and not window.unlock.is_checking(),
        timeout=KEYSTORE_WAIT_MS,
    )
    window.unlock.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(data.damage_found, timeout=20_000) as found:
        window.unlock.unlock_button.click()
    qtbot.waitUntil(
        lambda: isinstance(data.dialog, DamagedJournalDialog) and data.dialog.isVisible()
    )
    return window, ctx, data, found.args[0]


def test_damage_on_unlock_offers_the_newest_good_backup_and_restores_it(qtbot, tmp_path, damaged):
    path, good = damaged
    before = path.read_bytes()
    window, ctx, data, report = _unlock_damaged(qtbot, tmp_path, path)
    assert report.newest_backup is not None and report.newest_backup.path == good
    assert window.journal() is None  # closed while the user decides
    assert not data.scheduler.is_running()  # no backup of a damaged file over good ones
    dialog = data.dialog
    with (
        qtbot.waitSignal(data.restored, timeout=20_000) as restored,
        qtbot.waitSignal(window.journal_unlocked, timeout=20_000),
    ):
        dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.page.entry_model.rowCount() > 0)
    assert Path(restored.args[0]).read_bytes() == before  # the damaged file is kept
    journal = window.journal()
    counts: list = []
    ctx.runner.submit(lambda: (journal.check(), journal.entries.count()), counts.append)
    qtbot.waitUntil(lambda: counts != [])
    assert counts == [([], 403)]
    assert "Restored the backup" in window.statusBar().currentMessage()


def test_damage_on_unlock_can_be_opened_read_only(qtbot, tmp_path, damaged):
    path, _good = damaged
    before = path.read_bytes()
    window, _ctx, data, _report = _unlock_damaged(qtbot, tmp_path, path)
    with qtbot.waitSignal(window.journal_unlocked, timeout=20_000):
        data.dialog.read_only_button.click()
    assert window.journal() is not None and data.is_read_only
    assert "read-only" in window.statusBar().currentMessage()
    assert data.export.isEnabled() and not data.import_.isEnabled()
    assert not data.back_up.isEnabled() and not data.scheduler.is_running()
    window.close()
    assert path.read_bytes() == before  # read-only means untouched
