"""``fettle --demo --screenshot DIR``: walk the demo journal and save the main screens as PNG.

Runs offscreen or on a real X server; every window is fitted to the screen, so on a
1024×600 screen or at QT_SCALE_FACTOR=1.5 no picture is larger than the screen. Each step does what a user would (type the passphrase, pick an
entry, search, open the quick log, show Trends and Insights, share two entries, answer a
question, report on a treatment, open the appointment summary, Preferences; then high
contrast and large targets, ``ui/tour/appearance_steps.py``) and waits for the window to
be ready before grabbing it.
The files are what the README shows. Only the files named here are written; nothing
else in the folder is touched.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QWidget

from ui.appearance.palettes import dark_palette
from ui.appearance.prefs import Appearance
from ui.appearance.theme import ThemeManager
from ui.screen_fit import fit_to_screen
from ui.shell.entry_list_model import RowRole
from ui.tour.appearance_steps import AppearanceSteps
from ui.tour.checks import cut_short
from ui.tour.giveback_steps import GivebackSteps
from ui.tour.sync_steps import SyncSteps
from ui.unlock.welcome_wizard import WelcomeWizard

SIZE = (1280, 800)
TIMEOUT_MS = 60_000


class ScreenshotTour(GivebackSteps, AppearanceSteps, SyncSteps, QObject):
    def __init__(self, window, folder: Path) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.exit_code = 0
        self.saved: list[Path] = []
        self._steps: list[Callable[[], None]] = []

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        w = self.window
        # Light, as the README shows it; large targets when the user's settings say so
        # (the size test runs the tour that way too).
        self.theme = w.findChild(ThemeManager)
        self.tour_appearance = Appearance("light", self.theme.appearance().large_targets)
        self.theme.apply(self.tour_appearance)
        w.demo_auto_unlock = False
        if QApplication.platformName() == "offscreen":
            w.resize(*SIZE)  # a virtual screen: the README's pictures, at the usual size
        else:
            fit_to_screen(w, *SIZE)  # never larger than the real screen it runs on
        w.show()
        w.start()
        self._wait(
            lambda: w.unlock.path() is not None and not w.unlock.is_busy(), self._shoot_unlock
        )

    # -- steps -----------------------------------------------------------------

    def _shoot_unlock(self) -> None:
        w = self.window
        w.unlock.passphrase.setFocus()
        self._save(w, "unlock.png")
        w.unlock.passphrase.setText(w.ctx.demo.passphrase)
        w.unlock.unlock_button.click()
        self._wait(
            lambda: (
                w.is_open()
                and w.page.sidebar.topLevelItemCount() > 5
                and w.page.entry_model.rowCount() > 20
            ),
            self._shoot_main,
        )

    def _shoot_main(self) -> None:
        page = self.window.page
        target = self._find_row(lambda r: r.kind == "symptom" and len(r.severities) >= 2)
        page.entry_view.setCurrentIndex(page.entry_model.index(target))
        self._wait(lambda: page.editor.isEnabled(), self._shoot_main_ready)

    def _shoot_main_ready(self) -> None:
        self._save(self.window, "main-window.png")
        self._save(self.window.page.editor, "editor-symptom.png")
        page = self.window.page
        page.search_field.setFocus()
        page.search_field.setText("stiff hands")
        self._wait(
            lambda: (
                page.search_model.rowCount() > 0 and page.lists.currentWidget() is page.search_view
            ),
            self._shoot_search,
        )

    def _shoot_search(self) -> None:
        page = self.window.page
        page.search_view.setCurrentIndex(page.search_model.index(0))
        self._wait(lambda: page.editor.isEnabled(), self._shoot_search_ready)

    def _shoot_search_ready(self) -> None:
        self._save(self.window, "search.png")
        self.window.page.search_field.clear()
        self.window.open_quick_log()
        self._wait(
            lambda: self.window.quick_log is not None and self.window.quick_log.isVisible(),
            self._shoot_quick_log,
        )

    def _shoot_quick_log(self) -> None:
        dialog = self.window.quick_log
        dialog.find.setText("head")
        dialog.rate_current(6)
        dialog.note_edit.setText("After a long screen day")
        self._save_over_window(dialog, "quick-log.png")
        dialog.reject()
        w = self.window
        w.actions.show_trends.trigger()
        self._wait(
            lambda: w.tools.trends.data() is not None and w.ctx.runner.is_idle(),
            self._shoot_trends,
        )

    def _shoot_trends(self) -> None:
        self._save(self.window, "trends-window.png")
        trends = self.window.tools.trends
        trends.tabs.setCurrentWidget(trends.insights)
        self._wait(
            lambda: trends.insights.result() is not None and self.window.ctx.runner.is_idle(),
            self._shoot_insights,
        )

    def _shoot_insights(self) -> None:
        self._save(self.window, "insights.png")
        trends = self.window.tools.trends
        trends.tabs.setCurrentIndex(0)
        w = self.window
        w.actions.show_journal.trigger()
        page = w.page
        first = self._find_row(lambda r: r.kind == "symptom" and len(r.severities) >= 2)
        second = self._find_row(lambda r: r.kind == "note")
        page.entry_view.setCurrentIndex(page.entry_model.index(first))
        page.entry_view.selectionModel().select(
            page.entry_model.index(second), QItemSelectionModel.SelectionFlag.Select
        )
        w.actions.share.trigger()
        self._wait(
            lambda: (
                w.tools.share_dialog is not None
                and w.tools.share_dialog.draft is not None
                and w.ctx.runner.is_idle()
            ),
            self._shoot_share,
        )

    def _shoot_share(self) -> None:
        dialog = self.window.tools.share_dialog
        dialog.preview.set_format("mastodon")
        self._wait(lambda: self.window.ctx.runner.is_idle(), self._shoot_share_ready)

    def _shoot_share_ready(self) -> None:
        dialog = self.window.tools.share_dialog
        dialog.view.setFocus()
        self._save(dialog, "share-entries.png")
        self._check_fits(dialog, "share-entries.png")
        dialog.reject()
        self._start_giveback(self._open_summary)  # answer a question, a treatment report

    def _open_summary(self) -> None:
        w = self.window
        w.actions.summary.trigger()
        self._wait(
            lambda: (
                w.tools.summary_dialog is not None
                and w.tools.summary_dialog.preview_button.isEnabled()
            ),
            self._shoot_summary,
        )

    def _shoot_summary(self) -> None:
        dialog = self.window.tools.summary_dialog
        dialog.concern.setPlainText("Morning stiffness is lasting longer since October.")
        dialog.questions.setPlainText(
            "Should the methotrexate dose change?\nIs physiotherapy worth another try?"
        )
        self._save_over_window(dialog, "summary-dialog.png")
        dialog.preview_button.click()
        self._wait(lambda: _preview_painted(dialog), self._shoot_print_preview)

    def _shoot_print_preview(self) -> None:
        dialog = self.window.tools.summary_dialog
        preview = dialog.preview_dialog
        if QApplication.platformName() == "offscreen":
            preview.resize(900, 1000)
        else:
            fit_to_screen(preview, 900, 1000)
        self._save(preview, "print-preview.png")
        dialog.reject()  # closes the preview too
        self._shoot_dark()

    def _shoot_dark(self) -> None:
        self.theme.apply(Appearance("dark", self.tour_appearance.large_targets))
        self._wait(lambda: True, self._shoot_dark_ready)

    def _shoot_dark_ready(self) -> None:
        self._save(self.window, "main-window-dark.png")
        self.theme.apply(self.tour_appearance)
        wizard = WelcomeWizard(self.window.ctx.default_path, self.window)
        wizard.set_keystore_status(True, "")
        wizard.show()
        wizard.next()
        wizard.next()
        wizard.secret.first.setText("plum violin harbour seven")
        wizard.secret.second.setText("plum violin harbour seven")
        self._wizard = wizard
        self._wait(lambda: wizard.currentPage() is wizard.secret, self._shoot_wizard)

    def _shoot_wizard(self) -> None:
        self._save(self._wizard, "welcome-wizard.png")
        self._wizard.reject()
        flow = self.window.settings_flow
        flow.open()
        self._wait(
            lambda: flow.dialog is not None and flow.dialog.isVisible(), self._shoot_preferences
        )

    def _shoot_preferences(self) -> None:
        dialog = self.window.settings_flow.dialog
        self._save_over_window(dialog, "preferences.png")
        dialog.reject()
        # a conflict between two synced journals and Preferences > Sync; then high
        # contrast and large targets
        self._start_sync(lambda: self._start_appearance(self._finish))

    # -- helpers -----------------------------------------------------------------

    def _check_fits(self, window: QWidget, name: str) -> None:
        """Fail the tour if a choice in ``window`` is cut short (``ui.tour.checks``)."""
        for problem in cut_short(window):
            print(f"fettle: cut short in {name}: {problem}", file=sys.stderr)
            self.exit_code = 1

    def _find_row(self, wanted) -> int:
        model = self.window.page.entry_model
        for i in range(model.rowCount()):
            if wanted(model.index(i).data(RowRole)):
                return i
        return 0

    def _save(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        pixmap = widget.grab()
        self._write(pixmap, name)

    def _save_over_window(self, dialog: QWidget, name: str) -> None:
        QApplication.processEvents()
        window = self.window.grab()
        front = dialog.grab()
        # A dialog larger than its window makes a larger picture: the size test sees it.
        ratio = window.devicePixelRatio()
        back = QPixmap(max(window.width(), front.width()), max(window.height(), front.height()))
        back.setDevicePixelRatio(ratio)
        back.fill(QColor("#808080"))
        painter = QPainter(back)
        painter.drawPixmap(0, 0, window)
        painter.fillRect(back.rect(), QColor(0, 0, 0, 90))
        at = QPoint(
            int((back.width() - front.width()) / 2 / ratio),
            int((back.height() - front.height()) / 2 / ratio),
        )  # logical pixels
        painter.setPen(QColor(0, 0, 0, 140))
        painter.drawRect(
            at.x() - 1, at.y() - 1, int(front.width() / ratio) + 1, int(front.height() / ratio) + 1
        )
        painter.drawPixmap(at, front)
        painter.end()
        self._write(back, name)

    def _write(self, pixmap: QPixmap, name: str) -> None:
        path = self.folder / name
        if not pixmap.save(str(path), "PNG"):
            print(f"fettle: could not write {path}", file=sys.stderr)
            self.exit_code = 1
        self.saved.append(path)

    def _wait(self, ready: Callable[[], bool], then: Callable[[], None]) -> None:
        waited = [0]

        def poll() -> None:
            if ready():
                timer.stop()
                timer.deleteLater()
                then()
                return
            waited[0] += timer.interval()
            if waited[0] > TIMEOUT_MS:
                timer.stop()
                print(f"fettle: screenshot step timed out before {then.__name__}", file=sys.stderr)
                self.exit_code = 1
                self._finish()

        timer = QTimer(self)
        timer.setInterval(50)
        timer.timeout.connect(poll)
        timer.start()

    def _finish(self) -> None:
        self._remove_sync_folder()  # if a step timed out
        print("\n".join(str(p) for p in self.saved))
        self.window.close()
        QTimer.singleShot(0, QApplication.instance().quit)


def _preview_painted(dialog) -> bool:
    preview = dialog.preview_dialog
    if preview is None or not preview.isVisible():
        return False
    widget = preview.findChild(QPrintPreviewWidget)
    return widget is not None and widget.pageCount() >= 1


__all__ = ["Qt", "ScreenshotTour", "dark_palette"]
