"""Full-text search: ranked, with snippets, combined with filters.

The user's words are never passed to FTS5 as query syntax: they are split into
words and quoted phrases and each is quoted, so a stray ``"`` or ``NEAR(`` is
just text. The last bare word is a prefix (``fatig`` finds "fatigue"), so results
can follow typing.
"""

from __future__ import annotations

import re

from .entries import ROW_COLUMNS, filter_sql, rows_from
from .models import HIT_END, HIT_START, EntryFilter, SearchHit

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


def search(db, text: str, flt: EntryFilter = EntryFilter(), *, limit: int = 50,
           offset: int = 0) -> list[SearchHit]:
    query = fts_query(text)
    if query is None:
        return []
    where, params = filter_sql(flt)
    restrict = "" if where == "1" else f" AND rowid IN (SELECT e.id FROM entries e WHERE {where})"
    hits = db.execute(
        "SELECT rowid, rank, snippet(entries_fts, -1, ?, ?, '…', 14) FROM entries_fts "
        f"WHERE entries_fts MATCH ?{restrict} ORDER BY rank LIMIT ? OFFSET ?",
        [HIT_START, HIT_END, query, *params, limit, offset]).fetchall()
    if not hits:
        return []
    ids = [h[0] for h in hits]
    raw = db.execute(f"SELECT {ROW_COLUMNS} FROM entries e WHERE e.id IN "
                     f"({','.join('?' * len(ids))})", ids).fetchall()
    by_id = {row.id: row for row in rows_from(db, raw)}
    return [SearchHit(by_id[rowid], snippet, rank) for rowid, rank, snippet in hits
            if rowid in by_id]


def plain_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet with match markers replaced, for plain-text output."""
    return snippet.replace(HIT_START, start).replace(HIT_END, end).replace("\n", " ")
