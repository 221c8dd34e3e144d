"""A searchable list of check boxes: treatments, conditions, and a lesson's sources.

The editor uses one of these wherever an entry links to things by id. A filter
box above the list narrows it by any words in the label (titles, dates, names).
Ids the entry already links to but that are not among the candidates (an
entry outside the candidate page, a retired treatment) are kept as checked
rows of their own, so loading and saving an entry never drops a link silently.

With ``creatable`` set (treatments), Enter on a name that matches nothing asks for
it to be created (``create_requested``); once the new choice arrives through
``set_choices`` it is checked. Enter on a filter that leaves one row checks that row.

Signals: ``changed()`` when the user checks or unchecks a row;
``create_requested(str)`` for a new name typed in the filter box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Choice:
    """One row: the id stored in the entry, what the user sees, and extra words to search."""

    id: int
    label: str
    detail: str = ""
    search: str = ""


class _WordFilter(QSortFilterProxyModel):
    """Keeps rows whose search text holds every word typed (any order, any case)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(_SEARCH_ROLE)

    def set_words(self, text: str) -> None:
        # One lookahead per word: all must occur, in any order. The search role is casefolded.
        pattern = "".join(f"(?=.*{re.escape(w)})" for w in text.casefold().split())
        self.setFilterRegularExpression(
            QRegularExpression(
                "^" + pattern, QRegularExpression.PatternOption.DotMatchesEverythingOption
            )
        )


