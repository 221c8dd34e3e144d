"""Quick log: rate a symptom in a few keystrokes.

Focus starts in the "find or add" field. Letters narrow the list (most recently
logged symptoms first), a number key rates the highlighted symptom (1 then 0
quickly gives 10; + and − adjust), and Enter saves. So "head", 6, Enter logs a
headache of 6. A name that matches nothing can be rated too: it becomes a new
symptom. The dialog only returns values (``readings()``, ``note()``); the main
window saves them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSlider,
    QVBoxLayout,
)

from app.models import Symptom

IdRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2
SeverityRole = Qt.ItemDataRole.UserRole + 3
NEW_ITEM = -1


class QuickLogDialog(QDialog):
    def __init__(self, symptoms: list[Symptom], recent_ids: list[int], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick log"))
        self.setModal(True)
        order = {sid: i for i, sid in enumerate(recent_ids)}
        self._symptoms = sorted(
            (s for s in symptoms if not s.archived),
            key=lambda s: (order.get(s.id, len(order)), s.name.lower()),
        )
        self._last_digit: tuple[int, int] | None = None  # (row, digit) for "1" then "0"
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find or add a symptom, then press 0–10"))
        self.find.setAccessibleName(self.tr("Find or add a symptom"))
        self.find.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Symptoms"))
        self.list.setAccessibleDescription(self.tr("Number keys set the severity"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(self.tr("Severity, 0 to 10"))
        self.slider_label = QLabel()
        self.slider_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("10/10 ") + 4)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Optional note"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.summary = QLabel()
        self.summary.setObjectName("mutedLabel")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.restored = QLabel(self.tr("Restored what you were writing before."))
        self.restored.setObjectName("mutedLabel")
        self.restored.setVisible(False)
        hint = QLabel(self.tr("Type to find, 0–9 to rate (1 0 for 10), Enter to save."))
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Severity:"), self.slider)
        form.addRow("", self.slider_label)
        form.addRow(self.tr("&Note:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.restored)
        layout.addWidget(self.find)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._fill("")
        self._connect_signals()
        self.resize(420, 460)
        self.find.setFocus()

    def _connect_signals(self) -> None:
        self.find.textChanged.connect(self._on_find_text_changed)
        self.find.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemChanged.connect(self._update_summary)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- values --------------------------------------------------------------

    def readings(self) -> list[tuple[int | None, str, int]]:
        """(symptom id or None for a new one, name, severity) of every rated symptom."""
        out = []
        for item in self._rated_items():
            sid = item.data(IdRole)
            out.append(
                (None if sid == NEW_ITEM else sid, item.data(NameRole), item.data(SeverityRole))
            )
        return out

    def note(self) -> str:
        return self.note_edit.text().strip()

    def take_draft(self) -> dict | None:
        """What was typed, for the encrypted drafts (None if nothing); the dialog is emptied,
        so after a lock no text of it stays in a widget."""
        payload = {
            "find": self.find.text(),
            "note": self.note_edit.text(),
            "readings": [list(r) for r in self.readings()],
        }
        self.note_edit.clear()
        self.find.clear()
        for item in self._rated_items():
            item.setCheckState(Qt.CheckState.Unchecked)
        if not (payload["find"].strip() or payload["note"].strip() or payload["readings"]):
            return None
        return payload

    def restore_draft(self, payload: dict) -> None:
        """Put back what ``take_draft`` kept (after an unlock, or a cancelled log)."""
        for _sid, name, severity in payload.get("readings", []):
            self.find.setText(str(name))
            for i in range(self.list.count()):
                item = self.list.item(i)
                if item.data(NameRole).lower() == str(name).lower():
                    self.list.setCurrentItem(item)
                    self.rate_current(int(severity))
                    break
        self.find.setText(str(payload.get("find", "")))
        self.note_edit.setText(str(payload.get("note", "")))
        self.restored.setVisible(True)

    def _rated_items(self) -> list[QListWidgetItem]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return [i for i in items if i.checkState() == Qt.CheckState.Checked]

    # -- the list ------------------------------------------------------------

    def _fill(self, text: str) -> None:
        rated = {
            item.data(NameRole).lower(): item.data(SeverityRole) for item in self._rated_items()
        }
        self.list.blockSignals(True)
        self.list.clear()
        needle = " ".join(text.split()).lower()
        names = set()
        for s in self._symptoms:
            names.add(s.name.lower())
            if needle and needle not in s.name.lower() and s.name.lower() not in rated:
                continue
            self._add_item(s.id, s.name, rated.get(s.name.lower()))
        for name, severity in rated.items():
            if name not in names:  # a new symptom rated earlier
                self._add_item(NEW_ITEM, name, severity)
        if needle and not any(needle in n for n in names | set(rated)):
            self._add_item(NEW_ITEM, " ".join(text.split()), None, new=True)
        self.list.blockSignals(False)
        matches = [
            i
            for i in range(self.list.count())
            if needle and needle in self.list.item(i).data(NameRole).lower()
        ]
        self.list.setCurrentRow(matches[0] if matches else 0)
        self._on_list_current_item_changed(self.list.currentItem(), None)
        self._update_summary()

    def _add_item(self, sid: int, name: str, severity: int | None, new: bool = False) -> None:
        item = QListWidgetItem()
        item.setData(IdRole, sid)
        item.setData(NameRole, name)
        item.setData(SeverityRole, severity if severity is not None else 0)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if severity is not None else Qt.CheckState.Unchecked
        )
        self._label(item, new)
        self.list.addItem(item)

    def _label(self, item: QListWidgetItem, new: bool = False) -> None:
        name = item.data(NameRole)
        if item.checkState() == Qt.CheckState.Checked:
            text = (
                self.tr("%1 — %2/10")
                .replace("%1", name)
                .replace("%2", str(item.data(SeverityRole)))
            )
        elif new or item.data(IdRole) == NEW_ITEM:
            text = self.tr("Add “%1” (new symptom)").replace("%1", name)
        else:
            text = name
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def rate_current(self, severity: int) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        item.setData(SeverityRole, max(0, min(10, severity)))
        item.setCheckState(Qt.CheckState.Checked)
        self._label(item)
        self.slider.blockSignals(True)
        self.slider.setValue(item.data(SeverityRole))
        self.slider.blockSignals(False)
        self._show_slider_value()
        self._update_summary()

    def _on_find_text_changed(self, text: str) -> None:
        self._last_digit = None
        self._fill(text)

    def _on_list_current_item_changed(self, item: QListWidgetItem | None, _prev) -> None:
        self.slider.setEnabled(item is not None)
        if item is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(item.data(SeverityRole))
            self.slider.blockSignals(False)
        self._show_slider_value()

    def _on_slider_value_changed(self, value: int) -> None:
        self.rate_current(value)

    def _show_slider_value(self) -> None:
        item = self.list.currentItem()
        rated = item is not None and item.checkState() == Qt.CheckState.Checked
        self.slider_label.setText(f"{self.slider.value()}/10" if rated else self.tr("not rated"))

    def _update_summary(self, *_args) -> None:
        rated = self.readings()
        for i in range(self.list.count()):
            self._label(self.list.item(i))
        self.save_button.setEnabled(bool(rated))
        self.summary.setText(
            ", ".join(f"{n} {s}" for _, n, s in rated) if rated else self.tr("Nothing rated yet.")
        )

    # -- keys ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(event)
        return False

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        text = event.text()
        item = self.list.currentItem()
        if text.isdigit() and len(text) == 1 and item is not None:
            digit = int(text)
            row = self.list.currentRow()
            if digit == 0 and self._last_digit == (row, 1):
                digit = 10
            self._last_digit = (row, digit)
            self.rate_current(digit)
            if self.find.hasFocus():
                self.find.selectAll()  # the next name replaces this one: not "fatigueheadache"
            return True
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus) and item is not None:
            self.rate_current(item.data(SeverityRole) + (1 if key == Qt.Key.Key_Plus else -1))
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.find.hasFocus():
            step = -1 if key == Qt.Key.Key_Up else 1
            self.list.setCurrentRow(
                max(0, min(self.list.count() - 1, self.list.currentRow() + step))
            )
            return True
        if key == Qt.Key.Key_Space and self.list.hasFocus() and item is not None:
            if item.checkState() == Qt.CheckState.Checked:
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                self.rate_current(item.data(SeverityRole))
            self._update_summary()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.readings():
                self.accept()
            return True
        return False
