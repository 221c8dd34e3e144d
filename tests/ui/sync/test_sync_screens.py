"""Syncing in the desktop app, with real journals and a real folder: Preferences ▸ Sync
sets it up, the status line says when and with whom, a sync that brings entries
refreshes the list, conflicts are settled each way on the conflict screen, and a new
device joins from File ▸ Join a Synced Journal…."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from app.journal import kdf
from app.journal.journal import Journal
from app.models import Entry
from app.sync import conflicts, engine
from tests.support.shell import (
    OFFSCREEN_NOISE,
    PASSPHRASE,
    FakeClock,
    build,
    make_journal,
    open_window,
)
from ui.sync.service import INTERVAL_MS

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _other_device(folder: Path, tmp_path: Path) -> Journal:
    other, _report = engine.join(
        folder,
        tmp_path / "desktop.fettle",
        PASSPHRASE,
        profile=kdf.FAST_TEST_PROFILE,
        name="Desktop",
    )
    other.entries.add(Entry("note", dt.date(2026, 3, 8), "From the desktop", "x"))
    engine.sync_now(other)
    return other


def _syncing_journal(tmp_path: Path) -> tuple[Path, Path]:
    """A journal set up to sync (as 'Laptop') through a folder, and the folder."""
    path = make_journal(tmp_path / "laptop.fettle")
    folder = tmp_path / "Sync"
    folder.mkdir()
    with Journal.open(path, PASSPHRASE) as j:
        engine.set_up(j, folder, PASSPHRASE)
        engine.set_device_name(j, "Laptop")
        engine.sync_now(j)
    return path, folder


def _titles(path: Path) -> set[str]:
    with Journal.open(path, PASSPHRASE) as j:
        return {r[0] for r in j.db.execute("SELECT title FROM entries")}


def _status(window) -> str:
    return window.sync.status_line.plain_text()


def _listed(window) -> set[str]:
    model = window.page.entry_model
    return {model.row_at(i).title for i in range(model.rowCount())}


def test_the_status_line_says_when_and_with_whom_and_new_entries_appear(qtbot, tmp_path):
    path, folder = _syncing_journal(tmp_path)
    other = _other_device(folder, tmp_path)
    clock = FakeClock(dt.datetime.now().timestamp())
    window, ctx = open_window(qtbot, tmp_path, path, clock=clock)
    qtbot.waitUntil(lambda: _status(window) == "Synced just now with Desktop", timeout=20_000)
    # what the desktop wrote before this device opened comes with the sync on opening,
    # which the first page does not wait for: the list takes it in once it is synced
    qtbot.waitUntil(lambda: "From the desktop" in _listed(window), timeout=20_000)
    clock.advance(125)
    window.sync.service.ticker.timeout.emit()
    assert _status(window) == "Synced 2 min ago with Desktop"
    rows = window.page.entry_model.rowCount()
    other.entries.add(Entry("note", dt.date(2026, 3, 9), "Written on the desktop", "x"))
    engine.sync_now(other)
    timer = window.sync.service.timer  # every five minutes while open
    assert timer.isActive() and timer.interval() == INTERVAL_MS == 5 * 60 * 1000
    timer.timeout.emit()  # as five minutes passing does
    qtbot.waitUntil(lambda: window.page.entry_model.rowCount() == rows + 1, timeout=20_000)
    other.entries.add(Entry("note", dt.date(2026, 3, 10), "Also on the desktop", "x"))
    engine.sync_now(other)
    window.sync.sync_action.trigger()  # File > Sync Now
    qtbot.waitUntil(lambda: window.page.entry_model.rowCount() == rows + 2, timeout=20_000)
    # the folder goes away: said in a few words, and nothing from an entry
    shutil.move(folder, tmp_path / "unplugged")
    window.sync.sync_action.trigger()
    qtbot.waitUntil(lambda: _status(window) == "Sync folder not found", timeout=20_000)
    assert "reached" in window.sync.status_line.toolTip()
    other.lock()
    window.lock("user")
    qtbot.waitUntil(lambda: not window.sync.status_line.isVisible())
    assert not timer.isActive()


def test_a_lock_sends_the_last_edits(qtbot, tmp_path):
    path, folder = _syncing_journal(tmp_path)
    other = _other_device(folder, tmp_path)
    window, ctx = open_window(qtbot, tmp_path, path, clock=FakeClock())
    qtbot.waitUntil(lambda: _status(window).startswith("Synced"), timeout=20_000)
    window.session.run(
        lambda j: j.entries.add(Entry("note", dt.date(2026, 3, 9), "Just before the lock", "x"))
    )
    window.lock("user")
    qtbot.waitUntil(lambda: ctx.runner.is_idle(), timeout=20_000)
    engine.sync_now(other)
    assert "Just before the lock" in {r[0] for r in other.db.execute("SELECT title FROM entries")}
    other.lock()


def _conflicted(tmp_path: Path) -> tuple[Path, Path]:
    """The laptop's journal with a conflict: both devices changed the same line."""
    path, folder = _syncing_journal(tmp_path)
    other = _other_device(folder, tmp_path)
    with Journal.open(path, PASSPHRASE) as j:
        eid = j.entries.add(
            Entry(
                "note",
                dt.date(2026, 5, 1),
                "Flare diary",
                "Woke at 6\nPain 4 in the knees\nWalked\n",
            )
        )
        engine.sync_now(j)
        engine.sync_now(other)
        oid = other.db.execute("SELECT id FROM entries WHERE title = 'Flare diary'").fetchone()[0]
        j.entries.update(
            dataclasses.replace(j.entries.get(eid), body="Woke at 6\nPain 7 in the knees\nWalked\n")
        )
        other.entries.update(
            dataclasses.replace(
                other.entries.get(oid), body="Woke at 6\nPain 5, knees, hips\nWalked\n"
            )
        )
        engine.sync_now(other)
        engine.sync_now(j)
        assert len(conflicts.open_conflicts(j)) == 1
    other.lock()
    return path, folder


