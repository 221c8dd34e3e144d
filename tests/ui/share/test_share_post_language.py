"""The share review's post language (issue 12, item 6): chosen apart from the interface,
by default the interface's, remembered per site inside the journal (not QSettings)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QSettings

from app.models import Entry, SymptomReading
from tests.support.german import ENGLISH_WORDS
from tests.support.journals import make_journal
from tests.support.session import open_session

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

DAY = dt.date(2026, 3, 3)


def english_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if w in ENGLISH_WORDS}


@pytest.fixture
def journal(tmp_path):
    j = make_journal(tmp_path / "j.fettle")
    migraine = j.catalog.ensure_symptom("Migräne")
    ids = [
        j.entries.add(
            Entry(
                "symptom",
                DAY,
                "Schlechte Nacht",
                "Am 5. März war ich bei der Ärztin. Danach habe ich lange geschlafen.",
                readings=[SymptomReading(migraine.id, 7)],
            )
        ),
        j.entries.add(Entry("note", DAY + dt.timedelta(days=8), "", "Heute ging es besser.")),
    ]
    yield j, ids
    j.lock()


def open_review(qtbot, journal, ids):
    from ui.share.dialog import ShareDialog
    from ui.task_runner import TaskRunner

    runner = TaskRunner()
    dialog = ShareDialog(open_session(runner, journal), ids, today=DAY + dt.timedelta(days=9))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.draft_ready, timeout=20_000):
        dialog.show()
    return dialog, runner


def choose(qtbot, dialog, lang: str) -> None:
    box = dialog.language_box
    with qtbot.waitSignal(dialog.draft_ready, timeout=20_000):
        box.setCurrentIndex(box.findData(lang))
        box.activated.emit(box.currentIndex())  # what a click on the item sends


def test_choosing_deutsch_writes_the_post_in_german_and_remembers_it(qtbot, journal) -> None:
    j, ids = journal
    dialog, runner = open_review(qtbot, j, ids)
    assert dialog.language_box.language() == "en"  # the interface is English
    assert dialog.final_text().startswith("From my health journal\n\nDay 1")
    choose(qtbot, dialog, "de")
    text = dialog.final_text()
    assert text.startswith("Aus meinem Gesundheitstagebuch\n\nTag 1 — ")
    assert "Beschwerden: Migräne 7 von 10" in text and "\n\nWoche 2\n\n" in text
    assert english_words(text) == set(), text
    assert "Tag 1" in dialog.view.toPlainText()  # the draft under review, too
    runner.wait_for_done()
    assert j.settings.get("post_languages") == "plain=de"  # inside the journal
    assert "plain=de" not in " ".join(str(QSettings().value(k)) for k in QSettings().allKeys())
    dialog.close()

    again, runner = open_review(qtbot, j, ids)
    assert again.language_box.language() == "de"  # remembered for this site
    assert again.final_text().startswith("Aus meinem Gesundheitstagebuch")
    with qtbot.waitSignal(again.draft_ready, timeout=20_000):
        again.preview.set_format("reddit")  # another site: the interface's language
    assert again.language_box.language() == "en"
    assert again.final_text().startswith("From my health journal")
    runner.wait_for_done()


def test_a_german_interface_posts_in_german_by_default(qtbot, journal, german) -> None:
    j, ids = journal
    dialog, runner = open_review(qtbot, j, ids)
    assert dialog.language_box.currentText() == "Deutsch"
    assert dialog.status.text() == ""  # "Es wird nach allem gesucht …" went when it was done
    assert dialog.final_text().startswith("Aus meinem Gesundheitstagebuch")
    choose(qtbot, dialog, "en")  # a German user writing for an English forum
    assert dialog.final_text().startswith("From my health journal\n\nDay 1")
    runner.wait_for_done()
    assert j.settings.get("post_languages") == "plain=en"


def test_a_kept_draft_comes_back_in_its_language(qtbot, journal) -> None:
    j, ids = journal
    dialog, runner = open_review(qtbot, j, ids)
    choose(qtbot, dialog, "de")
    payload = dialog.take_draft()
    assert payload["post_lang"] == "de"
    runner.wait_for_done()
    j.settings.set("post_languages", "")  # the draft's own choice counts, not the site's
    from ui.share.dialog import ShareDialog
    from ui.task_runner import TaskRunner

    runner = TaskRunner()
    back = ShareDialog(open_session(runner, j), payload["entry_ids"], restore=payload, today=DAY)
    qtbot.addWidget(back)
    with qtbot.waitSignal(back.draft_ready, timeout=20_000):
        back.show()
    assert back.language_box.language() == "de"
    assert back.final_text().startswith("Aus meinem Gesundheitstagebuch")
    runner.wait_for_done()


def test_a_treatment_report_is_written_again_in_the_chosen_language(qtbot, tmp_path) -> None:
    from app.journal.journal import Journal
    from tests.app.posts.test_post_language import _german_treatment
    from tests.support.journals import PASSPHRASE
    from ui.giveback.flow import report_composer
    from ui.share.dialog import ShareDialog
    from ui.task_runner import TaskRunner

    _german_treatment(tmp_path / "t.fettle")
    j = Journal.open(tmp_path / "t.fettle", PASSPHRASE)
    runner = TaskRunner()
    dialog = ShareDialog(open_session(runner, j), [], compose=report_composer("Amitriptylin"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.draft_ready, timeout=20_000):
        dialog.show()
    assert dialog.final_text().startswith("My experience with Amitriptylin\n\nWhat it is:")
    choose(qtbot, dialog, "de")
    text = dialog.final_text()
    assert text.startswith("Meine Erfahrung mit Amitriptylin\n\nWorum es geht:"), text
    assert "Dosis: zu Beginn 2,5 mg" in text and english_words(text) == set(), text
    runner.wait_for_done()
    j.lock()
