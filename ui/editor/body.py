"""The entry's Markdown text with its live preview beside it (or hidden).

The text box is a plain ``QPlainTextEdit`` with its own undo; Tab moves focus
on instead of typing a tab, so the keyboard never gets stuck in it. The
preview re-renders a moment after typing stops, and only while it is shown.

Signals:
    ``text_changed()`` — the user (or ``set_text``) changed the text.
    ``link_clicked(str)`` — a link in the preview was activated (never opened here).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.editor.preview import MarkdownPreview

PREVIEW_SHORTCUT = "Ctrl+Shift+P"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BodyEditor", text)


class BodyEditor(QWidget):
    """Markdown source and preview, side by side; the preview can be toggled off."""

    text_changed = Signal()
    link_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(_tr("&Text"), self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setAccessibleName(_tr("Entry text"))
        self.text_edit.setAccessibleDescription(
            _tr("Markdown: *italic*, **bold**, - lists, [links](https://…)")
        )
        self.text_edit.setPlaceholderText(
            _tr("What happened, how it felt, what helped… (Markdown works: **bold**, - lists)")
        )
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.label.setBuddy(self.text_edit)
        self.preview = MarkdownPreview(self)
        self.preview_button = QToolButton(self)
        self.preview_button.setText(_tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setChecked(True)
        self.preview_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.preview_button.setAccessibleName(_tr("Preview"))  # checked state says if shown
        self.preview_button.setToolTip(
            _tr("Show or hide the formatted preview (%1)").replace(
                "%1",
                QKeySequence(PREVIEW_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.status_slot = QHBoxLayout()  # the editor puts its save state here
        self.status_slot.setContentsMargins(0, 0, 0, 0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.text_edit)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.label)
        header.addStretch(1)
        header.addLayout(self.status_slot)
        header.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

        self._shortcut = QShortcut(QKeySequence(PREVIEW_SHORTCUT), self)
        self._shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._shortcut.activated.connect(self.preview_button.toggle)
        self.preview_button.toggled.connect(self._on_preview_button_toggled)
        self.text_edit.textChanged.connect(self._on_text_edit_text_changed)
        self.preview.link_clicked.connect(self.link_clicked)

    # -- public -------------------------------------------------------------

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the text with no undo history behind it, and show its preview at once."""
        document = self.text_edit.document()
        document.setUndoRedoEnabled(False)
        self.text_edit.setPlainText(text)
        document.clearUndoRedoStacks()
        document.setUndoRedoEnabled(True)
        self.preview.schedule(text)
        if self.preview_shown():
            self.preview.render_now()

    def wipe(self) -> None:
        """Empty the text, its undo and redo stacks, and the preview."""
        self.set_text("")
        self.preview.wipe()

    def preview_shown(self) -> bool:
        return self.preview_button.isChecked()

    def set_preview_shown(self, shown: bool) -> None:
        self.preview_button.setChecked(shown)

    # -- internals ----------------------------------------------------------

    def _on_text_edit_text_changed(self) -> None:
        if self.preview_shown():
            self.preview.schedule(self.text())
        self.text_changed.emit()

    def _on_preview_button_toggled(self, shown: bool) -> None:
        self.preview.setVisible(shown)
        if shown:
            self.preview.schedule(self.text())
            self.preview.render_now()
        else:
            self.preview.wipe()  # nothing stale is kept in a hidden view
