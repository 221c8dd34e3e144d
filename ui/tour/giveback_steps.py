"""The screenshot tour's giving-back steps (issue 20): the Share menu opened; Share ▸
Answer a Question… with a question pasted and its findings ticked, then the reply in
the share review; Share ▸ Share a Treatment Report… with methotrexate picked, then its
review.

A mixin of ``ScreenshotTour`` (it uses the tour's ``window``, ``_wait``, ``_save`` and
``_check_fits``), kept apart so the tour module stays short. ``_giveback_then`` is the
step that runs after these.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

QUESTION = (
    "Has anyone here taken methotrexate for RA? How long before the morning "
    "stiffness eased? - u/stiff_fingers_88"
)


class GivebackSteps:
    _giveback_then: Callable[[], None]

    def _start_giveback(self, then: Callable[[], None]) -> None:
        self._giveback_then = then
        w = self.window
        menu = w.actions.share_menu
        w.menuBar().setActiveAction(menu.menuAction())  # as Alt+A opens it
        self._wait(menu.isVisible, self._shoot_share_menu)

    def _shoot_share_menu(self) -> None:
        """The window with its Share menu open, "Answer a Question…" highlighted."""
        w = self.window
        menu = w.actions.share_menu
        menu.setActiveAction(w.actions.answer)
        QApplication.processEvents()
        picture = w.grab()
        painter = QPainter(picture)
        painter.drawPixmap(w.mapFromGlobal(menu.pos()), menu.grab())
        painter.end()
        self._write(picture, "share-menu.png")
        menu.hide()
        w.actions.answer.trigger()
        self._wait(
            lambda: w.tools.giveback_dialog is not None and w.tools.giveback_dialog.isVisible(),
            self._shoot_question,
        )

    def _shoot_question(self) -> None:
        dialog = self.window.tools.giveback_dialog
        dialog.question.setPlainText(QUESTION)
        dialog.find()
        self._wait(
            lambda: (
                dialog.results.count() > 0
                and dialog.write_button.isEnabled()
                and self.window.ctx.runner.is_idle()
            ),
            self._shoot_question_found,
        )

    def _shoot_question_found(self) -> None:
        dialog = self.window.tools.giveback_dialog
        dialog.quote_box.setChecked(True)
        self._save_over_window(dialog, "answer-question-find.png")
        self._check_fits(dialog, "answer-question-find.png")
        dialog.write_button.click()  # accepted: the reply opens in the share review
        self._wait_review(self._shoot_reply)

    def _wait_review(self, then: Callable[[], None]) -> None:
        w = self.window
        self._wait(
            lambda: (
                w.tools.share_dialog is not None
                and w.tools.share_dialog.draft is not None
                and w.ctx.runner.is_idle()
            ),
            then,
        )

    def _shoot_reply(self) -> None:
        dialog = self.window.tools.share_dialog
        dialog.view.setFocus()
        self._save(dialog, "answer-question.png")
        self._check_fits(dialog, "answer-question.png")
        dialog.reject()
        w = self.window
        w.actions.treatment_report.trigger()
        self._wait(
            lambda: w.tools.giveback_dialog is not None and w.tools.giveback_dialog.ok.isEnabled(),
            self._shoot_report_pick,
        )

    def _shoot_report_pick(self) -> None:
        dialog = self.window.tools.giveback_dialog
        index = next(
            (
                i
                for i in range(dialog.box.count())
                if dialog.box.itemText(i).casefold().startswith("methotrexate")
            ),
            0,
        )
        dialog.box.setCurrentIndex(index)
        self._save_over_window(dialog, "treatment-report-pick.png")
        self._check_fits(dialog, "treatment-report-pick.png")
        dialog.ok.click()
        self._wait_review(self._shoot_report)

    def _shoot_report(self) -> None:
        dialog = self.window.tools.share_dialog
        dialog.view.setFocus()
        self._save(dialog, "treatment-report.png")
        self._check_fits(dialog, "treatment-report.png")
        dialog.reject()
        self._giveback_then()
