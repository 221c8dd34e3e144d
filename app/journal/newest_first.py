"""Newest-first search: walk the entries by date and ask the index about each stretch.

Sorting every full-text match by date cost 167 ms for a common word at 100,000 entries
(issue 19): each of 38,000 matches was looked up for its date and the lot sorted, for a
page of 50. A common word is found within the newest few dozen entries, so the walk goes
the other way: along the filter's own date index, newest first, a stretch of rows at a
time, asking FTS5 which of them match. Entries are mostly written in date order, so a
stretch's ids lie close together and one FTS5 query over that id range answers for all
of them (``rowid BETWEEN`` is a seek in each term's list, then a short scan); where they
are scattered (back-dated entries, imports) each stretch is several ranges, down to one
row each, all in one statement.

A word that is not common would make that walk long, so two set plans stay: few matches
in the whole journal (a bounded count tells) are looked up and sorted, as before; more
than a few are kept as a set while the date index is scanned until the page is full.
What the walk has found so far decides when to give up walking: it goes on only while
the rows it still expects to walk cost less than the set plan would.

A last word typed as a prefix that FTS5's prefix indexes (``prefix='2 3'``) do not hold
costs a merge of every matching word's list on each FTS5 query, so for those FTS5 is
asked once, over the first stretch's id range, or the set plan runs.

All plans return exactly what the set query returns: the deleted entries whose removal
from the index is queued (``fts_pending``) are not in the tables the walk reads.
"""

from __future__ import annotations

import re

from app.journal.entries import Selection

# Few enough matches in the whole journal to look each one up and sort them.
RARE = 300
# The first stretch walked: this many times the rows asked for (more for a costly
# prefix, where each stretch is a merge), and at most this many rows when their ids are
# scattered, as a sample before deciding.
FIRST = 2
FIRST_COSTLY = 8
FIRST_SCATTERED = 64
SHORTEST = 64  # rows in the first stretch at least
# Ids at most this far apart are asked about in one id range.
GAP = 64
# Rough CPU cost in microseconds, measured at 100,000 entries (encrypted, 2 MB page
# cache): one FTS5 query over an id range (a seek in each term's list, in each index
# segment), a walked row besides, and a full-text match kept as a set by the set plan.
PER_RANGE = 20.0
PER_ROW = 0.5
PER_KEPT = 0.13
LONGEST = 5_000  # rows in one stretch at most (three SQL parameters a row at most)

_PREFIX = re.compile(r'"([^"]*)" \*')


def costly_prefix(query: str) -> bool:
    """Whether ``query`` (from ``fts_query``) holds a prefix that FTS5's prefix indexes
    (``prefix='2 3'``: two and three characters) do not: FTS5 then merges the lists of
    every word it begins, on each query (3.5 ms for "pain*" at 100,000 entries)."""
    return any(len(word) not in (2, 3) for word in _PREFIX.findall(query))


