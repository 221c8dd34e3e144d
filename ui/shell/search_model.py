"""Search results as you type: a lazy list model of ``SearchHit`` rows.

``set_query`` is called by the debounce timer in ``SearchBar``; every query is asked
for under the model's one session key, so results that arrive for an older query (the
user kept typing) are dropped by the session. The searcher runs on the worker with the
open journal. The model empties itself on lock, and asks again when another window
reports changed entries. Snippets come from the core with matches between
``HIT_START``/``HIT_END``; ``snippet_html`` turns them into escaped HTML with
the matches in bold.

Signals:
    results_ready(str, int): the query whose first results are in, and how many
        entries it finds in all (counted apart when the first page is full).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.models import HIT_END, HIT_START, EntryFilter, SearchHit
from ui.session import Change, Changes, Session
from ui.shell.entry_list_model import IdRole, KindRole, RowRole, SnippetRole, describe_row

Searcher = Callable[[Any, str, EntryFilter, int, int], list[SearchHit]]  # journal first
Counter = Callable[[Any, str, EntryFilter], int]  # how many the searcher finds in all
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the list's root: the default parent, never modified


def snippet_html(snippet: str) -> str:
    """Escape everything, then bold the marked matches (markers never nest)."""
    out: list[str] = []
    bold = False
    for chunk in _split_markers(snippet):
        if chunk == HIT_START:
            if not bold:
                out.append("<b>")
                bold = True
        elif chunk == HIT_END:
            if bold:
                out.append("</b>")
                bold = False
        else:
            out.append(html.escape(chunk.replace("\n", " "), quote=False))
    if bold:
        out.append("</b>")
    return "".join(out)


def _split_markers(text: str) -> list[str]:
    parts: list[str] = []
    current = []
    for ch in text:
        if ch in (HIT_START, HIT_END):
            if current:
                parts.append("".join(current))
                current = []
            parts.append(ch)
        else:
            current.append(ch)
    if current:
        parts.append("".join(current))
    return parts


def snippet_plain(snippet: str) -> str:
    return snippet.replace(HIT_START, "").replace(HIT_END, "").replace("\n", " ")


class SearchModel(QAbstractListModel):
    results_ready = Signal(str, int)

    PAGE_SIZE = 50
    MAX_RESULTS = 1000

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._owner = parent  # shows its own changes itself
        self._searcher: Searcher | None = None
        self._counter: Counter | None = None
        self._query = ""
        self._filter = EntryFilter()
        self._hits: list[SearchHit] = []
        self._html: list[str] = []
        self._exhausted = True
        self._fetching = False
        self._key = object()  # this model's requests supersede each other
        self._count_key = object()
        self.date_format: Callable[[dt.date], str] = lambda d: d.isoformat()
        session.locked.connect(self._on_session_locked)
        session.changed.connect(self._on_session_changed)

    def set_searcher(self, searcher: Searcher | None, counter: Counter | None = None) -> None:
        self._searcher = searcher
        self._counter = counter
        self._restart()

    def set_query(self, query: str, flt: EntryFilter | None = None) -> None:
        self._query = query.strip()
        if flt is not None:
            self._filter = flt
        self._restart()

    def set_filter(self, flt: EntryFilter) -> None:
        self._filter = flt
        if self._query:
            self._restart()

    def query(self) -> str:
        return self._query

    def is_loading(self) -> bool:
        return self._fetching

    def clear(self) -> None:
        self._searcher = None
        self._counter = None
        self._query = ""
        self._restart()

    def _on_session_locked(self, _reason: str) -> None:
        self.clear()

    def _on_session_changed(self, changes: Changes) -> None:
        if self._query and Change.ENTRIES in changes and changes.origin is not self._owner:
            self._restart()

    def _restart(self) -> None:
        self._session.drop(self._key)
        self._session.drop(self._count_key)
        self.beginResetModel()
        self._hits, self._html = [], []
        self._exhausted = not (self._searcher and self._query)
        self._fetching = False
        self.endResetModel()
        if not self._exhausted:
            self._fetch()

    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        searcher, query, flt = self._searcher, self._query, self._filter
        offset, limit = len(self._hits), self.PAGE_SIZE
        if searcher is None:
            return
        self._fetching = self._session.run(
            lambda journal: searcher(journal, query, flt, limit, offset),
            lambda hits: self._on_hits_loaded(query, hits),
            lambda _exc: self._on_hits_failed(),
            key=self._key,
        )
        self._exhausted = self._exhausted or not self._fetching

    def _on_hits_loaded(self, query: str, hits: list[SearchHit]) -> None:
        self._fetching = False
        first = not self._hits
        if hits:
            start = len(self._hits)
            self.beginInsertRows(QModelIndex(), start, start + len(hits) - 1)
            self._hits.extend(hits)
            self._html.extend(snippet_html(h.snippet) for h in hits)
            self.endInsertRows()
        self._exhausted = len(hits) < self.PAGE_SIZE or len(self._hits) >= self.MAX_RESULTS
        if first:
            self._announce(query)

    def _announce(self, query: str) -> None:
        """``results_ready`` with the whole count: a full first page is only the start."""
        shown = len(self._hits)
        counter, flt = self._counter, self._filter
        if self._exhausted or counter is None:
            self.results_ready.emit(query, shown)
            return
        asked = self._session.run(
            lambda journal: counter(journal, query, flt),
            lambda n: self.results_ready.emit(query, max(n, shown)),
            lambda _exc: self.results_ready.emit(query, shown),
            key=self._count_key,
        )
        if not asked:
            self.results_ready.emit(query, shown)

    def _on_hits_failed(self) -> None:
        self._fetching = False
        self._exhausted = True
        self.results_ready.emit(self._query, 0)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe_row(hit.row, self.date_format) + " — " + snippet_plain(hit.snippet)
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe_row(hit.row, self.date_format)
        if role == RowRole:
            return hit.row
        if role == IdRole:
            return hit.row.id
        if role == KindRole:
            return hit.row.kind
        if role == SnippetRole:
            return self._html[index.row()]
        return None

    def position_of(self, entry_id: int) -> int | None:
        for i, hit in enumerate(self._hits):
            if hit.row.id == entry_id:
                return i
        return None
