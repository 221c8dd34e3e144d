"""Finding "last month's headaches": date words, filters and date order in search."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.journal.query_words import understand
from app.journal.search import search
from app.models import Entry, EntryFilter, SymptomReading
from tests.support.journals import make_journal

TODAY = dt.date(2026, 12, 5)


@pytest.fixture
def journal(tmp_path):
    j = make_journal(tmp_path / "j.fettle")
    head = j.catalog.ensure_symptom("Headache").id
    knee = j.catalog.ensure_symptom("Knee pain").id
    days = [
        dt.date(2026, 10, 20),
        dt.date(2026, 11, 3),
        dt.date(2026, 11, 28),
        dt.date(2026, 12, 1),
    ]
    for i, day in enumerate(days):
        j.entries.add(
            Entry(
                "symptom",
                day,
                f"Day {i}",
                "throbbing all day",
                tags=["flare"],
                readings=[SymptomReading(head, 5 + i)],
            )
        )
    j.entries.add(
        Entry(
            "symptom",
            dt.date(2026, 11, 10),
            "Stairs",
            "knee gave way",
            readings=[SymptomReading(knee, 4)],
        )
    )
    j.entries.add(Entry("note", dt.date(2026, 11, 15), "Headache clinic letter", "booked"))
    yield j
    j.lock()


def _titles(hits):
    return [h.row.title for h in hits]


def test_headache_november_finds_novembers_headaches(journal):
    said = understand("headache november", TODAY)
    assert (said.text, said.date_from, said.date_to) == (
        "headache",
        dt.date(2026, 11, 1),
        dt.date(2026, 11, 30),
    )
    hits = journal.search(said.text, said.apply(EntryFilter()))
    assert sorted(_titles(hits)) == ["Day 1", "Day 2", "Headache clinic letter"]
    assert journal.search("headache november") == []  # the words alone were text before


def test_last_month_alone_lists_the_month_newest_first(journal):
    said = understand("last month", TODAY)
    assert said.text == "" and said.date_words == "last month"
    hits = journal.search(said.text, said.apply(EntryFilter()))
    assert _titles(hits) == ["Day 2", "Headache clinic letter", "Stairs", "Day 1"]
    assert all(h.snippet == "" for h in hits)
    assert journal.search("", EntryFilter()) == []  # nothing asked, nothing listed


def test_symptom_kind_and_tag_filters_with_date_order(journal):
    head = journal.catalog.symptom_by_name("Headache").id
    flt = EntryFilter(
        symptom_id=head, date_from=dt.date(2026, 11, 1), date_to=dt.date(2026, 12, 31)
    )
    assert _titles(journal.search("throbbing", flt, order="date")) == ["Day 3", "Day 2", "Day 1"]
    notes = EntryFilter(kinds=("note",))
    assert _titles(journal.search("headache", notes)) == ["Headache clinic letter"]
    tagged = EntryFilter(tag="flare", date_to=dt.date(2026, 11, 30))
    assert _titles(journal.search("throbbing", tagged, order="date")) == ["Day 2", "Day 1", "Day 0"]
    page_two = journal.search("throbbing", EntryFilter(), order="date", limit=2, offset=2)
    assert _titles(page_two) == ["Day 1", "Day 0"]
    with pytest.raises(ValueError):
        journal.search("x", order="alphabet")


def _plans(db, calls) -> list[str]:
    captured: list[str] = []
    db.set_trace_callback(captured.append)
    try:
        for call in calls:
            call()
    finally:
        db.set_trace_callback(None)
    return [
        " ".join(str(r[-1]) for r in db.execute("EXPLAIN QUERY PLAN " + sql))
        for sql in captured
        if "ORDER BY" in sql and "LIMIT" in sql and not sql.startswith("--")
    ]


def test_listing_by_date_is_an_index_range_scan(journal):
    db = journal.db
    head = journal.catalog.symptom_by_name("Headache").id
    plans = _plans(
        db,
        [
            lambda: search(db, "", EntryFilter(date_from=dt.date(2026, 11, 1))),
            lambda: search(db, "", EntryFilter(symptom_id=head, date_from=dt.date(2026, 11, 1))),
        ],
    )
    assert len(plans) == 2
    assert "entries_at" in plans[0] and "symptom_readings_symptom" in plans[1], plans
    for plan in plans:
        assert "TEMP B-TREE" not in plan and "SCAN e " not in plan + " ", plan


def test_date_order_never_scans_the_whole_journal(journal):
    db = journal.db
    plans = _plans(
        db,
        [
            lambda: search(
                db, "throbbing", EntryFilter(date_from=dt.date(2026, 11, 1)), order="date"
            )
        ],
    )
    # few matches: driven by the full-text matches (what relevance order ranks too), never
    # a table scan; a common word walks the date index instead, pinned in
    # test_search_newest_first.py (its cost does not grow with the journal)
    assert plans and "SCAN e " not in plans[0] + " " and "entries_fts" in plans[0], plans


@pytest.mark.parametrize(
    ("query", "start", "end", "rest"),
    [
        ("nov 2024 knee", dt.date(2024, 11, 1), dt.date(2024, 11, 30), "knee"),
        ("december", dt.date(2026, 12, 1), dt.date(2026, 12, 31), ""),
        ("January", dt.date(2026, 1, 1), dt.date(2026, 1, 31), ""),
        ("last week nausea", dt.date(2026, 11, 23), dt.date(2026, 11, 29), "nausea"),
        ("this week", dt.date(2026, 11, 30), dt.date(2026, 12, 6), ""),
        ("past 7 days", dt.date(2026, 11, 29), dt.date(2026, 12, 5), ""),
        ("yesterday", dt.date(2026, 12, 4), dt.date(2026, 12, 4), ""),
        ("headache in may", dt.date(2026, 5, 1), dt.date(2026, 5, 31), "headache"),
        ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31), ""),
    ],
)
def test_date_words(query, start, end, rest):
    said = understand(query, TODAY)
    assert (said.date_from, said.date_to, said.text) == (start, end, rest)


@pytest.mark.parametrize(
    "query", ["fatigue may be worse", '"march" pain', "headache", "marching band"]
)
def test_words_that_are_not_dates_stay_text(query):
    assert understand(query, TODAY) == understand(query, TODAY).__class__(query)


def test_a_range_chosen_on_screen_wins_over_date_words():
    chosen = EntryFilter(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 1, 31))
    assert understand("headache november", TODAY).apply(chosen) == chosen


@given(st.text(max_size=60))
def test_understanding_never_crashes_and_keeps_the_words(text):
    said = understand(text, TODAY)
    assert (said.date_from is None) == (said.date_to is None)
    if said.date_from is not None:
        assert said.date_from <= said.date_to
    assert len(said.text) <= len(text)
