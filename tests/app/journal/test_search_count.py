"""``search.count``: how many entries a search finds in all, for the status line when only
the first page is shown (a full page used to read "50 matching entries")."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.journal.search import PENDING, count, search
from app.models import Entry, EntryFilter
from tests.support.journals import make_journal

START = dt.date(2026, 1, 1)
WORDS = ("pain", "painful", "rest", "walk", "zinc")


@pytest.fixture(scope="module")
def shared():
    with tempfile.TemporaryDirectory() as folder:
        journal = make_journal(Path(folder) / "j.fettle")
        journal.db.execute("PRAGMA synchronous = OFF")
        yield journal
        journal.lock()


def _fill(journal, drawn) -> list[int]:
    with journal.transaction() as db:
        db.execute("DELETE FROM entries")
        db.execute(f"DELETE FROM {PENDING}")
        db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('delete-all')")
    journal.entries.add_many(
        [
            Entry("note" if note else "symptom", START + dt.timedelta(days=day), "", " ".join(w))
            for day, w, note in drawn
        ]
    )
    return [r[0] for r in journal.db.execute("SELECT id FROM entries")]


@given(
    drawn=st.lists(
        st.tuples(st.integers(0, 40), st.lists(st.sampled_from(WORDS), max_size=4), st.booleans()),
        max_size=60,
    ),
    deleted=st.sets(st.integers(0, 59), max_size=8),
    text=st.sampled_from(["pain", "pai", "rest walk", "pain -zinc", '"pain rest"', "", "nothing"]),
    prefix=st.booleans(),
    flt=st.sampled_from(
        [
            EntryFilter(),
            EntryFilter(kinds=("note",)),
            EntryFilter(date_from=START + dt.timedelta(days=10)),
        ]
    ),
)
@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_the_count_is_how_many_a_search_finds_in_all(shared, drawn, deleted, text, prefix, flt):
    journal = shared
    ids = _fill(journal, drawn)
    with journal.transaction():  # queued for the index purge: never found, never counted
        for i in deleted:
            if i < len(ids):
                journal.entries.delete(ids[i])
    found = search(journal.db, text, flt, limit=10_000, prefix=prefix)
    assert count(journal.db, text, flt, prefix=prefix) == len(found)


def test_a_full_first_page_is_not_the_whole_count(shared):
    journal = shared
    _fill(journal, [(day % 30, ["pain"], True) for day in range(130)])
    assert len(search(journal.db, "pain", limit=50)) == 50
    assert journal.search_count("pain") == 130
    assert journal.search_count("pai", prefix=True) == 130
    assert journal.search_count("pai") == 0
