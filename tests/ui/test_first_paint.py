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
