"""The finished post for the chosen site: format picker, live counter, warnings, preview.

A Mastodon post longer than the instance's limit is previewed as its numbered thread,
one card per post with its own count. What the cards show is exactly what "Copy" and
"Save" hand over (``app.share.final_text``), sanitised by the format.

Signals:
    format_changed(str): the user picked another site (its format id).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.posts import Count, Post, PostFormat
from ui.core_text import core_message
from ui.locale_text import number_text

# Site names that are words, not brands (the core names sites in English).
_SITE_WORDS = {
    "Plain text": QT_TRANSLATE_NOOP("SharePreview", "Plain text"),
    "Facebook group": QT_TRANSLATE_NOOP("SharePreview", "Facebook group"),
}


def shown_site_name(fmt: PostFormat) -> str:
    """The site's name in the interface language ("Nur Text"); brands stay as they are."""
    words = _SITE_WORDS.get(fmt.display_name)
    return QCoreApplication.translate("SharePreview", words) if words else fmt.display_name


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()  # gone at once, not at the next turn of the event loop
            item.widget().deleteLater()


class SharePreview(QWidget):
    format_changed = Signal(str)

    def __init__(self, formats: list[PostFormat], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = {f.id: f for f in formats}
        self.format_box = QComboBox()
        for fmt in formats:
            self.format_box.addItem(shown_site_name(fmt), fmt.id)
        self.counter = QLabel()
        self.counter.setObjectName("mutedLabel")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.meter = QProgressBar()
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(6)
        self.warnings = QVBoxLayout()
        self.warnings.setSpacing(6)
        self.cards = QVBoxLayout()
        self.cards.setSpacing(8)
        self.cards.addStretch(1)
        inner = QWidget()
        inner.setLayout(self.cards)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll = scroll
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        label = QLabel(self.tr("Post to:"))
        label.setBuddy(self.format_box)
        top.addRow(label, self.format_box)
        self._choices = top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.counter)
        layout.addWidget(self.meter)
        layout.addLayout(self.warnings)
        layout.addWidget(scroll, 1)
        self.format_box.currentIndexChanged.connect(self._on_format_box_changed)

    def add_choice(self, label: QLabel, field: QWidget) -> None:
        """Another choice about the post under the site's (the post language)."""
        label.setBuddy(field)
        self._choices.addRow(label, field)

    def current_format(self) -> PostFormat:
        return self._formats[self.format_box.currentData()]

    def replace_format(self, fmt: PostFormat) -> None:
        """Swap in a format with new settings (the user's Mastodon limit)."""
        self._formats[fmt.id] = fmt
        if self.format_box.currentData() == fmt.id:
            self.format_changed.emit(fmt.id)

    def set_format(self, format_id: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(format_id))

    def show_post(self, post: Post, count: Count) -> None:
        fmt = self.current_format()
        self._show_count(fmt, count)
        clear_layout(self.warnings)
        for text in count.warnings:
            label = QLabel(core_message(text))
            label.setObjectName("warningLabel")
            label.setWordWrap(True)
            self.warnings.addWidget(label)
        while self.cards.count() > 1:
            item = self.cards.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        parts = post.parts or [""]
        for n, part in enumerate(parts, 1):
            header = (
                self.tr("Post {n} of {total}").format(n=n, total=len(parts))
                if len(parts) > 1
                else shown_site_name(fmt)
            )
            if len(parts) > 1 and fmt.limit:
                header += f" · {number_text(fmt.length(part))}/{number_text(fmt.limit)}"
            self.cards.insertWidget(n - 1, self._card(header, post.title if n == 1 else "", part))

    def _show_count(self, fmt: PostFormat, count: Count) -> None:
        if count.limit:
            text = self.tr("{used} of {limit} characters").format(
                used=number_text(count.used), limit=number_text(count.limit)
            )
            if count.parts > 1:
                text += self.tr(" · a thread of {n} posts").format(n=count.parts)
            self.meter.setRange(0, count.limit)
            self.meter.setValue(min(count.used, count.limit))
            self.meter.setVisible(True)
        else:
            text = self.tr("{used} characters (no limit)").format(used=number_text(count.used))
            self.meter.setVisible(False)
        if count.title_limit:
            text += self.tr(" · title {used} of {limit}").format(
                used=count.title_used, limit=count.title_limit
            )
        self.counter.setText(text)
        self.counter.setObjectName(
            "errorLabel" if count.over and count.parts == 1 else "mutedLabel"
        )
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)

    def _card(self, header: str, title: str, text: str) -> QFrame:
        card = QFrame()
        card.setObjectName("unlockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(10, 8, 10, 10)
        head = QLabel(header)
        head.setObjectName("mutedLabel")
        layout.addWidget(head)
        if title:
            t = QLabel(title)
            t.setTextFormat(Qt.TextFormat.PlainText)
            t.setWordWrap(True)
            font = t.font()
            font.setBold(True)
            t.setFont(font)
            layout.addWidget(t)
        body = QLabel(text)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(body)
        return card

    def _on_format_box_changed(self, _index: int) -> None:
        self.format_changed.emit(self.format_box.currentData())
