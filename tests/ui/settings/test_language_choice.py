"""The language choice: Preferences ▸ General ▸ Language and ``fettle --lang``.

Stored in QSettings (it must be known before the journal is unlocked); it wins over
``LANGUAGE`` and the system's languages, and ``--lang`` wins over it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog

from app.journal.settings import OPTIONS
from app.profile import PrivacyProfile
from ui.settings.dialog import SettingsData, SettingsDialog
from ui.settings.language import LANGUAGE_KEY, stored_language

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _dialog(qtbot) -> SettingsDialog:
    options = {name: option.default for name, option in OPTIONS.items()}
    dialog = SettingsDialog(SettingsData(options, PrivacyProfile.of([], "GB", "")))
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


@pytest.fixture
def settings():
    settings = QSettings()
    settings.remove(LANGUAGE_KEY)
    yield settings
    settings.remove(LANGUAGE_KEY)
    settings.sync()


def test_choosing_deutsch_in_preferences_is_stored_on_ok_and_says_restart(qtbot, settings):
    dialog = _dialog(qtbot)
    combo = dialog.language.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "System language",
        "English",
        "Deutsch",
    ]
    assert combo.currentData() == ""
    assert not dialog.language.note.isVisibleTo(dialog)
    combo.setCurrentIndex(combo.findData("de"))
    assert dialog.language.note.isVisibleTo(dialog)
    # said in the language shown now and in the one chosen
    assert dialog.language.note.text() == (
        "Fettle shows the new language the next time it "
        "starts.\nFettle zeigt die neue Sprache beim "
        "nächsten Start."
    )
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert QSettings().value(LANGUAGE_KEY) == "de"
    # and the next Preferences shows it
    again = _dialog(qtbot)
    assert again.language.combo.currentData() == "de"
    again.language.combo.setCurrentIndex(again.language.combo.findData(""))
    again.accept()
    assert stored_language(QSettings()) == ""
    assert QSettings().value(LANGUAGE_KEY) is None


def test_cancel_changes_no_language(qtbot, settings):
    dialog = _dialog(qtbot)
    dialog.language.combo.setCurrentIndex(dialog.language.combo.findData("de"))
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert QSettings().value(LANGUAGE_KEY) is None


def test_stored_choice_beats_language_variable_and_lang_flag_beats_both(
    qapp, settings, monkeypatch
):
    from ui.i18n import install_translators

    monkeypatch.setenv("LANGUAGE", "en")
    try:
        assert install_translators(qapp) == "en"
        settings.setValue(LANGUAGE_KEY, "de")
        assert install_translators(qapp) == "de"
        assert qapp.translate("MainWindow", "&File") == "&Datei"
        assert QLocale().language() == QLocale.Language.German  # dates and numbers too
        assert install_translators(qapp, "en") == "en"  # fettle --lang en
        assert qapp.translate("MainWindow", "&File") == "&File"
        settings.setValue(LANGUAGE_KEY, "xx")  # a stale or hand-edited value: ignored
        assert stored_language(settings) == ""
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale.system())


def test_lang_flag_is_a_window_option() -> None:
    from ui.launch import _app_options

    options = _app_options(["--lang", "de", "--demo"])
    assert options is not None and options.lang == "de" and options.demo
    assert _app_options(["--lang"]) is None  # argparse says what is missing
    assert _app_options(["list"]) is None
