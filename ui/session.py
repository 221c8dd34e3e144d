"""The open journal and the work done on it, in one place (as Anki's collection and
operations are).

The ``Session`` is the only object in the GUI that holds the open ``Journal``. Windows,
models and dialogs never keep it: they ask the session to run work on it::

    session.run(lambda journal: journal.entries.get(entry_id), done, failed,
                key=self._load_key)

``job(journal)`` runs on the one task runner's worker (in the order submitted, so a
write is seen by every read after it), and ``done(result)`` or ``failed(exc)`` runs on
the GUI thread. Two rules are kept here and nowhere else:

* **Supersession.** A request made with the same ``key`` as an older one replaces it:
  the older one still runs (the worker cannot stop it half way) but its ``done`` and
  ``failed`` are never called. A search the user typed on from, a page of a filter no
  longer chosen, a chart for a period no longer shown: none can overwrite the newer.
* **Locking.** ``lock()`` drops every pending result, of every key, before the journal's
  connection is closed, so nothing still in flight can put journal text back on screen.

Writes say what they changed (``changes=Change.ENTRIES | Change.CATALOG``); once their
``done`` has run the session broadcasts ``changed``, and every view that shows that part
of the journal refreshes itself. Nobody reaches into another window to reload it.

Signals:
    opening(): a journal is about to become the session's (not open yet): what must
        hear ``opened`` and was left to build after the first paint is built now.
    opened(): a journal was opened (or the read-only copy of a damaged one).
    locking(str): the journal is about to close (the reason: "user", "idle", "restore"…).
        It is still open: the last edits may be queued now. Every window showing journal
        content closes itself (see ``close_on_lock``).
    locked(str): the journal is closed (its lock is queued behind any write in flight);
        every pending result has been dropped. Models empty themselves.
    changed(object): a ``Changes``: what a write changed, and who made it.
    purged(int): that many deleted entries' words left the search index (the idle purge).

A delete only queues its removal from the search index (issue 19); once the session has
been idle ``PURGE_IDLE_MS`` after a change to entries, the queue is purged on the worker
(any work submitted meanwhile postpones it). Locking purges whatever is left.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog

from app.frozen import Frozen

if TYPE_CHECKING:
    from app.journal.journal import Journal
    from ui.task_runner import KeystoreRunner, TaskRunner

Callback = Callable[[Any], None]


class Change(enum.Flag):
    """The parts of the journal a write can change (views refresh only what they show)."""

    NONE = 0
    ENTRIES = enum.auto()  # entries added, edited, deleted, restored or imported
    CATALOG = enum.auto()  # symptoms, tags and conditions
    TREATMENTS = enum.auto()  # treatments, doses and their schedules
    FACTORS = enum.auto()  # daily factors and experiments
    SETTINGS = enum.auto()  # the journal's own preferences
    RECORDS = enum.auto()  # the share log and appointments
    PROFILE = enum.auto()  # what the user asked never to share
    EVERYTHING = ENTRIES | CATALOG | TREATMENTS | FACTORS | SETTINGS | RECORDS | PROFILE


class Changes(Frozen):
    """What one write changed, and who asked for it (``origin``), so the asker, which
    has already shown its own change, can skip the broadcast."""

    what: Change
    origin: object = None

    def __contains__(self, part: Change) -> bool:
        return bool(self.what & part)


class Session(QObject):
    opening = Signal()
    opened = Signal()
    locking = Signal(str)
    locked = Signal(str)
    changed = Signal(object)
    purged = Signal(int)

    PURGE_IDLE_MS = 3000
    PURGE_BATCH = 50  # entries per idle purge (about 10 ms each), so other work waits little

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._journal: Journal | None = None
        self._latest: dict[Hashable, int] = {}  # key -> the one ticket still wanted
        self._tickets = 0
        self._purge_timer = QTimer(self)
        self._purge_timer.setSingleShot(True)
        self._purge_timer.setInterval(self.PURGE_IDLE_MS)
        self._purge_timer.timeout.connect(self._on_purge_timer_timeout)

    @property
    def keystore(self) -> KeystoreRunner:
        """Calls to the system keystore: a thread of their own, with a deadline."""
        return self.runner.keystore

    # -- opening and locking ---------------------------------------------------------------

    def is_open(self) -> bool:
        return self._journal is not None

    def journal(self) -> Journal | None:
        """The open journal, for tests (through ``MainWindow.journal()``). No window or
        helper uses it: their journal work goes through ``run`` (or, once the journal has
        closed, ``work`` and the core's use cases); ``is_open`` says whether one is open."""
        return self._journal

    def open(self, journal: Journal) -> None:
        """Take ``journal`` (opened on the worker) as the session's; ``opening`` comes
        first, then ``opened``."""
        self.opening.emit()
        self._journal = journal
        self.opened.emit()

    def lock(self, reason: str = "user") -> bool:
        """Close the journal: ``locking`` (still open), then every pending result is
        dropped and the connection's close is queued, then ``locked``. False if none
        was open."""
        if self._journal is None:
            return False
        self.locking.emit(reason)
        journal, self._journal = self._journal, None
        if journal is None:  # a locking handler locked it already
            return True
        self._purge_timer.stop()  # journal.lock purges
        self.drop_pending()
        self.runner.submit(journal.lock)
        self.locked.emit(reason)
        return True

    def drop_pending(self) -> None:
        """Forget the results of everything submitted so far (it still runs)."""
        self.runner.invalidate()
        self._latest.clear()

    def close_on_lock(self, dialog: QDialog) -> None:
        """``dialog``, and any dialog it opened (a file chooser, a print preview), closes
        when the journal starts to lock. The link goes when the dialog is deleted."""
        closer = _Closer(dialog)
        self.locking.connect(closer.close)

    # -- work ------------------------------------------------------------------------------

    def run(
        self,
        job: Callable[[Journal], Any],
        done: Callback | None = None,
        failed: Callback | None = None,
        *,
        key: Hashable | None = None,
        changes: Change = Change.NONE,
        origin: object = None,
    ) -> bool:
        """Run ``job(journal)`` on the worker; ``done(result)`` or ``failed(exc)`` on the
        GUI thread unless a newer request with the same ``key`` or a lock came first.
        A write names what it ``changes``: ``changed`` is broadcast after ``done``.
        Returns False (and runs nothing) when no journal is open."""
        journal = self._journal
        if journal is None:
            return False
        self._submit(lambda: job(journal), done, failed, key, changes, origin)
        return True

    def work(
        self,
        fn: Callable[[], Any],
        done: Callback | None = None,
        failed: Callback | None = None,
        *,
        key: Hashable | None = None,
    ) -> None:
        """Work that needs no open journal (opening one, making the demo), on the same
        worker and under the same supersession and lock rules as ``run``."""
        self._submit(fn, done, failed, key, Change.NONE, None)

    def report(self, what: Change, origin: object = None) -> None:
        """Broadcast a change made by code not yet on ``run`` (it wrote through
        ``journal()`` itself)."""
        if what and self._journal is not None:
            self.changed.emit(Changes(what, origin))

    def drop(self, key: Hashable) -> None:
        """Results still on their way for ``key`` are not delivered (nothing newer is
        asked for: a model was emptied)."""
        self._tickets += 1
        self._latest[key] = -self._tickets  # no request holds a negative ticket

    def _submit(
        self,
        fn: Callable[[], Any],
        done: Callback | None,
        failed: Callback | None,
        key: Hashable | None,
        changes: Change,
        origin: object,
    ) -> None:
        self._tickets += 1
        ticket = self._tickets
        if key is not None:
            self._latest[key] = ticket
        if self._purge_timer.isActive():
            self._purge_timer.start()  # busy: the purge waits for a quiet moment

        def wanted() -> bool:
            if key is None:
                return True
            if self._latest.get(key) != ticket:
                return False  # superseded, dropped or locked since
            del self._latest[key]
            return True

        def on_done(result: Any) -> None:
            current = wanted()
            try:
                if current and done is not None:
                    done(result)
            finally:
                if changes:  # the write happened, whoever still waits for its result
                    self.changed.emit(Changes(changes, origin))
                if changes & Change.ENTRIES:
                    self._purge_timer.start()  # a delete may have queued a purge

        def on_failed(exc: BaseException) -> None:
            if wanted() and failed is not None:
                failed(exc)

        self.runner.submit(fn, on_done, on_failed)

    @Slot()
    def _on_purge_timer_timeout(self) -> None:
        self.run(
            lambda journal: journal.purge_deleted(self.PURGE_BATCH),
            self._on_purge_done,
            key=_PURGE,
        )

    def _on_purge_done(self, count: int) -> None:
        if count:
            self.purged.emit(count)
        if count == self.PURGE_BATCH:
            self._purge_timer.start()  # more queued: the next quiet moment takes them


_PURGE = object()  # the idle purge's key: a newer one supersedes one still queued


class _Closer(QObject):
    """Closes its parent dialog (and the dialogs it opened) on ``Session.locking``; a
    child of the dialog, so the connection dies with it."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    @Slot(str)
    def close(self, _reason: str = "") -> None:
        for child in self._dialog.findChildren(QDialog):
            child.reject()
        self._dialog.reject()
