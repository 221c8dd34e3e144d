"""German beyond the tour: the core's errors, the check-in and the summary PDF.

A German interface must never show an English sentence: the core (``app/``) writes its
messages in English, and ``ui/core_text.py`` translates them by the templates in
``ui/core_catalogue.py``. These tests read what a person would see, with the German
catalogue installed, and look for English by its small words (``ENGLISH_WORDS``):
user data (symptom names, entry text) may be English, sentences around it may not.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QWidget

from app.errors import FettleError
from app.models import Appointment, Entry, SymptomReading
from tests.support.german import ENGLISH_WORDS
from tests.support.journals import make_journal
from tests.support.session import open_session
from tests.support.shell import KEYSTORE_WAIT_MS, OFFSCREEN_NOISE
from tests.support.shell import make_journal as make_journal_file
from ui.core_catalogue import MESSAGES
from ui.core_text import core_message, core_tr

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

# Texts that may look English: brand and format names, units, user data in the tests.
ALLOWED = {"Fettle", "PDF", "JSON", "CSV", "Markdown", "A4", "US Letter", "Syncthing"}


def english_words(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return words & ENGLISH_WORDS


def looks_english(text: str) -> bool:
    """Two English small words in a sentence (a path or a name in one word is not)."""
    return text not in ALLOWED and " " in text.strip() and len(english_words(text)) >= 2


def visible_texts(root: QWidget) -> list[str]:
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if w.toolTip():
            found.append(w.toolTip())
        if w.accessibleName():
            found.append(w.accessibleName())
        if w.accessibleDescription():
            found.append(w.accessibleDescription())
        if isinstance(w, QAbstractButton | QLabel):
            found.append(w.text())
        elif isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        elif isinstance(w, QGroupBox):
            found.append(w.title())
    found.append(root.windowTitle())
    return [t for t in found if t and t.strip()]


# -- the core's messages ------------------------------------------------------------


def _filled(template: str) -> tuple[str, dict[str, str]]:
    values = {f"%{i}": f"Q{i}x" for i in range(1, 10)}
    return re.sub(r"%\d", lambda m: values[m.group(0)], template), values


def test_every_core_message_is_recognised_and_translated(german) -> None:
    """Each template, filled with values, comes back German with the values kept."""
    untranslated = []
    for template in MESSAGES:
        english, values = _filled(template)
        shown = core_message(english)
        wanted = QCoreApplication.translate("CoreMessages", template)
        expected, _ = _filled(wanted)
        if english_words(template) and (shown == english or looks_english(shown)):
            untranslated.append(f"{template!r} -> {shown!r}")
        for token in re.findall(r"%\d", template):
            assert values[token] in shown, (template, shown)
        if shown != expected:  # another template read it: still German, values kept
            assert not looks_english(shown), (template, shown)
    assert not untranslated, "\n".join(untranslated)


def test_a_message_built_from_parts_is_translated_part_by_part(german, tmp_path) -> None:
    """An import rejected on one line: 'Line 3: the date … Nothing was imported.'"""
    from app.importers import read_file

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,symptom,severity\n2026-03-01,Kopfweh,4\n2026-13-45,Kopfweh,5\n", encoding="utf-8"
    )
    with pytest.raises(FettleError) as caught:
        read_file(bad, "csv")
    english = caught.value.user_message
    assert "Nothing was imported" in english
    shown = core_message(english)
    assert "Es wurde nichts importiert." in shown and "Zeile 3" in shown, shown
    assert not looks_english(shown), shown


def test_the_unlock_screen_says_a_wrong_passphrase_in_german(german, qtbot, tmp_path) -> None:
    from ui.task_runner import TaskRunner
    from ui.unlock.screen import UnlockScreen

    path = make_journal_file(tmp_path / "j.fettle")
    screen = UnlockScreen(TaskRunner())
    qtbot.addWidget(screen)
    screen.show()
    screen.set_path(path)
    qtbot.waitUntil(
        lambda: not screen.is_busy() and not screen.is_checking(), timeout=KEYSTORE_WAIT_MS
    )
    screen.passphrase.setText("nicht die Passphrase")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: bool(screen.message_text()), timeout=20_000)
    assert screen.message_text() == (
        "Diese Passphrase öffnet dieses Tagebuch nicht. "
        "Prüfen Sie sie und versuchen Sie es noch einmal."
    )
    assert not [t for t in visible_texts(screen) if looks_english(t)]


def test_a_foreign_file_is_named_in_german(german, qtbot, tmp_path) -> None:
    from ui.task_runner import TaskRunner
    from ui.unlock.screen import UnlockScreen

    path = tmp_path / "befund.fettle"
    path.write_bytes(b"%PDF-1.7 rest of a pdf")
    screen = UnlockScreen(TaskRunner())
    qtbot.addWidget(screen)
    screen.show()
    screen.set_path(path)
    qtbot.waitUntil(lambda: bool(screen.message_text()), timeout=20_000)
    assert "Diese Datei ist ein PDF-Dokument, kein Fettle-Tagebuch." in screen.message_text()
    assert path.read_bytes() == b"%PDF-1.7 rest of a pdf"  # the user's file untouched


# -- the check-in -------------------------------------------------------------------


def test_the_check_in_shows_no_english_and_takes_ja(german, qtbot, runner, journal) -> None:
    from app import checkin
    from ui.checkin.flow import CheckInFlow

    today = dt.date(2026, 3, 14)
    s = {x.name: x for x in journal.catalog.symptoms()}
    journal.entries.add(
        Entry(
            "symptom",
            today - dt.timedelta(days=1),
            "Abend",
            readings=[SymptomReading(s["Headache"].id, 6)],
        )
    )
    walked = journal.factors.ensure("Spaziergang", "yesno")
    journal.factors.set_value(walked.id, today - dt.timedelta(days=1), 1)
    parent = QWidget()
    qtbot.addWidget(parent)
    flow = CheckInFlow(open_session(runner, journal), parent, lambda: today)
    flow.set_open(True)
    flow.open()
    qtbot.waitUntil(lambda: flow.dialog is not None and bool(flow.dialog.symptom_fields))
    dialog = flow.dialog
    texts = visible_texts(dialog)
    assert "Täglicher Check-in" in texts
    assert "gestern: ja" in texts  # yesterday's yes, in German
    left = [t for t in texts if looks_english(t)]
    assert not left, left
    field = dialog.factor_fields[walked.id]
    field.setText("")
    qtbot.keyClicks(field, "ja")
    assert field.text() == "ja" and field.value() == 1.0  # not read as "no"
    field.setText("")
    qtbot.keyClicks(field, "n")
    assert field.value() == 0.0
    field.setText("")
    qtbot.keyClicks(field, "j")
    with qtbot.waitSignal(flow.checkin_saved, timeout=10_000):
        dialog.accept()
    runner.wait_for_done(10_000)
    assert checkin.load(journal, today).factor_values[walked.id] == 1.0


# -- the summary PDF ----------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return " ".join(out.stdout.split())


@pytest.mark.needs("pdftotext", "pdftoppm")
def test_the_summary_pdf_is_german(german, qapp, tmp_path) -> None:
    from app.demo import populate
    from app.report.summary import SummaryOptions, build_summary
    from ui.report.render import write_pdf

    end = dt.date(2026, 6, 30)
    journal = make_journal(tmp_path / "j.fettle")
    populate(journal, days=200, end=end)
    journal.appointments.save(Appointment(end, "", "Steife Hände", ("Dosis?",)))
    options = SummaryOptions(
        end - dt.timedelta(days=89),
        end,
        main_concern="Steife Hände",
        questions=("Dosis?",),
        appendix=True,
    )
    target = tmp_path / "zusammenfassung.pdf"
    write_pdf(build_summary(journal, options, today=end, tr=core_tr), target, "a4")
    journal.lock()
    text = _pdf_text(target)
    for heading in (
        "Gesundheitszusammenfassung",
        "HAUPTANLIEGEN",
        "FRAGEN FÜR DIESEN TERMIN",
        "Stärke der Symptome, selbst bewertet 0–10",
        "Aktuelle Behandlungen",
        "Behandlungsänderungen in diesem Zeitraum",
        "Tage mit jedem Symptom (bewertet über 0)",
        "Dieser Zeitraum",
        "Vorherige 90 Tage",
        "Änderung",
        "nicht erfasst",
        "Seite 1 von",
    ):
        assert heading in text, heading
    english_sources = {
        source
        for (context, source), german_text in _report_catalogue().items()
        if len(source.split()) >= 2 and "{" not in source and german_text != source
    }
    left = sorted(s for s in english_sources if s in text)
    assert not left, [text[max(0, text.index(s) - 80) : text.index(s) + 80] for s in left]
    # months in German ("Mai", "Juni"), never English month abbreviations
    assert not re.search(r"\b(May|Oct|Dec|Mar)\b", text), re.findall(r"\b(?:May|Oct|Dec)\b", text)
    assert re.search(r"\bMai\b", text)
    if shutil.which("pdftoppm"):  # a picture to look at (kept beside the PDF)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                str(target),
                str(tmp_path / "seite"),
            ],
            check=True,
            timeout=60,
        )


def _report_catalogue() -> dict[tuple[str, str], str]:
    import sys

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "packaging"))
    import update_translations

    known = update_translations._existing(root / "resources" / "translations" / "fettle_de.ts")
    return {k: v for k, v in known.items() if k[0] == "Report" and isinstance(v, str)}


def test_english_is_still_english_without_the_catalogue(qapp) -> None:
    """The same lookups without German: the core's words pass through unchanged."""
    from ui.i18n import install_translators

    assert install_translators(qapp, "en") == "en"
    english, _ = _filled(MESSAGES[0])
    assert core_message(english) == english
    assert QApplication.translate("Report", "Health summary") == "Health summary"


