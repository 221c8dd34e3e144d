"""Windows that fit the screen they open on.

A window sized in fixed pixels is cut off on a small laptop (1024×600) or when the
desktop is scaled (1366×768 at 150 % leaves 910×512 logical pixels): the status bar, or
a dialog's OK and Cancel, end up below the screen. So windows ask for the size they
would like and get at most what the screen has free (``QScreen.availableGeometry``),
less room for the window frame, which ``resize`` does not count.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The title bar and borders a window manager adds around the client area.
FRAME = QSize(16, 48)


def available_area(widget: QWidget) -> QRect:
    """The free part of the screen the widget is on (or will open on: its parent's)."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def largest_size(widget: QWidget) -> QSize:
    """The largest client size whose frame still fits on the screen."""
    area = available_area(widget)
    return QSize(max(200, area.width() - FRAME.width()), max(150, area.height() - FRAME.height()))


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize to ``width`` × ``height``, or less where the screen is smaller; a top-level
    window without a parent is also placed on the screen. Returns the size given."""
    room = largest_size(widget)
    size = QSize(min(width, room.width()), min(height, room.height()))
    widget.resize(size)
    if widget.parentWidget() is None:
        keep_on_screen(widget)
    return size


def keep_on_screen(widget: QWidget) -> None:
    """Shrink and move a window (say, one whose size was restored from a larger monitor)
    until all of it, frame included, is on the screen."""
    area = available_area(widget)
    room = largest_size(widget)
    if widget.width() > room.width() or widget.height() > room.height():
        widget.resize(min(widget.width(), room.width()), min(widget.height(), room.height()))
    x = min(max(widget.x(), area.left()), area.right() - widget.width() - FRAME.width() + 1)
    y = min(max(widget.y(), area.top()), area.bottom() - widget.height() - FRAME.height() + 1)
    widget.move(max(area.left(), x), max(area.top(), y))
