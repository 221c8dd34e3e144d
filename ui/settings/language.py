"""Preferences ▸ General ▸ Language: System, English or Deutsch.

The language must be known before the journal is unlocked (the unlock screen is
already in it), so the choice lives in the app's QSettings under ``ui/language``,
beside the window geometry: a language code says nothing about anyone's health.
It takes effect the next time Fettle starts: every window sets its texts once, when
it is built, so switching live would leave half of an open window in the old
language. The section says so as soon as the choice differs from the running one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

LANGUAGE_KEY = "ui/language"
SYSTEM = ""  # follow the desktop's language
RESTART_NOTE = "Fettle shows the new language the next time it starts."


def language_names() -> dict[str, str]:
    """Choice → what the list shows. Each language is named in itself, so a person
    who cannot read the current language still finds their own."""
    return {
        SYSTEM: QCoreApplication.translate("LanguageChoice", "System language"),
        "en": "English",
        "de": "Deutsch",
    }


def stored_language(settings: QSettings) -> str:
    """The language chosen in Preferences, or ``SYSTEM``."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in language_names() else SYSTEM


def store_language(settings: QSettings, language: str) -> None:
    if language == SYSTEM:
        settings.remove(LANGUAGE_KEY)
    else:
        settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


class LanguageChoice(QWidget):
    """The list of languages and a note that a change needs a restart.

    ``apply()`` stores the choice (the dialog calls it on OK, so Cancel changes
    nothing)."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self._initial = stored_language(self._settings)
        # here, not at the top: every start reads ``stored_language`` before its first
        # paint, and PySide builds each class it is given (QComboBox: 1.7 ms, issue 19)
        from PySide6.QtWidgets import QComboBox

        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language"))
        for code, name in language_names().items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(self.combo.findData(self._initial))
        self.note = QLabel()
        self.note.setObjectName("mutedLabel")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)

    def _on_combo_current_index_changed(self, _index: int) -> None:
        self.note.setVisible(self.choice() != self._initial)
        # in the language shown now, and in the one chosen, for whoever picked it
        notes = [
            self.tr("Fettle shows the new language the next time it starts."),
            _in_language(self.choice(), RESTART_NOTE),
        ]
        self.note.setText("\n".join(dict.fromkeys(notes)))

    def choice(self) -> str:
        return str(self.combo.currentData())

    def apply(self) -> None:
        """Store the choice (only when it changed, so OK alone writes nothing)."""
        if self.choice() != self._initial:
            store_language(self._settings, self.choice())
            self._initial = self.choice()


def _in_language(language: str, text: str) -> str:
    """``text`` (of this module's context) in ``language``, from its catalogue; the
    English text for English, "System" or a language without one."""
    from ui.i18n import TRANSLATIONS

    if language in (SYSTEM, "en"):
        return text
    translator = QTranslator()
    if not translator.load(f"fettle_{language}", str(TRANSLATIONS)):
        return text
    return translator.translate("LanguageChoice", text) or text