def _open_conflicts(qtbot, window):
    qtbot.waitUntil(lambda: "1 conflict — review" in _status(window), timeout=20_000)
    window.sync.status_line.linkActivated.emit("review")  # what a click on "review" does
    qtbot.waitUntil(
        lambda: (
            window.sync.conflicts_dialog is not None
            and window.sync.conflicts_dialog.list.count() == 1
        ),
        timeout=20_000,
    )
    return window.sync.conflicts_dialog


@pytest.mark.parametrize("choice", ["shown", "other", "both", "merge"])
def test_the_conflict_screen_settles_a_conflict_each_way(qtbot, tmp_path, choice):
    path, _folder = _conflicted(tmp_path)
    window, ctx = open_window(qtbot, tmp_path, path, clock=FakeClock())
    dialog = _open_conflicts(qtbot, window)
    item = dialog.list.item(0).text()
    assert item.startswith("“Flare diary”: edited on ") and " and on " in item
    assert "Desktop" in item and "this device" in item
    assert "Pain 7" in dialog.shown.toPlainText() + dialog.other.toPlainText()
    assert "Pain 5" in dialog.shown.toPlainText() + dialog.other.toPlainText()
    shown, other = dialog.shown.toPlainText(), dialog.other.toPlainText()
    merged = "Woke at 6\nPain 6 in the knees and hips\nWalked\n"
    if choice == "shown":
        expected = [shown]
        qtbot.mouseClick(dialog.keep_shown, Qt.MouseButton.LeftButton)
    elif choice == "other":
        expected = [other]
        qtbot.mouseClick(dialog.keep_other, Qt.MouseButton.LeftButton)
    elif choice == "both":
        expected = sorted([shown, other])
        qtbot.mouseClick(dialog.keep_both, Qt.MouseButton.LeftButton)
    else:
        expected = [merged]
        qtbot.mouseClick(dialog.merge, Qt.MouseButton.LeftButton)
        assert dialog.merged.isVisible() and "<<<<<<<" in dialog.merged.toPlainText()
        qtbot.mouseClick(dialog.save_merge, Qt.MouseButton.LeftButton)  # markers left
        assert dialog.problem.isVisible() and "markers" in dialog.problem.text()
        dialog.merged.setPlainText(merged)
        qtbot.mouseClick(dialog.save_merge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=20_000)
    assert "No conflicts left" in dialog.summary.text()
    qtbot.waitUntil(lambda: "conflict" not in _status(window), timeout=20_000)
    dialog.reject()
    window.lock("user")
    qtbot.waitUntil(lambda: ctx.runner.is_idle(), timeout=20_000)
    with Journal.open(path, PASSPHRASE) as j:
        bodies = sorted(
            r[0] for r in j.db.execute("SELECT body FROM entries WHERE title LIKE 'Flare diary%'")
        )
        assert bodies == expected
        assert conflicts.open_conflicts(j) == []


def test_the_conflict_screen_is_keyboard_operable_and_named(qtbot, tmp_path):
    path, _folder = _conflicted(tmp_path)
    window, ctx = open_window(qtbot, tmp_path, path, clock=FakeClock())
    window.sync.conflicts_action.trigger()  # the menu item opens it too
    qtbot.waitUntil(
        lambda: (
            window.sync.conflicts_dialog is not None
            and window.sync.conflicts_dialog.list.count() == 1
        ),
        timeout=20_000,
    )
    dialog = window.sync.conflicts_dialog
    for widget in (dialog.list, dialog.shown, dialog.other, dialog.merged):
        assert widget.accessibleName()
    for button in (dialog.keep_shown, dialog.keep_other, dialog.keep_both, dialog.merge):
        assert button.text() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Alt+M opens the merge editor; the focus lands in it
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.merged.isVisible())
    assert dialog.merged.tabChangesFocus()
    # no two Alt keys alike (an ambiguous one only moves the focus: Alt+S saved nothing
    # under X while a label also said "&Shown")
    widgets = [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLabel)]
    keys = [_alt_key(w.text()) for w in widgets if w.isVisible() and _alt_key(w.text())]
    assert len(keys) == len(set(keys)) >= 7, keys
    dialog.reject()


