"""The whole window through its real widgets: unlock, list, new entry, delete/undo, lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.shell_support import OFFSCREEN_NOISE, PASSPHRASE, make_journal, open_window, unlock

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def test_unlock_fills_the_window(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, _ctx = open_window(qtbot, tmp_path, path)
    assert window.stack.currentWidget() is window.page
    assert window.page.entry_model.rowCount() == 3
    titles = [window.page.entry_model.row_at(i).title for i in range(3)]
    assert titles == ["Pacing works", "Walked by the river.", "Bad morning"]
    assert window.windowTitle() == "Fettle"