def test_an_experiment_is_described_in_german(german) -> None:
    """The plan's words around the treatment's name, and its dates, through core_tr."""
    from app.report.experiment import plan_for
    from app.report.experiment_words import commitment, schedule_lines, today_line

    plan = plan_for(
        "treatment", "Magnesium", 1, dt.date(2026, 3, 2), blocks=2, block_days=14, seed=3
    )
    lines = [
        commitment(plan, "Kopfschmerz", core_tr),
        *schedule_lines(plan, core_tr),
        today_line(plan, dt.date(2026, 3, 5), core_tr),
    ]
    text = " ".join(lines)
    assert "2. März 2026" in text and ("Magnesium nehmen" in text or "ohne Magnesium" in text)
    assert "Mar" not in text.replace("März", "")
    left = [line for line in lines if looks_english(line) or re.search(r"\b(take|no) ", line)]
    assert not left, left


def test_a_cross_post_warning_is_german(german) -> None:
    """The share review's warning about a passage posted before: where and when too."""
    from app.giveback.crosspost import CrossPost

    now = dt.datetime(2026, 3, 22, 12, tzinfo=dt.UTC)
    found = CrossPost(
        "Heute war ein schlechter Tag mit starken Schmerzen",
        "reddit",
        "2026-03-01T10:00:00+00:00",
        0.9,
        7,
    )
    shown = core_message(found.message(now))
    assert shown == (
        "Dieser Abschnitt („Heute war ein schlechter Tag mit…“) wurde auf Reddit "
        "vor 3 Wochen geteilt; wenn Sie ihn hier veröffentlichen, können Lesende "
        "die beiden Konten verknüpfen."
    ), shown


def test_why_a_finding_bears_on_a_question_is_german(german) -> None:
    """Answer a question: each finding's reasons ('about X; mentions y; entry')."""
    shown = core_message("about Methotrexate; mentions methotrexate; says “stiffness”; entry")
    assert shown == "über Methotrexate; erwähnt methotrexate; enthält „stiffness“; Eintrag"
    topic = core_message("mentions “HIV”, a topic you keep private")
    assert topic == "erwähnt „HIV“, ein Thema, das Sie für sich behalten"
