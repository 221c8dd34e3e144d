"""A canary typed into the app must not reach disk in plaintext: not in QSettings,
backups, caches, temp files or anywhere else the app writes during a session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from tests.support.leakscan import find_leaks
from tests.support.shell import OFFSCREEN_NOISE, make_journal, open_window

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)
CANARY = "Wkvbq-canary-Threlkeld-9087"


def test_typed_text_never_reaches_disk_in_plaintext(qtbot, tmp_path: Path) -> None:
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = open_window(qtbot, tmp_path, path)
    page = window.page
    page.entry_view.setCurrentIndex(page.entry_model.index(0))
    qtbot.waitUntil(lambda: page.editor.isEnabled() and page.editor.title_edit.text() != "")
    page.editor.title_edit.setText(f"Seen by {CANARY}")
    page.editor.body.text_edit.setPlainText(f"{CANARY} changed the dose.\n\n**Better** now.")
    page.editor.flush()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    page.search_field.setText(CANARY.split("-")[0])
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 1, timeout=10_000)
    ctx.clipboard.copy(f"{CANARY} copied")
    window.lock()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())
    assert QGuiApplication.clipboard().text() == ""
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())

    roots = [tmp_path] + [
        Path(os.environ[v])
        for v in (
            "HOME",
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "XDG_CACHE_HOME",
            "XDG_STATE_HOME",
            "XDG_RUNTIME_DIR",
            "TMPDIR",
        )
        if os.environ.get(v)
    ]
    assert (tmp_path / "settings.ini").exists()  # the app did write its settings
    assert find_leaks(roots, CANARY) == []
    # and the text really is in the journal, encrypted
    from app.journal.journal import Journal
    from tests.support.shell import PASSPHRASE

    with Journal.open(path, PASSPHRASE) as journal:
        assert any(CANARY in h.row.title for h in journal.search(CANARY.split("-")[0]))
