"""The tag field: a line edit that completes the tag being typed, not the whole line.

Tags are separated by commas or spaces, as the journal stores them (lower case,
no ``#``, no spaces). The field keeps whatever the user typed until they move
on; ``tags()`` reads it the way the journal will.
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

_SEPARATORS = re.compile(r"[,\s]+")


def parse_tags(text: str) -> list[str]:
    """``"Sleep, #work  travel"`` → ``["sleep", "work", "travel"]`` (duplicates dropped)."""
    tags = (t.strip().lstrip("#").strip().lower() for t in _SEPARATORS.split(text))
    return list(dict.fromkeys(t for t in tags if t))


def format_tags(tags: list[str]) -> str:
    return ", ".join(tags)


class _LastTagCompleter(QCompleter):
    """Completes only the text after the last separator, and puts the rest back."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def splitPath(self, path: str) -> list[str]:
        return [_SEPARATORS.split(path)[-1].lstrip("#")]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        text = self._edit.text()
        match = list(_SEPARATORS.finditer(text))
        head = text[: match[-1].end()] if match else ""
        return head + str(index.data()) + ", "


class TagField(QLineEdit):
    """Comma or space separated tags, with completion from the tags the journal knows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = QCoreApplication.translate
        self.setPlaceholderText(tr("TagField", "Tags, separated by commas or spaces"))
        self.setAccessibleName(tr("TagField", "Tags"))
        self._known = QStringListModel(self)
        completer = _LastTagCompleter(self)
        completer.setModel(self._known)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        # QLineEdit wires this up only on focus-in; do it now so a chosen tag always lands.
        completer.activated[str].connect(self.setText)

    def set_known_tags(self, tags: list[str]) -> None:
        self._known.setStringList(sorted(dict.fromkeys(tags)))

    def set_tags(self, tags: list[str]) -> None:
        self.setText(format_tags(tags))  # setText also drops the undo history

    def tags(self) -> list[str]:
        return parse_tags(self.text())
