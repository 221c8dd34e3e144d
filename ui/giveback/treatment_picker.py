"""Share ▸ Share a Treatment Report: which treatment to report on.

The treatments are read through the session (it closes itself when the journal locks); "Make the report" closes the dialog accepted
and ``treatment_name()`` says which one. The report itself is composed in the share
review (``app.giveback.treatment_report``).

Signals:
    loaded(int): the list of treatments is on screen (how many).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.session import Session


class TreatmentPickerDialog(QDialog):
    loaded = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share a treatment report"))
        intro = QLabel(
            self.tr(
                "A post on one treatment: what it is, the doses and their "
                "changes, side effects, your ratings before and after, and "
                "your lessons about it. You review it before anything "
                "leaves."
            )
        )
        intro.setWordWrap(True)
        self.box = QComboBox()
        self.box.setAccessibleName(self.tr("Treatment"))
        label = QLabel(self.tr("&Treatment:"))
        label.setBuddy(self.box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            self.tr("&Make the report"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.box)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        session.close_on_lock(self)  # it lists the journal's treatments
        session.run(
            lambda journal: [t.name for t in journal.catalog.treatments()],
            self._on_loaded,
            lambda _exc: self._on_loaded([]),
        )

    def _on_loaded(self, names: list[str]) -> None:
        self.box.clear()
        self.box.addItems(sorted(names, key=str.casefold))
        self.ok.setEnabled(bool(names))
        if not names:
            self.box.setPlaceholderText(self.tr("No treatments yet"))
        self.loaded.emit(len(names))

    def treatment_name(self) -> str:
        return self.box.currentText()
