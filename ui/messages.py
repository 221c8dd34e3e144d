"""Errors in words for people: the core's ``user_message`` in the interface language
(``ui/core_text.py``), or a plain fallback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import FettleError

from .core_text import core_message


def words(exc: BaseException) -> str:
    if isinstance(exc, FettleError):
        return core_message(exc.user_message)
    return QCoreApplication.translate(
        "Fettle", "Something went wrong ({0}). Nothing was changed."
    ).format(type(exc).__name__)
