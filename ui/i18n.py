"""The interface language: Fettle's own translation and Qt's, chosen by the locale.

The language is, first to last: ``fettle --lang de``, the choice in Preferences
(``ui/settings/language.py``; "System" defers), ``LANGUAGE`` (the GNU override, e.g.
``LANGUAGE=de fettle``) and then the system's UI languages that Fettle has a
translation for; English, the source language, needs none. Qt's own strings (standard buttons, file dialogs, key
names) come from Qt's catalogue for the same language. When ``LANGUAGE`` picks a
language the system locale does not speak, dates and numbers follow it too.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .icons import RESOURCES
from .plural import install_english_plurals

TRANSLATIONS = RESOURCES / "translations"
SOURCE_LANGUAGE = "en"


def available_languages() -> list[str]:
    """Languages with a compiled catalogue in resources/translations (plus English)."""
    found = sorted(p.stem.split("_", 1)[1] for p in TRANSLATIONS.glob("fettle_*.qm"))
    return [SOURCE_LANGUAGE, *found]


def _base(tag: str) -> str:
    return tag.replace("-", "_").split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].lower()


def chosen_language(environ: dict[str, str] | None = None, preferred: str = "") -> str:
    """The language to show: ``preferred`` (from --lang or Preferences) if Fettle has
    it, then ``LANGUAGE``, then the system's UI languages."""
    env = os.environ if environ is None else environ
    have = set(available_languages())
    wanted = [preferred] if preferred else []
    wanted += [t for t in env.get("LANGUAGE", "").split(":") if t]
    wanted += list(QLocale.system().uiLanguages())
    for tag in wanted:
        base = _base(tag)
        if base in ("c", "posix"):
            return SOURCE_LANGUAGE
        if base in have:
            return base
    return SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Load and install the catalogues for ``language`` (default: ``chosen_language``
    with the language stored by Preferences).

    The translators get ``app`` as their parent so they live as long as it does.
    Returns the language in use."""
    if language is None:
        from .settings.language import stored_language

        language = chosen_language(preferred=stored_language(QSettings()))
    elif language not in available_languages():
        language = chosen_language(preferred=language)
    install_english_plurals(app)  # first, so any catalogue installed later answers first
    for old in app.findChildren(QTranslator, "fettle-translator"):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    if language == SOURCE_LANGUAGE:
        _follow_locale(language)
        return language
    loaded = False
    for folder, name in (
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
        (str(TRANSLATIONS), f"fettle_{language}"),
    ):
        translator = QTranslator(app)
        translator.setObjectName("fettle-translator")
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            loaded = loaded or name.startswith("fettle_")
        else:
            translator.deleteLater()
    if not loaded:
        _follow_locale(SOURCE_LANGUAGE)
        return SOURCE_LANGUAGE
    _follow_locale(language)
    return language


def _follow_locale(language: str) -> None:
    """Dates and numbers in the interface language: the system's own locale when it
    speaks that language (keeping its region), else the language's usual one."""
    system = QLocale.system()
    QLocale.setDefault(system if _base(system.name()) == language else QLocale(language))
