"""From the question (or the chosen treatment) to the share review.

``JournalTools`` keeps the returned dialog, so a lock closes it; when it is accepted
the share review opens with a ``compose`` function that builds the draft on the
runner: a reply (``app.giveback.reply``) or a treatment report
(``app.giveback.treatment_report``). The review then redacts, withholds private topics,
warns about cross-posting and logs exactly as for entries.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ui.giveback.question_dialog import QuestionDialog
from ui.giveback.treatment_picker import TreatmentPickerDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("GiveBack", text)


def reply_composer(request):
    def compose(journal):
        from app.giveback.reply import reply_draft

        return reply_draft(journal, request.question, list(request.chosen),
                           quote=request.quote, own_words=request.own_words)
    return compose


def report_composer(name: str):
    def compose(journal):
        from app.giveback.treatment_report import report_draft

        return report_draft(journal, name)
    return compose


def open_question(tools, runner: Any, journal, parent: QWidget) -> QDialog:
    dialog = QuestionDialog(runner, journal, parent)

    def finished(result: int) -> None:
        if tools.giveback_dialog is dialog:
            tools.giveback_dialog = None
        if result == QDialog.DialogCode.Accepted:
            tools.open_share([], compose=reply_composer(dialog.request()),
                             window_title=_tr("Reply to a question"))
        dialog.deleteLater()

    dialog.failed.connect(tools.status_changed)
    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def open_treatment_picker(tools, runner: Any, journal, parent: QWidget) -> QDialog:
    dialog = TreatmentPickerDialog(runner, journal, parent)

    def finished(result: int) -> None:
        if tools.giveback_dialog is dialog:
            tools.giveback_dialog = None
        name = dialog.treatment_name()
        if result == QDialog.DialogCode.Accepted and name:
            tools.open_share([], compose=report_composer(name),
                             window_title=_tr("Share a treatment report"))
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
