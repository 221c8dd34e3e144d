"""The conflict screen: entries two devices changed at once, in plain words.

Lists each conflict ("“Flare diary”: edited on Laptop at 14:02 and on Desktop at
14:05"), shows both versions side by side as Markdown source, and offers: keep the
version shown now, keep the other one, keep both (the other becomes an entry of its
own), or merge (an editable text that starts from a line-by-line merge, the clashing
lines between markers). For an entry deleted on one device while edited on the other:
keep it, or delete it after all. Every choice is an ordinary edit that syncs.

Work runs through the session; the dialog never holds the journal and closes on lock.

Signals:
    conflict_resolved(): a conflict was settled (the status line counts again).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.sync import conflicts as core
from ui.messages import words
from ui.screen_fit import fit_to_screen
from ui.session import Change, Session

MARKERS = ("<<<<<<<", "=======", ">>>>>>>")


def _text_box(name: str, *, read_only: bool = True) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setReadOnly(read_only)
    box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    return box


class ConflictsDialog(QDialog):
    conflict_resolved = Signal()

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync conflicts"))
        self._session = session
        self._conflicts: list[core.SyncConflict] = []
        intro = QLabel(
            self.tr(
                "These entries were changed on two devices before they could sync. Nothing "
                "was lost: choose what to keep. Your choice goes to your other devices too."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown_label, self.other_label = QLabel(), QLabel()
        self.shown = _text_box(self.tr("The version shown now"))
        self.other = _text_box(self.tr("The other version"))
        self.shown_label.setBuddy(self.shown)
        self.other_label.setBuddy(self.other)
        sides = QWidget()
        grid = QGridLayout(sides)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.shown_label, 0, 0)
        grid.addWidget(self.other_label, 0, 1)
        grid.addWidget(self.shown, 1, 0)
        grid.addWidget(self.other, 1, 1)
        self.merge_label = QLabel(self.tr("Merged te&xt (edit it, then save it):"))
        self.merged = _text_box(self.tr("Merged text"), read_only=False)
        self.merge_label.setBuddy(self.merged)
        merge_box = QWidget()
        merge_layout = QVBoxLayout(merge_box)
        merge_layout.setContentsMargins(0, 0, 0, 0)
        merge_layout.addWidget(self.merge_label)
        merge_layout.addWidget(self.merged)
        self.merge_box = merge_box
        merge_box.setVisible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(sides)
        splitter.addWidget(merge_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        self.splitter = splitter
        self.keep_shown = QPushButton()
        self.keep_other = QPushButton()
        self.keep_both = QPushButton(self.tr("Keep &both"))
        self.keep_both.setToolTip(self.tr("The other version becomes an entry of its own."))
        self.merge = QPushButton(self.tr("&Merge…"))
        self.save_merge = QPushButton(self.tr("&Save merged text"))
        self.save_merge.setVisible(False)
        self.delete = QPushButton(self.tr("&Delete it"))
        row = QHBoxLayout()
        for button in (
            self.keep_shown,
            self.keep_other,
            self.keep_both,
            self.merge,
            self.save_merge,
            self.delete,
        ):
            row.addWidget(button)
        row.addStretch(1)
        self.problem = QLabel()
        self.problem.setObjectName("errorLabel")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        fit_to_screen(self, 980, 680)
        splitter.setSizes([110, 400, 0])
        self._connect_signals()
        self._show(None)

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.keep_shown.clicked.connect(lambda: self._resolve(core.KEEP_SHOWN))
        self.keep_other.clicked.connect(lambda: self._resolve(core.KEEP_OTHER))
        self.keep_both.clicked.connect(lambda: self._resolve(core.KEEP_BOTH))
        self.merge.clicked.connect(self._on_merge_clicked)
        self.save_merge.clicked.connect(self._on_save_merge_clicked)
        self.delete.clicked.connect(lambda: self._resolve(core.DELETE))

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the open conflicts (on the worker)."""
        self._session.run(core.open_conflicts, self._on_loaded, self._on_failed, key=self)

    def _on_loaded(self, found: list[core.SyncConflict]) -> None:
        self._conflicts = found
        self.list.clear()
        for conflict in found:
            item = QListWidgetItem(self.describe(conflict))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.describe(conflict))
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self._show(None)

    def conflicts(self) -> list[core.SyncConflict]:
        return list(self._conflicts)

    # -- words -------------------------------------------------------------------------

    def _when(self, at: dt.datetime) -> str:
        if at.date() == dt.date.today():
            return at.strftime("%H:%M")
        return (
            self.tr("%1 at %2")
            .replace("%1", at.strftime("%d %b %Y"))
            .replace("%2", at.strftime("%H:%M"))
        )

    def _device(self, name: str) -> str:
        if name == "this device":
            return self.tr("this device")
        if name == "another device":
            return self.tr("another device")
        return name

    def describe(self, c: core.SyncConflict) -> str:
        title = c.title or self.tr("An entry")
        if c.reason == "delete":
            text = self.tr(
                "“%1”: deleted on %2 at %3 while it was edited on %4 at %5. It was kept."
            )
            return (
                text.replace("%1", title)
                .replace("%2", self._device(c.other_device))
                .replace("%3", self._when(c.other_at))
                .replace("%4", self._device(c.shown_device))
                .replace("%5", self._when(c.shown_at))
            )
        first, second = sorted([(c.shown_at, c.shown_device), (c.other_at, c.other_device)])
        return (
            self.tr("“%1”: edited on %2 at %3 and on %4 at %5")
            .replace("%1", title)
            .replace("%2", self._device(first[1]))
            .replace("%3", self._when(first[0]))
            .replace("%4", self._device(second[1]))
            .replace("%5", self._when(second[0]))
        )

    # -- showing one -------------------------------------------------------------------

    def _on_list_current_row_changed(self, row: int) -> None:
        self._show(self._conflicts[row] if 0 <= row < len(self._conflicts) else None)

    def current(self) -> core.SyncConflict | None:
        row = self.list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _show(self, c: core.SyncConflict | None) -> None:
        self.problem.setVisible(False)
        self.merge_box.setVisible(False)
        self.save_merge.setVisible(False)
        is_text = c is not None and c.reason == "text"
        for button in (self.keep_other, self.keep_both, self.merge):
            button.setVisible(is_text)
        self.delete.setVisible(c is not None and c.reason == "delete")
        self.keep_shown.setVisible(c is not None)
        self.other.setVisible(is_text)
        self.other_label.setVisible(is_text)
        if c is None:
            self.summary.setText(self.tr("No conflicts left. Your devices agree."))
            self.shown_label.setText("")
            self.shown.clear()
            self.other.clear()
            return
        self.summary.setText(self.describe(c))
        shown = self.tr("S&hown now (%1, %2):").replace("%1", self._device(c.shown_device))
        self.shown_label.setText(shown.replace("%2", self._when(c.shown_at)))
        other = self.tr("&Other version (%1, %2):").replace("%1", self._device(c.other_device))
        self.other_label.setText(other.replace("%2", self._when(c.other_at)))
        self.shown.setPlainText(c.shown_text)
        self.other.setPlainText(c.other_text)
        self.merged.setPlainText(c.proposal)
        if is_text:
            self.keep_shown.setText(
                self.tr("&Keep the version from %1").replace("%1", self._device(c.shown_device))
            )
            self.keep_other.setText(
                self.tr("K&eep the version from %1").replace("%1", self._device(c.other_device))
            )
        else:
            self.keep_shown.setText(self.tr("&Keep it"))

    # -- choosing ----------------------------------------------------------------------

    def _on_merge_clicked(self) -> None:
        self.merge_box.setVisible(True)
        total = sum(self.splitter.sizes())
        self.splitter.setSizes([total // 6, total * 5 // 12, total * 5 // 12])
        self.save_merge.setVisible(True)
        self.merged.setFocus()

    def _on_save_merge_clicked(self) -> None:
        text = self.merged.toPlainText()
        if any(line.startswith(MARKERS) for line in text.splitlines()):
            self._problem(
                self.tr(
                    "The merged text still has lines starting with <<<<<<<, "
                    "======= or >>>>>>>. Choose between the lines they "
                    "mark and remove the markers, then save."
                )
            )
            return
        self._resolve(core.MERGE, text if text.endswith("\n") or not text else text + "\n")

    def _resolve(self, choice: str, merged: str = "") -> None:
        conflict = self.current()
        if conflict is None:
            return
        self._session.run(
            lambda journal: core.resolve(journal, conflict, choice, merged),
            self._on_resolved,
            self._on_failed,
            key=(self, "resolve"),
            changes=Change.ENTRIES,
            origin=self,
        )

    def _on_resolved(self, _made) -> None:
        self.conflict_resolved.emit()
        self.reload()

    def done(self, result: int) -> None:
        """Closed: results still on their way find no dialog (a choice made is kept)."""
        self._session.drop(self)
        self._session.drop((self, "resolve"))
        super().done(result)

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)

    def _on_failed(self, exc: BaseException) -> None:
        self._problem(words(exc))
