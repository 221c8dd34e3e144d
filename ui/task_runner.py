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

Calls to the system keystore never go through that queue: a locked keystore can
wait without end on an unlock prompt, and every journal job would wait behind it.
They go to ``runner.keystore`` (a ``KeystoreRunner``): a thread of their own, and a
deadline after which the caller hears ``KeystoreNoAnswer`` and carries on.

Both runners share one base (``_Callbacks``) for the ids, the callbacks and their
delivery; they differ only in the thread the work runs on and the deadline.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from app.usecases import KeystoreNoAnswer

if TYPE_CHECKING:
    import queue

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Callbacks(QObject):
    """The bookkeeping both runners share: ids, each id's callbacks, delivery on the GUI
    thread, and ``idle_changed``. Subclasses decide where work runs and whether it has a
    deadline; they hand answers back through ``finished`` / ``failed`` (emitted from any
    thread, delivered queued on the GUI thread).

    Signals:
        finished(int, object): an id and its return value (internal).
        failed(int, object): an id and the exception it raised (internal).
        idle_changed(bool): False when work is submitted to an idle runner; True when the
            last outstanding piece of work has been delivered.
    """

    finished = Signal(int, object)
    failed = Signal(int, object)
    idle_changed = Signal(bool)

    _what = "background job"  # for the log when nobody listens for a failure

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callbacks: dict[int, tuple[Callback | None, Callback | None]] = {}
        self._waiting: set[int] = set()  # submitted, not yet delivered (or expired)
        self._waiting_lock = threading.Lock()  # a worker thread may read _waiting too
        self._next_id = 0
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)

    def _register(self, on_done: Callback | None, on_error: Callback | None) -> int:
        """A new id with its callbacks; ``idle_changed(False)`` if it is the first."""
        with self._waiting_lock:
            self._next_id += 1
            call_id = self._next_id
            self._callbacks[call_id] = (on_done, on_error)
            self._waiting.add(call_id)
            first = len(self._waiting) == 1
        if first:
            self.idle_changed.emit(False)
        return call_id

    def invalidate(self) -> None:
        """Forget the callbacks of everything submitted so far (the work still runs)."""
        for call_id in self._callbacks:
            self._callbacks[call_id] = (None, None)

    def is_idle(self) -> bool:
        """Nothing is waiting for delivery (work past its deadline does not count)."""
        with self._waiting_lock:
            return not self._waiting

    def _is_waiting(self, call_id: int) -> bool:
        with self._waiting_lock:
            return call_id in self._waiting

    def _take(self, call_id: int) -> tuple[Callback | None, Callback | None] | None:
        """The callbacks if ``call_id`` was still waiting (else it already expired)."""
        with self._waiting_lock:
            if call_id not in self._waiting:
                return None
            self._waiting.discard(call_id)
        return self._callbacks.pop(call_id, (None, None))

    def _deliver(self, call_id: int, index: int, value: Any) -> None:
        """Call callback ``index`` (0: done, 1: error) with ``value``; then maybe idle."""
        callbacks = self._take(call_id)
        if callbacks is None:
            return  # answered after its deadline: the caller has moved on
        try:
            if callbacks[index] is not None:
                callbacks[index](value)
            elif index == 1:
                log.warning("%s failed: %s", self._what, type(value).__name__)
        finally:
            if self.is_idle():
                self.idle_changed.emit(True)

    @Slot(int, object)
    def _on_finished(self, call_id: int, result: Any) -> None:
        self._deliver(call_id, 0, result)

    @Slot(int, object)
    def _on_failed(self, call_id: int, exc: BaseException) -> None:
        self._deliver(call_id, 1, exc)


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
            self._runner.failed.emit(self._id, exc)
        else:
            self._runner.finished.emit(self._id, result)
        finally:
            self._fn = None  # type: ignore[assignment]  drop closures (keys, text) early


