"""Entries: add, read, update, delete (with undo), and page through them.

Lists are keyset-paginated on ``(at, id)`` newest first, so the cost of a page
does not grow with the journal or with how far a user has scrolled.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from app.errors import InvalidInput, NotFound
from app.frozen import Frozen
from app.models import ENTRY_KINDS, Cursor, EntryFilter, EntryRow, Page, display_title

TYPE_CHECKING = False  # typing's, without importing typing (2 ms a command, issue 19)
if TYPE_CHECKING:
    from app.entry_models import Entry
    from app.journal.journal import Journal

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_TEXT = 1_000_000  # characters in one body: far beyond any diary entry
MAX_TAGS = 50


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > limit:
        raise InvalidInput(user_message=f"That text is too long (over {limit:,} characters).")
    return text


def clean_tag(tag: str) -> str:
    tag = clean_text(tag, 64).strip().lstrip("#").strip()
    return re.sub(r"\s+", "-", tag).lower()


def at_key(day: dt.date, time: dt.time | None) -> str:
    return day.isoformat() + "T" + (time.strftime("%H:%M") if time else "")


def _parse_time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


# filter field → (link table, its key column). Each link table has the index
# (key, at, entry_id), so it can drive "newest first" directly.
_LINKS = (
    ("symptom_id", "symptom_readings", "symptom_id"),
    ("treatment_id", "entry_treatments", "treatment_id"),
    ("condition_id", "entry_conditions", "condition_id"),
    ("tag", "entry_tags", "tag_id"),
)


class Selection(Frozen):
    """SQL pieces that select the entries a filter matches.

    ``source`` always has the entry's id as ``id_col`` and its sort key as
    ``at_col``; ``e`` (entries) is joined in only when ``with_entries`` is set
    or the caller needs entry columns (see ``sql_from``).
    """

    driver: str  # "e" or "d" (a link table)
    link_source: str
    where: str
    params: tuple
    needs_entries: bool

    @property
    def at_col(self) -> str:
        return f"{self.driver}.at"

    @property
    def id_col(self) -> str:
        return "e.id" if self.driver == "e" else "d.entry_id"

    def sql_from(self, *, with_entries: bool) -> str:
        if self.driver == "e":
            return "entries e"
        if with_entries or self.needs_entries:
            return f"{self.link_source} JOIN entries e ON e.id = d.entry_id"
        return self.link_source


def select(flt: EntryFilter) -> Selection:
    """Plan a filter: drive from one link table's index when there is one."""
    values = {
        "symptom_id": flt.symptom_id,
        "treatment_id": flt.treatment_id,
        "condition_id": flt.condition_id,
        "tag": clean_tag(flt.tag) if flt.tag else None,
    }
    present = [link for link in _LINKS if values[link[0]] is not None]
    where: list[str] = []
    params: list[object] = []
    driver = "e"
    link_source = ""
    if present:
        field, table, key = present.pop(0)
        driver, link_source = "d", f"{table} d"
        if field == "tag":
            where.append("d.tag_id = (SELECT id FROM tags WHERE name = ?)")
        else:
            where.append(f"d.{key} = ?")
        params.append(values[field])
    id_col = "e.id" if driver == "e" else "d.entry_id"
    for field, table, key in present:
        match = (
            "x.tag_id = (SELECT id FROM tags WHERE name = ?)" if field == "tag" else f"x.{key} = ?"
        )
        where.append(f"EXISTS (SELECT 1 FROM {table} x WHERE x.entry_id = {id_col} AND {match})")
        params.append(values[field])
    if flt.date_from:
        where.append(f"{driver}.at >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to:
        where.append(f"{driver}.at < ?")
        params.append((flt.date_to + dt.timedelta(days=1)).isoformat())
    if flt.kinds:
        where.append(f"e.kind IN ({','.join('?' * len(flt.kinds))})")
        params.extend(flt.kinds)
    return Selection(
        driver, link_source, " AND ".join(where) or "1", tuple(params), bool(flt.kinds)
    )


ROW_COLUMNS = "e.id, e.kind, e.day, e.time, e.title, e.body, e.tag_text"


def rows_from(db, raw: list[tuple]) -> list[EntryRow]:
    """Turn ``ROW_COLUMNS`` tuples into rows, with severities in one query."""
    if not raw:
        return []
    ids = [r[0] for r in raw]
    sev: dict[int, list[tuple[str, int]]] = {}
    marks = ",".join("?" * len(ids))
    for entry_id, name, severity in db.execute(
        f"SELECT r.entry_id, s.name, r.severity FROM symptom_readings r "
        f"JOIN symptoms s ON s.id = r.symptom_id WHERE r.entry_id IN ({marks}) "
        f"ORDER BY r.severity DESC, s.name",
        ids,
    ):
        sev.setdefault(entry_id, []).append((name, severity))
    rows = []
    for entry_id, kind, day, time, title, body, tag_text in raw:
        shown = display_title(title, body[:400])
        rows.append(
            EntryRow(
                entry_id,
                kind,
                dt.date.fromisoformat(day),
                _parse_time(time),
                shown,
                tuple(sev.get(entry_id, ())),
                tuple(tag_text.split()) if tag_text else (),
            )
        )
    return rows


FACET_SQL = """
    trim(coalesce((SELECT group_concat(s.name, ' ') FROM symptom_readings r
                   JOIN symptoms s ON s.id = r.symptom_id WHERE r.entry_id = entries.id), '')
         || ' ' ||
         coalesce((SELECT group_concat(t.name, ' ') FROM entry_treatments et
                   JOIN treatments t ON t.id = et.treatment_id
                   WHERE et.entry_id = entries.id), '')
         || ' ' ||
         coalesce((SELECT group_concat(c.name, ' ') FROM entry_conditions ec
                   JOIN conditions c ON c.id = ec.condition_id
                   WHERE ec.entry_id = entries.id), ''))
"""


def refresh_facets(db, where: str, params: tuple = ()) -> None:
    """Recompute ``facet_text`` (after a symptom, treatment or condition is renamed)."""
    db.execute(f"UPDATE entries SET facet_text = {FACET_SQL} WHERE {where}", params)


class _Names:
    """Id → name maps for facet text, loaded once per transaction."""

    def __init__(self, db) -> None:
        self.symptoms = dict(db.execute("SELECT id, name FROM symptoms"))
        self.treatments = dict(db.execute("SELECT id, name FROM treatments"))
        self.conditions = dict(db.execute("SELECT id, name FROM conditions"))

    def facets(self, entry: Entry) -> str:
        try:
            names = [self.symptoms[r.symptom_id] for r in entry.readings]
            names += [self.treatments[t] for t in entry.treatment_ids]
            names += [self.conditions[c] for c in entry.condition_ids]
        except KeyError:
            raise NotFound("a linked symptom, treatment or condition") from None
        return " ".join(names)


class EntryStore:
    def __init__(self, journal: Journal) -> None:
        self._j = journal

    # -- writing -----------------------------------------------------------

    def add(self, entry: Entry) -> int:
        self._validate(entry)
        with self._j.transaction() as db:
            return self._insert(db, entry, _Names(db), _now(), keep_id=True)

    def add_many(self, entries: Iterable[Entry], *, keep_ids: bool = False) -> int:
        """Insert many entries in one transaction (imports, demo, benchmarks).

        ``keep_ids`` stores each entry under its own ``id`` (a lossless import)."""
        count = 0
        now = _now()
        with self._j.transaction() as db:
            names = _Names(db)
            for entry in entries:
                self._validate(entry)
                self._insert(db, entry, names, now, keep_id=keep_ids)
                count += 1
        return count

    def _insert(self, db, entry: Entry, names: _Names, now: str, *, keep_id: bool) -> int:
        cur = db.execute(
            "INSERT INTO entries (id, kind, day, time, at, title, body, tag_text, facet_text, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                entry.id if keep_id else None,
                entry.kind,
                entry.day.isoformat(),
                _time_text(entry.time),
                at_key(entry.day, entry.time),
                clean_text(entry.title, 500),
                clean_text(entry.body),
                _tag_text(entry.tags),
                names.facets(entry),
                entry.created_at or now,
                entry.updated_at or now,
            ),
        )
        entry_id = int(cur.lastrowid)
        self._write_links(db, entry_id, entry)
        return entry_id

    def update(self, entry: Entry) -> None:
        if entry.id is None:
            raise InvalidInput("entry has no id")
        self._validate(entry)
        with self._j.transaction() as db:
            cur = db.execute(
                "UPDATE entries SET kind=?, day=?, time=?, at=?, title=?, body=?, tag_text=?, "
                "facet_text=?, updated_at=? WHERE id=?",
                (
                    entry.kind,
                    entry.day.isoformat(),
                    _time_text(entry.time),
                    at_key(entry.day, entry.time),
                    clean_text(entry.title, 500),
                    clean_text(entry.body),
                    _tag_text(entry.tags),
                    _Names(db).facets(entry),
                    _now(),
                    entry.id,
                ),
            )
            if cur.rowcount != 1:
                raise NotFound(f"entry {entry.id}")
            for table, column in (
                ("entry_tags", "entry_id"),
                ("symptom_readings", "entry_id"),
                ("entry_treatments", "entry_id"),
                ("entry_conditions", "entry_id"),
                ("lesson_sources", "lesson_id"),
            ):
                db.execute(f"DELETE FROM {table} WHERE {column} = ?", (entry.id,))
            self._write_links(db, entry.id, entry)

    def delete(self, entry_id: int) -> Entry:
        """Delete an entry; returns it whole so ``restore`` can undo the delete.

        The row goes at once; its words leave the search index at the next purge
        (``Journal.purge_deleted``, schema v7), and searches leave it out meanwhile."""
        entry = self.get(entry_id)
        with self._j.transaction() as db:
            db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            db.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")
        return entry

    def restore(self, entry: Entry) -> int:
        """Put back an entry returned by ``delete``, under its old id, or under a new one
        when an entry added since took it (SQLite reuses the highest id): undo never
        fails for that."""
        from dataclasses import replace  # not at the top: a list or a search needs none

        with self._j.transaction() as db:
            taken = db.execute("SELECT 1 FROM entries WHERE id = ?", (entry.id,)).fetchone()
            return self.add(replace(entry, id=None) if taken else entry)

    def _validate(self, entry: Entry) -> None:
        if entry.kind not in ENTRY_KINDS:
            raise InvalidInput(user_message=f"Unknown entry kind {entry.kind!r}.")
        if len(entry.tags) > MAX_TAGS:
            raise InvalidInput(user_message=f"An entry can have at most {MAX_TAGS} tags.")
        seen: set[int] = set()
        for r in entry.readings:
            if not 0 <= int(r.severity) <= 10:
                raise InvalidInput(user_message="Severity must be between 0 and 10.")
            if r.symptom_id in seen:
                raise InvalidInput(user_message="Each symptom can be rated once per entry.")
            seen.add(r.symptom_id)

    def _write_links(self, db, entry_id: int, entry: Entry) -> None:
        at = at_key(entry.day, entry.time)
        for tag in dict.fromkeys(t for t in map(clean_tag, entry.tags) if t):
            db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (tag,))
            db.execute(
                "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id, at) "
                "SELECT ?, id, ? FROM tags WHERE name = ?",
                (entry_id, at, tag),
            )
        db.executemany(
            "INSERT INTO symptom_readings (entry_id, symptom_id, severity, duration_min, "
            "triggers, at) VALUES (?,?,?,?,?,?)",
            [
                (
                    entry_id,
                    r.symptom_id,
                    int(r.severity),
                    r.duration_min,
                    clean_text(r.triggers, 2000),
                    at,
                )
                for r in entry.readings
            ],
        )
        db.executemany(
            "INSERT OR IGNORE INTO entry_treatments (entry_id, treatment_id, at) VALUES (?, ?, ?)",
            [(entry_id, t, at) for t in entry.treatment_ids],
        )
        db.executemany(
            "INSERT OR IGNORE INTO entry_conditions (entry_id, condition_id, at) VALUES (?, ?, ?)",
            [(entry_id, c, at) for c in entry.condition_ids],
        )
        db.executemany(
            "INSERT OR IGNORE INTO lesson_sources (lesson_id, source_id) VALUES (?, ?)",
            [(entry_id, s) for s in entry.source_ids if s != entry_id],
        )

    # -- reading -----------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        found = self.get_many([entry_id])
        if not found:
            raise NotFound(f"entry {entry_id}")
        return found[0]

    def get_many(self, ids: list[int]) -> list[Entry]:
        """Whole entries for these ids (missing ones are skipped), in id order.

        A fixed number of queries however many ids: one per linked table.
        """
        if not ids:
            return []
        from app.entry_models import Entry, SymptomReading  # not for a list or a search

        db = self._j.db
        marks = ",".join("?" * len(ids))

        def grouped(sql: str) -> dict[int, list]:
            out: dict[int, list] = {}
            for row in db.execute(sql.format(marks=marks), ids):
                out.setdefault(row[0], []).append(row[1] if len(row) == 2 else row[1:])
            return out

        tags = grouped(
            "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t "
            "ON t.id = et.tag_id WHERE et.entry_id IN ({marks}) ORDER BY t.name"
        )
        readings = grouped(
            "SELECT r.entry_id, r.symptom_id, r.severity, r.duration_min, "
            "r.triggers, s.name FROM symptom_readings r JOIN symptoms s "
            "ON s.id = r.symptom_id WHERE r.entry_id IN ({marks}) "
            "ORDER BY s.name"
        )
        treatments = grouped(
            "SELECT entry_id, treatment_id FROM entry_treatments "
            "WHERE entry_id IN ({marks}) ORDER BY treatment_id"
        )
        conditions = grouped(
            "SELECT entry_id, condition_id FROM entry_conditions "
            "WHERE entry_id IN ({marks}) ORDER BY condition_id"
        )
        sources = grouped(
            "SELECT lesson_id, source_id FROM lesson_sources "
            "WHERE lesson_id IN ({marks}) ORDER BY source_id"
        )
        out = []
        for eid, kind, day, time, title, body, created, updated in db.execute(
            "SELECT id, kind, day, time, title, body, created_at, updated_at FROM entries "
            f"WHERE id IN ({marks}) ORDER BY id",
            ids,
        ):
            out.append(
                Entry(
                    kind,
                    dt.date.fromisoformat(day),
                    title,
                    body,
                    _parse_time(time),
                    tags.get(eid, []),
                    [SymptomReading(*r) for r in readings.get(eid, [])],
                    treatments.get(eid, []),
                    conditions.get(eid, []),
                    sources.get(eid, []),
                    eid,
                    created,
                    updated,
                )
            )
        return out

    def page(
        self, flt: EntryFilter = EntryFilter(), after: Cursor | None = None, limit: int = 100
    ) -> Page:
        sel = select(flt)
        where, params = sel.where, list(sel.params)
        if after is not None:
            where += f" AND ({sel.at_col}, {sel.id_col}) < (?, ?)"
            params += [after.at, after.id]
        db = self._j.db
        raw = db.execute(
            f"SELECT {ROW_COLUMNS}, {sel.at_col} FROM "
            f"{sel.sql_from(with_entries=True)} WHERE {where} "
            f"ORDER BY {sel.at_col} DESC, {sel.id_col} DESC LIMIT ?",
            params + [limit],
        ).fetchall()
        rows = rows_from(db, [r[:-1] for r in raw])
        nxt = Cursor(raw[-1][-1], raw[-1][0]) if len(raw) == limit else None
        return Page(rows, nxt)

    def count(self, flt: EntryFilter = EntryFilter()) -> int:
        return count_selected(self._j.db, select(flt))

    def tags(self) -> list[tuple[str, int]]:
        """Every tag with how many entries carry it, most used first (counts kept by
        the schema's triggers: no scan of the journal)."""
        return [
            (n, c)
            for n, c in self._j.db.execute(
                "SELECT t.name, c.n FROM tag_counts c JOIN tags t ON t.id = c.tag_id "
                "WHERE c.n > 0 ORDER BY c.n DESC, t.name"
            )
        ]

    def kind_counts(self) -> dict[str, int]:
        """How many entries of each kind (0 for a kind with none), kept by triggers."""
        counts = dict.fromkeys(ENTRY_KINDS, 0)
        counts.update(self._j.db.execute("SELECT kind, n FROM kind_counts"))
        return counts

    def iter_all(self, batch: int = 500) -> Iterable[Entry]:
        """Every entry, oldest first, loaded a batch at a time (exports)."""
        last = 0
        while True:
            ids = [
                r[0]
                for r in self._j.db.execute(
                    "SELECT id FROM entries WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
                )
            ]
            if not ids:
                return
            yield from self.get_many(ids)
            last = ids[-1]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _time_text(time: dt.time | None) -> str | None:
    return time.strftime("%H:%M") if time else None


def _tag_text(tags: list[str]) -> str:
    return " ".join(dict.fromkeys(t for t in map(clean_tag, tags) if t))


def count_selected(db, sel) -> int:
    """How many entries a selection holds (the entry list's and a word-less search's count)."""
    return int(
        db.execute(
            f"SELECT count(*) FROM {sel.sql_from(with_entries=False)} WHERE {sel.where}",
            sel.params,
        ).fetchone()[0]
    )
