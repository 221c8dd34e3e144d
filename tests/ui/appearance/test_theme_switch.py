"""Switching themes while windows exist must not crash (issue 11, item 5).

On a desktop whose own style is not Fusion (Breeze, Windows), "Follow the system" uses
that style and the other themes use Fusion, so changing between them replaces the
application's style. With a style sheet in force and a wizard closed before, Qt crashed
inside ``setStyleSheet`` (a segmentation fault); ``ThemeManager`` now removes the style
sheet before replacing the style. "Windows" stands in for the desktop's style here."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.support.shell import OFFSCREEN_NOISE, build
from ui.appearance.prefs import Appearance
from ui.appearance.theme import DESKTOP_STYLE_PROPERTY, ThemeManager, is_high_contrast

pytestmark = pytest.mark.qt_log_ignore(
    *OFFSCREEN_NOISE, "does not support raise", "grabbing the keyboard"
)


@pytest.fixture
def windows_desktop():
    app = QApplication.instance()
    before = app.property(DESKTOP_STYLE_PROPERTY)
    app.setProperty(DESKTOP_STYLE_PROPERTY, "Windows")
    yield
    app.setProperty(DESKTOP_STYLE_PROPERTY, before)


def test_switching_between_desktop_style_and_fusion_after_a_wizard(
    qtbot, tmp_path, windows_desktop
) -> None:
    for run in range(2):
        window, _ctx = build(qtbot, tmp_path / str(run))
        window.show()
        window.start()
        qtbot.waitUntil(lambda w=window: w.wizard is not None)
        window.wizard.next()
        window.wizard.reject()
        theme = window.findChild(ThemeManager)
        for name in ("light", "system", "high_contrast", "system", "dark"):
            theme.apply(Appearance(name, run == 1))
            assert is_high_contrast() == (name == "high_contrast")
            assert not window.grab().isNull()  # and the window still paints
        window.close()
    theme.apply(Appearance())
