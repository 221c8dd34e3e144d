"""Preferences ▸ Privacy profile: the topics whose sentences never leave.

A topic ("HIV", "my divorce", "sertraline") is not a word to replace but a subject: every
sentence that mentions it is left out of a post, and the share review shows it struck
out (``app.giveback.topics``). Here they are listed, added (type and press Enter or
Add topic) and removed; the journal stores them with the profile.

Signals:
    changed(): a topic was added or removed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.profile import MAX_TOPIC, clean_topic


class TopicEntry(QLineEdit):
    """Enter with a topic typed adds it and stops there: in a dialog a line edit passes
    Enter on, and Preferences would close with OK before the topic was in the list."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = bool(self.text().strip())  # returnPressed adds it and empties the box
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and typed:
            event.accept()


class TopicsEditor(QGroupBox):
    changed = Signal()

    def __init__(self, topics: tuple[str, ...] | list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Topics that never leave"), parent)
        intro = QLabel(
            self.tr(
                "Every sentence that mentions one of these is left out of "
                "your posts; the share review shows it struck out, and you "
                "can bring one back for a single post."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("mutedLabel")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Topics that never leave"))
        self.list.addItems(list(topics))
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 7)
        self.entry = TopicEntry()
        self.entry.setMaxLength(MAX_TOPIC)
        self.entry.setPlaceholderText(self.tr("A topic, e.g. HIV, my divorce, sertraline"))
        self.entry.setAccessibleName(self.tr("New topic"))
        self.add_button = QPushButton(self.tr("Add &topic"))
        self.remove_button = QPushButton(self.tr("Remove t&opic"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen topic"))
        for button in (self.add_button, self.remove_button):
            # room for the focus ring's padding too, which the style adds only with focus
            button.setMinimumWidth(
                button.sizeHint().width() + button.fontMetrics().averageCharWidth() * 2
            )
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.entry.returnPressed.connect(self._on_add_button_clicked)
        self.entry.textChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.currentRowChanged.connect(self._update_buttons)

    def topics(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _on_add_button_clicked(self) -> None:
        topic = clean_topic(self.entry.text())
        if not topic:
            return
        have = [t.casefold() for t in self.topics()]
        if topic.casefold() in have:
            self.list.setCurrentRow(have.index(topic.casefold()))  # already there: show it
        else:
            self.list.addItem(topic)
            self.list.setCurrentRow(self.list.count() - 1)
            self.changed.emit()
        self.entry.clear()

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()
            self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.add_button.setEnabled(bool(self.entry.text().strip()))
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
