"""Full-text search: ranked, with snippets, combined with filters.

The user's words are never passed to FTS5 as query syntax: they are split into
words and quoted phrases and each is quoted, so a stray ``"`` or ``NEAR(`` is
just text. The last bare word is a prefix (``fatig`` finds "fatigue"), so results
can follow typing.
"""

from __future__ import annotations

import re

from app.journal.entries import ROW_COLUMNS, count_selected, rows_from, select
from app.journal.newest_first import costly_prefix, id_ranges, newest_first
from app.models import HIT_END, HIT_START, EntryFilter, SearchHit

_PART = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')
_WORD = re.compile(r"\w+")
MAX_TERMS = 32


def fts_query(text: str, *, prefix_last: bool = True) -> str | None:
    """Build a safe FTS5 MATCH expression, or None when there is nothing to find."""
    include: list[str] = []
    exclude: list[str] = []
    parts = list(_PART.finditer(text))[:MAX_TERMS]
    for i, m in enumerate(parts):
        negate = bool(m.group(1) or m.group(3))
        phrase = m.group(2) if m.group(2) is not None else m.group(4)
        words = _WORD.findall(phrase)
        if not words:
            continue
        quoted = '"' + " ".join(words) + '"'
        is_last_bare = m.group(4) is not None and i == len(parts) - 1 and len(words) == 1
        if prefix_last and is_last_bare and not text.endswith(" ") and not negate:
            quoted += " *"
        (exclude if negate else include).append(quoted)
    if not include:
        return None
    query = " AND ".join(include)
    for term in exclude:
        query += f" NOT {term}"
    return query


# Deleted entries whose words the index still holds (schema v7): see ``purge_deleted``.
PENDING = "fts_pending"

# Column weights for bm25: title, body, tags, linked names.
_SCORE = "bm25(entries_fts, 4.0, 1.0, 2.0, 2.0)"


ORDERS = ("relevance", "date")
SNIPPET_BATCH = 2_000  # ids in one snippet statement (three SQL parameters each at most)


def search(
    db,
    text: str,
    flt: EntryFilter = EntryFilter(),
    *,
    limit: int = 50,
    offset: int = 0,
    prefix: bool = False,
    order: str = "relevance",
) -> list[SearchHit]:
    """Ranked matches with snippets.

    Two steps, because that is several times faster on a large journal: rank the
    matches (scoring with an explicit ``bm25()`` is about twice as fast as the
    ``rank`` column), then build snippets only for the page being returned.
    ``prefix`` makes the last word a prefix, for results that follow typing; it
    costs more on common stems, so whole-word search is the default.

    ``order="date"`` lists the matches newest first instead of best first. With no
    words to find but a filter (a query that was only "last month"), the filter's
    entries are listed newest first, without snippets.
    """
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}")
    query = fts_query(text, prefix_last=prefix)
    sel = select(flt)
    if query is None:
        if sel.where == "1":
            return []
        return _listed(db, sel, limit, offset)
    if order == "date":
        # newest first along the filter's own date index, FTS5 asked about each stretch
        ids = newest_first(db, query, sel, limit, offset, costly=costly_prefix(query))
        ranked = [(i, 0.0) for i in ids]
    else:
        ranked = db.execute(
            f"SELECT rowid, {_SCORE} AS score FROM entries_fts "
            f"WHERE entries_fts MATCH ?{_restriction(db, sel)} ORDER BY score LIMIT ? OFFSET ?",
            [query, *sel.params, limit, offset],
        ).fetchall()
    if not ranked:
        return []
    ids = [r[0] for r in ranked]
    raw = db.execute(
        f"SELECT {ROW_COLUMNS} FROM entries e WHERE e.id IN ({','.join('?' * len(ids))})", ids
    ).fetchall()
    by_id = {row.id: row for row in rows_from(db, raw)}
    snippets = _snippets(db, query, ids, costly=costly_prefix(query))
    return [
        SearchHit(by_id[rowid], snippets.get(rowid, ""), score)
        for rowid, score in ranked
        if rowid in by_id
    ]


def count(db, text: str, flt: EntryFilter = EntryFilter(), *, prefix: bool = False) -> int:
    """How many entries ``search`` would find in all, for "1,204 matching entries" when
    only the first page is shown: FTS5 counts its matches without ranking or reading
    them (a common word at 100,000 entries costs a few milliseconds)."""
    query = fts_query(text, prefix_last=prefix)
    sel = select(flt)
    if query is None:
        if sel.where == "1":
            return 0
        return count_selected(db, sel)
    return db.execute(
        f"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?{_restriction(db, sel)}",
        [query, *sel.params],
    ).fetchone()[0]


