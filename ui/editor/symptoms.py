"""Pick several symptoms at once, each with a 0–10 severity, a duration and triggers.

Built for speed from the keyboard: type part of a name, Enter, then a digit
for the severity. A name that is not tracked yet is handed to the window
(``new_symptom_requested``); when the window has created it and calls
``set_symptoms`` again, the picker adds it and puts the focus on its severity.

Signals:
    ``changed()`` — a symptom was added or removed, or any of its fields changed.
    ``new_symptom_requested(str)`` — the user asked for a symptom that is not tracked.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import Symptom, SymptomReading
from ui.editor.severity import SeverityControl

MAX_DURATION_MIN = 60 * 24 * 31  # a month, in minutes


def _key(name: str) -> str:
    """How names are compared: the journal treats case and repeated spaces as the same name."""
    return " ".join(name.split()).casefold()


def _tr(text: str) -> str:
    return QCoreApplication.translate("SymptomPicker", text)


class SymptomRow(QWidget):
    """One rated symptom: name, severity, optional duration and triggers, and a remove button."""

    changed = Signal()
    remove_requested = Signal(object)  # self

    def __init__(self, symptom_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.symptom_id = symptom_id
        self.name_label = QLabel(name, self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.severity = SeverityControl(self)
        self.severity.setAccessibleName(_tr("Severity of %1").replace("%1", name))
        self.name_label.setBuddy(self.severity)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, MAX_DURATION_MIN)
        self.duration.setSpecialValueText(_tr("no duration"))
        self.duration.setSuffix(_tr(" min"))
        self.duration.setAccelerated(True)
        self.duration.setAccessibleName(_tr("Duration of %1 in minutes").replace("%1", name))
        self.duration.setToolTip(_tr("How long it lasted, in minutes (optional)"))
        self.triggers = QLineEdit(self)
        self.triggers.setPlaceholderText(_tr("Triggers (optional)"))
        self.triggers.setAccessibleName(_tr("Triggers of %1").replace("%1", name))
        self.remove_button = QToolButton(self)
        self.remove_button.setText(_tr("Remove"))
        self.remove_button.setAccessibleName(_tr("Remove %1").replace("%1", name))
        self.remove_button.setToolTip(_tr("Remove %1 from this entry").replace("%1", name))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._wrapped: bool | None = None
        self._stacked = False
        self._place(wrapped=False)
        # The row takes the width the editor has and fits itself to it (one, two or three
        # lines); its widest layout must not push the editor wider than the window.
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)

        self.severity.valueChanged.connect(self.changed)
        self.duration.valueChanged.connect(self.changed)
        self.triggers.textChanged.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def _place(self, *, wrapped: bool, stacked: bool = False) -> None:
        """One line when there is room; two when narrow or the font is large; three (the
        name above the rest) when even two would not fit."""
        stacked = wrapped and stacked
        if wrapped == self._wrapped and stacked == self._stacked:
            return
        self._wrapped, self._stacked = wrapped, stacked
        grid = self._grid
        for widget in (
            self.name_label,
            self.severity,
            self.duration,
            self.triggers,
            self.remove_button,
        ):
            grid.removeWidget(widget)
        for column in range(5):
            grid.setColumnStretch(column, 0)
        if stacked:
            grid.addWidget(self.name_label, 0, 0, 1, 4)
            grid.addWidget(self.severity, 1, 0, 1, 3)
            grid.addWidget(self.remove_button, 1, 3)
            grid.addWidget(self.duration, 2, 0)
            grid.addWidget(self.triggers, 2, 1, 1, 3)
            grid.setColumnStretch(2, 1)
            return
        grid.addWidget(self.name_label, 0, 0)
        if wrapped:
            grid.addWidget(self.severity, 0, 1, 1, 2)
            grid.addWidget(self.remove_button, 0, 3)
            grid.addWidget(self.duration, 1, 1)
            grid.addWidget(self.triggers, 1, 2, 1, 2)
            grid.setColumnStretch(2, 1)
        else:
            grid.addWidget(self.severity, 0, 1)
            grid.addWidget(self.duration, 0, 2)
            grid.addWidget(self.triggers, 0, 3)
            grid.addWidget(self.remove_button, 0, 4)
            grid.setColumnStretch(1, 4)
            grid.setColumnStretch(3, 3)

    def _one_line_width(self) -> int:
        spacing = max(0, self._grid.horizontalSpacing()) * 4
        widths = [
            self.name_label.minimumSizeHint().width(),
            self.severity.sizeHint().width(),
            self.duration.sizeHint().width(),
            self.remove_button.sizeHint().width(),
            self.fontMetrics().averageCharWidth() * 16,
        ]  # room to type triggers
        return sum(widths) + spacing

    def _two_line_width(self) -> int:
        name = max(self.name_label.minimumWidth(), self.name_label.minimumSizeHint().width())
        widths = (
            name,
            self.severity.sizeHint().width(),  # the word after the number reads in full
            self.remove_button.sizeHint().width(),
        )
        return sum(widths) + max(0, self._grid.horizontalSpacing()) * 2

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        self._place(wrapped=width < self._one_line_width(), stacked=width < self._two_line_width())

    @property
    def name(self) -> str:
        return self.name_label.text()

    def set_reading(self, reading: SymptomReading) -> None:
        self.severity.setValue(int(reading.severity))
        self.duration.setValue(reading.duration_min or 0)
        self.triggers.setText(reading.triggers)

    def reading(self) -> SymptomReading:
        duration = self.duration.value()
        return SymptomReading(
            self.symptom_id,
            self.severity.value(),
            duration if duration > 0 else None,
            self.triggers.text(),
            self.name,
        )

    def wipe(self) -> None:
        """Empty every field (and the line edit's undo history) before the row goes away."""
        self.blockSignals(True)
        self.triggers.setText("")
        self.name_label.clear()
        self.severity.setValue(0)
        self.duration.setValue(0)
        self.setAccessibleName("")
        for widget in (self.severity, self.duration, self.triggers, self.remove_button):
            widget.setAccessibleName("")
            widget.setToolTip("")


class SymptomPicker(QWidget):
    """The symptom part of the editor: an adder with completion above the rated symptoms."""

    changed = Signal()
    new_symptom_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._symptoms: list[Symptom] = []
        self._rows: list[SymptomRow] = []
        # names asked for, in order, each added once a list that holds it arrives: the
        # line is empty again after Enter, so a second name can be typed before the first
        # comes back
        self._pending_new: list[str] = []

        self.adder = QLineEdit(self)
        self.adder.setPlaceholderText(_tr("Add a symptom: type a name, then Enter"))
        self.adder.setAccessibleName(_tr("Add a symptom"))
        self.adder.setAccessibleDescription(
            _tr("Type a symptom name and press Enter; a new name starts tracking it")
        )
        self._names = QStringListModel(self)
        self._completer = QCompleter(self._names, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.adder.setCompleter(self._completer)
        self.add_button = QToolButton(self)
        self.add_button.setText(_tr("Add"))
        self.add_button.setAccessibleName(_tr("Add the symptom typed"))
        self.add_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.hide()

        adder_row = QHBoxLayout()
        adder_row.setContentsMargins(0, 0, 0, 0)
        adder_row.addWidget(self.adder, 1)
        adder_row.addWidget(self.add_button)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addLayout(adder_row)
        layout.addWidget(self.status)

        self.adder.returnPressed.connect(self._on_adder_return_pressed)
        self.add_button.clicked.connect(self._on_adder_return_pressed)
        self._completer.activated[str].connect(self._on_completer_activated)
        self._completer.popup().installEventFilter(self)

    # -- public -------------------------------------------------------------

    def set_symptoms(self, symptoms: list[Symptom]) -> None:
        """The tracked symptoms. Archived ones are not offered but still show in old entries."""
        self._symptoms = list(symptoms)
        self._names.setStringList([s.name for s in symptoms if not s.archived])
        by_id = {s.id: s for s in symptoms}
        for row in self._rows:
            known = by_id.get(row.symptom_id)
            if known is not None and known.name != row.name:
                row.name_label.setText(known.name)
        self._align_names()
        # A catalog read before a new symptom was saved can arrive first: each name
        # stays pending until a list that holds it comes (or the entry is cleared).
        waiting = self._pending_new
        self._pending_new = []
        for name in waiting:
            found = self._find(name)
            if found is None:
                self._pending_new.append(name)
            else:
                self.add_symptom(found.id)
        if waiting:
            self._show_pending()

    def set_readings(self, readings: list[SymptomReading]) -> None:
        self._remove_all()
        names = {s.id: s.name for s in self._symptoms}
        for reading in readings:
            row = self._add_row(
                reading.symptom_id,
                names.get(reading.symptom_id)
                or reading.name
                or _tr("Symptom #%1").replace("%1", str(reading.symptom_id)),
            )
            row.set_reading(reading)

    def readings(self) -> list[SymptomReading]:
        return [row.reading() for row in self._rows]

    def rows(self) -> list[SymptomRow]:
        return list(self._rows)

    def add_symptom(self, symptom_id: int, severity: int | None = None) -> SymptomRow:
        """Add a tracked symptom (or find it if already there) and focus its severity."""
        row = next((r for r in self._rows if r.symptom_id == symptom_id), None)
        if row is None:
            name = next((s.name for s in self._symptoms if s.id == symptom_id), "")
            row = self._add_row(symptom_id, name)
            if severity is not None:
                row.severity.setValue(severity)
            self.changed.emit()
        row.severity.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def drop_pending(self, name: str) -> None:
        """The journal could not start tracking ``name``: stop waiting for it (the status
        bar says why; typing it again asks again)."""
        self._pending_new = [p for p in self._pending_new if _key(p) != _key(name)]
        self._show_pending()

    def clear(self) -> None:
        self._remove_all()
        self._pending_new = []
        self.adder.setText("")  # also drops the line edit's undo history
        self.status.clear()
        self.status.hide()

    def forget(self) -> None:
        """Drop the tracked symptoms too (the journal was locked)."""
        self.clear()
        self._symptoms = []
        self._names.setStringList([])

    # -- internals ----------------------------------------------------------

    def _find(self, name: str) -> Symptom | None:
        key = _key(name)
        return next((s for s in self._symptoms if _key(s.name) == key), None)

    def _add_row(self, symptom_id: int, name: str) -> SymptomRow:
        row = SymptomRow(symptom_id, name, self)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._on_row_remove_requested)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        row.show()  # at once, not when the layout's queued show runs: focus can go to it now
        self._align_names()
        self._fix_tab_order()
        return row

    def _align_names(self) -> None:
        """Same width for every name, so the severity scales line up under each other."""
        widest = max((r.name_label.sizeHint().width() for r in self._rows), default=0)
        for row in self._rows:
            row.name_label.setMinimumWidth(widest)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for row in self._rows:
                row.name_label.setMinimumWidth(0)
            self._align_names()

    def _fix_tab_order(self) -> None:
        """Rows, then the adder: the order they are shown in."""
        chain: list[QWidget] = []
        for row in self._rows:
            chain += [row.severity, row.duration, row.triggers, row.remove_button]
        chain += [self.adder, self.add_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _drop(self, row: SymptomRow, *, now: bool) -> None:
        row.wipe()
        self._rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        if now:
            # Out of the widget tree at once, so nothing of it can be found afterwards.
            row.setParent(None)
        row.deleteLater()

    def _remove_all(self) -> None:
        for row in list(self._rows):
            self._drop(row, now=True)

    def _on_row_remove_requested(self, row: SymptomRow) -> None:
        index = self._rows.index(row)
        had_focus = row.isAncestorOf(self.focusWidget() or self)
        self._drop(row, now=False)  # we are inside its button's click: delete later
        self._fix_tab_order()
        self._align_names()
        if had_focus:
            target = (
                self._rows[min(index, len(self._rows) - 1)].severity if self._rows else self.adder
            )
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter while the suggestions show but none is highlighted takes the first one,
        # so "hea" + Enter gives Headache at once (Esc first to add a new name instead).
        popup = self._completer.popup()
        if (
            watched is popup
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not popup.currentIndex().isValid()
        ):
            model = self._completer.completionModel()
            first = model.index(0, 0)
            popup.hide()
            self._add_named(str(first.data()) if first.isValid() else self.adder.text())
            return True
        return super().eventFilter(watched, event)

    def _on_completer_activated(self, text: str) -> None:
        self._add_named(text)

    def _on_adder_return_pressed(self) -> None:
        self._add_named(self.adder.text())

    def _add_named(self, text: str) -> None:
        name = " ".join(text.split())
        if not name:
            return
        self.adder.setText("")
        found = self._find(name)
        if found is not None:
            self.add_symptom(found.id)
            return
        if all(_key(name) != _key(p) for p in self._pending_new):
            self._pending_new.append(name)
        self._show_pending()
        # asked again even when pending: a second Enter retries a request that failed
        self.new_symptom_requested.emit(name)

    def _show_pending(self) -> None:
        """Say which name is still on its way, or nothing when none is."""
        if self._pending_new:
            self.status.setText(_tr("Starting to track “%1”…").replace("%1", self._pending_new[0]))
            self.status.show()
        else:
            self.status.hide()
