"""What limits the entry list, always on screen, as chips that can be cleared.

The bar owns the one ``EntryFilter`` the list and search use: the sidebar's choice
(a kind, a tag, a condition) lands here too, next to a date range, a symptom, a kind
or a tag chosen from the "Filter" menu, so nothing narrows the list without a chip
saying so. Dates typed into the search box ("headache november") show as a chip of
their own; clearing it takes the words out of the box. While searching, results
can be ordered newest first or best match first.

Signals:
    filter_changed(object): the ``EntryFilter`` now in force.
    order_changed(str): "date" or "relevance".
    words_cleared(): the user removed the typed dates' chip.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.journal.query_words import Understood
from app.models import ENTRY_KINDS, EntryFilter, Symptom
from ui.editor.fields import kind_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("FilterBar", text)


# The fields the sidebar chooses; the rest come from the Filter menu.
SIDEBAR_FIELDS = ("kinds", "tag", "condition_id", "treatment_id")


def date_ranges(today: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """The ranges the Filter menu offers: (label, first day, last day)."""
    monday = today - dt.timedelta(days=today.weekday())
    first = today.replace(day=1)
    last_month_end = first - dt.timedelta(days=1)
    tr = _tr
    return [
        (tr("Today"), today, today),
        (tr("This week"), monday, monday + dt.timedelta(days=6)),
        (tr("Last week"), monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)),
        (tr("This month"), first, today),
        (tr("Last month"), last_month_end.replace(day=1), last_month_end),
        (tr("Last 3 months"), today - dt.timedelta(days=91), today),
        (tr("This year"), today.replace(month=1, day=1), today),
    ]


class FilterBar(QWidget):
    filter_changed = Signal(object)
    order_changed = Signal(str)
    words_cleared = Signal()

    def __init__(self, parent: QWidget | None = None, *, today=None) -> None:
        super().__init__(parent)
        self._today = today or dt.date.today
        self._filter = EntryFilter()
        self._words: Understood | None = None
        self._symptoms: dict[int, str] = {}
        self._conditions: dict[int, str] = {}
        self._treatments: dict[int, str] = {}
        self._tags: list[str] = []
        self._chips: list[QPushButton] = []
        self._actions: list[QAction] = []  # kept: the menus hold only raw pointers
        self.setAccessibleName(self.tr("Filters"))
        self.menu = QMenu(self)
        self.menu_button = QToolButton(self)
        self.menu_button.setText(self.tr("Filter"))
        self.menu_button.setToolTip(self.tr("Show only some dates, a symptom, a kind or a tag"))
        self.menu_button.setAccessibleName(self.tr("Add a filter"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMenu(self.menu)
        self.none_label = QLabel(self.tr("Showing everything"), self)
        self.none_label.setObjectName("mutedLabel")
        self.order_label = QLabel(self.tr("Sort:"), self)
        self.order = QComboBox(self)
        self.order.addItem(self.tr("Newest first"), "date")
        self.order.addItem(self.tr("Best match"), "relevance")
        self.order.setAccessibleName(self.tr("Sort search results"))
        self.order_label.setBuddy(self.order)
        self._chip_row = QHBoxLayout()
        self._chip_row.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.menu_button)
        layout.addLayout(self._chip_row)
        layout.addWidget(self.none_label)
        layout.addStretch(1)
        layout.addWidget(self.order_label)
        layout.addWidget(self.order)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_searching(False)
        self._connect_signals()
        self._rebuild_menu()
        self._show_chips()

    def _connect_signals(self) -> None:
        self.order.currentIndexChanged.connect(self._on_order_current_index_changed)
        self.menu.aboutToShow.connect(self._rebuild_menu)

    # -- what the window tells it ------------------------------------------------

    def filter(self) -> EntryFilter:
        return self._filter

    def sort_order(self) -> str:
        return self.order.currentData()

    def set_filter(self, flt: EntryFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self._show_chips()
            self.filter_changed.emit(flt)

    def set_sidebar_filter(self, flt: EntryFilter) -> None:
        """The sidebar chose ``flt``: it replaces the kind, tag and condition, keeps the rest."""
        self.set_filter(self._filter.replace(**{f: getattr(flt, f) for f in SIDEBAR_FIELDS}))

    def set_words(self, said: Understood | None) -> None:
        """Dates understood in the search box (``None``: none, or not searching)."""
        self._words = said if said is not None and said.date_from is not None else None
        self._show_chips()

    def set_searching(self, searching: bool) -> None:
        self.order_label.setVisible(searching)
        self.order.setVisible(searching)

    def set_choices(
        self,
        symptoms: list[Symptom],
        conditions: dict[int, str],
        tags: list[str],
        treatments: dict[int, str] | None = None,
    ) -> None:
        """Names for the chips and the menu (they are journal contents: ``forget`` drops them)."""
        self._symptoms = {s.id: s.name for s in symptoms}
        self._treatments = dict(treatments or {})
        self._conditions = dict(conditions)
        self._tags = list(tags)
        self._show_chips()

    def forget(self) -> None:
        """For locking: no filter, no names."""
        self._symptoms, self._conditions, self._tags, self._treatments = {}, {}, [], {}
        self._words = None
        self._filter = EntryFilter()
        self.menu.clear()
        self._actions = []
        self._show_chips()

    # -- chips ---------------------------------------------------------------------

    def chip_texts(self) -> list[str]:
        return [chip.text() for chip in self._chips]

    def _chip_specs(self) -> list[tuple[str, dict]]:
        f = self._filter
        specs: list[tuple[str, dict]] = []
        if f.date_from or f.date_to:
            specs.append(
                (self._range_text(f.date_from, f.date_to), {"date_from": None, "date_to": None})
            )
        elif self._words is not None:
            text = self.tr("In your search: %1").replace(
                "%1", self._range_text(self._words.date_from, self._words.date_to)
            )
            specs.append((text, {}))
        if f.kinds:
            specs.append(
                (
                    self.tr("Kind: %1").replace("%1", ", ".join(kind_label(k) for k in f.kinds)),
                    {"kinds": ()},
                )
            )
        if f.symptom_id is not None:
            specs.append(
                (
                    self.tr("Symptom: %1").replace("%1", self._symptoms.get(f.symptom_id, "…")),
                    {"symptom_id": None},
                )
            )
        if f.condition_id is not None:
            specs.append(
                (
                    self.tr("Condition: %1").replace(
                        "%1", self._conditions.get(f.condition_id, "…")
                    ),
                    {"condition_id": None},
                )
            )
        if f.tag:
            specs.append((self.tr("Tag: #%1").replace("%1", f.tag), {"tag": None}))
        if f.treatment_id is not None:
            specs.append(
                (
                    self.tr("Treatment: %1").replace(
                        "%1", self._treatments.get(f.treatment_id, "…")
                    ),
                    {"treatment_id": None},
                )
            )
        return specs

    def _show_chips(self) -> None:
        for chip in self._chips:
            self._chip_row.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for text, clears in self._chip_specs():
            chip = QPushButton(text + "  ×", self)
            chip.setObjectName("filterChip")
            chip.setFlat(False)
            chip.setToolTip(self.tr("Remove this filter"))
            chip.setAccessibleName(self.tr("Remove filter: %1").replace("%1", text))
            chip.clicked.connect(lambda _=False, c=clears: self._on_chip_clicked(c))
            self._chip_row.addWidget(chip)
            QWidget.setTabOrder(self._chips[-1] if self._chips else self.menu_button, chip)
            self._chips.append(chip)
        self.none_label.setVisible(not self._chips)

    def _on_chip_clicked(self, clears: dict) -> None:
        if not clears:
            self._words = None
            self._show_chips()
            self.words_cleared.emit()
            return
        self.set_filter(self._filter.replace(**clears))

    def _range_text(self, start: dt.date | None, end: dt.date | None) -> str:
        def day(d: dt.date) -> str:
            return QLocale().toString(QDate(d.year, d.month, d.day), "d MMM yyyy")

        if (
            start
            and end
            and start.day == 1
            and start.month == end.month
            and start.year == end.year
            and (end + dt.timedelta(days=1)).day == 1
        ):
            return QLocale().toString(QDate(start.year, start.month, 1), "MMMM yyyy")
        if start and end:
            return day(start) if start == end else f"{day(start)} – {day(end)}"
        if start:
            return self.tr("From %1").replace("%1", day(start))
        return self.tr("Until %1").replace("%1", day(end))

    # -- the menu ------------------------------------------------------------------

    def _add(self, menu: QMenu, text: str, changes: dict) -> None:
        action = menu.addAction(text)
        action.triggered.connect(
            lambda _=False, c=changes: self.set_filter(self._filter.replace(**c))
        )
        self._actions.append(action)

    def _rebuild_menu(self) -> None:
        self.menu.clear()
        self._actions = []
        dates = self.menu.addMenu(self.tr("&Dates"))
        for label, start, end in date_ranges(self._today()):
            self._add(dates, label, {"date_from": start, "date_to": end})
        kinds = self.menu.addMenu(self.tr("&Kind"))
        for kind in ENTRY_KINDS:
            self._add(kinds, kind_label(kind), {"kinds": (kind,)})
        symptoms = self.menu.addMenu(self.tr("&Symptom"))
        for sid, name in sorted(self._symptoms.items(), key=lambda s: s[1].lower()):
            self._add(symptoms, name, {"symptom_id": sid})
        symptoms.setEnabled(bool(self._symptoms))
        tags = self.menu.addMenu(self.tr("&Tag"))
        for tag in self._tags[:60]:
            self._add(tags, "#" + tag, {"tag": tag})
        tags.setEnabled(bool(self._tags))

    def _on_order_current_index_changed(self, _index: int) -> None:
        self.order_changed.emit(self.sort_order())
