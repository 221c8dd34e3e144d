"""English plurals without a translation file.

Counted strings are written once, in the plural, as Qt wants them
(``self.tr("Import %n entries", "", n)``), so a translator's catalogue can give each
language its own plural forms. English has no catalogue: without one Qt only puts the
number in, and a user read "Import 1 entries". ``EnglishPlurals`` is a translator
that knows the singular of each counted source string; it is installed before any
other catalogue, so Qt asks it last: a German catalogue still answers first, and a
string no catalogue knows gets its English singular here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

OBJECT_NAME = "fettle-english-plurals"

# Source text (as passed to tr with a count) -> its English form for exactly one.
SINGULAR: dict[str, str] = {
    "%n entries in the post": "%n entry in the post",
    "At least %n characters.": "At least %n character.",
    "%n matching entries": "%n matching entry",
    "%1, %n entries": "%1, %n entry",
    "Choose a passphrase of at least %n characters.": "Choose a passphrase of at least %n character.",
    "Imported %n entries.": "Imported %n entry.",
    "Exported %n entries to %1. Remember: these files are not encrypted.": "Exported %n entry to %1. Remember: these files are not encrypted.",
    "Import %n entries": "Import %n entry",
    "This file would also change %n of your settings:": "This file would also change %n of your settings:",
    "Changed %n of your settings:": "Changed %n of your settings:",
    "…and %n more.": "…and %n more.",
    "%n things in your journal bear on it. The ticked ones go into the reply.": "%n thing in your journal bears on it. If it is ticked, it goes into the reply.",
    "%n conflicts — review": "%n conflict — review",  # ui/sync/status_line.py
    "%n min ago": "%n min ago",
    "%n hours ago": "%n hour ago",
    "%n days ago": "%n day ago",
}


class EnglishPlurals(QTranslator):
    """Answers only for a count of one of a string in ``SINGULAR``; otherwise nothing,
    so Qt goes on to the source text (with the number put in)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n == 1:
            return SINGULAR.get(source)
        return None

    def isEmpty(self) -> bool:
        return False


def install_english_plurals(app: QCoreApplication) -> EnglishPlurals:
    """Install the English plurals once (parented to ``app``); install it before any
    other catalogue, since Qt asks the last installed translator first."""
    found = app.findChild(QObject, OBJECT_NAME)
    if isinstance(found, EnglishPlurals):
        return found
    translator = EnglishPlurals(app)
    translator.setObjectName(OBJECT_NAME)
    QCoreApplication.installTranslator(translator)
    return translator