def _restriction(db, sel) -> str:
    """The SQL that keeps FTS5's matches to the filter's entries.

    "+rowid": a filter applied to FTS5's matches, not a rowid lookup per member (which
    would re-run the full-text query once for each of thousands of ids). A filter's ids
    come from the tables, where a deleted entry is gone already; without one, the
    entries whose removal from the index is still queued are left out here (a deleted
    entry is never found, not even before the purge). Only while some are queued: the
    test costs 3% of a common word's search.
    """
    if sel.where != "1":
        return (
            f" AND +rowid IN (SELECT {sel.id_col} FROM {sel.sql_from(with_entries=False)} "
            f"WHERE {sel.where})"
        )
    return f" AND +rowid NOT IN (SELECT id FROM {PENDING})" if _queued(db) else ""


def _snippets(db, query: str, ids: list[int], *, costly: bool) -> dict[int, str]:
    """The page's snippets in one statement: FTS5 asked once per range of nearby ids
    (a page of a journal written day by day is one or two ranges), or, for a prefix
    FTS5 merges on each query (``costly``), once over all of them. A snippet asked for
    one id at a time cost that merge for each hit: 170 ms a page for "pain*"."""
    snippets: dict[int, str] = {}
    for start in range(0, len(ids), SNIPPET_BATCH):
        part = ids[start : start + SNIPPET_BATCH]
        ranges = [(min(part), max(part))] if costly else id_ranges(part)
        spans = ",".join("(?,?)" for _ in ranges)
        marks = ",".join("?" * len(part))
        snippets.update(
            db.execute(
                "SELECT f.rowid, snippet(f.entries_fts, -1, ?, ?, '…', 14) "
                f"FROM (VALUES {spans}) AS r CROSS JOIN entries_fts AS f "
                "WHERE f.entries_fts MATCH ? AND f.rowid BETWEEN r.column1 AND r.column2 "
                f"AND +f.rowid IN ({marks})",
                [HIT_START, HIT_END, *(i for span in ranges for i in span), query, *part],
            )
        )
    return snippets


def _queued(db) -> bool:
    return bool(db.execute(f"SELECT EXISTS (SELECT 1 FROM {PENDING})").fetchone()[0])


def _listed(db, sel, limit: int, offset: int) -> list[SearchHit]:
    """The filter's entries, newest first (an index range scan), as hits without snippets."""
    raw = db.execute(
        f"SELECT {ROW_COLUMNS} FROM {sel.sql_from(with_entries=True)} "
        f"WHERE {sel.where} ORDER BY {sel.at_col} DESC, {sel.id_col} DESC "
        "LIMIT ? OFFSET ?",
        [*sel.params, limit, offset],
    ).fetchall()
    return [SearchHit(row, "", 0.0) for row in rows_from(db, raw)]


def purge_deleted(db, limit: int | None = None) -> int:
    """Remove queued deleted entries' words from the search index; how many were done.

    Deleting one entry only queues this (issue 19: FTS5's secure-delete cost 40-50 ms of
    CPU per delete at 100,000 entries, rewriting the index pages of each of its words and
    their prefixes; in a batch, about 16 ms an entry, off the GUI thread). Run inside the
    caller's transaction;
    ``secure-delete`` and ``PRAGMA secure_delete`` overwrite the words and the queued
    copies in the file. ``limit`` takes the lowest ids first, so a long queue (a sync
    that deleted thousands) can be done in parts without holding up other work.
    """
    last = db.execute(
        f"SELECT max(id) FROM (SELECT id FROM {PENDING} ORDER BY id LIMIT ?)",
        (-1 if limit is None else limit,),
    ).fetchone()[0]
    if last is None:
        return 0
    db.execute(
        "INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text, facet_text) "
        f"SELECT 'delete', id, title, body, tag_text, facet_text FROM {PENDING} WHERE id <= ?",
        (last,),
    )
    return db.execute(f"DELETE FROM {PENDING} WHERE id <= ?", (last,)).rowcount


def pending_deletes(db) -> int:
    """How many deleted entries still wait for their words to leave the index."""
    return int(db.execute(f"SELECT count(*) FROM {PENDING}").fetchone()[0])


def plain_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet with match markers replaced, for plain-text output."""
    return snippet.replace(HIT_START, start).replace(HIT_END, end).replace("\n", " ")
