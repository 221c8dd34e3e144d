"""Walk a window's Tab chain with real key presses and judge it (tests/ui/test_tab_chains.py).

A chain passes when Tab comes back round to where it started (no trap), Shift+Tab
walks the same stops backwards, every stop is a visible, enabled widget that takes
Tab focus, every such widget of the window is a stop, no widget takes two stops,
and each stop reads after the one before: further down, further right in the same
row, or in a column further right."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

SLACK = 4  # pixels: widgets in one row are not always aligned to the pixel


def describe(w: QWidget | None) -> str:
    if w is None:
        return "None"
    name = w.accessibleName() or w.objectName() or getattr(w, "text", lambda: "")()
    return f"{type(w).__name__}({name!r})"


def walk(
    qtbot, window: QWidget, first: QWidget, *, backwards: bool = False, limit: int = 150
) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from ``first`` until focus comes back to it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    stops = [first]
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        now = QApplication.focusWidget()
        if now is first:
            return stops
        stops.append(now)
    raise AssertionError(
        "Tab never came back round (a keyboard trap): "
        + " → ".join(describe(w) for w in stops[-8:])
    )


def rect_of(w: QWidget, window: QWidget) -> QRect:
    return QRect(w.mapTo(window, QPoint(0, 0)), w.size())


def reads_after(a: QRect, b: QRect) -> bool:
    """``b`` comes after ``a`` in reading order: below it, right of it in its row, or
    in a column further right."""
    below = b.top() >= a.bottom() - SLACK
    same_row = b.top() < a.bottom() - SLACK and a.top() < b.bottom() - SLACK
    return below or (same_row and b.left() >= a.left()) or b.left() >= a.right() - SLACK


def focusable(window: QWidget) -> list[QWidget]:
    """The widgets Tab should reach: visible, enabled, taking Tab focus, no proxy."""
    found = []
    for w in window.findChildren(QWidget):
        if (
            w.window() is window
            and w.isVisible()
            and w.isEnabled()
            and w.focusProxy() is None
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not _inside_scroll_machinery(w)
        ):
            found.append(w)
    return found


def _inside_scroll_machinery(w: QWidget) -> bool:
    parent = w.parentWidget()
    return (
        isinstance(parent, QWidget)
        and parent.objectName() in ("qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer")
        or (isinstance(parent, QAbstractScrollArea) and w is parent.viewport())
    )


def check_chain(
    qtbot, window: QWidget, first: QWidget, *, not_stops=(), out_of_order=()
) -> list[QWidget]:
    """Walk from ``first`` and assert everything the module docstring says; the stops.

    ``not_stops``: widgets allowed to be left out (each with its reason in the test);
    ``out_of_order``: (before, after) pairs allowed to break reading order."""
    stops = walk(qtbot, window, first)
    names = " → ".join(describe(w) for w in stops)
    assert len(set(stops)) == len(stops), "a widget takes more than one Tab stop: " + names
    for w in stops:
        assert w.window() is window, f"Tab left the window at {describe(w)}"
        assert w.isVisible() and w.isEnabled(), f"hidden or disabled stop {describe(w)}"
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{describe(w)} takes no Tab focus"
    missed = [w for w in focusable(window) if w not in stops and w not in not_stops]
    assert not missed, "Tab never reaches " + ", ".join(describe(w) for w in missed)
    for a, b in zip(stops, stops[1:]):
        if (a, b) in out_of_order:
            continue
        assert reads_after(rect_of(a, window), rect_of(b, window)), (
            f"{describe(b)} is before {describe(a)} on screen but after it in Tab order: " + names
        )
    back = walk(qtbot, window, first, backwards=True)
    assert back == [first, *reversed(stops[1:])], "Shift+Tab does not walk back the same way"
    return stops
