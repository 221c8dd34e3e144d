"""The check-in as an operation: load the day on the worker, answer in the window,
save on the worker.

Reached from File ▸ Daily Check-in (Ctrl+Shift+D, anywhere in the app), from the tray
icon and from a reminder. Asked for while the journal is locked, it remembers the
request and opens once the journal is unlocked (``set_open``). The day is read and
saved through the session; the window closes itself when the journal starts to lock
(its answers are journal data).

Signals:
    status_changed(str): a sentence for the status bar.
    checkin_saved(object): the day (``datetime.date``) whose check-in was saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app import checkin
from ui.locale_text import date_text
from ui.messages import words

if TYPE_CHECKING:
    from app.journal.journal import Journal
    from app.report.experiment import Experiment
    from ui.checkin.checkin_dialog import CheckInDialog
    from ui.session import Session


class CheckInFlow(QObject):
    status_changed = Signal(str)
    checkin_saved = Signal(object)

    def __init__(
        self, session: Session, parent_window: QWidget, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent_window)
        self._session = session
        self._window = parent_window
        self._today = today
        self._open = False  # the window that owns this has shown the unlocked journal
        self.dialog: CheckInDialog | None = None
        self.pending = False  # asked for while locked
        self._unsaved: checkin.CheckInAnswers | None = None  # a failed save, shown again

    def set_open(self, is_open: bool) -> None:
        """The journal was unlocked (a check-in asked for meanwhile opens now) or locked."""
        self._open = is_open
        if not is_open:
            self.close()
        elif self.pending:
            self.pending = False
            self.open()

    def _is_open(self) -> bool:
        return self._open and self._session.is_open()

    def open(self, day: dt.date | None = None) -> None:
        if not self._is_open():
            self.pending = True
            return
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        from ui.checkin.checkin_dialog import CheckInDialog

        self.dialog = CheckInDialog(self._today(), self._window)
        self._session.close_on_lock(self.dialog)  # its answers are journal data
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.day_requested.connect(self._load)
        day = day or self._today()
        self.dialog.set_day(day)
        self.dialog.open()
        self._load(day)

    def close(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._on_dialog_finished)
            dialog.reject()
            dialog.deleteLater()

    def _load(self, day: dt.date) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        self._session.run(
            lambda journal: (checkin.load(journal, day), _experiment(journal)),
            lambda loaded: self._on_loaded(dialog, *loaded),
            lambda exc: self.status_changed.emit(words(exc)),
            key=(self, "load"),
        )  # the day shown now, not one left before

    def _on_loaded(
        self, dialog: CheckInDialog, data: checkin.CheckInData, plan: Experiment | None
    ) -> None:
        if dialog is self.dialog and dialog.day() == data.day:
            dialog.set_data(data)
            dialog.set_experiment(plan)
            if self._unsaved is not None and self._unsaved.day == data.day:
                dialog.restore(self._unsaved)
            self._unsaved = None

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        if result == QDialog.DialogCode.Accepted:
            answers = dialog.answers()
            self._session.run(
                lambda journal: checkin.save(journal, answers),
                lambda _n: self._on_saved(answers.day),
                lambda exc: self._on_save_failed(answers, exc),
            )
        dialog.deleteLater()

    def _on_save_failed(self, answers: checkin.CheckInAnswers, exc: BaseException) -> None:
        """Nothing typed is lost: the window comes back with the answers in it."""
        self.status_changed.emit(words(exc))
        if self._is_open() and self.dialog is None:
            self._unsaved = answers
            self.open(answers.day)

    def _on_saved(self, day: dt.date) -> None:
        when = self.tr("today") if day == self._today() else date_text(day, self.tr("dddd d MMMM"))
        self.status_changed.emit(self.tr("Check-in saved for %1.").replace("%1", when))
        self.checkin_saved.emit(day)


def _experiment(journal: Journal) -> Experiment | None:
    """Worker: the experiment kept in the journal, if any (its block is shown)."""
    from app.report import experiment

    return experiment.load(journal)