class TaskRunner(_Callbacks):
    """Journal work on one worker thread, in the order submitted (see the module)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the one worker thread alive
        self.keystore = KeystoreRunner(self)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> int:
        """Run ``fn()`` on the worker; ``on_done(result)`` or ``on_error(exc)`` on the GUI
        thread. Returns the job id."""
        job_id = self._register(on_done, on_error)
        self._pool.start(_Job(self, job_id, fn))
        return job_id

    def invalidate(self) -> None:
        """Drop the callbacks of every job submitted so far, keystore calls included
        (they still run)."""
        super().invalidate()
        self.keystore.invalidate()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (shutdown only; callbacks are not delivered)."""
        return self._pool.waitForDone(msecs)


class KeystoreRunner(_Callbacks):
    """Run calls to the system keystore on their own thread, each with a deadline.

    The keystore is outside Fettle and may never answer (a locked store waits on an
    unlock prompt that may not be visible), so its calls must not share the journal's
    worker. One thread runs them in the order they were submitted, so a "remember"
    and a "forget" never race. If a call has not answered ``timeout_ms`` after it was
    submitted, its ``on_error`` gets ``KeystoreNoAnswer`` on the GUI thread and a late
    answer is dropped; a call that had not even started by then is skipped, so
    nothing happens behind the back of a user who was told it did not.

    The thread is a daemon and is never waited for: a call that never returns cannot
    keep the app from quitting. ``is_busy()`` says whether one is still running, so
    the app can end its process without finalising Python around it (see
    ``ui.main.run_app``).
    """

    DEFAULT_TIMEOUT_MS = 20_000  # long enough to type a keyring password into a prompt
    _what = "keystore call"

    def __init__(self, parent: QObject | None = None, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        # made with the thread, at the first call: the first is asked once the unlock screen
        # has been painted, and ``queue`` held that paint back (issue 19)
        self._calls: queue.SimpleQueue[tuple[int, Callable[[], Any]]] | None = None
        self._thread: threading.Thread | None = None
        self._unfinished = 0  # submitted calls not yet run (or skipped) on the thread
        self._unfinished_lock = threading.Lock()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> int:
        """Run ``fn()`` on the keystore thread; ``on_done(result)``, or ``on_error(exc)``
        with ``KeystoreNoAnswer`` after the deadline, on the GUI thread. Returns the id."""
        call_id = self._register(on_done, on_error)
        with self._unfinished_lock:
            self._unfinished += 1
        if self._thread is None:
            import queue

            self._calls = queue.SimpleQueue()
            self._thread = threading.Thread(target=self._work, name="fettle-keystore", daemon=True)
            self._thread.start()
        self._calls.put((call_id, fn))
        QTimer.singleShot(self.timeout_ms, self, lambda: self._on_deadline(call_id))
        return call_id

    def _work(self) -> None:
        """The keystore thread: run calls in order."""
        while True:
            call_id, fn = self._calls.get()
            try:
                self._run(call_id, fn)
            finally:
                fn = None  # type: ignore[assignment]  no closure (or key) kept while idle
                with self._unfinished_lock:
                    self._unfinished -= 1

    def is_busy(self) -> bool:
        """A call is still running (or waiting to) on the keystore thread, answered or
        not: unlike ``is_idle``, a call past its deadline counts until it returns."""
        with self._unfinished_lock:
            return self._unfinished > 0

    def _run(self, call_id: int, fn: Callable[[], Any]) -> None:
        """Run one call unless it already missed its deadline; hand back what it gave."""
        if not self._is_waiting(call_id):
            return
        try:
            signal, value = self.finished, fn()
        except BaseException as exc:  # noqa: BLE001  delivered to the errback
            signal, value = self.failed, exc
        try:
            signal.emit(call_id, value)
        except RuntimeError:  # the app has quit and this object is gone
            pass

    def _on_deadline(self, call_id: int) -> None:
        if self._is_waiting(call_id):
            log.info("keystore: a call did not answer in %d ms", self.timeout_ms)
            self._deliver(call_id, 1, KeystoreNoAnswer(f"no answer in {self.timeout_ms} ms"))
