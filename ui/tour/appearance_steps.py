"""The screenshot tour's appearance steps (issue 11, item 5): the main window, the
editor, Trends and the daily check-in in the high-contrast theme; then the main window
and Preferences ▸ Appearance with large targets.

A mixin of ``ScreenshotTour`` (it uses the tour's ``window``, ``theme``, ``_wait``,
``_save``, ``_save_over_window`` and ``_check_fits``); ``_appearance_then`` runs after
these, with the tour's own appearance put back.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.appearance.prefs import Appearance


class AppearanceSteps:
    _appearance_then: Callable[[], None]

    def _start_appearance(self, then: Callable[[], None]) -> None:
        self._appearance_then = then
        self.theme.apply(Appearance("high_contrast", self.tour_appearance.large_targets))
        self._wait(lambda: True, self._shoot_high_contrast)

    def _shoot_high_contrast(self) -> None:
        self._save(self.window, "main-window-high-contrast.png")
        self._save(self.window.page.editor, "editor-high-contrast.png")
        w = self.window
        w.actions.show_trends.trigger()
        self._wait(
            lambda: w.tools.trends.data() is not None and w.ctx.runner.is_idle(),
            self._shoot_trends_high_contrast,
        )

    def _shoot_trends_high_contrast(self) -> None:
        self._save(self.window, "trends-high-contrast.png")
        w = self.window
        w.actions.show_journal.trigger()
        w.checkin.checkin_action.trigger()
        flow = w.checkin.flow
        self._wait(
            lambda: (
                flow.dialog is not None
                and bool(flow.dialog.symptom_fields)
                and flow.dialog.isVisible()
            ),
            self._shoot_checkin_high_contrast,
        )

    def _shoot_checkin_high_contrast(self) -> None:
        dialog = self.window.checkin.flow.dialog
        self._save_over_window(dialog, "checkin-high-contrast.png")
        self._check_fits(dialog, "checkin-high-contrast.png")
        dialog.reject()
        self.theme.apply(Appearance(self.tour_appearance.theme, True))
        self._wait(lambda: True, self._shoot_large_targets)

    def _shoot_large_targets(self) -> None:
        self._save(self.window, "main-window-large-targets.png")
        flow = self.window.settings_flow
        flow.open()
        self._wait(
            lambda: flow.dialog is not None and flow.dialog.isVisible(),
            self._shoot_preferences_large,
        )

    def _shoot_preferences_large(self) -> None:
        dialog = self.window.settings_flow.dialog
        tab = dialog.appearance_tab  # showing what is in force
        dialog.tabs.setCurrentIndex(
            next(i for i in range(dialog.tabs.count()) if dialog.tabs.widget(i).isAncestorOf(tab))
        )
        for box, set_value in (
            (tab.large_targets, lambda: tab.large_targets.setChecked(True)),
            (
                tab.theme,
                lambda: tab.theme.setCurrentIndex(tab.theme.findData(self.tour_appearance.theme)),
            ),
        ):
            box.blockSignals(True)  # a picture of the choice, not a change of it
            set_value()
            box.blockSignals(False)
        tab.large_targets.setFocus()
        self._save_over_window(dialog, "preferences-large-targets.png")
        self._check_fits(dialog, "preferences-large-targets.png")
        dialog.reject()
        self.theme.apply(self.tour_appearance)
        self._wait(lambda: True, self._appearance_then)
