"""Run journal work off the GUI thread and bring the results back to it.

One long-lived ``TaskRunner`` per app. Jobs run one at a time on a
single-thread pool, in the order they were submitted, so database reads and
writes never race and a write submitted before a read is seen by it. Results
come back through a queued signal on this long-lived object (a fresh QObject
per job can be garbage-collected before its result is delivered), and the
callbacks run on the GUI thread.

``invalidate()`` forgets every callback of jobs already submitted: locking the
journal calls it so that a search or page that finishes afterwards cannot put
journal text back on the screen.

Signals:
    job_finished(int, object): a job's id and its return value (internal).
    job_failed(int, object): a job's id and the exception it raised (internal).
    idle_changed(bool): True when the last outstanding job has been delivered.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, job_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner = runner
        self._id = job_id
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001  delivered to the errback
            self._runner.job_failed.emit(self._id, exc)
        else:
            self._runner.job_finished.emit(self._id, result)
        finally:
            self._fn = None  # type: ignore[assignment]  drop closures (keys, text) early


class TaskRunner(QObject):
    job_finished = Signal(int, object)
    job_failed = Signal(int, object)
    idle_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the one worker thread alive
        self._callbacks: dict[int, tuple[Callback | None, Callback | None]] = {}
        self._outstanding = 0
        self._next_id = 0
        self._id_lock = threading.Lock()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.job_finished.connect(self._on_job_finished)
        self.job_failed.connect(self._on_job_failed)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> int:
        """Run ``fn()`` on the worker; ``on_done(result)`` or ``on_error(exc)`` on the GUI
        thread. Returns the job id."""
        with self._id_lock:
            self._next_id += 1
            job_id = self._next_id
        self._callbacks[job_id] = (on_done, on_error)
        self._outstanding += 1
        if self._outstanding == 1:
            self.idle_changed.emit(False)
        self._pool.start(_Job(self, job_id, fn))
        return job_id

    def invalidate(self) -> None:
        """Drop the callbacks of every job submitted so far (they still run)."""
        self._callbacks.clear()

    def is_idle(self) -> bool:
        return self._outstanding == 0

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (shutdown only; callbacks are not delivered)."""
        return self._pool.waitForDone(msecs)

    def _finish(self, job_id: int) -> tuple[Callback | None, Callback | None]:
        callbacks = self._callbacks.pop(job_id, (None, None))
        self._outstanding -= 1
        return callbacks

    @Slot(int, object)
    def _on_job_finished(self, job_id: int, result: Any) -> None:
        on_done, _ = self._finish(job_id)
        try:
            if on_done is not None:
                on_done(result)
        finally:
            if self._outstanding == 0:
                self.idle_changed.emit(True)

    @Slot(int, object)
    def _on_job_failed(self, job_id: int, exc: BaseException) -> None:
        _, on_error = self._finish(job_id)
        try:
            if on_error is not None:
                on_error(exc)
            else:
                log.warning("background job failed: %s", type(exc).__name__)
        finally:
            if self._outstanding == 0:
                self.idle_changed.emit(True)
