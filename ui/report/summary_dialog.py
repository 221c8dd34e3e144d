"""Choose what goes in the appointment summary, then preview, print or save it.

For the main window::

    dialog = SummaryDialog(session, parent)   # session: ui.session.Session
    dialog.open()

The dialog reads the journal's symptoms, treatments, conditions and the saved
appointment through the session (never on the GUI thread), and builds the summary
there too; it closes itself when the journal locks (what was typed is kept as an
encrypted draft). The main concern and questions are saved with the appointment (its date is
the one chosen here), so the next summary starts from them. Print preview uses
``QPrintPreviewDialog``; "Save as PDF…" renders in memory and writes straight to
the chosen file.

Signals:
    summary_saved(str): a PDF was written to this path.
    failed(str): something went wrong; the text is for people.
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models import Appointment
from app.report.summary import (
    SummaryOptions,
    appointment_for,
    build_summary,
    since_last_appointment,
)
from ui.core_text import core_tr
from ui.date_field import DateField
from ui.report.render import configure_printer, paint_summary, write_pdf
from ui.screen_fit import fit_to_screen
from ui.session import Change, Session

DRAFT_NAME = "summary"
PERIODS = (
    ("last30", QT_TRANSLATE_NOOP("SummaryDialog", "Last 30 days")),
    ("last90", QT_TRANSLATE_NOOP("SummaryDialog", "Last 90 days")),
    ("since", QT_TRANSLATE_NOOP("SummaryDialog", "Since the last appointment")),
    ("custom", QT_TRANSLATE_NOOP("SummaryDialog", "Custom")),
)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class SummaryDialog(QDialog):
    summary_saved = Signal(str)
    failed = Signal(str)
    choices_loaded = Signal()

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Appointment summary"))
        self._session = session
        self._today = today or dt.date.today()
        self._since: tuple[dt.date, dt.date] | None = None
        self._appointment: Appointment | None = None
        self._summary = None
        self._preview_dialog: QPrintPreviewDialog | None = None
        self._build()
        self._connect_signals()
        self._load_choices()
        session.close_on_lock(self)  # it shows what the journal holds

    # -- building ---------------------------------------------------------------

    def _build(self) -> None:
        self.period = QComboBox()
        for key, label in PERIODS:
            self.period.addItem(self.tr(label), key)
        self.period.setCurrentIndex(1)
        self.date_from = DateField(_qdate(self._today - dt.timedelta(days=89)))
        self.date_to = DateField(_qdate(self._today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.appointment_day = DateField(_qdate(self._today))
        self.appointment_day.setCalendarPopup(True)
        self.appointment_day.setDisplayFormat("d MMM yyyy")
        self.concern = QPlainTextEdit()
        self.concern.setPlaceholderText(self.tr("The one thing you most want to discuss"))
        self.concern.setMaximumHeight(70)
        self.questions = QPlainTextEdit()
        self.questions.setPlaceholderText(self.tr("One question per line"))
        self.questions.setMaximumHeight(90)
        for edit in (self.concern, self.questions):
            edit.setTabChangesFocus(True)  # Tab leaves the box; it must never trap the keyboard
        self.period.setAccessibleName(self.tr("Period"))
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to.setAccessibleName(self.tr("To"))
        self.appointment_day.setAccessibleName(self.tr("Appointment on"))
        self.concern.setAccessibleName(self.tr("Main concern"))
        self.questions.setAccessibleName(self.tr("Questions"))
        self.symptoms, self.treatments, self.conditions = (
            QListWidget(),
            QListWidget(),
            QListWidget(),
        )
        self.appendix = QCheckBox(self.tr("Add the diary of the period as an appendix"))
        self.include_name = QCheckBox(self.tr("Print my name"))
        self.include_name.setChecked(True)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper"))
        self.status = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.period)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        form.addRow("", dates)
        form.addRow(self.tr("Appointment on:"), self.appointment_day)
        form.addRow(self.tr("Main concern:"), self.concern)
        form.addRow(self.tr("Questions:"), self.questions)
        lists = QHBoxLayout()
        for title, widget in (
            (self.tr("Symptoms"), self.symptoms),
            (self.tr("Treatments"), self.treatments),
            (self.tr("Conditions"), self.conditions),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            widget.setAccessibleName(title)
            widget.setAccessibleDescription(
                self.tr("Ticked ones are in the summary; Space ticks or unticks")
            )
            lists.addWidget(box)
        self.preview_button = QPushButton(self.tr("&Preview and print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons = buttons
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addLayout(lists)
        options = QHBoxLayout()
        options.addWidget(self.appendix)
        options.addWidget(self.include_name)
        options.addStretch(1)
        options.addWidget(QLabel(self.tr("Paper:")))
        options.addWidget(self.paper)
        column.addLayout(options)
        # On a short screen (or with large targets) the choices scroll; the buttons stay.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        self._body, self._scroll = body, scroll
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._fitted = False
        self._set_busy(True)

    def showEvent(self, event: QShowEvent) -> None:
        """Open as large as the choices need (a scroll area alone would ask for little),
        within the screen."""
        if not self._fitted:
            self._fitted = True
            self.ensurePolished()
            hint, margins = self._body.sizeHint(), self.layout().contentsMargins()
            extra = self.sizeHint() - self._scroll.sizeHint()
            fit_to_screen(
                self,
                max(
                    self.sizeHint().width(),
                    hint.width()
                    + margins.left()
                    + margins.right()
                    + self._scroll.verticalScrollBar().sizeHint().width(),
                ),
                hint.height() + extra.height(),
            )
        super().showEvent(event)

    def _connect_signals(self) -> None:
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)

    def _set_busy(self, busy: bool) -> None:
        self.preview_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.status.setText(self.tr("Working…") if busy else "")

    # -- loading choices ---------------------------------------------------------

    def _load_choices(self) -> None:
        today = self._today

        def job(journal):
            return (
                journal.catalog.symptoms(),
                journal.catalog.treatments(),
                journal.catalog.conditions(),
                since_last_appointment(journal, today),
                appointment_for(journal, today),
                journal.drafts.take(DRAFT_NAME),
            )

        self._session.run(job, self._on_choices_loaded, self._on_failed)

    def _on_choices_loaded(self, result) -> None:
        symptoms, treatments, conditions, since, appointment, draft = result
        self._since = since
        self._appointment = appointment
        for widget, items in (
            (self.symptoms, [(s.id, s.name) for s in symptoms]),
            (self.treatments, [(t.id, t.name) for t in treatments]),
            (self.conditions, [(c.id, c.name) for c in conditions]),
        ):
            widget.clear()
            for item_id, name in items:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, item_id)
                item.setCheckState(_checked(True))
                widget.addItem(item)
        if appointment is not None:
            self.concern.setPlainText(appointment.main_concern)
            self.questions.setPlainText("\n".join(appointment.questions))
            if appointment.day >= self._today:
                self.appointment_day.setDate(_qdate(appointment.day))
        if draft:
            self.concern.setPlainText(str(draft.get("concern", "")))
            self.questions.setPlainText(str(draft.get("questions", "")))
        self.period.model().item(2).setEnabled(since is not None)
        self._set_busy(False)
        if draft:
            self.status.setText(self.tr("Restored what you were writing before."))
        self.choices_loaded.emit()

    def _on_period_changed(self, _index: int) -> None:
        key = self.period.currentData()
        start = {
            "last30": self._today - dt.timedelta(days=29),
            "last90": self._today - dt.timedelta(days=89),
            "since": self._since[0] if self._since else None,
        }.get(key)
        if start is not None:
            self.date_from.setDate(_qdate(start))
            self.date_to.setDate(_qdate(self._today))
        custom = key == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)

    # -- building the summary ------------------------------------------------------

    def options(self) -> SummaryOptions:
        def chosen(widget: QListWidget) -> tuple[int, ...] | None:
            items = [widget.item(i) for i in range(widget.count())]
            ticked = tuple(
                i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == _checked(True)
            )
            return None if len(ticked) == len(items) else ticked

        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        return SummaryOptions(
            min(start, end),
            max(start, end),
            symptom_ids=chosen(self.symptoms),
            treatment_ids=chosen(self.treatments),
            condition_ids=chosen(self.conditions),
            appendix=self.appendix.isChecked(),
            include_name=self.include_name.isChecked(),
            main_concern=self.concern.toPlainText().strip(),
            questions=tuple(
                q.strip() for q in self.questions.toPlainText().splitlines() if q.strip()
            ),
        )

    def build(self, then) -> None:
        """Save the appointment, build the summary on the runner, then ``then(summary)``."""
        options = self.options()
        previous = self._appointment
        day = _pydate(self.appointment_day.date())
        appointment = Appointment(
            day,
            previous.clinician if previous else "",
            options.main_concern,
            options.questions,
            previous.id if previous and previous.day == day else None,
        )
        self._set_busy(True)

        def job(journal):
            saved_id = journal.appointments.save(appointment)
            return saved_id, build_summary(journal, options, tr=core_tr)

        def done(result) -> None:
            saved_id, summary = result
            self._appointment = Appointment(
                appointment.day,
                appointment.clinician,
                appointment.main_concern,
                appointment.questions,
                saved_id,
            )
            self._summary = summary
            self._set_busy(False)
            then(summary)

        self._session.run(job, done, self._on_failed, changes=Change.RECORDS, origin=self)

    def _on_preview_clicked(self) -> None:
        self.build(self._preview)

    def _preview(self, summary) -> None:
        # QPrintPreviewDialog keeps a raw pointer to the QPrinter and paints with it
        # for as long as it lives; QPrinter is no QObject, so nothing parents it. A
        # connection to the dialog's own ``destroyed`` holds the printer until the
        # dialog is gone (a dropped printer was a segfault under a real X server).
        self._close_preview()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, self.paper.currentData())
        preview = QPrintPreviewDialog(printer, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.paintRequested.connect(lambda device: paint_summary(summary, device))
        preview.destroyed.connect(lambda _obj=None, _keep=printer: None)
        self._preview_dialog = preview
        preview.open()

    @property
    def preview_dialog(self) -> QPrintPreviewDialog | None:
        """The open print preview, if any."""
        dialog = self._preview_dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def take_draft(self) -> dict | None:
        """The concern and questions if they differ from what is saved, for the encrypted
        drafts; the fields are emptied, so no text stays in them after a lock."""
        concern, questions = self.concern.toPlainText(), self.questions.toPlainText()
        saved = self._appointment
        self.concern.clear()
        self.questions.clear()
        unchanged = (
            saved is not None
            and concern.strip() == saved.main_concern.strip()
            and [q.strip() for q in questions.splitlines() if q.strip()] == list(saved.questions)
        )
        if unchanged or not (concern.strip() or questions.strip()):
            return None
        return {"concern": concern, "questions": questions}

    def done(self, result: int) -> None:
        self._close_preview()  # the preview shows the summary: it goes with the dialog
        draft = self.take_draft()  # Close keeps what was typed, it never throws it away
        if draft:  # at a lock too: the journal is still open while it is locking
            self._session.run(lambda journal: journal.drafts.save(DRAFT_NAME, draft))
        super().done(result)

    def _close_preview(self) -> None:
        """One preview at a time: a new one replaces the last."""
        if self._preview_dialog is not None and shiboken6.isValid(self._preview_dialog):
            self._preview_dialog.close()  # deleted on close, then its printer
        self._preview_dialog = None

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save summary as PDF"), "health-summary.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """Build and write the PDF to ``path`` (no dialog: tests and scripted use)."""
        paper = self.paper.currentData()

        def write(summary) -> None:
            try:
                write_pdf(summary, path, paper)
            except OSError as exc:
                self._on_failed(exc)
                return
            self.status.setText(self.tr("Saved. The PDF is not encrypted."))
            self.summary_saved.emit(path)

        self.build(write)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        message = self.tr("Could not make the summary ({kind}).").format(kind=type(exc).__name__)
        self.status.setText(message)
        self.failed.emit(message)


def _checked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
