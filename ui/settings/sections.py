"""Preferences' sections as a list on the left, the pages beside it.

Eight tabs in a row did not fit: in German, at 150 % or with large targets the tab bar
grew scroll arrows and hid "Sicherungen" and "Abgleich" behind them, where a user with
low vision would never find them. A list shows every section's whole name, one under
the other, however many there are; the pages stay in a ``QTabWidget`` (its tab bar
hidden), so the dialog and its callers keep the tab API: ``addTab``, ``setCurrentIndex``,
``setCurrentWidget``, ``tabText``.

Each section keeps its Alt+letter (Alt+G: General, Alt+Y: Sync, as the tabs had).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListWidget, QTabWidget, QWidget


class SectionList(QWidget):
    """The section list and the pages. ``pages`` is the (tab-bar-less) tab widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = QTabWidget()
        self.pages.tabBar().hide()
        self.pages.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on into the page,
        self.pages.setFocusProxy(None)  # not to the hidden tab bar (a dead end)
        self.pages.setDocumentMode(True)  # no second frame inside the dialog's
        self.list = QListWidget()
        self.list.setObjectName("sections")
        self.list.setAccessibleName(self.tr("Sections"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._shortcuts: list[QShortcut] = []  # their wrappers, kept with the widget (their parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.pages, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.pages.currentChanged.connect(self._on_pages_current_changed)

    def add(self, page: QWidget, label: str) -> int:
        """A section named ``label`` ("&General": Alt+G chooses it)."""
        index = self.pages.addTab(page, label)
        self.list.addItem(label.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        key = QKeySequence.mnemonic(label)
        if not key.isEmpty():
            shortcut = QShortcut(key, self)
            shortcut.activated.connect(lambda i=index: self._choose(i))
            self._shortcuts.append(shortcut)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._fit_list()
        return index

    def _choose(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _fit_list(self) -> None:
        """As wide as the longest name, so none is ever cut short."""
        widest = self.list.sizeHintForColumn(0)
        frame = 2 * self.list.frameWidth()
        scroll = self.list.verticalScrollBar().sizeHint().width()  # when rows overflow
        self.list.setFixedWidth(widest + frame + scroll + 8)

    def changeEvent(self, event) -> None:  # a new font or style: widths change
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange) and self.list.count():
            self._fit_list()

    def _on_list_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)

    def _on_pages_current_changed(self, index: int) -> None:
        if self.list.currentRow() != index:
            self.list.setCurrentRow(index)
