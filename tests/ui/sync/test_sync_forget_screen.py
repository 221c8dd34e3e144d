"""Preferences ▸ Sync lists the devices with when each last synced, forgets one that is
gone for good after a confirmation that names it, and stops syncing on this one; the
conflicts screen's "Keep it" for an entry deleted elsewhere settles it on both devices."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.journal import kdf
from app.journal.journal import Journal
from app.models import Entry
from app.sync import conflicts, engine
from app.sync.errors import DeviceForgotten
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, FakeClock, make_journal, open_window

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _three_devices(tmp_path: Path) -> tuple[Path, Path, list[Journal]]:
    """Laptop (a journal file, closed), and Desktop and Old laptop (open), one folder."""
    path = make_journal(tmp_path / "laptop.fettle")
    folder = tmp_path / "Sync"
    folder.mkdir()
    with Journal.open(path, PASSPHRASE) as j:
        engine.set_up(j, folder, PASSPHRASE)
        engine.set_device_name(j, "Laptop")
        j.entries.add(Entry("note", dt.date(2026, 3, 8), "Shared", "x\n"))
        engine.sync_now(j)
    others = []
    for name in ("Desktop", "Old laptop"):
        other, _report = engine.join(
            folder,
            tmp_path / f"{name}.fettle",
            PASSPHRASE,
            profile=kdf.FAST_TEST_PROFILE,
            name=name,
        )
        engine.sync_now(other)
        others.append(other)
    return path, folder, others


def _open_sync_tab(qtbot, window):
    window.actions.preferences.trigger()
    qtbot.waitUntil(lambda: window.settings_flow.dialog is not None)
    dialog = window.settings_flow.dialog
    tab = dialog.sync_tab
    dialog.tabs.setCurrentWidget(tab.parentWidget().parentWidget())
    return dialog, tab


def test_forget_a_device_and_stop_syncing_here(qtbot, tmp_path):
    path, folder, (desktop, old) = _three_devices(tmp_path)
    window, ctx = open_window(qtbot, tmp_path, path, clock=FakeClock())
    dialog, tab = _open_sync_tab(qtbot, window)
    box = tab.devices
    qtbot.waitUntil(lambda: box.list.count() == 3, timeout=20_000)
    texts = [box.list.item(i).text() for i in range(3)]
    assert texts[0].startswith("Laptop (this device): last synced today at ")
    assert {t.partition(":")[0] for t in texts[1:]} == {"Desktop", "Old laptop"}
    assert all("last synced today at " in t for t in texts)
    row = next(i for i, t in enumerate(texts) if t.startswith("Old laptop"))
    box.list.setCurrentRow(0)
    assert not box.forget_button.isEnabled()  # not this device: that is "Stop syncing"
    box.list.setCurrentRow(row)
    assert box.forget_button.isEnabled()
    qtbot.mouseClick(box.forget_button, Qt.MouseButton.LeftButton)
    confirm = box.confirm
    assert confirm is not None and "Forget “Old laptop”?" in confirm.text()
    assert "gone for good" in confirm.informativeText()
    confirm.reject()  # Cancel changes nothing
    assert box.list.count() == 3
    qtbot.mouseClick(box.forget_button, Qt.MouseButton.LeftButton)
    confirm = box.confirm
    [forget] = [b for b in confirm.buttons() if b.text() == "Forget “Old laptop”"]
    qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.list.count() == 2, timeout=20_000)
    assert "“Old laptop” is forgotten" in box.result.text()
    with pytest.raises(DeviceForgotten):
        engine.sync_now(old)
    engine.sync_now(desktop)  # the others sync on
    # this device stops syncing
    qtbot.mouseClick(box.stop_button, Qt.MouseButton.LeftButton)
    confirm = box.confirm
    assert confirm.text() == "Stop syncing on this device?"
    [stop] = [b for b in confirm.buttons() if b.text() == "Stop syncing"]
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not sync yet" in tab.state.text(), timeout=20_000)
    assert "no longer syncs" in box.result.text() and tab.folder.text() == ""
    dialog.reject()
    window.lock("user")
    qtbot.waitUntil(lambda: ctx.runner.is_idle(), timeout=20_000)
    with Journal.open(path, PASSPHRASE) as j:
        assert not engine.is_set_up(j) and j.entries.count() >= 1
    for journal in (desktop, old):
        journal.lock()


def test_keep_it_on_the_conflicts_screen_settles_it_on_the_other_device(qtbot, tmp_path):
    path = make_journal(tmp_path / "laptop.fettle")
    folder = tmp_path / "Sync"
    folder.mkdir()
    with Journal.open(path, PASSPHRASE) as j:
        engine.set_up(j, folder, PASSPHRASE)
        engine.set_device_name(j, "Laptop")
        eid = j.entries.add(Entry("note", dt.date(2026, 5, 1), "Gone or not", "first\n"))
        engine.sync_now(j)
        other, _report = engine.join(
            folder, tmp_path / "desktop.fettle", PASSPHRASE, profile=kdf.FAST_TEST_PROFILE
        )
        engine.set_device_name(other, "Desktop")
        [oid] = [
            r[0] for r in other.db.execute("SELECT id FROM entries WHERE title = 'Gone or not'")
        ]
        other.entries.delete(oid)
        j.entries.update(dataclasses.replace(j.entries.get(eid), body="first\nsecond\n"))
        engine.sync_now(other)
        engine.sync_now(j)
        engine.sync_now(other)
        assert conflicts.open_conflicts(other) and conflicts.open_conflicts(j)
    window, ctx = open_window(qtbot, tmp_path, path, clock=FakeClock())
    qtbot.waitUntil(
        lambda: "1 conflict — review" in window.sync.status_line.plain_text(), timeout=20_000
    )
    window.sync.status_line.linkActivated.emit("review")
    qtbot.waitUntil(
        lambda: (
            window.sync.conflicts_dialog is not None
            and window.sync.conflicts_dialog.list.count() == 1
        ),
        timeout=20_000,
    )
    dialog = window.sync.conflicts_dialog
    assert "deleted on Desktop" in dialog.list.item(0).text()
    assert dialog.keep_shown.isVisible() and dialog.delete.isVisible()
    qtbot.mouseClick(dialog.keep_shown, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=20_000)
    dialog.reject()
    window.lock("user")  # the lock's sync sends the choice
    qtbot.waitUntil(lambda: ctx.runner.is_idle(), timeout=20_000)
    engine.sync_now(other)
    try:
        assert conflicts.open_conflicts(other) == []
        bodies = other.db.execute("SELECT body FROM entries WHERE title = 'Gone or not'")
        assert [r[0] for r in bodies] == ["first\nsecond\n"]
    finally:
        other.lock()


def test_last_synced_in_plain_words(qtbot):
    from ui.sync.devices_box import SyncDevicesBox

    box = SyncDevicesBox()
    qtbot.addWidget(box)
    now = dt.datetime(2026, 3, 10, 18, 0).astimezone()
    assert box.when(None, now) == "not yet"
    assert box.when(now.replace(hour=14, minute=2), now).startswith("today at ")
    assert box.when(now - dt.timedelta(days=1), now).startswith("yesterday at ")
    assert box.when(now - dt.timedelta(days=3), now) == "3 days ago"
    assert box.when(dt.datetime(2025, 1, 6, 9, 30, tzinfo=dt.UTC), now).startswith("on ")
    assert "2025" in box.when(dt.datetime(2025, 1, 6, 9, 30, tzinfo=dt.UTC), now)
