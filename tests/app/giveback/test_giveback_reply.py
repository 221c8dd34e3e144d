"""Answer a question from experience, on a made-up journal (real SQLCipher file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.giveback.reply import find_related, reply_draft
from app.posts import get_format
from app.share import final_text, redact_everything
from tests.app.cli.test_cli import fettle
from tests.support.giveback import PROFILE_WORDS, build
from tests.support.journals import PASSPHRASE


@pytest.fixture
def journal(tmp_path: Path):
    j, ids = build(tmp_path / "j.fettle")
    yield j, ids
    j.lock()


def _refs(found) -> set[tuple[str, int]]:
    return {(f.kind, f.ref) for f in found}


def test_a_question_about_a_brand_finds_the_lesson_and_the_treatment(journal) -> None:
    j, ids = journal
    found = find_related(j, "Has anyone here tried Elavil? Does the grogginess wear off?")
    refs = _refs(found)
    assert ("lesson", ids["lesson"]) in refs  # says "amitriptyline", linked to it
    assert ("treatment", ids["treatment"]) in refs  # "Elavil" is amitriptyline
    assert ("entry", ids["brand_note"]) in refs
    assert ("entry", ids["unrelated"]) not in refs and ("lesson", ids["unrelated2"]) not in refs
    assert ("lesson", ids["hand_lesson"]) not in refs
    lesson = next(f for f in found if f.ref == ids["lesson"] and f.kind == "lesson")
    assert "lesson" in lesson.reason and "Amitriptyline" in lesson.reason
    assert found[0].kind == "lesson"  # lessons first among equals


def test_the_generic_name_finds_the_brand_entry(journal) -> None:
    j, ids = journal
    refs = _refs(find_related(j, "amitriptyline for fibromyalgia, worth it?"))
    assert ("entry", ids["brand_note"]) in refs  # "Elavil" in its text
    assert ("entry", ids["unrelated"]) not in refs


def test_nothing_found_is_empty(journal) -> None:
    j, _ids = journal
    assert find_related(j, "Which bike lock do you recommend?") == []


def test_the_reply_carries_no_profile_term_and_no_question(journal) -> None:
    j, _ids = journal
    question = "Elavil for fibro: how long until it helps?"
    found = find_related(j, question)
    draft = reply_draft(j, question, found)
    redact_everything(draft)
    text = final_text(draft.post(get_format("reddit")))
    assert "8pm" in text and "Dry mouth" in text
    for word in PROFILE_WORDS:
        assert word not in text
    assert "how long until it helps" not in text  # not quoted unless asked


def test_a_quoted_question_has_the_askers_handle_and_name_redacted(journal) -> None:
    j, _ids = journal
    question = "Hi, Jenny Miller here (u/jenny_m). Anyone on Elavil? Thanks, Jenny from Leeds"
    draft = reply_draft(j, question, find_related(j, question)[:1], quote=True)
    text = final_text(draft.post(get_format("plain")))
    assert text.startswith("> Hi, ")
    assert "Anyone on Elavil?" in text
    for word in ("jenny_m", "Jenny", "Miller", "Leeds"):
        assert word not in text


def test_fettle_reply_reads_the_question_from_stdin(journal) -> None:
    j, _ids = journal
    path = str(j.path)
    j.lock()
    proc = fettle(
        "reply",
        "--quote",
        "--journal",
        path,
        passphrases=[PASSPHRASE],
        stdin="Anyone tried Elavil? - u/sleepy_sam\n",
    )
    assert proc.returncode == 0, proc.stderr
    assert "u/sleepy_sam" not in proc.stdout and "Anyone tried Elavil?" in proc.stdout
    assert "8pm" in proc.stdout
    assert "1. Take it early (" in proc.stderr and "lesson)" in proc.stderr
    nothing = fettle(
        "reply", "--journal", path, passphrases=[PASSPHRASE], stdin="Best bike lock?\n"
    )
    assert nothing.returncode == 0 and "Nothing in your journal" in nothing.stderr


def test_fettle_reply_post_lang_de_writes_fettles_words_in_german(journal) -> None:
    """The reply's scaffolding follows --post-lang, as ``fettle share`` does; the
    user's own words stay as written, and English stays the default."""
    j, _ids = journal
    path = str(j.path)
    j.lock()
    question = "Anyone tried Elavil? How long until it helps?\n"
    german = fettle(
        "reply", "--post-lang", "de", "--journal", path, passphrases=[PASSPHRASE], stdin=question
    )
    assert german.returncode == 0, german.stderr
    out = german.stdout
    assert (
        "Worum es geht: Amitriptyline" in out and "Wie gut es bei mir gewirkt hat: 7 von 10" in out
    )
    assert "Tag 1: Pharmacy." in out and "[Ort]" in out  # redaction's words in German
    assert "What it is" not in out and "Day 1" not in out and "[place]" not in out
    assert "Take amitriptyline by 8pm" in out  # the lesson as the user wrote it
    english = fettle("reply", "--journal", path, passphrases=[PASSPHRASE], stdin=question)
    assert "What it is: Amitriptyline" in english.stdout and "Day 1: Pharmacy." in english.stdout
