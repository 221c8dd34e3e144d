"""The Data menu in a real main window: automatic backups, back up now, restore,
the backup on close, and a full disk while writing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from app import backup
from app.errors import DiskFull
from app.journal.journal import Journal
from app.models import Entry
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, build, make_journal, unlock
from ui.data.backup import RestoreDialog
from ui.shell.journal_page import JournalPage

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def open_with_data(qtbot, tmp_path, path):
    """The main window (with its Data menu), the journal unlocked and backed up."""
    window, ctx = build(qtbot, tmp_path)
    data = window.data_menu
    ctx.set_journal_path(path)
    window.show()
    window.start()
    with qtbot.waitSignal(data.scheduler.backup_done, timeout=20_000):
        unlock(qtbot, window)  # the quick check passes, then the first backup is made
    return window, ctx, data


def _menu_titles(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_menu_sits_before_help_and_follows_the_lock(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, _ctx, data = open_with_data(qtbot, tmp_path, path)
    titles = _menu_titles(window)
    assert titles.index("Data") == titles.index("Help") - 1
    labels = [a.text().replace("&", "") for a in data.menu.actions() if not a.isSeparator()]
    assert labels == [
        "Back Up Now",
        "Restore from Backup…",
        "Import…",
        "Export…",
        "Check Journal Integrity",
    ]
    assert all(a.isEnabled() for a in data.actions)
    assert "Encrypted backup saved" in window.statusBar().currentMessage()
    window.lock("user")
    assert not any(a.isEnabled() for a in data.actions)
    assert not data.scheduler.is_running()


def test_back_up_now_adds_a_verified_backup(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, _ctx, data = open_with_data(qtbot, tmp_path, path)
    with qtbot.waitSignal(data.scheduler.backup_done, timeout=10_000) as done:
        data.back_up.trigger()
    found = backup.list_backups(backup.default_folder(path))
    assert len(found) == 2 and str(found[0].path) == done.args[0]
    assert done.args[0].split("/")[-1] in window.statusBar().currentMessage()


def test_full_check_says_no_damage_in_a_box(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    _window, _ctx, data = open_with_data(qtbot, tmp_path, path)
    data.check.trigger()
    qtbot.waitUntil(lambda: data.dialog is not None and data.dialog.isVisible())
    assert "no damage was found" in data.dialog.text()
    data.dialog.accept()


def test_restore_from_the_menu_keeps_the_current_journal_first(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx, data = open_with_data(qtbot, tmp_path, path)  # backup of 3 entries
    journal = window.journal()
    ctx.runner.submit(lambda: journal.entries.add(Entry("note", dt.date(2026, 4, 1), "Later")))
    qtbot.waitUntil(ctx.runner.is_idle)
    data.restore.trigger()
    qtbot.waitUntil(lambda: isinstance(data.dialog, RestoreDialog))
    dialog = data.dialog
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1)
    row = dialog.table.topLevelItem(0)
    assert (row.text(1), row.text(3)) == ("3", "Good")
    assert "saved first" in dialog.intro.text()
    dialog.restore_button.click()
    assert dialog.confirm_box is not None and "3 entries" in dialog.confirm_box.text()
    with (
        qtbot.waitSignal(data.restored, timeout=20_000) as restored,
        qtbot.waitSignal(window.journal_unlocked, timeout=20_000),
    ):
        dialog.confirm_button.click()
    qtbot.waitUntil(lambda: window.page.entry_model.rowCount() == 3)
    assert data.dialog is None  # closed (and deleted) once the journal was back
    assert "Restored the backup" in window.statusBar().currentMessage()
    kept = restored.args[0]
    assert kept.endswith("-before-restore.fettle")
    with Journal.open(kept, PASSPHRASE) as old:
        assert old.entries.count() == 4  # nothing was lost: the journal as it was


def test_closing_the_window_backs_up_with_the_last_edit(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, _ctx, _data = open_with_data(qtbot, tmp_path, path)
    page = window.page
    page.entry_view.setCurrentIndex(page.entry_model.index(0))
    qtbot.waitUntil(lambda: page.editor.title_edit.text() == "Pacing works")
    page.editor.title_edit.setText("Pacing really works")  # not yet saved: the debounce waits
    window.close()
    found = backup.list_backups(backup.default_folder(path))
    assert len(found) == 2
    with Journal.open(found[0].path, PASSPHRASE) as copy:
        titles = {e.title for e in copy.entries.iter_all()}
    assert "Pacing really works" in titles


def test_disk_full_while_writing_keeps_the_text_and_says_so(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx, _data = open_with_data(qtbot, tmp_path, path)
    journal, page = window.journal(), window.page

    def fill_disk():
        pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
        journal.db.execute(f"PRAGMA max_page_count = {pages}")

    ctx.runner.submit(fill_disk)
    page.new_entry("note")
    text = "A long day. " * 4000  # needs new pages
    page.editor.body.set_text(text)
    page.flush_edits()
    qtbot.waitUntil(lambda: page.editor.save_state() == "failed", timeout=10_000)
    assert DiskFull.user_message in page.editor.save_label.text()
    assert page.editor.body.text() == text  # the text is kept
    assert QApplication.activeModalWidget() is None
    ctx.runner.submit(lambda: journal.db.execute("PRAGMA max_page_count = 1073741823"))
    with qtbot.waitSignal(page.entry_saved, timeout=10_000):
        page.flush_edits()  # space was freed: saving works again
    assert page.editor.save_state() == "saved"
    problems: list = []
    ctx.runner.submit(journal.check, problems.append)
    qtbot.waitUntil(lambda: problems != [])
    assert problems == [[]]  # the journal stayed intact


def test_restore_asked_for_just_before_a_lock_opens_no_window(qtbot, tmp_path):
    """What the restore window needs is read from the journal through the session; a
    lock in between drops it, so no window about the journal opens over the lock."""
    path = make_journal(tmp_path / "j.fettle")
    window, ctx, data = open_with_data(qtbot, tmp_path, path)
    data.restore.trigger()
    window.lock("user")
    qtbot.waitUntil(ctx.runner.is_idle)
    assert data.dialog is None and not any(
        isinstance(w, RestoreDialog) for w in QApplication.topLevelWidgets()
    )


def test_the_quick_check_waits_until_the_window_is_filled(qtbot, tmp_path, monkeypatch):
    """The opening's quick check reads the whole file (2.3 s at 100,000 entries) on the one
    worker: run first, it held back the first page and the counts by as much."""
    import ui.data.menu as data_menu

    order: list[str] = []
    real_check = data_menu.check_journal

    def recording_check(journal, *, full):
        order.append("check")
        return real_check(journal, full=full)

    monkeypatch.setattr(data_menu, "check_journal", recording_check)
    # "counts" is noted before the page announces it: a slot connected after the Data
    # menu's would run after the check was already handed to the worker (a race).
    real_counts = JournalPage._on_counts_loaded

    def noting_counts(page, counts):
        order.append("counts")
        real_counts(page, counts)

    monkeypatch.setattr(JournalPage, "_on_counts_loaded", noting_counts)
    path = make_journal(tmp_path / "j.fettle", entries=30)
    window, ctx = build(qtbot, tmp_path)
    ctx.set_journal_path(path)
    window.show()
    window.start()
    window.page.entry_model.first_page_loaded.connect(lambda: order.append("page"))
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: "check" in order, timeout=10_000)
    assert order.index("check") > order.index("page")
    assert order.index("check") > order.index("counts")
    qtbot.waitUntil(window.data_menu.scheduler.is_running)  # backups still start after it
