"""Full-text search and filtered, paginated lists on a real encrypted journal."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.journal.journal import Journal
from app.journal.search import fts_query
from app.models import HIT_END, HIT_START, Entry, EntryFilter


def titles(hits) -> list[str]:
    return [h.row.title for h in hits]


def test_finds_words_in_title_body_and_tags(filled: Journal) -> None:
    assert titles(filled.search("pounding")) == ["Morning headache"]
    assert titles(filled.search("pacing")) == ["Pacing"]  # title and tag
    assert "Holiday" in titles(filled.search("family"))  # tag only


def test_title_match_ranks_above_body_match(filled: Journal) -> None:
    hits = filled.search("headache")
    assert hits[0].row.title == "Morning headache"
    assert {"Morning headache", "Holiday"} <= set(titles(hits))


def test_snippet_marks_the_match(filled: Journal) -> None:
    hit = filled.search("mountain")[0]
    assert f"{HIT_START}mountain{HIT_END}" in hit.snippet


def test_prefix_and_accents_and_case(filled: Journal) -> None:
    assert titles(filled.search("methotr", prefix=True)) == titles(filled.search("METHOTREXATE"))
    assert filled.search("methotr") == []  # whole words unless asked
    filled.entries.add(Entry("note", dt.date(2026, 5, 1), "Café visit", "crème brûlée"))
    assert titles(filled.search("creme brulee")) == ["Café visit"]


def test_phrase_and_exclusion(filled: Journal) -> None:
    assert titles(filled.search('"screen time"')) == ["Morning headache"]
    assert titles(filled.search('"time screen"')) == []
    assert "Holiday" not in titles(filled.search("headache -gift"))


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "NEAR(",
        "a OR",
        "*",
        "(",
        "-",
        "AND",
        "title:x",
        "'; DROP TABLE entries; --",
        "\\",
        "^",
        "",
    ],
)
def test_query_syntax_in_user_text_is_harmless(filled: Journal, text: str) -> None:
    filled.search(text)  # no exception
    assert filled.entries.count() == 6


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_fts_query_builder_never_produces_invalid_syntax(text: str) -> None:
    import sqlite3

    query = fts_query(text)
    if query is None:
        return
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE f USING fts5(a)")
    con.execute("SELECT * FROM f WHERE f MATCH ?", (query,)).fetchall()


def test_filters_combine_with_search(filled: Journal) -> None:
    cat = filled.catalog
    headache = cat.symptom_by_name("headache")
    assert headache is not None
    by_symptom = filled.search("headache", EntryFilter(symptom_id=headache.id))
    # the untitled entry rated headache without writing the word; the note wrote it
    # without rating it
    assert sorted(h.row.id for h in by_symptom) == [1, 2]
    by_kind = filled.search("fatigue", EntryFilter(kinds=("lesson",)))
    assert titles(by_kind) == ["Pacing"]
    mtx = cat.treatments()[0]
    assert sorted(titles(filled.search("methotrexate", EntryFilter(treatment_id=mtx.id)))) == [
        "Queasy",
        "Started methotrexate",
    ]
    ra = cat.conditions()[0]
    assert titles(filled.search("fatigue", EntryFilter(condition_id=ra.id))) == ["Pacing"]
    march = EntryFilter(date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31))
    assert sorted(h.row.id for h in filled.search("headache", march)) == [1, 2]
    assert titles(filled.search("headache", EntryFilter(tag="SCREEN"))) == ["Morning headache"]


def test_filtered_page_headache_in_march_newest_first(filled: Journal) -> None:
    headache = filled.catalog.symptom_by_name("Headache")
    page = filled.entries.page(
        EntryFilter(
            symptom_id=headache.id, date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31)
        )
    )
    assert [r.day for r in page.rows] == [dt.date(2026, 3, 20), dt.date(2026, 3, 2)]
    assert page.rows[0].severities == (("Fatigue", 5), ("Headache", 2))
    assert page.rows[0].title.startswith("Fatigue all afternoon")  # first line when untitled


def test_rated_symptoms_and_linked_treatments_are_searchable(filled: Journal) -> None:
    # entry 2 never writes "headache" but rates it; entry 5 is linked to the condition
    assert 2 in [h.row.id for h in filled.search("headache")]
    assert 5 in [h.row.id for h in filled.search("rheumatoid")]
    headache = filled.catalog.symptom_by_name("Headache")
    filled.catalog.rename_symptom(headache.id, "Migraine")
    assert 2 in [h.row.id for h in filled.search("migraine")]
    assert 2 not in [h.row.id for h in filled.search("headache")]


def test_updates_and_deletes_reach_the_index(filled: Journal) -> None:
    hit = filled.search("pounding")[0]
    entry = filled.entries.get(hit.row.id)
    entry.body = "A dull ache instead."
    filled.entries.update(entry)
    assert filled.search("pounding") == []
    assert titles(filled.search("dull")) == ["Morning headache"]
    deleted = filled.entries.delete(entry.id)
    assert filled.search("dull") == []
    filled.entries.restore(deleted)
    assert titles(filled.search("dull")) == ["Morning headache"]
    assert filled.entries.get(entry.id).tags == ["screen", "sleep"]


def test_pages_cover_everything_once_in_order(journal: Journal) -> None:
    journal.entries.add_many(
        Entry(
            "note",
            dt.date(2026, 1, 1) + dt.timedelta(days=i % 40),
            f"n{i}",
            time=dt.time(i % 24, 0) if i % 3 else None,
        )
        for i in range(257)
    )
    seen: list[tuple] = []
    page = journal.entries.page(limit=50)
    while True:
        seen.extend((r.day, r.time, r.id) for r in page.rows)
        if page.next is None:
            break
        page = journal.entries.page(after=page.next, limit=50)
    assert len(seen) == 257 == len({s[2] for s in seen})
    keys = [(d.isoformat() + "T" + (t.strftime("%H:%M") if t else ""), i) for d, t, i in seen]
    assert keys == sorted(keys, reverse=True)


def test_search_pages_with_offset(journal: Journal) -> None:
    journal.entries.add_many(
        Entry("note", dt.date(2026, 1, 1), f"item {i}", "common word") for i in range(120)
    )
    first = journal.search("common", limit=50)
    second = journal.search("common", limit=50, offset=50)
    third = journal.search("common", limit=50, offset=100)
    ids = [h.row.id for h in first + second + third]
    assert len(ids) == 120 == len(set(ids))


def test_deleted_words_leave_the_index_at_the_purge(journal: Journal) -> None:
    """Deleting queues the index's removal (issue 19); search leaves the entry out at
    once and the purge (idle, backup, lock, close) takes its words out of the index."""
    entry_id = journal.entries.add(Entry("note", dt.date(2026, 1, 1), "x", "zanzibarite secret"))
    journal.entries.add(Entry("note", dt.date(2026, 1, 2), "y", "ordinary words"))
    journal.db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, entries_fts, row)")

    def indexed(term: str) -> bool:
        return (
            journal.db.execute(
                "SELECT count(*) FROM temp.vocab WHERE term = ?", (term,)
            ).fetchone()[0]
            > 0
        )

    assert indexed("zanzibarite")
    journal.entries.delete(entry_id)
    assert journal.search("zanzibarite") == [] and journal.search("zanzib", prefix=True) == []
    assert indexed("zanzibarite")  # queued, not yet purged
    assert journal.purge_deleted() == 1
    assert not indexed("zanzibarite")
    assert indexed("ordinary")
