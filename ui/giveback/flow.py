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

from ui.giveback.question_dialog import QuestionDialog, ReplyRequest
from ui.giveback.treatment_picker import TreatmentPickerDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("GiveBack", text)


def reply_composer(request):
    def compose(journal, lang: str = "en"):
        from app.giveback.reply import reply_draft

        return reply_draft(
            journal,
            request.question,
            list(request.chosen),
            quote=request.quote,
            own_words=request.own_words,
            lang=lang,
        )

    return compose


def report_composer(name: str):
    def compose(journal, lang: str = "en"):  # lang: the post's (ui.share.post_language)
        from app.giveback.treatment_report import report_draft

        return report_draft(journal, name, lang=lang)

    return compose


def share_again(payload: dict[str, Any]) -> tuple[list[int], dict[str, Any]] | None:
    """The entries and ``ShareDialog`` arguments that make a review kept at a lock again
    (``ShareDialog.take_draft``): its recipe composes a reply or a report anew. None for
    a draft that cannot be read."""
    recipe = payload.get("recipe")
    try:
        ids = [int(i) for i in payload.get("entry_ids") or []]
        if not recipe:
            return ids, {}
        if recipe.get("kind") == "reply":
            from app.giveback.reply import Finding

            request = ReplyRequest(
                str(recipe["question"]),
                tuple(Finding(str(kind), int(ref), "") for kind, ref in recipe["chosen"]),
                bool(recipe["quote"]),
                str(recipe["own_words"]),
            )
            return [], {
                "compose": reply_composer(request),
                "recipe": reply_recipe(request),
                "window_title": _tr("Reply to a question"),
            }
        if recipe.get("kind") == "report":
            name = str(recipe["name"])
            return [], {
                "compose": report_composer(name),
                "recipe": report_recipe(name),
                "window_title": _tr("Share a treatment report"),
            }
    except (AttributeError, KeyError, TypeError, ValueError):
        pass
    return None


def reply_recipe(request: ReplyRequest) -> dict[str, Any]:
    """What ``share_again`` needs to compose the reply again (plain JSON)."""
    return {
        "kind": "reply",
        "question": request.question,
        "chosen": [[f.kind, f.ref] for f in request.chosen],
        "quote": request.quote,
        "own_words": request.own_words,
    }


def report_recipe(name: str) -> dict[str, Any]:
    return {"kind": "report", "name": name}


def open_question(tools, session: Any, parent: QWidget) -> QDialog:
    dialog = QuestionDialog(session, parent)

    def finished(result: int) -> None:
        if tools.giveback_dialog is dialog:
            tools.giveback_dialog = None
        if result == QDialog.DialogCode.Accepted:
            request = dialog.request()
            tools.open_share(
                [],
                compose=reply_composer(request),
                recipe=reply_recipe(request),
                window_title=_tr("Reply to a question"),
            )
        dialog.deleteLater()

    dialog.failed.connect(tools.status_changed)
    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def open_treatment_picker(tools, session: Any, parent: QWidget) -> QDialog:
    dialog = TreatmentPickerDialog(session, parent)  # closes itself on lock

    def finished(result: int) -> None:
        if tools.giveback_dialog is dialog:
            tools.giveback_dialog = None
        name = dialog.treatment_name()
        if result == QDialog.DialogCode.Accepted and name:
            tools.open_share(
                [],
                compose=report_composer(name),
                recipe=report_recipe(name),
                window_title=_tr("Share a treatment report"),
            )
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
