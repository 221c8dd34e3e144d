"""The daily check-in opens before its questions arrive (the flow shows it at once and
fills it from the worker); it must then grow to show them, not stay a two-line window
that scrolls (found by the high-contrast screenshot, issue 11, item 5)."""

from __future__ import annotations

import pytest

from tests.support.shell import OFFSCREEN_NOISE, make_journal, open_window

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def test_checkin_grows_to_show_every_question(qtbot, tmp_path) -> None:
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    window.resize(1280, 760)
    flow = window.checkin.flow
    window.checkin.checkin_action.trigger()
    qtbot.waitUntil(lambda: flow.dialog is not None and bool(flow.dialog.symptom_fields))
    dialog = flow.dialog
    qtbot.waitUntil(
        lambda: dialog.scroll.viewport().height() >= dialog.form_host.sizeHint().height()
    )
    assert dialog.scroll.viewport().width() >= dialog.form_host.sizeHint().width()
    for field in dialog.symptom_fields.values():
        assert not field.visibleRegion().isEmpty()
    dialog.reject()
    window.lock("user")
