"""The bar above the entry editor when a sync changed the entry while it had unsaved
edits: it says so in plain words and offers both ways out, so nothing is lost.

Two states: "changed" (their version arrived; mine is still on screen, not yet saved)
with "Show their version" and "Keep mine"; and "theirs" (their version is on screen,
mine is kept aside) with "Back to mine". It never shows entry text.

Signals:
    theirs_chosen(): show the other device's version.
    mine_kept(): keep (and save) what is on screen.
    mine_restored(): put my edits back over their version (and save them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncNoticeBar", text)


class SyncNoticeBar(QFrame):
    theirs_chosen = Signal()
    mine_kept = Signal()
    mine_restored = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAccessibleName(_tr("Sync notice"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.theirs_button = QPushButton(_tr("Sho&w their version"), self)
        self.mine_button = QPushButton(_tr("Keep &mine"), self)
        self.back_button = QPushButton(_tr("Back to &mine"), self)
        for button in (self.theirs_button, self.mine_button, self.back_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", ""))
        buttons = QHBoxLayout()  # under the words: the editor can be narrow
        buttons.addStretch(1)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setVisible(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.theirs_button.clicked.connect(self.theirs_chosen)
        self.mine_button.clicked.connect(self.mine_kept)
        self.back_button.clicked.connect(self.mine_restored)

    def show_changed(self, device: str) -> None:
        """Their version arrived while mine has unsaved edits."""
        if device:
            text = _tr("This entry was changed on %1. Your edits here are not saved yet.").replace(
                "%1", device
            )
        else:
            text = _tr(
                "This entry was changed on another device. Your edits here are not saved yet."
            )
        self._show(text, theirs=False)

    def show_theirs(self, device: str) -> None:
        """Their version is on screen; mine is kept aside until the next edit."""
        if device:
            text = _tr("Showing the version from %1. Your edits are kept aside.").replace(
                "%1", device
            )
        else:
            text = _tr("Showing the version from your other device. Your edits are kept aside.")
        self._show(text, theirs=True)

    def _show(self, text: str, *, theirs: bool) -> None:
        self.message.setText(text)
        self.setAccessibleDescription(text)
        self.theirs_button.setVisible(not theirs)
        self.mine_button.setVisible(not theirs)
        self.back_button.setVisible(theirs)
        self.setVisible(True)
