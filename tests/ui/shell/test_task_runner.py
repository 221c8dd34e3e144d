"""The task runner: results come back on the GUI thread, in order, and none is lost."""

from __future__ import annotations

import threading

from ui.task_runner import TaskRunner


def test_results_arrive_in_order_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: list[tuple[int, bool]] = []
    for i in range(60):
        runner.submit(
            lambda i=i: (i, threading.get_ident() != gui),
            lambda r: seen.append((r[0], r[1] and threading.get_ident() == gui)),
        )
    qtbot.waitUntil(lambda: len(seen) == 60 and runner.is_idle())
    assert seen == [(i, True) for i in range(60)]  # every one, worker-run, GUI-delivered


def test_an_error_goes_to_the_errback(qtbot):
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.submit(lambda: 1 / 0, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


def test_invalidate_drops_results_of_jobs_already_submitted(qtbot):
    runner = TaskRunner()
    gate = threading.Event()
    stale: list[object] = []
    fresh: list[object] = []
    runner.submit(lambda: gate.wait(10) and "old text", stale.append)
    runner.invalidate()  # e.g. the journal was locked meanwhile
    runner.submit(lambda: "new", fresh.append)
    gate.set()
    with qtbot.waitSignal(runner.idle_changed, check_params_cb=lambda idle: idle):
        pass
    assert stale == [] and fresh == ["new"]
