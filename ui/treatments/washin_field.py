"""How long a treatment takes to work (its wash-in), with the words that say why it
matters: the days after a start or dose change that "did it help?" leaves out.

    field = WashinField(parent)
    field.set_days(t.washin_days)     # None: the default (14 days)
    t.washin_days = field.days()

Signals:
    edited(): the user changed the value.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from app.models import DEFAULT_WASHIN_DAYS, MAX_WASHIN_DAYS


class WashinField(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox(self)
        # -1 stands for "not set": the statistics then use the default.
        self.spin.setRange(-1, MAX_WASHIN_DAYS)
        self.spin.setSpecialValueText(self.tr("Usual ({n} days)").format(n=DEFAULT_WASHIN_DAYS))
        self.spin.setSuffix(self.tr(" days"))
        self.spin.setAccessibleName(self.tr("Time to work"))
        self.help = QLabel(
            self.tr(
                "How long it takes to work — methotrexate can take 8–12 weeks; days before that "
                "are left out of “did it help”."
            ),
            self,
        )
        self.help.setWordWrap(True)
        self.spin.setAccessibleDescription(self.help.text())
        self.spin.setToolTip(self.help.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addWidget(self.help)
        self.setFocusProxy(self.spin)
        self.spin.valueChanged.connect(self._on_spin_value_changed)

    def set_days(self, days: int | None) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(-1 if days is None else days)
        self.spin.blockSignals(False)

    def days(self) -> int | None:
        value = self.spin.value()
        return None if value < 0 else value

    @Slot(int)
    def _on_spin_value_changed(self, _value: int) -> None:
        self.edited.emit()