def newest_first(
    db, query: str, sel: Selection, limit: int, offset: int, *, costly: bool = False
) -> list[int]:
    """Ids of the entries matching ``query`` and the filter, newest first.

    ``costly``: the query holds a prefix FTS5 merges on each query (``costly_prefix``),
    so FTS5 is asked once while walking, over one id range, or not at all.
    """
    if limit < 0 or offset < 0:  # SQLite's "no limit" and "no offset": no page to walk to
        return _set_plan(db, query, sel, limit, offset, sort=True)
    if limit == 0:
        return []
    need = offset + limit
    if not costly and _fewer_than(db, query, RARE):
        return _set_plan(db, query, sel, limit, offset, sort=True)
    found: list[int] = []
    walked = 0
    at_least = RARE  # matches the journal is known to hold (not fewer than RARE, above)
    after: tuple[int, str] | None = None
    stretch = min(max((FIRST_COSTLY if costly else FIRST) * need, SHORTEST), LONGEST)
    while True:
        rows = _stretch(db, sel, after, stretch)
        last = len(rows) < stretch  # the filter's rows end here
        ranges = id_ranges([r[0] for r in rows])
        if costly and len(ranges) > 1:  # one FTS5 query would not do
            break
        if not walked and len(ranges) > FIRST_SCATTERED:
            # scattered ids (dates entered out of order): a sample before deciding
            rows, last = rows[:FIRST_SCATTERED], False
            ranges = id_ranges([r[0] for r in rows])
        ids = [r[0] for r in rows]
        if ids:
            matched = _matching(db, query, ranges, ids)
            found.extend(i for i in ids if i in matched)
        walked += len(ids)
        if len(found) >= need or last:
            return found[offset:need]
        after = rows[-1]
        # rows still to walk at the density seen so far (one more match than found, so
        # a stretch without any does not promise an endless walk), at this stretch's cost
        expect = (need - len(found)) * walked / (len(found) + 1)
        per_row = PER_ROW + PER_RANGE * len(ranges) / len(ids)
        # the set plan costs less than walking on if the journal has fewer matches
        cap = int(expect * per_row / PER_KEPT)
        if costly:
            break
        if cap > at_least:  # counted only past what an earlier count showed
            if _fewer_than(db, query, cap):
                break
            at_least = cap
        stretch = min(int(expect * 1.25) + 16, LONGEST)
    return _set_plan(db, query, sel, limit, offset, sort=costly and _fewer_than(db, query, RARE))


def id_ranges(ids: list[int]) -> list[tuple[int, int]]:
    """``ids`` as ranges of ids no more than ``GAP`` apart, lowest first."""
    ranges: list[tuple[int, int]] = []
    for i in sorted(ids):
        if ranges and i - ranges[-1][1] <= GAP:
            ranges[-1] = (ranges[-1][0], i)
        else:
            ranges.append((i, i))
    return ranges


def _fewer_than(db, query: str, cap: int) -> bool:
    """Whether the journal has fewer than ``cap`` matches (counts at most ``cap``)."""
    if cap <= 0:
        return False
    counted = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM entries_fts WHERE entries_fts MATCH ? LIMIT ?)",
        (query, cap),
    ).fetchone()[0]
    return counted < cap


def _stretch(db, sel: Selection, after: tuple[int, str] | None, count: int) -> list[tuple]:
    """The next ``count`` (id, at) of the filter, newest first, after the row ``after``."""
    where, params = sel.where, list(sel.params)
    if after is not None:
        where += f" AND ({sel.at_col}, {sel.id_col}) < (?, ?)"
        params.extend((after[1], after[0]))
    return db.execute(
        f"SELECT {sel.id_col}, {sel.at_col} FROM {sel.sql_from(with_entries=False)} "
        f"WHERE {where} ORDER BY {sel.at_col} DESC, {sel.id_col} DESC LIMIT ?",
        [*params, count],
    ).fetchall()


def _matching(db, query: str, ranges: list[tuple[int, int]], ids: list[int]) -> set[int]:
    """Which of ``ids`` match: one FTS5 query per id range (a seek, then a short scan)."""
    spans = ",".join("(?,?)" for _ in ranges)
    marks = ",".join("?" * len(ids))
    return {
        r[0]
        for r in db.execute(
            f"SELECT f.rowid FROM (VALUES {spans}) AS r CROSS JOIN entries_fts AS f "
            "WHERE f.entries_fts MATCH ? AND f.rowid BETWEEN r.column1 AND r.column2 "
            f"AND +f.rowid IN ({marks})",
            [*(i for span in ranges for i in span), query, *ids],
        )
    }


def _set_plan(db, query: str, sel: Selection, limit: int, offset: int, *, sort: bool) -> list[int]:
    """The matches as one set: looked up and sorted (``sort``), or kept while the
    filter's date index is scanned until the page is full."""
    member = f"{sel.id_col} IN" if sort else f"+{sel.id_col} IN"
    return [
        r[0]
        for r in db.execute(
            f"SELECT {sel.id_col} FROM {sel.sql_from(with_entries=False)} "
            f"WHERE {member} (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)"
            f" AND {sel.where} ORDER BY {sel.at_col} DESC, {sel.id_col} DESC LIMIT ? OFFSET ?",
            [query, *sel.params, limit, offset],
        )
    ]
