"""Clear the clipboard when it still holds journal text that Fettle put there.

Keeps only a hash of what we copied, never the text, so the guard itself holds
nothing readable. Covers the X11/Wayland primary selection too (text merely
selected in the editor lands there), and marks our own copies with the hint
clipboard managers (Klipper, GPaste and others) read to keep them out of their
on-disk history. Locking calls ``clear_if_ours``; sharing can copy with a timer
(``copy(text, clear_after_s=60)``) so a post does not sit on the clipboard.

Signals:
    clipboard_cleared(): we emptied the clipboard because it held our text.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication


def _digest(text: str) -> bytes:
    import hashlib  # with the first copy: OpenSSL held the first paint back (issue 19)

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    clipboard_cleared = Signal()

    def __init__(self, clipboard: QClipboard | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._ours: set[bytes] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        app = QGuiApplication.instance()
        if app is not None:
            # Quitting clears what we copied, as locking does. It also matters to Qt:
            # mime data made in Python and still on the clipboard when the
            # application is destroyed crashes PySide6 6.11 at exit.
            app.aboutToQuit.connect(self.clear_if_ours)

    def copy(self, text: str, clear_after_s: int | None = None) -> None:
        data = QMimeData()
        data.setText(text)
        data.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
        self._clipboard.setMimeData(data)
        self.note_copied(text)
        if clear_after_s:
            self._timer.start(clear_after_s * 1000)

    def note_copied(self, text: str) -> None:
        """Remember text a widget copied by itself (Ctrl+C in an editor)."""
        if text:
            self._ours.add(_digest(text))

    def holds_ours(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        text = self._clipboard.text(mode)
        return bool(text) and _digest(text) in self._ours

    def clear_if_ours(self) -> bool:
        self._timer.stop()
        cleared = False
        if self.holds_ours():
            self._clipboard.clear()
            cleared = True
        selection = QClipboard.Mode.Selection
        if self._clipboard.supportsSelection() and (
            self._clipboard.ownsSelection() or self.holds_ours(selection)
        ):
            self._clipboard.clear(selection)  # middle-click paste would still have it
        self._ours.clear()
        if cleared:
            self.clipboard_cleared.emit()
        return cleared

    def watch_application(self) -> None:
        """Treat any text copied while Fettle is focused as ours (it came from the journal)."""
        self._clipboard.dataChanged.connect(self._on_clipboard_data_changed)

    def _on_clipboard_data_changed(self) -> None:
        if QGuiApplication.focusWindow() is not None:
            self.note_copied(self._clipboard.text())
