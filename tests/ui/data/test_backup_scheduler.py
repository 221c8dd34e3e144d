"""Automatic backups through the session and its one task runner, on real journals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from app import backup
from app.journal.journal import Journal
from app.models import Entry
from tests.support.session import open_session
from ui.backup_scheduler import BackupScheduler


def _backups(journal: Journal):
    return backup.list_backups(backup.default_folder(journal.path), journal.key)


def test_start_backs_up_a_journal_that_has_no_backup_and_it_opens(qtbot, runner, journal):
    scheduler = BackupScheduler(open_session(runner, journal))
    with qtbot.waitSignal(scheduler.backup_done, timeout=10_000) as done:
        scheduler.start()
    found = _backups(journal)
    assert [str(i.path) for i in found] == [done.args[0]]
    assert found[0].ok and found[0].entry_count == 3
    scheduler.stop()


def test_a_recent_backup_means_no_new_one_until_it_is_a_day_old(qtbot, runner, journal):
    backup.backup_now(journal)
    scheduler = BackupScheduler(open_session(runner, journal), check_interval_ms=20)
    with qtbot.assertNotEmitted(scheduler.backup_done):
        scheduler.start()
        qtbot.waitUntil(lambda: runner.is_idle() and not scheduler.is_busy())
    assert len(_backups(journal)) == 1
    scheduler.stop()
    backup.backup_now(journal, now=dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    for info in _backups(journal)[:1]:  # leave only the old one
        info.path.unlink()
    with qtbot.waitSignal(scheduler.backup_done, timeout=10_000):
        scheduler.start()
    assert len(_backups(journal)) == 2


def test_the_timer_checks_again_while_the_app_stays_open(qtbot, runner, journal):
    scheduler = BackupScheduler(
        open_session(runner, journal), check_interval_ms=30, max_age=dt.timedelta(0)
    )
    scheduler.start()
    with qtbot.waitSignals([scheduler.backup_done] * 3, timeout=20_000):
        pass
    scheduler.stop()
    qtbot.waitUntil(runner.is_idle)
    assert 3 <= len(_backups(journal)) <= 10  # rotated at backup_keep


def test_failure_is_one_quiet_message_and_no_dialog(qtbot, runner, journal, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    journal.settings.set("backup_folder", str(blocker / "backups"))
    scheduler = BackupScheduler(open_session(runner, journal))
    with qtbot.waitSignal(scheduler.backup_failed, timeout=10_000) as failed:
        scheduler.start()
    message = failed.args[0]
    assert message and "Error" not in message and "Traceback" not in message
    assert QApplication.activeModalWidget() is None
    assert scheduler.is_running()  # it tries again at the next check, not in a loop
    scheduler.stop()


def _close(qtbot, runner, scheduler, session, journal) -> int:
    path, key = journal.path, journal.key
    assert scheduler.backup_on_close()  # as the data menu does while the journal locks
    session.lock("quit")
    qtbot.waitUntil(runner.is_idle)
    assert journal.is_locked
    assert not scheduler.is_running()
    return len(backup.list_backups(backup.default_folder(path), key))


def test_close_backs_up_when_something_changed_since_the_last_backup(qtbot, runner, journal):
    backup.backup_now(journal)  # recent, so opening makes none
    session = open_session(runner, journal)
    scheduler = BackupScheduler(session)
    scheduler.start()
    qtbot.waitUntil(lambda: runner.is_idle() and not scheduler.is_busy())
    session.run(lambda j: j.entries.add(Entry("note", dt.date(2026, 5, 1), "Late")))
    assert _close(qtbot, runner, scheduler, session, journal) == 2


def test_close_makes_no_backup_when_nothing_changed(qtbot, runner, journal):
    session = open_session(runner, journal)
    scheduler = BackupScheduler(session)
    with qtbot.waitSignal(scheduler.backup_done, timeout=10_000):
        scheduler.start()
    assert _close(qtbot, runner, scheduler, session, journal) == 1


def test_stop_forgets_the_journal_and_late_results_are_dropped(qtbot, runner, journal):
    scheduler = BackupScheduler(open_session(runner, journal))
    with qtbot.assertNotEmitted(scheduler.backup_done):
        scheduler.start()
        scheduler.stop()
        qtbot.waitUntil(runner.is_idle)
    assert not scheduler.backup_on_close()  # nothing to back up once stopped


def test_a_lock_stops_the_schedule_and_drops_a_backup_on_its_way(qtbot, runner, journal):
    session = open_session(runner, journal)
    scheduler = BackupScheduler(session, check_interval_ms=20, max_age=dt.timedelta(0))
    with qtbot.assertNotEmitted(scheduler.backup_done):
        scheduler.start()
        assert scheduler.is_busy()
        session.lock()
        qtbot.waitUntil(runner.is_idle)
    assert not scheduler.is_running() and not scheduler.is_busy()
    assert not scheduler.backup_on_close()
