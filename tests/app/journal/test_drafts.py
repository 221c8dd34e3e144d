"""Drafts: unfinished text kept inside the encrypted journal, across a lock."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput, JournalLocked
from app.journal.journal import Journal
from tests.support.journals import PASSPHRASE, make_journal


def test_a_draft_survives_lock_and_unlock_and_is_taken_once(tmp_path):
    path = tmp_path / "j.fettle"
    journal = make_journal(path)
    journal.drafts.save("quick_log", {"note": "woke with a migraine", "readings": [[1, 6]]})
    journal.lock()
    with pytest.raises(JournalLocked):
        journal.drafts.load("quick_log")  # locked means locked
    journal = Journal.open(path, PASSPHRASE)
    assert journal.drafts.all() == {
        "quick_log": {"note": "woke with a migraine", "readings": [[1, 6]]}
    }
    assert journal.drafts.take("quick_log")["note"] == "woke with a migraine"
    assert journal.drafts.take("quick_log") is None
    assert journal.drafts.all() == {}
    journal.lock()


def test_the_draft_text_is_not_readable_in_the_file(tmp_path):
    path = tmp_path / "j.fettle"
    journal = make_journal(path)
    journal.drafts.save("summary", {"concern": "Zebrafinch-pain-417"})
    journal.lock()
    assert b"Zebrafinch" not in path.read_bytes()


def test_save_many_replaces_and_discard_removes(tmp_path):
    journal = make_journal(tmp_path / "j.fettle")
    journal.drafts.save_many({"summary": {"concern": "a"}, "editor": {"body": "b"}})
    journal.drafts.save("summary", {"concern": "c"})
    assert journal.drafts.load("summary") == {"concern": "c"}
    journal.drafts.discard("editor")
    assert set(journal.drafts.all()) == {"summary"}
    assert journal.drafts.saved_at("summary") is not None


def test_bad_names_and_damaged_payloads(tmp_path):
    journal = make_journal(tmp_path / "j.fettle")
    with pytest.raises(InvalidInput):
        journal.drafts.save("Robert'); DROP TABLE drafts;--", {})
    with pytest.raises(InvalidInput):
        journal.drafts.save("x", ["not", "an", "object"])  # type: ignore[arg-type]
    with journal.transaction() as db:
        db.execute("INSERT INTO drafts VALUES ('broken', '{not json', '2026-01-01')")
    assert journal.drafts.all() == {}
    assert journal.drafts.take("broken") is None


def test_an_unsaved_entry_round_trips_through_a_draft(tmp_path):
    import datetime as dt

    from app.journal.drafts import entry_from_payload, entry_payload
    from app.models import Entry, SymptomReading

    journal = make_journal(tmp_path / "j.fettle")
    entry = Entry(
        "symptom",
        dt.date(2026, 3, 4),
        title="Bad night",
        body="ached\nall over",
        time=dt.time(3, 15),
        tags=["flare"],
        readings=[SymptomReading(7, 0, None, "", "Headache")],
    )
    journal.drafts.save("editor", entry_payload(entry))
    assert entry_from_payload(journal.drafts.take("editor")) == entry
    assert entry_from_payload({"kind": "note"}) is None
