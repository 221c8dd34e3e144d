"""The unlocked journal: sidebar, search, entry list and editor, side by side.

All journal work goes through the session (``ui.session``); this widget never holds
or touches the journal itself. Its own writes are reported as changes (so Trends and
other windows refresh); changes others report (an import, a check-in) reload the list,
the counts and the catalogue here. Saving is automatic (the editor asks, debounced); deleting is
undoable through ``undo_stack``. ``close_journal`` empties everything the user
could read: models, editor, undo history, search text.

Signals:
    status_changed(str): a short message for the status bar (never entry text).
    entry_saved(int): an entry was written (its id).
    counts_loaded(): the sidebar counts are in (the window is filled).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from app.journal.query_words import understand
from app.models import Entry, EntryFilter
from ui.editor.entry_editor import EntryEditor
from ui.messages import words
from ui.session import Change, Changes, Session
from ui.shell.commands import EntryOperations, save_entry
from ui.shell.entry_list_model import EntryListModel, IdRole, row_for_entry
from ui.shell.entry_list_view import EntryListView
from ui.shell.filter_bar import FilterBar
from ui.shell.page_extras import DraftsAndTreatments
from ui.shell.search_model import SearchModel
from ui.shell.sidebar import Sidebar, load_counts

SEARCH_DEBOUNCE_MS = 200


class JournalPage(DraftsAndTreatments, QWidget):
    status_changed = Signal(str)
    entry_saved = Signal(int)
    counts_loaded = Signal()

    def __init__(self, session: Session, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._shown = False  # showing an open journal (between open_journal and the lock)
        self._date_format = "d MMM yyyy"
        self._symptom_names: dict[int, str] = {}
        self._known_tags: set[str] = set()
        self._last_saved: Entry | None = None
        self._adding: Entry | None = None  # a new entry whose first save is in flight
        self._queued: Entry | None = None  # edits made meanwhile
        self._select_after_load: int | None = None
        self._select_first_on_load = False
        self._chosen: int | None = None  # the entry chosen in a list, while it loads
        self._load_key = object()  # the entry load the editor waits for
        self.treatments_dialog = None
        self.undo_stack = undo_stack
        self.operations = EntryOperations(session, self)
        self._build()
        self._connect_signals()

    # -- building ----------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel(
            self.tr(
                "Demo journal: made-up entries in a temporary file that "
                "is deleted when Fettle closes."
            )
        )
        self.banner.setObjectName("demoBanner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.sidebar = Sidebar()
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search entries (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search entries"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setToolTip(
            self.tr(
                'Words to find. Dates work too: "headache november", "last month", "past 7 days".'
            )
        )
        self.filter_bar = FilterBar(self)
        self.entry_model = EntryListModel(self._session, self)
        self.search_model = SearchModel(self._session, self)
        for model in (self.entry_model, self.search_model):
            model.date_format = self.format_date
        self.entry_view = EntryListView()
        self.entry_view.setModel(self.entry_model)
        self.search_view = EntryListView()
        self.search_view.setModel(self.search_model)
        self.search_view.setAccessibleName(self.tr("Search results"))
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.lists = QStackedWidget()
        for w in (self.entry_view, self.search_view, self.empty_label):
            self.lists.addWidget(w)
        middle = QWidget()
        mid_layout = QVBoxLayout(middle)
        mid_layout.setContentsMargins(0, 0, 0, 0)
        mid_layout.addWidget(self.search_field)
        mid_layout.addWidget(self.filter_bar)
        mid_layout.addWidget(self.lists, 1)
        self.editor = EntryEditor()
        self.editor.setAccessibleName(self.tr("Entry editor"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for w in (self.sidebar, middle, self.editor):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([200, 380, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.setTabOrder(self.sidebar, self.search_field)
        # Reading order: the search box, the filter bar under it (its chips go between
        # its two ends), then the list.
        for first, second in (
            (self.search_field, self.filter_bar.menu_button),
            (self.filter_bar.menu_button, self.filter_bar.order),
            (self.filter_bar.order, self.entry_view),
            (self.entry_view, self.search_view),
        ):
            self.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.sidebar.filter_chosen.connect(self._on_sidebar_filter_chosen)
        self.sidebar.treatments_requested.connect(self.open_treatments)
        self.filter_bar.filter_changed.connect(self._on_filter_bar_filter_changed)
        self.filter_bar.order_changed.connect(self._install_searcher)
        self.filter_bar.words_cleared.connect(self._on_filter_bar_words_cleared)
        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        self.search_field.returnPressed.connect(self._on_search_timer_timeout)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        for view in (self.entry_view, self.search_view):
            view.selectionModel().currentChanged.connect(self._on_view_current_changed)
            view.delete_requested.connect(self.delete_entry)
        for model in (self.entry_model, self.search_model):
            model.modelReset.connect(self._update_empty_state)
            model.rowsInserted.connect(self._update_empty_state)
            model.rowsRemoved.connect(self._update_empty_state)
        self.entry_model.loading_changed.connect(self._update_empty_state)
        self.entry_model.first_page_loaded.connect(self._on_entry_model_first_page_loaded)
        self.search_model.results_ready.connect(self._on_search_model_results_ready)
        self.editor.save_requested.connect(self._on_editor_save_requested)
        self.editor.new_symptom_requested.connect(self._on_editor_new_symptom_requested)
        self.editor.new_treatment_requested.connect(self._on_editor_new_treatment_requested)
        self._session.locked.connect(self._on_session_locked)
        self._session.changed.connect(self._on_session_changed)

    # -- opening and closing -------------------------------------------------

    def open_journal(self, *, demo: bool = False) -> None:
        """Show the session's open journal (its settings are applied first)."""
        self._shown = self._session.is_open()
        self.banner.setVisible(demo)
        self.undo_stack.clear()
        self._select_first_on_load = True
        self.filter_bar.set_filter(EntryFilter())
        self.entry_model.set_filter(EntryFilter())
        self.entry_model.start()
        self._install_searcher()
        self.refresh_counts()  # shown at once in the sidebar: before the catalogue (issue 19)
        self.refresh_catalog()

    def _is_open(self) -> bool:
        return self._shown and self._session.is_open()

    def _on_session_locked(self, _reason: str) -> None:
        self.close_journal()

    def _on_session_changed(self, changes: Changes) -> None:
        """Another window wrote (an import, a check-in, the treatments window)."""
        if changes.origin is self or not self._is_open():
            return
        if Change.ENTRIES in changes:
            self.refresh_counts()
        if changes.what & (Change.ENTRIES | Change.CATALOG | Change.TREATMENTS):
            self.refresh_catalog()

    def close_journal(self) -> None:
        """Forget everything shown (the session has locked, or is locking, the journal)."""
        self._shown = False
        if self.treatments_dialog is not None:
            self.treatments_dialog.reject()  # its edits were sent by flush_edits
        self._search_timer.stop()
        self.entry_model.clear()
        self.search_model.clear()
        self.search_field.clear()
        self.filter_bar.forget()
        self.sidebar.set_counts(None)
        self.editor.forget_journal()
        self.undo_stack.clear()
        self._last_saved = self._adding = self._queued = self._chosen = None
        self._symptom_names = {}
        self._known_tags = set()
        self.lists.setCurrentWidget(self.entry_view)

    def flush_edits(self) -> None:
        """Send the editor's unsaved changes to the runner now (before lock or quit)."""
        if self._is_open() and self.editor.has_unsaved_changes():
            self.editor.flush()
        if self.treatments_dialog is not None:
            self.treatments_dialog.flush()

    def set_date_format(self, fmt: str) -> None:
        self._date_format = fmt
        for view in (self.entry_view, self.search_view):
            view.viewport().update()

    def format_date(self, day: dt.date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), self._date_format)

    def refresh_counts(self) -> None:
        if self._is_open():
            self._session.run(load_counts, self._on_counts_loaded, key=(self._load_key, "counts"))

    def refresh_catalog(self) -> None:
        if not self._is_open():
            return

        def job(journal):
            return (
                journal.catalog.symptoms(include_archived=True),
                journal.catalog.treatments(),
                journal.catalog.conditions(),
                journal.entries.page(limit=300).rows,
                [name for name, _count in journal.entries.tags()],
            )

        self._session.run(job, self._on_catalog_loaded, key=(self._load_key, "catalog"))

    def _on_catalog_loaded(self, result) -> None:
        symptoms, treatments, conditions, recent, tags = result
        self._known_tags = set(tags)
        self.editor.set_known_tags(tags)
        self.filter_bar.set_choices(
            symptoms, {c.id: c.name for c in conditions}, tags, {t.id: t.name for t in treatments}
        )
        self._symptom_names = {s.id: s.name for s in symptoms}
        self.editor.set_catalog([s for s in symptoms if not s.archived], treatments, conditions)
        self.editor.set_link_candidates(recent)

    def _on_counts_loaded(self, counts) -> None:
        self.sidebar.set_counts(counts)
        self.counts_loaded.emit()

    # -- the list ------------------------------------------------------------

    def _install_searcher(self, *_args) -> None:
        """Search with the dates in the words understood, in the order chosen."""
        order = self.filter_bar.sort_order()
        if not self._is_open():
            return

        def searcher(journal, query: str, flt: EntryFilter, limit: int, offset: int):
            said = understand(query)
            return journal.search(
                said.text, said.apply(flt), limit=limit, offset=offset, prefix=True, order=order
            )  # prefix: follows typing

        def counter(journal, query: str, flt: EntryFilter) -> int:
            said = understand(query)
            return journal.search_count(said.text, said.apply(flt), prefix=True)

        self.search_model.set_searcher(searcher, counter)

    def _on_sidebar_filter_chosen(self, flt: EntryFilter) -> None:
        self.filter_bar.set_sidebar_filter(flt)

    def _on_filter_bar_filter_changed(self, flt: EntryFilter) -> None:
        self.sidebar.show_filter(
            EntryFilter(
                kinds=flt.kinds,
                tag=flt.tag,
                condition_id=flt.condition_id,
                treatment_id=flt.treatment_id,
            )
        )
        self.entry_model.set_filter(flt)
        self.search_model.set_filter(flt)

    def _on_filter_bar_words_cleared(self) -> None:
        self.search_field.setText(understand(self.search_field.text()).text)

    def _on_search_field_text_changed(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            self.search_model.set_query("")
            self.filter_bar.set_words(None)
            self.filter_bar.set_searching(False)
            self.status_changed.emit("")
            self.lists.setCurrentWidget(self.entry_view)
            self._update_empty_state()
            # The editor may still show a search result: show the list's own entry again.
            self._on_view_current_changed(self.entry_view.currentIndex(), QModelIndex())
            return
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._search_timer.stop()
        text = self.search_field.text()
        if text.strip() and self._is_open():
            self.filter_bar.set_words(understand(text))
            self.filter_bar.set_searching(True)
            self.search_model.set_query(text, self.filter_bar.filter())
            self.lists.setCurrentWidget(self.search_view)

    def _on_search_model_results_ready(self, query: str, count: int) -> None:
        self.status_changed.emit(
            self.tr("%n matching entries", "", count) if count else self.tr("No matches")
        )
        self._update_empty_state()

    def _searching(self) -> bool:
        return bool(self.search_model.query())

    def _update_empty_state(self, *_args) -> None:
        model = self.search_model if self._searching() else self.entry_model
        view = self.search_view if self._searching() else self.entry_view
        if (
            model.rowCount()
            or not self._is_open()
            or (model is self.entry_model and self.entry_model.is_loading())
        ):
            self.lists.setCurrentWidget(view)
            return
        if self._searching():
            self.empty_label.setText(
                self.tr(
                    "No entries match your search.\nTry fewer or shorter words, "
                    "or remove the filters above the list."
                )
            )
        elif self.entry_model.entry_filter() != EntryFilter():
            self.empty_label.setText(self.tr("No entries here yet."))
        else:
            self.empty_label.setText(
                self.tr(
                    "Your journal is empty.\n\nPress Ctrl+Shift+L to "
                    "log a symptom, or Ctrl+N for a new entry."
                )
            )
        self.lists.setCurrentWidget(self.empty_label)

    def current_view(self) -> EntryListView:
        return self.search_view if self._searching() else self.entry_view

    def selected_entry_ids(self) -> list[int]:
        """What Share… works on: the rows selected in the list on screen."""
        return self.current_view().selected_ids()

    def _on_entry_model_first_page_loaded(self) -> None:
        if self._select_first_on_load:
            # Just unlocked: show the newest entry rather than an empty, disabled editor.
            self._select_first_on_load = False
            if self.entry_model.rowCount() and not self.entry_view.currentIndex().isValid():
                self.entry_view.setCurrentIndex(self.entry_model.index(0))
            return
        wanted, self._select_after_load = self._select_after_load, None
        if wanted is not None and (position := self.entry_model.position_of(wanted)) is not None:
            self._select_row_quietly(position)

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = current.data(IdRole) if current.isValid() else None
        if entry_id is None or not self._is_open():
            return
        if self._last_saved is not None and self._last_saved.id == entry_id:
            self._chosen = None  # back on the entry shown: one still loading must not replace it
            return
        # Edits still waiting for the autosave are sent first: the load would replace them.
        if self.editor.has_unsaved_changes():
            self.editor.flush()
        self._chosen = entry_id
        self._session.run(
            lambda journal: journal.entries.get(entry_id),
            lambda entry: self._on_entry_loaded(entry_id, entry),
            self._on_entry_load_failed,
            key=self._load_key,  # a newer choice (or a new entry) supersedes this one
        )

    def _on_entry_loaded(self, entry_id: int, entry: Entry) -> None:
        # No row is current while the list reloads (a new entry sent by the flush above
        # reloads it), so only another row chosen meanwhile means the user moved on.
        if entry_id != self._chosen or self.current_view().current_id() not in (entry_id, None):
            return  # the user moved on
        self._chosen = None
        if self.editor.has_unsaved_changes():
            if self.editor.save_state() == "failed":
                # The edits sent before this load were not saved (the save's reply came
                # first): they stay in the editor with its message, on their own row.
                shown = self.editor.entry_id()
                self._select_row_quietly(
                    self.entry_model.position_of(shown) if shown is not None else None
                )
                return
            self.editor.flush()  # typed while this entry was on its way
        self._last_saved = entry
        self.editor.load(entry)

    def _on_entry_load_failed(self, exc: BaseException) -> None:
        self._chosen = None  # a later list reload must not choose it again
        self.status_changed.emit(words(exc))

    def _select_row_quietly(self, position: int | None) -> None:
        """Make the row at ``position`` current without loading it (no row, for None)."""
        selection = self.entry_view.selectionModel()
        selection.blockSignals(True)
        if position is None:
            self.entry_view.clearSelection()
            self.entry_view.setCurrentIndex(QModelIndex())
        else:
            self.entry_view.setCurrentIndex(self.entry_model.index(position))
        selection.blockSignals(False)

    # -- new, save, delete ------------------------------------------------------

    def new_entry(self, kind: str | None = None) -> None:
        if not self._is_open():
            return
        if kind is None:
            kinds = self.filter_bar.filter().kinds
            kind = kinds[0] if kinds else "note"
        now = dt.datetime.now()
        entry = Entry(kind, now.date(), time=now.time().replace(second=0, microsecond=0))
        self._select_first_on_load = False  # the newest entry must not replace this one
        self._session.drop(self._load_key)  # nor an entry still loading
        self._chosen = None
        self.entry_view.clearSelection()
        self._last_saved = entry
        self.editor.load(entry)
        self.editor.focus_first_field()

    def _on_editor_save_requested(self, entry: Entry) -> None:
        if not self._is_open():
            return
        if entry.id is None and self._adding is not None:
            self._queued = entry  # saved once the first save tells us its id
            return
        self.editor.set_save_state("saving")
        if entry.id is None:
            self._adding = entry
        self._session.run(
            lambda journal: save_entry(journal, entry),
            lambda entry_id: self._on_entry_saved(entry, entry_id),
            lambda exc: self._on_entry_save_failed(entry, exc),
            changes=Change.ENTRIES,
            origin=self,
        )

    def _on_editor_new_symptom_requested(self, name: str) -> None:
        if not (self._is_open() and name.strip()):
            self.editor.symptom_not_added(name)
            return
        self._session.run(
            lambda journal: journal.catalog.ensure_symptom(name),
            lambda _s: self.refresh_catalog(),
            lambda exc: self._on_new_symptom_failed(name, exc),
            changes=Change.CATALOG,
            origin=self,
        )

    def _on_new_symptom_failed(self, name: str, exc: BaseException) -> None:
        self.editor.symptom_not_added(name)
        self.status_changed.emit(words(exc))

    def _on_entry_saved(self, entry: Entry, entry_id: int) -> None:
        was_new = entry.id is None
        saved = dataclasses.replace(entry, id=entry_id)
        if was_new:
            self._adding = None
        self.editor.mark_saved(entry_id, entry)  # ignored if the editor shows another one
        shown = self.editor.entry_id() == entry_id
        if shown:
            self._last_saved = saved
            self.editor.set_save_state("saved")
        self.entry_saved.emit(entry_id)
        if not set(entry.tags) <= self._known_tags:
            self.refresh_catalog()  # offer the new tags for completion
        if was_new:
            # the list reloads: it shows this entry again, or the one chosen meanwhile
            self._select_after_load = (
                self._chosen if self._chosen is not None else entry_id if shown else None
            )
            self.entry_model.reload()
            self.refresh_counts()
            if self._queued is not None:
                queued, self._queued = self._queued, None
                self._on_editor_save_requested(dataclasses.replace(queued, id=entry_id))
        else:
            self.entry_model.replace_row(row_for_entry(saved, self._symptom_names))

    def _on_entry_save_failed(self, entry: Entry, exc: BaseException) -> None:
        if entry.id is None:
            self._adding = None
        self.editor.set_save_state("failed", words(exc))
        self.status_changed.emit(words(exc))

    # -- what the menus start (``EntryOperations``) -------------------------------------------

    def add_quick_log(self, readings: list[tuple[int | None, str, int]], note: str) -> None:
        self.operations.add_quick_log(readings, note)

    def delete_entry(self, entry_id: int | None = None) -> None:
        self.operations.delete_entry(entry_id)

    def forget_entry(self, entry_id: int) -> None:
        """An entry is being deleted: out of the editor and the list at once."""
        if self._last_saved is not None and self._last_saved.id == entry_id:
            self.editor.clear()
            self._last_saved = None
        self.entry_model.remove_id(entry_id)

    def select_after_load(self, entry_id: int) -> None:
        """Select ``entry_id`` once the list has loaded again (an undone delete)."""
        self._select_after_load = entry_id
