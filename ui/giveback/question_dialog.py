"""Share ▸ Answer a Question: paste a question, see what in the journal bears on it.

The user pastes a question from a thread and presses Find (Ctrl+Enter). The journal is
searched on the runner (``app.giveback.reply.find_related``); each finding is listed
with a tick box and its reason ("mentions amitriptyline; lesson"), the first three
ticked. "Write the reply" closes the dialog accepted; ``request()`` then says what to
use, and the caller opens the share review with it. Nothing is written anywhere here.

When nothing is found the dialog says so plainly and the reply can still be written,
from the user's own words (or empty).

Signals:
    searched(int): a search finished with this many findings.
    failed(str): something went wrong; the text is for people.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.giveback.reply import Finding
from ui.core_text import core_message
from ui.locale_text import date_text
from ui.screen_fit import fit_to_screen
from ui.session import Session

CHECKED_AT_FIRST = 3
KIND_WORDS = {
    "lesson": QT_TRANSLATE_NOOP("QuestionDialog", "Lesson"),
    "treatment": QT_TRANSLATE_NOOP("QuestionDialog", "Treatment"),
    "entry": QT_TRANSLATE_NOOP("QuestionDialog", "Entry"),
}


@dataclass(frozen=True)
class ReplyRequest:
    question: str
    chosen: tuple[Finding, ...]
    quote: bool
    own_words: str


class QuestionDialog(QDialog):
    searched = Signal(int)
    failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answer a question"))
        self._session = session
        self._found: list[Finding] = []
        self._key = object()  # a newer Find supersedes an older one
        self._build()
        self._connect_signals()
        session.close_on_lock(self)  # it shows what the journal holds

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Paste a question from a thread. Fettle looks for what in "
                "your journal bears on it; you choose what to use, and the "
                "reply opens in the share review like any post."
            )
        )
        intro.setWordWrap(True)
        self.question = QPlainTextEdit()
        self.question.setPlaceholderText(
            self.tr("The question, e.g. “Has anyone tried amitriptyline for fibro pain?”")
        )
        self.question.setAccessibleName(self.tr("The question"))
        self.question.setTabChangesFocus(True)
        self.find_button = QPushButton(self.tr("&Find in my journal"))
        self.find_button.setToolTip(self.tr("Search the journal (Ctrl+Enter)"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("mutedLabel")
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("What your journal holds on it; tick what to use"))
        self.results.setWordWrap(True)
        self.quote_box = QCheckBox(
            self.tr("&Quote the question above the reply (names and handles in it are hidden too)")
        )
        self.own_words = QPlainTextEdit()
        self.own_words.setPlaceholderText(self.tr("Your own words to open the reply (optional)"))
        self.own_words.setAccessibleName(self.tr("Your own words"))
        self.own_words.setTabChangesFocus(True)
        self.own_words.setMaximumHeight(90)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(
            self.tr("&Write the reply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.quote_box)
        layout.addWidget(self.own_words)
        layout.addWidget(self.buttons)
        self._find_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        fit_to_screen(self, 720, 640)

    def _connect_signals(self) -> None:
        self.find_button.clicked.connect(self.find)
        self._find_shortcut.activated.connect(self.find)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- searching -------------------------------------------------------------------

    def find(self) -> None:
        question = self.question.toPlainText().strip()
        if not question:
            self._say(self.tr("Paste the question first."))
            return
        from app.giveback.reply import find_related

        self.find_button.setEnabled(False)
        self._say(self.tr("Looking through your journal…"))
        self._session.run(
            lambda journal: find_related(journal, question),
            self._on_found,
            self._on_failed,
            key=self._key,
        )

    def _on_found(self, found: list[Finding]) -> None:
        self.find_button.setEnabled(True)
        self._found = list(found)
        self.results.clear()
        for i, finding in enumerate(found):
            day = date_text(finding.day) if finding.day is not None else ""
            text = self.tr("{kind}: {label}  {day}\n    {reason}").format(
                kind=self.tr(KIND_WORDS.get(finding.kind, "Entry")),
                label=finding.label,
                day=day,
                reason=core_message(finding.reason),
            )
            item = QListWidgetItem(text.replace("  \n", "\n"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if i < CHECKED_AT_FIRST else Qt.CheckState.Unchecked
            )
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.results.addItem(item)
        if found:
            self._say(
                self.tr(
                    "%n things in your journal bear on it. The ticked ones go into the reply.",
                    "",
                    len(found),
                )
            )
            self.results.setCurrentRow(0)
        else:
            self._say(
                self.tr(
                    "Nothing in your journal seems to bear on this question. You "
                    "can still write a reply in your own words."
                )
            )
        self.write_button.setEnabled(True)
        self.searched.emit(len(found))

    def _on_failed(self, exc: BaseException) -> None:
        from ui.share.dialog import people_words

        self.find_button.setEnabled(True)
        words = people_words(exc)
        self._say(words)
        self.failed.emit(words)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- the answer --------------------------------------------------------------------

    def chosen(self) -> list[Finding]:
        out = []
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(self._found[item.data(Qt.ItemDataRole.UserRole)])
        return out

    def request(self) -> ReplyRequest:
        """What the reply is made of (read after the dialog was accepted)."""
        return ReplyRequest(
            self.question.toPlainText().strip(),
            tuple(self.chosen()),
            self.quote_box.isChecked(),
            self.own_words.toPlainText().strip(),
        )
