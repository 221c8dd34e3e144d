"""When the desktop app syncs, and what the status line says about it.

Syncs on open, on lock (queued before the journal closes, so the last edits go out)
and every ``INTERVAL_MS`` while the journal is open; also when asked ("Sync Now") and
when Preferences set syncing up. Every sync runs on the session's worker, never on the
GUI thread. A sync that brought changes tells every view through the session's
``changed`` broadcast, so the entry list and open views refresh.

The status says when and with which device, or what is wrong, in a few words; never
anything from an entry.

Signals:
    status_changed(str, str): the status line's text and its longer explanation.
    conflicts_changed(int): how many conflicts wait for the user.
    synced(object): a ``SyncReport`` (only after a sync that ran).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.sync.errors import SyncFolderMissing
from ui.core_text import core_message
from ui.messages import words
from ui.session import Change, Changes, Session

INTERVAL_MS = 5 * 60 * 1000
_KEY = "sync"


def sync_job(journal):
    """Worker: sync if this journal syncs; (report or None, status)."""
    from app.sync import conflicts, engine

    report = engine.sync_now(journal) if engine.is_set_up(journal) else None
    return report, conflicts.status(journal)


def sync_on_lock_job(journal) -> None:
    """Worker: the sync queued ahead of a lock. Nobody is there to read its result
    (the lock drops it), so a folder that is away is not worth a warning in the log:
    the changes go out at the next sync."""
    from app.sync.errors import SyncError

    try:
        sync_job(journal)
    except SyncError:
        pass


def status_job(journal):
    from app.sync import conflicts

    return conflicts.status(journal)


class SyncService(QObject):
    status_changed = Signal(str, str)
    conflicts_changed = Signal(int)
    synced = Signal(object)

    def __init__(
        self,
        session: Session,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._status = None  # the last SyncStatus read
        self._problem = ""
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.ticker = QTimer(self)  # "2 min ago" moves on
        self.ticker.setInterval(30_000)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._session.opened.connect(self._on_session_opened)
        self._session.locking.connect(self._on_session_locking)
        self._session.locked.connect(self._on_session_locked)
        self._session.changed.connect(self._on_session_changed)
        self.timer.timeout.connect(self.sync_now)
        self.ticker.timeout.connect(self._show)

    # -- when ------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Sync on the worker now (a sync already running is superseded); a journal
        that does not sync only has its status read."""
        self._running = bool(self._status is None or self._status.set_up)
        self._show()
        self._session.run(sync_job, self._on_synced, self._on_failed, key=_KEY)

    def _on_session_opened(self) -> None:
        self.timer.start()
        self.ticker.start()
        self._status = None
        self._problem = ""
        self.sync_now()

    def _on_session_locking(self, _reason: str) -> None:
        # queued ahead of the close: the last edits go out (its result is dropped)
        if self._status is not None and self._status.set_up:
            self._session.run(sync_on_lock_job)

    def _on_session_locked(self, _reason: str) -> None:
        self.timer.stop()
        self.ticker.stop()
        self._running = False
        self._status = None
        self.status_changed.emit("", "")
        self.conflicts_changed.emit(0)

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.origin is self or Change.SETTINGS not in changes:
            return
        was = self._status.set_up if self._status is not None else False
        self._session.run(status_job, lambda s: self._on_status_read(s, was), key=(_KEY, 1))

    def _on_status_read(self, status, was_set_up: bool) -> None:
        self._status = status
        if status.set_up and not was_set_up:  # just set up in Preferences
            self.sync_now()
        self._show()

    # -- results ---------------------------------------------------------------------

    def _on_synced(self, result) -> None:
        report, status = result
        self._running = False
        self._status = status
        self._problem = (
            " ".join(core_message(t) for t in dict.fromkeys([*report.notices, *report.problems]))
            if report is not None
            else ""
        )
        self._show()
        self.conflicts_changed.emit(status.conflicts)
        if report is not None:
            self.synced.emit(report)
            if report.received:  # the entry list and every open view refresh
                self._session.changed.emit(Changes(Change.EVERYTHING, self))

    def _on_failed(self, exc: BaseException) -> None:
        self._running = False
        if isinstance(exc, SyncFolderMissing):
            self.status_changed.emit(self.tr("Sync folder not found"), words(exc))
        else:
            self.status_changed.emit(self.tr("Sync did not finish"), words(exc))

    # -- words -----------------------------------------------------------------------

    def status(self):
        return self._status

    def _show(self) -> None:
        if self._running:
            self.status_changed.emit(self.tr("Syncing…"), "")
            return
        status = self._status
        if status is None or not status.set_up:
            self.status_changed.emit("", "")
            return
        text = self.synced_words(status.last_at, status.last_with)
        if self._problem:
            self.status_changed.emit(self.tr("%1 (see why)").replace("%1", text), self._problem)
        else:
            self.status_changed.emit(text, status.folder)

    def synced_words(self, last_at: str, last_with: str) -> str:
        """ "Synced 2 min ago with Desktop", "Synced just now", "Not synced yet"."""
        try:
            then = dt.datetime.fromisoformat(last_at).timestamp()
        except ValueError:
            return self.tr("Not synced yet")
        minutes = max(0, int(self._clock() - then) // 60)
        if minutes < 1:
            when = self.tr("just now")
        elif minutes < 60:
            when = self.tr("%n min ago", "", minutes)
        elif minutes < 48 * 60:
            when = self.tr("%n hours ago", "", minutes // 60)
        else:
            when = self.tr("%n days ago", "", minutes // (24 * 60))
        if not last_with:
            return self.tr("Synced %1").replace("%1", when)
        return self.tr("Synced %1 with %2").replace("%1", when).replace("%2", last_with)
