"""Errors in words for people: the core's ``user_message`` in the interface language
(``ui/core_text.py``), or a plain fallback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.errors import FettleError

from .core_text import core_message

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel


def words(exc: BaseException) -> str:
    if isinstance(exc, FettleError):
        return core_message(exc.user_message)
    return QCoreApplication.translate(
        "Fettle", "Something went wrong ({0}). Nothing was changed."
    ).format(type(exc).__name__)


def show_result(label: QLabel, text: str, *, problem: bool = False) -> None:
    """Put ``text`` on a result line, styled as a problem (``errorLabel``) or plain; the
    style is re-polished since the theme's sheet selects on the object name."""
    label.setObjectName("errorLabel" if problem else "")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
