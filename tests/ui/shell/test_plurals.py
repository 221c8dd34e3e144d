"""Counted strings read right in English ("Import 1 entry"), with no translation file,
and a language's own catalogue still decides its plural forms."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from tests.support.session import open_session
from ui.data.import_ import ImportDialog
from ui.plural import SINGULAR

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def english(qapp):
    from ui.i18n import install_translators

    assert install_translators(qapp, "en") == "en"  # what the app does at start
    yield


def counted_sources() -> list[str]:
    """Every string in ui/ handed to tr() or translate() with a count."""
    found = []
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            args = node.args[1:] if node.func.attr == "translate" else node.args
            if (
                node.func.attr in ("tr", "translate")
                and len(args) >= 3
                and isinstance(args[0], ast.Constant)
                and "%n" in str(args[0].value)
            ):
                found.append(args[0].value)
    return found


def test_every_counted_string_has_an_english_singular(english) -> None:
    sources = counted_sources()
    assert "Import %n entries" in sources and len(sources) >= 10  # the scan finds them
    missing = [s for s in sources if s not in SINGULAR]
    assert not missing, f"add the English singular to ui/plural.py: {missing}"
    for source in sources:
        one = QCoreApplication.translate("AnyContext", source, "", 1)
        for plural_word in ("entries", "characters", "things"):
            assert f"1 {plural_word}" not in one, one
        assert "%n" not in one and "1" in one
        assert QCoreApplication.translate("AnyContext", source, "", 3) == source.replace("%n", "3")


def test_importing_one_entry_says_one_entry(qtbot, english, runner, journal, tmp_path) -> None:
    dialog = ImportDialog(open_session(runner, journal))
    qtbot.addWidget(dialog)
    path = tmp_path / "one.csv"
    path.write_text("When,Pain level,What,Comments\n2026-01-03,6,Back pain,stiff morning\n")
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.set_file(path)
    assert dialog.import_button.text() == "Import 1 entry"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert "Imported 1 entry." in dialog.summary.text()
    assert "1 entries" not in dialog.summary.text()


def test_a_catalogue_still_gives_its_own_singular(qapp) -> None:
    from ui.i18n import install_translators

    try:
        assert install_translators(qapp, "de") == "de"
        assert QCoreApplication.translate("DataMenu", "Imported %n entries.", "", 1) == (
            "1 Eintrag importiert."
        )
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale.system())
