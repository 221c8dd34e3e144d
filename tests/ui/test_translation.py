"""A second language: German, complete in all of ui/ and chosen by the locale.

The completeness test fails on any string in ui/ (or any message of the core, see
``ui/core_catalogue.py``) without a German translation. The live test walks the demo
tour (unlock, main window, editor, search, quick log, share review, summary dialog,
Trends, Insights, Preferences, the welcome wizard) with the German catalogue installed
and reads every visible label, button, menu, tab, placeholder and tooltip: none may
still be an English string from the catalogue, one of Qt's own English button texts,
or any other English sentence (two of English's small words in it; user data in the
demo journal is English, so entry text and names are not read). The check-in, the
core's errors and the summary PDF are in tests/ui/test_translation_german.py.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from tests.support.german import ENGLISH_WORDS

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "fettle_de.ts"
QM = TS.with_suffix(".qm")
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402 - from packaging/, added to the path above

# Qt's own English button texts ("OK" is German too).
QT_ENGLISH = {
    "Cancel",
    "Close",
    "Apply",
    "Yes",
    "No",
    "Save",
    "Open",
    "Discard",
    "Reset",
    "Help",
    "Restore Defaults",
}


def _catalogue() -> dict[tuple[str, str], str | list[str]]:
    return update_translations._existing(TS)


def _norm(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("…", "").split()).strip(" .:")


def test_every_string_in_ui_and_every_core_message_is_translated() -> None:
    import core_catalogue

    assert core_catalogue.main(["--check"]) == 0, (
        "the core's messages changed: run packaging/update_translations.py and translate"
    )
    files = sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    messages, _plural = update_translations.extract(files)
    known = _catalogue()
    missing = sorted(
        f"{ctx}: {source!r} ({locations[0][0]}:{locations[0][1]})"
        for (ctx, source), locations in messages.items()
        if (ctx, source) not in known
    )
    assert not missing, (
        "untranslated (run packaging/update_translations.py, then "
        "translate in resources/translations/fettle_de.ts):\n" + "\n".join(missing)
    )


def test_placeholders_survive_translation() -> None:
    """A translation keeps every %1 / {name} of its source, or the app shows a hole."""
    for (ctx, source), text in _catalogue().items():
        forms = text if isinstance(text, list) else [text]
        wanted = sorted(re.findall(r"%\d|%n|\{\w*\}", source))
        for form in forms:
            got = sorted(re.findall(r"%\d|%n|\{\w*\}", form))
            assert got == wanted or (isinstance(text, list) and set(got) <= set(wanted)), (
                ctx,
                source,
                form,
            )


def test_compiled_catalogue_matches_the_source(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    out = tmp_path / "fettle_de.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(TS), "-qm", str(out)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert QM.read_bytes() == out.read_bytes(), (
        "resources/translations/fettle_de.qm is stale: bash packaging/build.sh translations"
    )


def test_language_follows_language_variable_then_system(qapp) -> None:
    from ui.i18n import available_languages, chosen_language

    assert "de" in available_languages()
    assert chosen_language({"LANGUAGE": "de_DE:en"}) == "de"
    assert chosen_language({"LANGUAGE": "de"}) == "de"
    assert chosen_language({"LANGUAGE": "C"}) == "en"
    # A language without a catalogue falls through to the system's (English here).
    system = QLocale.system().name()
    if not system.startswith("de"):
        assert chosen_language({"LANGUAGE": "fr_FR:pt"}) == "en"


def _is_post_text(label: QLabel) -> bool:
    """A plain-text label on a card of the share preview: the post as it will leave."""
    from ui.share.preview import SharePreview

    card = label.parentWidget()
    return (
        label.textFormat() == Qt.TextFormat.PlainText
        and card is not None
        and card.objectName() == "unlockCard"
        and isinstance(card.parentWidget(), QWidget)
        and any(isinstance(a, SharePreview) for a in _ancestors(card))
    )


def _ancestors(w: QWidget):
    while w is not None:
        yield w
        w = w.parentWidget()


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of interface text a person can see in ``root``."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        name = type(w).__name__
        if w.isWindow() and w.windowTitle():
            found.append((f"{name} title", w.windowTitle()))
        if w.toolTip():
            found.append((f"{name} tooltip", w.toolTip()))
        if w.accessibleName():  # what a screen reader says
            found.append((f"{name} accessible name", w.accessibleName()))
        if w.accessibleDescription():
            found.append((f"{name} accessible description", w.accessibleDescription()))
        if isinstance(w, QComboBox):
            found.extend((f"{name} item", w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QLabel) and _is_post_text(w):
            continue  # the post itself: the user's words, shared as written
        if isinstance(w, QAbstractButton | QLabel):
            found.append((name, w.text()))
        elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            found.append((f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, QGroupBox):
            found.append((name, w.title()))
        elif isinstance(w, QTabWidget):
            found.extend((name, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QTreeWidget):  # the sidebar's headings and kinds
            found.extend((name, w.topLevelItem(i).text(0)) for i in range(w.topLevelItemCount()))
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            found.append(("menu", menu_action.text()))
            menu = menu_action.menu()
            for action in menu.actions() if menu else []:
                found.append(("menu item", action.text()))
                if action.toolTip() != action.text().replace("&", ""):
                    found.append(("menu item tooltip", action.toolTip()))
    return [(where, text) for where, text in found if text and text.strip()]


MAIN_SCREENS = (
    "unlock.png",
    "main-window.png",
    "editor-symptom.png",
    "search.png",
    "quick-log.png",
    "share-entries.png",
    "summary-dialog.png",
    "trends-window.png",
    "insights.png",
    "preferences.png",
    "welcome-wizard.png",
)


def _english_map() -> dict[str, str]:
    """English sources (normalised) whose German differs, and Qt's English buttons;
    without the English words that are German too ("Tag" is a tag, and a day)."""
    catalogue = _catalogue()
    german = {_norm(t) for t in catalogue.values() if isinstance(t, str)}
    english = {
        _norm(s): s
        for (_c, s), t in catalogue.items()
        if isinstance(t, str) and _norm(t) != _norm(s) and _norm(s) not in german
    }
    english.update({s: s for s in QT_ENGLISH})
    return english


def _demo_texts() -> list[str]:
    """The demo journal's own words (its entries, treatments, doses): user data, English
    in any language, so they are taken out before looking for English sentences."""
    import ast

    tree = ast.parse((ROOT / "app" / "demo.py").read_text(encoding="utf-8"))
    found = {
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value) > 3
    }
    return sorted(found, key=len, reverse=True)


def _english_sentence(text: str, demo: list[str]) -> bool:
    for own in demo:
        text = text.replace(own, " ")
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return " " in text.strip() and len(words & ENGLISH_WORDS) >= 2


@pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints",
    "This plugin does not support raise",
    "grabbing the keyboard",
)
def test_german_main_screens_show_no_english(german, qtbot, tmp_path: Path) -> None:
    from ui.icons import register_search_paths
    from ui.main import build_window
    from ui.tour.screenshots import ScreenshotTour

    register_search_paths()  # as make_application does: the themes' icons by path

    english = _english_map()
    demo = _demo_texts()
    seen: dict[str, list[tuple[str, str]]] = {}

    class ReadingTour(ScreenshotTour):
        """The README's tour, reading each screen's texts as it saves it."""

        def _save(self, widget, name):
            seen.setdefault(name, []).extend(_visible_texts(widget))
            super()._save(widget, name)

        def _save_over_window(self, dialog, name):
            seen.setdefault(name, []).extend(_visible_texts(dialog))
            super()._save_over_window(dialog, name)

        def _finish(self):
            self.finished = True

    window, ctx = build_window(demo=True)
    qtbot.addWidget(window)
    tour = ReadingTour(window, tmp_path / "shots")
    tour.finished = False
    tour.start()
    qtbot.waitUntil(lambda: tour.finished, timeout=180_000)
    assert tour.exit_code == 0
    for screen in MAIN_SCREENS:
        assert screen in seen, screen
    left = sorted(
        {
            f"{screen}: {where}: {text!r}"
            for screen in MAIN_SCREENS
            for where, text in seen[screen]
            if _norm(text) in english or _english_sentence(text, demo)
        }
    )
    assert not left, "English left in the German window:\n" + "\n".join(left)
    # Figures in the insights' sentences and the chart's description take the comma.
    points = [
        text
        for screen in ("insights.png", "trends-window.png")
        for where, text in seen[screen]
        if where in ("QLabel", "TrendChart accessible description") and re.search(r"\d\.\d", text)
    ]
    assert not points, points
    # And the window really is in German, not merely silent.
    main = {text for _w, text in seen["main-window.png"]}
    assert {"&Datei", "&Ansicht", "S&perren", "Alle Einträge"} <= main
    window.close()
    ctx.runner.wait_for_done(10_000)
    from ui.session_jobs import remove_demo

    remove_demo(ctx.demo)
    QApplication.processEvents()
