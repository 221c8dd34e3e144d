"""The sidebar: All, the four kinds, then tags and conditions, each with a count.

Counts are computed on the task runner (``load_counts`` runs there) and shown
with ``set_counts``; choosing an item emits the filter it stands for.

Signals:
    filter_chosen(object): the ``EntryFilter`` of the chosen item.
    treatments_requested(): "Add or change treatments…" was chosen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from app.models import EntryFilter
from ui.icons import kind_icon

FilterRole = Qt.ItemDataRole.UserRole + 1
ManageRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class SidebarCounts:
    total: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    tags: list[tuple[str, int]] = field(default_factory=list)
    conditions: list[tuple[int, str, int]] = field(default_factory=list)
    treatments: list[tuple[int, str, int]] = field(default_factory=list)


def load_counts(journal) -> SidebarCounts:
    """Runs on the worker thread."""
    kinds = journal.entries.kind_counts()
    conditions = [
        (c.id, c.name, journal.entries.count(EntryFilter(condition_id=c.id)))
        for c in journal.catalog.conditions()
    ]
    today = dt.date.today()
    treatments = [
        (t.id, t.name, journal.entries.count(EntryFilter(treatment_id=t.id)))
        for t in journal.catalog.treatments()
        if t.id is not None and t.is_current(today)
    ]
    return SidebarCounts(
        sum(kinds.values()), kinds, journal.entries.tags()[:60], conditions, treatments
    )


class Sidebar(QTreeWidget):
    filter_chosen = Signal(object)
    treatments_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Show"))
        self.setAccessibleDescription(self.tr("Choose which entries the list shows"))
        self.setMinimumWidth(170)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._building = False
        self._current = EntryFilter()
        self.currentItemChanged.connect(self._on_current_item_changed)
        self.itemClicked.connect(self._on_item_triggered)
        self.itemActivated.connect(self._on_item_triggered)
        self.set_counts(None)

    def _kind_labels(self) -> list[tuple[str | None, str]]:
        return [
            (None, self.tr("All entries")),
            ("symptom", self.tr("Symptoms")),
            ("treatment", self.tr("Treatments")),
            ("lesson", self.tr("Lessons")),
            ("note", self.tr("Notes")),
        ]

    def set_counts(self, counts: SidebarCounts | None) -> None:
        """Rebuild the items (``None``: the journal is locked, show only the kinds)."""
        self._building = True
        self.clear()
        counts = counts or SidebarCounts()
        selected: QTreeWidgetItem | None = None
        for kind, label in self._kind_labels():
            flt = EntryFilter(kinds=(kind,)) if kind else EntryFilter()
            n = counts.kinds.get(kind, 0) if kind else counts.total
            item = self._item(self, label, n, flt)
            if kind:
                item.setIcon(0, kind_icon(kind))
            if flt == self._current:
                selected = item
        for title, entries in (
            (self.tr("Tags"), [(f"#{t}", n, EntryFilter(tag=t)) for t, n in counts.tags]),
            (
                self.tr("Conditions"),
                [(name, n, EntryFilter(condition_id=cid)) for cid, name, n in counts.conditions],
            ),
            (
                self.tr("Medications & therapies"),
                [(name, n, EntryFilter(treatment_id=tid)) for tid, name, n in counts.treatments]
                + [(self.tr("Add or change…"), 0, None)],
            ),
        ):
            locked = not counts.kinds
            if not entries or locked:
                continue
            header = QTreeWidgetItem(self, [title, ""])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            header.setFirstColumnSpanned(True)
            for label, n, flt in entries:
                item = self._item(header, label, n, flt)
                if flt == self._current:
                    selected = item
            header.setExpanded(True)
        self.setCurrentItem(selected or self.topLevelItem(0))
        self._building = False

    def _item(self, parent, label: str, count: int, flt: EntryFilter | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [label, str(count) if count else ""])
        item.setData(0, FilterRole, flt)
        if flt is None:  # not a filter: opens the Treatments window
            item.setData(0, ManageRole, True)
            item.setToolTip(0, self.tr("Add a medication or therapy, or change a dose"))
            return item
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(0, label)  # long names are elided with large fonts
        item.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("%1, %n entries", "", count).replace("%1", label),
        )
        return item

    def current_filter(self) -> EntryFilter:
        return self._current

    def choose(self, flt: EntryFilter) -> None:
        """Select the item for ``flt`` (if shown) and emit it."""
        for item in self._all_items():
            if item.data(0, FilterRole) == flt:
                self.setCurrentItem(item)
                return

    def show_filter(self, flt: EntryFilter) -> None:
        """Highlight the item for ``flt`` without emitting (the filter bar changed it);
        no item is highlighted when none stands for it."""
        self._current = flt
        match = next((i for i in self._all_items() if i.data(0, FilterRole) == flt), None)
        self._building = True
        if match is not None:
            self.setCurrentItem(match)
        else:
            self.setCurrentIndex(QModelIndex())  # so a click on any item chooses it again
        self._building = False

    def _all_items(self):
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack.extend(item.child(i) for i in range(item.childCount()))

    def _on_item_triggered(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.data(0, ManageRole):
            self.treatments_requested.emit()
            self.show_filter(self._current)  # the list keeps showing what it showed

    def _on_current_item_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        if item is None:
            return
        flt = item.data(0, FilterRole)
        if item.data(0, ManageRole):
            return  # opens with a click or Enter, never by arrowing past it
        if flt is None or self._building and flt == self._current:
            return
        if flt != self._current:
            self._current = flt
            self.filter_chosen.emit(flt)
