"""One answer in the daily check-in: a line edit that may stay blank.

Blank means "not recorded", so every kind of answer is a line edit with a validator
rather than a spin box (which always holds some number). Yesterday's value shows as
the placeholder, and ``use_previous`` copies it in.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.editor.severity import severity_word

_PATTERNS = {
    "severity": r"(10|[0-9])?",
    "scale": r"(10|[0-9])?",
    "number": r"-?[0-9]{0,12}([.,][0-9]{0,3})?",
    "yesno": r"(?i)(y|ye|yes|n|no)?",
}


def spoken(kind: str, value: float) -> str:
    """A value as a screen reader or the placeholder says it: "6 of 10, moderate"."""
    tr = QCoreApplication.translate
    if kind == "severity":
        return (
            tr("CheckIn", "%1 of 10, %2")
            .replace("%1", str(int(value)))
            .replace("%2", severity_word(int(value)))
        )
    if kind == "scale":
        return tr("CheckIn", "%1 of 10").replace("%1", f"{value:g}")
    if kind == "yesno":
        return tr("CheckIn", "yes") if value else tr("CheckIn", "no")
    return f"{value:g}"


def _words(yes: bool) -> set[str]:
    """The words for yes (or no) a person may type: English, and the interface's."""
    english = "yes" if yes else "no"
    return {english, QCoreApplication.translate("CheckIn", english).lower()}


def _yes_no_pattern() -> str:
    """Any start of a yes or no word ("j", "ja", "n"…), in either language."""
    starts = {w[:i] for w in _words(True) | _words(False) for i in range(1, len(w) + 1)}
    return "(?i)(" + "|".join(sorted(map(re.escape, starts), key=len, reverse=True)) + ")?"


def shown(kind: str, value: float) -> str:
    """A value as it is typed into the field."""
    if kind == "yesno":
        return (
            QCoreApplication.translate("CheckIn", "yes")
            if value
            else QCoreApplication.translate("CheckIn", "no")
        )
    return f"{value:g}"


class ValueField(QLineEdit):
    """A value for one symptom (``severity``) or factor (``number``, ``scale``, ``yesno``)."""

    def __init__(
        self, kind: str, name: str, previous: float | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.previous = previous
        pattern = _yes_no_pattern() if kind == "yesno" else _PATTERNS[kind]
        self._validator = QRegularExpressionValidator(QRegularExpression(pattern), self)
        self.setValidator(self._validator)
        self.setClearButtonEnabled(False)
        tr = QCoreApplication.translate
        if previous is None:
            self.setPlaceholderText(tr("CheckIn", "not recorded yesterday"))
            said = tr("CheckIn", "Not recorded yesterday.")
        else:
            self.setPlaceholderText(
                tr("CheckIn", "yesterday: %1").replace("%1", shown(kind, previous))
            )
            said = tr("CheckIn", "Yesterday: %1.").replace("%1", spoken(kind, previous))
        how = {
            "severity": tr("CheckIn", "Type 0 to 10."),
            "scale": tr("CheckIn", "Type 0 to 10."),
            "number": tr("CheckIn", "Type a number."),
            "yesno": tr("CheckIn", "Type y for yes or n for no."),
        }[kind]
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            " ".join((said, how, tr("CheckIn", "Leave blank if not recorded.")))
        )
        self.setToolTip(self.accessibleDescription())
        self.editingFinished.connect(self._on_editing_finished)

    def value(self) -> float | None:
        text = self.text().strip().lower()
        if not text:
            return None
        if self.kind == "yesno":
            return 1.0 if any(w.startswith(text) for w in _words(True)) else 0.0
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None

    def set_value(self, value: float | None) -> None:
        self.setText("" if value is None else shown(self.kind, value))

    def use_previous(self) -> bool:
        """Fill a blank field with yesterday's value; True if it changed."""
        if self.text().strip() or self.previous is None:
            return False
        self.set_value(self.previous)
        return True

    def _on_editing_finished(self) -> None:
        value = self.value()
        if value is not None and self.kind == "yesno":
            self.set_value(value)  # "y" reads back as "yes"
