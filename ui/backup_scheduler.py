"""Automatic encrypted backups while the app is open, and one on close.

Every backup runs through the session on the task runner's single worker, behind
any save already queued, so it copies what the user has written; a lock drops the
result of one still on its way and stops the schedule. Once a day is decided by the
core (``backup.needs_backup``): the timer only asks now and then. On close a
backup is made when anything changed since the last one (the connection's
``total_changes``), or when the last one is a day old. Failures are
reported once through ``backup_failed`` for the status bar; the next try is the
next check, never a loop of dialogs.

Signals:
    backup_done(str): a backup was written and verified (its path).
    backup_failed(str): a backup could not be made (plain words for the status bar).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app import backup

from .messages import words

if TYPE_CHECKING:
    from app.journal.journal import Journal

    from .session import Session

HOUR_MS = 60 * 60 * 1000


class BackupScheduler(QObject):
    backup_done = Signal(str)
    backup_failed = Signal(str)

    def __init__(
        self,
        session: Session,
        *,
        check_interval_ms: int = HOUR_MS,
        max_age: dt.timedelta = dt.timedelta(days=1),
        parent: QObject | None = None,
    ) -> None:
        """``max_age``: back up when the newest backup is older than this."""
        super().__init__(parent)
        self._session = session
        self._max_age = max_age
        self._watching = False  # started on the open journal, not stopped since
        self._changes: int | None = None  # the journal's total_changes at the last backup
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)
        self._session.locked.connect(self._on_session_locked)

    # -- lifecycle -------------------------------------------------------------

    def start(self) -> None:
        """Watch the session's open journal: check now, then every interval."""
        self._watching = True
        self._busy = False
        self._changes = None
        self._timer.start()
        self._submit(self._max_age)

    def stop(self) -> None:
        """Stop the schedule; a backup still on its way is not reported."""
        self._timer.stop()
        self._session.drop((self, "backup"))
        self._watching = False
        self._busy = False
        self._changes = None

    def _on_session_locked(self, _reason: str) -> None:
        self.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def is_busy(self) -> bool:
        return self._busy

    # -- backups -----------------------------------------------------------------

    def backup_now(self) -> bool:
        """A backup whatever the age of the last one (the menu's "Back up now")."""
        return self._submit(None, force=True)

    def backup_on_close(self) -> bool:
        """Queue a backup before the journal is locked for good.

        Call it after the editor's last edits were sent to the runner and before the
        lock is submitted; the job then copies everything. Its result is not shown
        (the window is going); a failure leaves the earlier backups as they were."""
        watching, self._watching = self._watching, False
        self._timer.stop()
        if not watching:
            return False
        max_age, changes = self._max_age, self._changes
        return self._session.run(lambda journal: _backup_if_due(journal, max_age, changes))

    def _on_timer_timeout(self) -> None:
        self._submit(self._max_age)

    def _submit(self, max_age: dt.timedelta | None, *, force: bool = False) -> bool:
        if not self._watching or (self._busy and not force):
            return False
        self._busy = self._session.run(
            lambda journal: _backup_if_due(journal, max_age),
            self._on_job_done,
            self._on_job_failed,
            key=(self, "backup"),  # "Back up now" supersedes a check still on its way
        )
        return self._busy

    def _on_job_done(self, result) -> None:
        self._busy = False
        path, changes = result
        if path is not None or self._changes is None:
            self._changes = changes
        if path is not None:
            self.backup_done.emit(str(path))

    def _on_job_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.backup_failed.emit(words(exc))


def _backup_if_due(
    journal: Journal, max_age: dt.timedelta | None, changes: int | None = -1
) -> tuple[object, int]:
    """Worker side: (the new backup's path, or None when none was due; the journal's
    change counter after it). ``changes``: back up anyway if the counter moved
    since then (-1: ignore changes; None: unknown, so back up)."""
    moved = changes is None or (changes != -1 and journal.db.total_changes != changes)
    if max_age is not None and not moved and not backup.needs_backup(journal, max_age=max_age):
        return None, journal.db.total_changes
    path = backup.backup_now(journal)
    return path, journal.db.total_changes