def _alt_key(text: str) -> str:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def test_preferences_sync_sets_up_a_folder(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    folder = tmp_path / "Nextcloud" / "Fettle"
    folder.mkdir(parents=True)
    window, ctx = open_window(qtbot, tmp_path, path, clock=FakeClock())
    window.actions.preferences.trigger()
    qtbot.waitUntil(lambda: window.settings_flow.dialog is not None)
    dialog = window.settings_flow.dialog
    tab = dialog.sync_tab
    dialog.tabs.setCurrentWidget(tab.parentWidget().parentWidget())
    qtbot.waitUntil(lambda: "does not sync yet" in tab.state.text())
    tab.folder.setText(str(folder))
    tab.set_up_button.click()
    assert "passphrase" in tab.result.text()  # asked for before anything is done
    tab.passphrase.setText(PASSPHRASE)
    tab.name.setText("Laptop")
    tab.set_up_button.click()
    assert tab.passphrase.text() == ""  # forgotten at once
    qtbot.waitUntil(lambda: tab.result.text().startswith("Done"), timeout=20_000)
    assert "as “Laptop”" in tab.state.text()
    assert (folder / "sync.key").exists() and list((folder / "devices").rglob("*.log"))
    qtbot.waitUntil(lambda: _status(window).startswith("Synced"), timeout=20_000)
    tab.share_log.setChecked(True)
    with qtbot.waitSignal(window.settings_flow.settings_applied, timeout=10_000):
        dialog.accept()
    window.lock("user")
    qtbot.waitUntil(lambda: ctx.runner.is_idle(), timeout=20_000)
    with Journal.open(path, PASSPHRASE) as j:
        assert j.settings.get("sync_folder") == str(folder)
        assert j.settings.get("sync_share_log") is True


def test_a_new_device_joins_from_the_file_menu(qtbot, tmp_path):
    _path, folder = _syncing_journal(tmp_path)
    window, ctx = build(qtbot, tmp_path, clock=FakeClock())
    window.show()
    window.start()
    assert window.sync.join_action.isEnabled()
    window.sync.join_action.trigger()
    dialog = window.sync.join_dialog
    new = tmp_path / "second" / "journal.fettle"
    new.parent.mkdir()
    dialog.folder.setText(str(folder))
    dialog.path.setText(str(new))
    dialog.passphrase.setText("not the passphrase")
    dialog.name.setText("Desktop")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=20_000)
    assert "passphrase" in dialog.problem.text() and not new.exists()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.accept()
    qtbot.waitUntil(lambda: window.is_open(), timeout=30_000)
    qtbot.waitUntil(lambda: window.page.entry_model.rowCount() == 3, timeout=20_000)
    assert ctx.journal_path() == new
    assert not window.sync.join_action.isEnabled()
    window.lock("user")
    qtbot.waitUntil(lambda: ctx.runner.is_idle(), timeout=20_000)
    assert "Bad morning" in _titles(new)


def test_a_first_run_joins_from_the_welcome_wizard(qtbot, tmp_path):
    _path, folder = _syncing_journal(tmp_path)
    window, ctx = build(qtbot, tmp_path, clock=FakeClock())
    window.show()
    window.start()  # no journal yet: the welcome wizard
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    wizard = window.wizard
    button = wizard.intro.join_button
    assert button.accessibleName() == "Join a journal synced from another device"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    wizard.grab().save(str(tmp_path / "wizard.png"))
    assert _alt_key(button.text()) == "j"
    button.setFocus()  # reached by Tab, pressed with the space bar
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.sync.join_dialog is not None)
    assert not wizard.isVisible()
    dialog = window.sync.join_dialog
    qtbot.waitUntil(dialog.isVisible)
    new = tmp_path / "second" / "journal.fettle"
    new.parent.mkdir()
    dialog.folder.setText(str(folder))
    dialog.path.setText(str(new))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.name.setText("Desktop")
    dialog.accept()
    qtbot.waitUntil(lambda: window.is_open(), timeout=30_000)
    qtbot.waitUntil(lambda: window.page.entry_model.rowCount() == 3, timeout=20_000)
    assert ctx.journal_path() == new
    window.lock("user")
    qtbot.waitUntil(lambda: ctx.runner.is_idle(), timeout=20_000)
    assert "Bad morning" in _titles(new)


def test_the_unlock_screen_offers_joining(qtbot, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    window, ctx = build(qtbot, tmp_path, clock=FakeClock())
    ctx.set_journal_path(path)
    window.show()
    window.start()
    button = window.unlock.join_button
    qtbot.waitUntil(button.isVisible)
    assert button.accessibleName() == "Join a journal synced from another device"
    window.unlock.grab().save(str(tmp_path / "unlock.png"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.sync.join_dialog is not None and window.sync.join_dialog.isVisible()
    )
    window.sync.join_dialog.reject()
    qtbot.waitUntil(lambda: window.sync.join_dialog is None)
    assert not window.is_open()
