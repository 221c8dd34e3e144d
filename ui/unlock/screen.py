"""The unlock screen: passphrase in, journal out, with the key derivation off the GUI thread.

``set_path`` first checks the file (a corrupted or foreign file is reported
before any passphrase is asked for) and tries a key remembered on this device;
a stale or missing one falls back to the passphrase field. The keystore is asked
on its own thread (``runner.keystore``), never on the journal's worker, and
pressing Unlock never waits for it: a locked keystore can wait without end on its
unlock prompt.

Signals:
    journal_opened(object): an unlocked ``Journal``.
    choose_file_requested(): the user wants to open another journal file.
    create_requested(): the user wants to create a new journal.
    join_requested(): the user wants to join a journal synced from another device.

A damaged (``JournalCorrupt``) or cut-short (``JournalTruncated``) file offers
"Restore from a backup…" (``UnlockRestore``); the restored journal is emitted
through ``journal_opened`` like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import usecases
from app.errors import (
    FettleError,
    JournalBusy,
    JournalCorrupt,
    JournalNotFound,
    JournalOpenError,
    JournalTruncated,
    WrongPassphrase,
)
from ui.first_paint import after_first_paint
from ui.icons import app_icon
from ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from app.journal.journal import Journal
    from ui.unlock.restore import UnlockRestore


class UnlockScreen(QWidget):
    journal_opened = Signal(object)
    choose_file_requested = Signal()
    create_requested = Signal()
    join_requested = Signal()

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._path: Path | None = None
        self._attempt = 0
        self._checking = False
        self.hint = ""  # a line under the file name (the demo shows its passphrase)
        self._restore: UnlockRestore | None = None  # only for a damaged file
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(self.tr("Unlock your journal"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.file_label = QLabel()
        self.file_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.file_label.setWordWrap(True)
        self.file_label.setObjectName("mutedLabel")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        self.choose_button = QPushButton(self.tr("&Choose another file…"))
        self.create_button = QPushButton(self.tr("Create a &new journal…"))
        for b in (self.choose_button, self.create_button):
            b.setAutoDefault(False)
            b.setFlat(True)
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        self.join_button = QPushButton(self.tr("&Join a journal synced from another device…"))
        self.join_button.setAutoDefault(False)
        self.join_button.setFlat(True)
        self.join_button.setAccessibleName(self.tr("Join a journal synced from another device"))
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.setVisible(False)
        ways = QHBoxLayout()
        ways.addStretch(1)
        ways.addWidget(self.choose_button)
        ways.addWidget(self.create_button)
        ways.addStretch(1)

        card = QFrame()
        card.setObjectName("unlockCard")
        card.setMaximumWidth(460)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(card)
        inner.setSpacing(12)
        inner.addWidget(icon)
        inner.addWidget(self.heading)
        inner.addWidget(self.file_label)
        inner.addSpacing(8)
        inner.addLayout(row)
        inner.addWidget(self.busy)
        inner.addWidget(self.message)
        inner.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addLayout(ways)
        inner.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(card, 4)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)

    def _connect_signals(self) -> None:
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.passphrase.returnPressed.connect(self._on_unlock_button_clicked)
        self.passphrase.textEdited.connect(self._on_passphrase_text_edited)
        self.choose_button.clicked.connect(self.choose_file_requested)
        self.create_button.clicked.connect(self.create_requested)
        self.join_button.clicked.connect(self.join_requested)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)

    @property
    def restore(self) -> UnlockRestore:
        """Restoring from a backup, built when a damaged file needs it (issue 19: its
        dialogs and the backup machinery held the first paint back)."""
        if self._restore is None:
            from ui.unlock.restore import UnlockRestore

            self._restore = UnlockRestore(self._runner, self)
            self._restore.journal_restored.connect(self._finish)
        return self._restore

    # -- state -------------------------------------------------------------

    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path, *, use_remembered: bool = True) -> None:
        """Show the unlock form for ``path`` (checking the file, trying a remembered key)."""
        self._path = Path(path)
        self._attempt += 1
        self.passphrase.clear()
        self.file_label.setText(self.tr("Journal: %1").replace("%1", self._path.name))
        self.file_label.setToolTip(str(self._path))
        if self.hint:
            self.file_label.setText(self.file_label.text() + "\n" + self.hint)
        self._show_message("")
        if self._restore is not None:
            self._restore.cancel()
        self.restore_button.setVisible(False)
        self._set_form_visible(True)
        self._set_busy(False)
        try:
            usecases.check_file(self._path)  # 16 bytes: a bad file is reported at once
        except Exception as exc:  # noqa: BLE001  shown as words
            self._on_open_failed(self._attempt, exc)
            return
        self.passphrase.setFocus()
        if use_remembered:
            # Meanwhile the passphrase can be typed; unlocking with it supersedes this.
            attempt = self._attempt
            path = self._path
            self._checking = True
            self._ask_keystore_once_shown(
                lambda: usecases.remembered_journal_key(path),
                lambda key: self._on_key_recalled(attempt, path, key),
                lambda _exc: self._on_key_recalled(attempt, path, None),
            )

    def _ask_keystore_once_shown(
        self,
        call: Callable[[], object],
        on_done: Callable[[object], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """The keystore call, once this screen has been painted (issue 19): loading the
        keystore's modules on their thread held the first paint back by about 30 ms."""
        keystore = self._runner.keystore
        after_first_paint(self, lambda: keystore.submit(call, on_done, on_error))

    def is_checking(self) -> bool:
        """A remembered key is being looked up (the form stays usable)."""
        return self._checking

    def show_busy(self, text: str) -> None:
        """Used while a journal is created or the demo is prepared."""
        self._set_form_visible(False)
        self._show_message("")
        self._set_busy(True, text)

    def show_problem(self, text: str) -> None:
        self._set_busy(False)
        self._set_form_visible(False)
        self._show_message(text)

    def is_busy(self) -> bool:
        return self.busy.isVisible()

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    def _set_form_visible(self, visible: bool) -> None:
        for w in (self.passphrase, self.unlock_button):
            w.setVisible(visible)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.busy.setAccessibleDescription(text)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.choose_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
        self.join_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        if busy and text:
            self.heading.setText(text)
        elif not busy:
            self.heading.setText(self.tr("Unlock your journal"))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            self.message.setAccessibleDescription(text)

    # -- unlocking -----------------------------------------------------------

    def _on_restore_button_clicked(self) -> None:
        if self._path is not None:
            self.restore.start(self._path)

    def _on_passphrase_text_edited(self, _text: str) -> None:
        if self.message.isVisible() and self.passphrase.isVisible():
            self._show_message("")

    def _on_unlock_button_clicked(self) -> None:
        if self._path is None or self.is_busy():
            return
        if not self.passphrase.text():
            self._show_message(self.tr("Type your passphrase."))
            return
        self._set_busy(True, self.tr("Unlocking…"))
        self._checking = False  # a remembered key still on its way is not waited for
        self._open_with_passphrase()

    def _open_with_passphrase(self) -> None:
        """Derive the key from the passphrase on the worker (it takes a moment on purpose)."""
        self._attempt += 1
        attempt, path, secret = self._attempt, self._path, self.passphrase.text()
        from app.journal.journal import Journal  # with the models: not before the first paint

        self._runner.submit(
            lambda: Journal.open(path, secret),
            lambda j: self._on_opened(attempt, j),
            lambda exc: self._on_open_failed(attempt, exc),
        )

    def _on_key_recalled(self, attempt: int, path: Path, key: usecases.JournalKey | None) -> None:
        """The keystore answered (or missed its deadline: ``key`` is then None); the key
        stays sealed, for the core to open the journal with."""
        if attempt != self._attempt:
            return  # another file, or Unlock was pressed meanwhile
        if key is None:
            self._checking = False  # nothing remembered: the passphrase it is
            return
        self._runner.submit(
            lambda: usecases.open_with_journal_key(path, key),
            lambda j: self._on_remembered_done(attempt, j),
            lambda exc: self._on_open_failed(attempt, exc),
        )

    def _on_remembered_done(self, attempt: int, journal: Journal | None) -> None:
        if attempt != self._attempt:
            if journal is not None:
                self._runner.submit(journal.lock)
            return
        self._checking = False
        if journal is not None:
            self._set_busy(False)
            self._finish(journal)

    def _on_opened(self, attempt: int, journal: Journal) -> None:
        if attempt != self._attempt:
            self._runner.submit(journal.lock)
            return
        self._set_busy(False)
        self._finish(journal)

    def _finish(self, journal: Journal) -> None:
        self.passphrase.clear()
        self.journal_opened.emit(journal)

    def _on_open_failed(self, attempt: int, exc: BaseException) -> None:
        if attempt != self._attempt:
            return
        from ui.core_text import core_message  # the core's sentences, once there is one

        self._checking = False
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase | JournalBusy):
            self._show_message(core_message(exc.user_message))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif isinstance(exc, JournalNotFound):
            self._set_form_visible(False)
            self._show_message(
                core_message(exc.user_message)
                + " "
                + self.tr("Choose another file, or create a new journal.")
            )
            self.create_button.setFocus()
        elif isinstance(exc, JournalCorrupt | JournalTruncated):
            self._set_form_visible(False)
            self.passphrase.clear()
            self._show_message(core_message(exc.user_message))
            self.restore_button.setVisible(True)
            self.restore_button.setFocus()
        elif isinstance(exc, JournalOpenError | FettleError):
            self._set_form_visible(False)
            self._show_message(core_message(exc.user_message))
            self.choose_button.setFocus()
        else:
            self._show_message(
                self.tr(
                    "Fettle could not open this journal (%1). The file was not changed."
                ).replace("%1", type(exc).__name__)
            )
