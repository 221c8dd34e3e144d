"""Preferences ▸ Appearance: the theme (system, light, dark, high contrast) and large
targets.

Every change shows at once, across every open window, so the user sees the result
before deciding; Cancel puts the old look back (``SettingsFlow`` does both through
``ThemeManager``). The choice is kept in QSettings (``ui.appearance.prefs``), because
the unlock screen needs it before any journal is open.

Signals:
    appearance_changed(Appearance): the user changed a choice (shown at once).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.appearance.prefs import LARGE_TARGET, THEMES, Appearance


class AppearanceTab(QWidget):
    appearance_changed = Signal(object)

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "high_contrast": self.tr("High contrast (white on black, yellow focus)"),
        }
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setAccessibleDescription(
            self.tr("Follow the system picks high contrast when the desktop asks for it.")
        )
        for key in THEMES:
            self.theme.addItem(labels[key], key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(appearance.theme)))
        self.large_targets = QCheckBox(self.tr("&Large targets"))
        self.large_targets.setChecked(appearance.large_targets)
        detail = self.tr(
            "Buttons, boxes, tick boxes and list rows at least %1 pixels high, "
            "easier to hit with a shaky hand or a tired eye."
        ).replace("%1", str(LARGE_TARGET))
        self.large_targets.setAccessibleDescription(detail)
        explain = QLabel(detail)
        explain.setWordWrap(True)
        explain.setObjectName("mutedLabel")
        note = QLabel(self.tr("Changes show at once. Cancel puts the old look back."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("T&heme:"), self.theme)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.large_targets)
        layout.addWidget(explain)
        layout.addWidget(note)
        layout.addStretch(1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.theme.currentIndexChanged.connect(self._on_theme_current_index_changed)
        self.large_targets.toggled.connect(self._on_large_targets_toggled)

    def _on_theme_current_index_changed(self, _index: int) -> None:
        self.appearance_changed.emit(self.values())

    def _on_large_targets_toggled(self, _checked: bool) -> None:
        self.appearance_changed.emit(self.values())

    def values(self) -> Appearance:
        return Appearance(str(self.theme.currentData()), self.large_targets.isChecked())
