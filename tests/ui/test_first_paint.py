"""``after_first_paint``: start-up work that the first screen does not need waits until
that screen has been drawn (issue 19), and then runs once. (The whole start is in
tests/ui/shell/test_start_loads_no_sharing.py.)"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.first_paint import after_first_paint


class Canvas(QWidget):
    """Notes each paint in a shared log."""

    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self._log = log

    def paintEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        self._log.append("painted")
        super().paintEvent(event)


def test_the_work_runs_after_the_first_paint(qtbot) -> None:
    log: list[str] = []
    canvas = Canvas(log)
    qtbot.addWidget(canvas)
    canvas.resize(200, 100)
    canvas.show()
    after_first_paint(canvas, lambda: log.append("work"))
    assert log == []  # not before the event loop has drawn the window
    qtbot.waitUntil(lambda: "work" in log)
    assert log[0] == "painted"
    assert log.count("work") == 1


def test_a_window_still_being_built_counts_from_its_first_paint(qtbot) -> None:
    log: list[str] = []
    canvas = Canvas(log)
    qtbot.addWidget(canvas)
    after_first_paint(canvas, lambda: log.append("work"))  # as a window's constructor does
    canvas.show()
    qtbot.waitUntil(lambda: "work" in log)
    assert log[0] == "painted"


def test_work_for_one_window_runs_in_order_and_a_failure_stops_none(qtbot) -> None:
    """The main window gives five pieces of work; they share one event filter (each
    Python filter sees every event the window gets while it is built), run in the order
    given, and one that fails does not keep the rest from running."""
    from PySide6.QtCore import QObject

    log: list[str] = []
    canvas = Canvas(log)
    qtbot.addWidget(canvas)

    def fails() -> None:
        raise RuntimeError("a deferred piece of work failed")

    after_first_paint(canvas, lambda: log.append("first"))
    after_first_paint(canvas, fails)
    after_first_paint(canvas, lambda: log.append("last"))
    assert len(canvas.findChildren(QObject, "fettleFirstPaint")) == 1
    with qtbot.captureExceptions() as failures:
        canvas.show()
        qtbot.waitUntil(lambda: "last" in log)
    assert [x for x in log if x != "painted"] == ["first", "last"]
    assert log[0] == "painted"
    assert [type(f[1]) for f in failures] == [RuntimeError]