class _VisibleCheckDelegate(QStyledItemDelegate):
    """Outlines every check box in the text colour: some styles draw an unchecked box that
    all but vanishes on a dark palette."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        colour = QColor(opt.palette.color(QPalette.ColorRole.Text))
        colour.setAlphaF(0.6)
        painter.save()
        painter.setPen(QPen(colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        painter.restore()


class _RowsList(QListView):
    """A list as tall as its rows (between 2 and 6), measured in the current font."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = max(2, min(6, self.model().rowCount() if self.model() is not None else 0))
        row = (
            self.sizeHintForRow(0)
            if self.model() is not None and self.model().rowCount()
            else self.fontMetrics().height() + 4
        )
        return QSize(hint.width(), rows * row + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(
            super().minimumSizeHint().width(),
            2 * (self.fontMetrics().height() + 4) + 2 * self.frameWidth(),
        )


class CheckList(QWidget):
    """Filter box + checkable list; ``checked_ids()`` keeps the order things were linked in."""

    changed = Signal()
    create_requested = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None, *, creatable: str = "") -> None:
        super().__init__(parent)
        tr = QCoreApplication.translate
        self._model = QStandardItemModel(self)
        self._proxy = _WordFilter(self)
        self._proxy.setSourceModel(self._model)
        self._order: list[int] = []  # checked ids, in the order they were linked
        self._choices: list[Choice] = []
        self._updating = False
        self._creatable = creatable  # "Press Enter to add “%1” as a new treatment."
        self._pending = ""  # a name asked for, checked once it arrives

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(tr("CheckList", "Filter %1…").replace("%1", what))
        self.filter_edit.setAccessibleName(tr("CheckList", "Filter %1").replace("%1", what))
        self.list_view = _RowsList(self)
        self.list_view.setModel(self._proxy)
        self.list_view.setAccessibleName(what)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setItemDelegate(_VisibleCheckDelegate(self.list_view))
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        self.create_hint = QLabel(self)
        self.create_hint.setObjectName("mutedLabel")
        self.create_hint.setWordWrap(True)
        self.create_hint.setVisible(False)
        layout.addWidget(self.create_hint)
        layout.addWidget(self.list_view)
        self.setTabOrder(self.filter_edit, self.list_view)

        self.filter_edit.textChanged.connect(self._proxy.set_words)
        self.filter_edit.textChanged.connect(self._update_create_hint)
        self.filter_edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        self.filter_edit.installEventFilter(self)
        self._model.itemChanged.connect(self._on_model_item_changed)

    # -- public -------------------------------------------------------------

    def set_choices(self, choices: list[Choice]) -> None:
        """Replace the candidates, keeping what is checked (missing ones stay as placeholders)."""
        self._choices = list(choices)
        # A catalog read before the new name was saved can arrive first: the name
        # stays pending until a list that holds it comes (or the user types another).
        pending = self._pending.casefold()
        arrived = next((c.id for c in choices if pending and c.label.casefold() == pending), None)
        if arrived is not None:
            self._pending = ""
        if arrived is not None and arrived not in self._order:
            self._order.append(arrived)
            self.filter_edit.setText("")
        self._rebuild()
        if arrived is not None:
            self.changed.emit()

    def set_checked_ids(self, ids: list[int]) -> None:
        self._order = list(dict.fromkeys(ids))
        self._rebuild()

    def checked_ids(self) -> list[int]:
        return list(self._order)

    def clear(self) -> None:
        """Uncheck everything and empty the filter (and its undo history)."""
        self._order = []
        self.filter_edit.setText("")  # QLineEdit.setText also drops its undo history
        self.create_hint.clear()  # "Adding “Sertraline”…" must not outlive a lock
        self._rebuild()

    def forget(self) -> None:
        """Drop the candidates too (the journal was locked)."""
        self._choices = []
        self._pending = ""
        self.clear()

    def _on_filter_edit_return_pressed(self) -> None:
        name = " ".join(self.filter_edit.text().split())
        if not name:
            return
        if self._proxy.rowCount() == 1:
            item = self._model.itemFromIndex(self._proxy.mapToSource(self._proxy.index(0, 0)))
            item.setCheckState(Qt.CheckState.Checked)
            self.filter_edit.setText("")
        elif self._proxy.rowCount() == 0 and self._creatable:
            self._pending = name
            self.create_hint.setText(
                QCoreApplication.translate("CheckList", "Adding “%1”…").replace("%1", name)
            )
            self.create_requested.emit(name)

    def _update_create_hint(self, text: str) -> None:
        name = " ".join(text.split())
        if self._pending and name.casefold() != self._pending.casefold():
            self._pending = ""  # the user moved on; a late arrival must not check it
        show = bool(self._creatable and name and self._proxy.rowCount() == 0)
        if show:
            self.create_hint.setText(self._creatable.replace("%1", name))
        self.create_hint.setVisible(show)

    # -- internals ----------------------------------------------------------

    def _rebuild(self) -> None:
        tr = QCoreApplication.translate
        self._updating = True
        try:
            self._model.clear()
            known = {c.id for c in self._choices}
            missing = [i for i in self._order if i not in known]
            rows = [
                Choice(i, tr("CheckList", "Linked item #%1").replace("%1", str(i))) for i in missing
            ] + self._choices
            checked = set(self._order)
            for choice in rows:
                text = choice.label if not choice.detail else f"{choice.label} — {choice.detail}"
                item = QStandardItem(text)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(
                    Qt.CheckState.Checked if choice.id in checked else Qt.CheckState.Unchecked
                )
                item.setData(choice.id, _ID_ROLE)
                item.setData(f"{text} {choice.search}".casefold(), _SEARCH_ROLE)
                item.setToolTip(text)
                self._model.appendRow(item)
        finally:
            self._updating = False
        self.list_view.updateGeometry()

    def _on_model_item_changed(self, item: QStandardItem) -> None:
        if self._updating:
            return
        item_id = int(item.data(_ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            if item_id not in self._order:
                self._order.append(item_id)
        elif item_id in self._order:
            self._order.remove(item_id)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the filter box goes into the list, like a search field should.
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self._proxy.rowCount() > 0:
                self.list_view.setFocus(Qt.FocusReason.TabFocusReason)
                self.list_view.setCurrentIndex(self._proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)
