"""The share review's "Post language" choice: the language of Fettle's own words in the
post (title, headings, dates, what redaction puts in), apart from the interface's.

A German user may write for an English forum, so the choice defaults to the interface
language and is remembered per site inside the journal (the ``post_languages`` setting,
``app.posts.words.remember_language``), never in QSettings: it says where one posts.
Each language is named in its own words ("Deutsch"), as language pickers do.

Signals:
    language_chosen(str): the user picked a language (its code, "en" or "de").
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.posts.words import LANGUAGE_NAMES, POST_LANGUAGES, post_language


def interface_post_language() -> str:
    """The interface's language if posts can be written in it, else English."""
    return post_language(QLocale().name())


def compose_in(compose: Callable[..., Any], journal: Any, lang: str) -> Any:
    """Run a review's composer (``ui.giveback``) for ``lang``; one that takes no
    language writes in English."""
    try:
        takes_lang = "lang" in inspect.signature(compose).parameters
    except (TypeError, ValueError):
        takes_lang = False
    return compose(journal, lang=lang) if takes_lang else compose(journal)


class PostLanguageBox(QComboBox):
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in POST_LANGUAGES:
            self.addItem(LANGUAGE_NAMES[code], code)
        self.set_language(interface_post_language())
        self.activated.connect(self._on_self_activated)

    def language(self) -> str:
        return str(self.currentData())

    def set_language(self, lang: str) -> None:
        """Show ``lang`` without announcing it as the user's choice."""
        index = self.findData(post_language(lang))
        with QSignalBlocker(self):
            self.setCurrentIndex(max(index, 0))

    def _on_self_activated(self, _index: int) -> None:
        self.language_chosen.emit(self.language())
