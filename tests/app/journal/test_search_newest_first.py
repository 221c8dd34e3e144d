"""Newest-first search walks the date index (issue 19): the same results as sorting every
match, at a cost that does not grow with the journal.

The plan (app/journal/newest_first.py) chooses between walking and two set plans by
counts and the density it sees; the property test forces every branch on small journals
by shrinking its thresholds, and compares each page with the query it replaced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.journal import newest_first as plan
from app.journal.entries import ROW_COLUMNS, rows_from, select
from app.journal.search import PENDING, fts_query, search
from app.models import HIT_END, HIT_START, Entry, EntryFilter, SymptomReading
from tests.support.journals import make_journal

START = dt.date(2026, 1, 1)
# words of every frequency, with shared beginnings for prefixes of 1 to 5 characters
WORDS = ("pain", "painful", "pale", "paint", "rest", "restless", "walk", "zinc", "ache")
TAGS = ("flare", "sleep", "work")
SCORE = "bm25(entries_fts, 4.0, 1.0, 2.0, 2.0)"


def reference(db, text: str, flt: EntryFilter, *, limit, offset, prefix, order):
    """The search as it was before the walk: every match looked up and sorted, a
    snippet asked for one hit at a time."""
    query = fts_query(text, prefix_last=prefix)
    sel = select(flt)
    if query is None:
        return None  # a listing, not a search: unchanged
    if order == "date":
        ranked = db.execute(
            f"SELECT {sel.id_col}, 0.0 FROM {sel.sql_from(with_entries=False)} "
            f"WHERE {sel.id_col} IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)"
            f" AND {sel.where} ORDER BY {sel.at_col} DESC, {sel.id_col} DESC LIMIT ? OFFSET ?",
            [query, *sel.params, limit, offset],
        ).fetchall()
    else:
        restrict = (
            f" AND +rowid NOT IN (SELECT id FROM {PENDING})"
            if sel.where == "1"
            else (
                f" AND +rowid IN (SELECT {sel.id_col} FROM {sel.sql_from(with_entries=False)} "
                f"WHERE {sel.where})"
            )
        )
        ranked = db.execute(
            f"SELECT rowid, {SCORE} AS score FROM entries_fts "
            f"WHERE entries_fts MATCH ?{restrict} ORDER BY score LIMIT ? OFFSET ?",
            [query, *sel.params, limit, offset],
        ).fetchall()
    ids = [r[0] for r in ranked]
    raw = db.execute(
        f"SELECT {ROW_COLUMNS} FROM entries e WHERE e.id IN ({','.join('?' * len(ids))})", ids
    ).fetchall()
    known = {row.id for row in rows_from(db, raw)}
    hits = []
    for rowid, score in ranked:
        snippet = db.execute(
            "SELECT snippet(entries_fts, -1, ?, ?, '…', 14) FROM entries_fts "
            "WHERE entries_fts MATCH ? AND rowid = ?",
            (HIT_START, HIT_END, query, rowid),
        ).fetchone()
        if rowid in known:
            hits.append((rowid, snippet[0] if snippet else "", score))
    return hits


@pytest.fixture(scope="module")
def shared():
    """One journal for every example (creating one costs 0.3 s), emptied by each."""
    with tempfile.TemporaryDirectory() as folder:
        journal = make_journal(Path(folder) / "j.fettle")
        # hundreds of fillings: no fsync or rollback file for each (not what is tested here)
        journal.db.execute("PRAGMA synchronous = OFF")
        journal.db.execute("PRAGMA journal_mode = MEMORY")
        ids = [journal.catalog.ensure_symptom(name).id for name in ("Headache", "Nausea")]
        yield journal, ids
        journal.lock()


def _fill(journal, symptom_ids, drawn, in_date_order: bool) -> list[int]:
    with journal.transaction() as db:  # emptied at once, as the storage benchmark does
        db.execute("DELETE FROM entries")
        db.execute(f"DELETE FROM {PENDING}")
        db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('delete-all')")
    entries = [
        Entry(
            "note" if kind else "symptom",
            START + dt.timedelta(days=day),
            title=" ".join(words[:1]),
            body=" ".join(words[1:]),
            time=dt.time(hour, 0) if hour is not None else None,
            tags=list(tags),
            readings=[SymptomReading(symptom_ids[rated], 5)]
            if rated is not None and not kind
            else [],
        )
        for day, hour, words, tags, kind, rated in drawn
    ]
    if in_date_order:  # a journal written day by day: ids follow the dates
        entries.sort(key=lambda e: (e.day, e.time or dt.time.min))
    journal.entries.add_many(entries)
    return [r[0] for r in journal.db.execute("SELECT id FROM entries")]


entry = st.tuples(
    st.integers(0, 60),
    st.one_of(st.none(), st.integers(0, 23)),
    st.lists(st.sampled_from(WORDS), max_size=5),
    st.lists(st.sampled_from(TAGS), max_size=2, unique=True),
    st.booleans(),
    st.one_of(st.none(), st.integers(0, 1)),
)
words = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).flatmap(lambda w: st.integers(1, len(w)).map(lambda n: w[:n])),
    st.sampled_from(['"pain rest"', "pain -zinc", "rest walk", "-ache pale", "pai", "nothing"]),
)
days = st.integers(0, 60).map(lambda d: START + dt.timedelta(d))
filters = st.one_of(
    st.just(EntryFilter()),
    st.builds(
        EntryFilter,
        kinds=st.sampled_from([(), ("note",), ("symptom", "note")]),
        tag=st.one_of(st.none(), st.sampled_from(TAGS)),
        symptom_id=st.one_of(st.none(), st.sampled_from([1, 2])),
        date_from=st.one_of(st.none(), days),
        date_to=st.one_of(st.none(), days),
    ),
)
# thresholds shrunk so that a few dozen entries take every branch of the plan, weighted
# towards walking on (a huge PER_KEPT never gives up walking, a tiny one always does)
knobs = st.fixed_dictionaries(
    {
        "RARE": st.sampled_from([0, 0, 1, 4, 300]),
        "FIRST": st.sampled_from([1, 2]),
        "FIRST_COSTLY": st.sampled_from([1, 8]),
        "FIRST_SCATTERED": st.sampled_from([1, 3, 64]),
        "SHORTEST": st.sampled_from([1, 1, 64]),
        "GAP": st.sampled_from([0, 2, 64]),
        "PER_KEPT": st.sampled_from([1e-6, 0.13, 1e6, 1e6]),
        "LONGEST": st.sampled_from([1, 3, 5000]),
    }
)
WALK_ON = {"RARE": 0, "FIRST": 1, "SHORTEST": 1, "PER_KEPT": 1e6}


@given(
    drawn=st.one_of(st.lists(entry, max_size=4), st.lists(entry, min_size=20, max_size=70)),
    in_date_order=st.booleans(),
    deleted=st.sets(st.integers(0, 69), max_size=10),
    text=words,
    prefix=st.booleans(),
    flt=filters,
    limit=st.integers(1, 12),
    offset=st.sampled_from([0, 0, 0, 1, 5, 12, 40]),
    order=st.sampled_from(["date", "date", "relevance"]),
    knob=knobs,
)
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_pages_are_those_of_the_sorted_set(
    shared, drawn, in_date_order, deleted, text, prefix, flt, limit, offset, order, knob
):
    journal, symptom_ids = shared
    ids = _fill(journal, symptom_ids, drawn, in_date_order)
    gone = {ids[i] for i in deleted if i < len(ids)}
    with journal.transaction():  # queued for the purge, still in the index
        for entry_id in gone:
            journal.entries.delete(entry_id)
    with mock.patch.multiple(plan, **knob):
        got = search(journal.db, text, flt, limit=limit, offset=offset, prefix=prefix, order=order)
    want = reference(journal.db, text, flt, limit=limit, offset=offset, prefix=prefix, order=order)
    if want is not None:
        assert [(h.row.id, h.snippet, h.rank) for h in got] == want
    assert not gone & {h.row.id for h in got}


def _same_pages(journal, text: str, *, prefix: bool = False, pages: int = 14) -> None:
    for offset in range(pages):
        for limit in (1, 3):
            got = search(journal.db, text, limit=limit, offset=offset, prefix=prefix, order="date")
            want = reference(
                journal.db,
                text,
                EntryFilter(),
                limit=limit,
                offset=offset,
                prefix=prefix,
                order="date",
            )
            assert [(h.row.id, h.snippet, h.rank) for h in got] == want, (offset, limit)


@pytest.mark.parametrize("longest", [1, 2, 5])
def test_the_walk_goes_on_stretch_after_stretch(shared, longest):
    """Every third entry matches; stretches of a few rows: pages at each offset are those
    of the sorted set (no row read twice at a stretch's edge, none skipped)."""
    journal, symptom_ids = shared
    drawn = [
        (i // 2, 8 + i % 2, ["pain"] if i % 3 == 0 else ["rest"], (), True, None) for i in range(40)
    ]
    _fill(journal, symptom_ids, drawn, in_date_order=True)
    with mock.patch.multiple(plan, LONGEST=longest, **WALK_ON):
        _same_pages(journal, "pain")
        _same_pages(journal, "pai", prefix=True)
        _same_pages(journal, "pain", prefix=True)  # a prefix FTS5 merges: asked once


def test_scattered_ids_are_sampled_then_walked(shared):
    """Dates entered out of order: the first stretch is cut to a sample, and the walk goes
    on from where the sample ended."""
    journal, symptom_ids = shared
    drawn = [((i * 7) % 40, 9, ["pain"] if i % 2 else ["rest"], (), True, None) for i in range(40)]
    _fill(journal, symptom_ids, drawn, in_date_order=False)
    # the first stretch asks for more rows than there are, so it is also the last
    with mock.patch.multiple(plan, **{**WALK_ON, "GAP": 0, "FIRST_SCATTERED": 3, "SHORTEST": 64}):
        _same_pages(journal, "pain")


def test_a_costly_prefix_is_one_fts5_does_not_hold():
    """FTS5 holds two- and three-character prefixes (``prefix='2 3'``); others merge."""
    assert [plan.costly_prefix(fts_query(t, prefix_last=True)) for t in WORDS[:3]] == [True] * 3
    assert not plan.costly_prefix(fts_query("pa", prefix_last=True))
    assert not plan.costly_prefix(fts_query("pai", prefix_last=True))
    assert plan.costly_prefix(fts_query("p", prefix_last=True))
    assert plan.costly_prefix(fts_query("-zinc pain", prefix_last=True))  # prefix not last
    assert not plan.costly_prefix(fts_query("pain", prefix_last=False))
    assert not plan.costly_prefix(fts_query('"after lunch"', prefix_last=True))


# ---- the cost does not grow with the journal ------------------------------------------


def _journal(folder: Path, size: int):
    journal = make_journal(folder / f"j{size}.fettle")
    head = journal.catalog.ensure_symptom("Headache").id
    journal.entries.add_many(
        Entry(
            "symptom" if i % 2 else "note",
            START + dt.timedelta(days=i // 3),
            body=("pain " if i % 5 else "") + ("zinc" if i % 97 == 0 else "rest"),
            time=dt.time(8 + i % 3 * 4, 0),
            tags=["flare"] if i % 3 == 0 else [],
            readings=[SymptomReading(head, 4)] if i % 2 else [],
        )
        for i in range(size)
    )
    return journal, head


@contextlib.contextmanager
def _counted(db):
    """SQLite virtual-machine steps (in hundreds) and the statements run meanwhile."""
    steps, statements = [0], []
    db.set_progress_handler(lambda: steps.__setitem__(0, steps[0] + 1) or 0, 100)
    db.set_trace_callback(statements.append)
    try:
        yield steps, statements
    finally:
        db.set_progress_handler(None, 100)
        db.set_trace_callback(None)


@pytest.fixture(scope="module")
def journals():
    with tempfile.TemporaryDirectory() as folder:
        small, big = _journal(Path(folder), 800), _journal(Path(folder), 3200)
        yield small, big
        small[0].lock()
        big[0].lock()


def _page_cost(journal, head, flt_kind: str, offset: int = 0) -> tuple[int, list[str]]:
    last = START + dt.timedelta(days=260)  # inside both journals
    flt = {
        "none": EntryFilter(),
        "dates": EntryFilter(date_from=START, date_to=last),
        "symptom": EntryFilter(symptom_id=head),
        "tag": EntryFilter(tag="flare", date_to=last),
    }[flt_kind]
    with _counted(journal.db) as (steps, statements):
        hits = search(journal.db, "pain", flt, limit=50, offset=offset, order="date")
    assert len(hits) == 50
    return steps[0], statements


@pytest.mark.parametrize("flt_kind", ["none", "dates", "symptom", "tag"])
def test_a_common_words_newest_page_costs_the_same_in_a_journal_four_times_larger(
    journals, flt_kind
):
    """Sorting every match cost four times as much at four times the entries; the walk
    reads the newest stretch of the filter's date index and stops."""
    (small, small_head), (big, big_head) = journals
    small_steps, _ = _page_cost(small, small_head, flt_kind)
    big_steps, statements = _page_cost(big, big_head, flt_kind)
    assert big_steps <= small_steps * 1.25, (small_steps, big_steps)
    assert not any("IN (SELECT rowid FROM entries_fts" in s for s in statements)
    later_steps, _ = _page_cost(big, big_head, flt_kind, offset=100)
    assert later_steps < big_steps * 4  # page 3 walks on from the same start


@pytest.mark.parametrize("flt_kind", ["none", "dates", "symptom", "tag"])
def test_the_walk_follows_the_date_index_and_never_sorts(journals, flt_kind):
    big, head = journals[1]
    _, statements = _page_cost(big, head, flt_kind)
    walks = [s for s in statements if s.startswith("SELECT") and "ORDER BY" in s and "LIMIT" in s]
    assert walks
    for sql in walks:
        steps = [r[-1] for r in big.db.execute("EXPLAIN QUERY PLAN " + sql)]
        assert any("INDEX" in s and "entries_fts" not in s for s in steps), steps
        assert not any("TEMP B-TREE" in s for s in steps), steps
        assert not any(s.startswith("SCAN") and "INDEX" not in s for s in steps), steps
