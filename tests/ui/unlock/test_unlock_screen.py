"""Unlocking: wrong passphrase, bad files with a way out, and remembered keys."""

from __future__ import annotations

import pytest

from app.journal import kdf, keystore
from app.journal.journal import Journal
from tests.support.shell import (
    KEYSTORE_WAIT_MS,
    OFFSCREEN_NOISE,
    PASSPHRASE,
    build,
    make_journal,
    unlock,
)
from ui.task_runner import TaskRunner
from ui.unlock.screen import UnlockScreen

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


@pytest.fixture
def screen(qtbot):
    widget = UnlockScreen(TaskRunner())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _set(qtbot, screen, path) -> None:
    screen.set_path(path)
    qtbot.waitUntil(
        lambda: not screen.is_busy() and not screen.is_checking(), timeout=KEYSTORE_WAIT_MS
    )


def test_wrong_passphrase_says_so_inline_and_allows_a_retry(qtbot, screen, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    _set(qtbot, screen, path)
    screen.passphrase.setText("not the passphrase")
    screen.unlock_button.click()
    assert screen.is_busy()  # the key derivation runs off the GUI thread
    qtbot.waitUntil(lambda: bool(screen.message_text()))
    assert "does not open this journal" in screen.message_text()
    assert screen.passphrase.isVisible() and screen.passphrase.hasFocus()
    screen.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(screen.journal_opened, timeout=20_000) as opened:
        screen.unlock_button.click()
    journal = opened.args[0]
    assert not journal.is_locked
    assert screen.passphrase.text() == ""
    journal.lock()


@pytest.mark.parametrize(
    "content, words",
    [
        (b"%PDF-1.7 rest of a pdf", "a PDF document"),
        (b"", "empty"),
        (b"\x00\x13\x99garbage" * 10, "not a Fettle journal"),
    ],
)
def test_a_foreign_or_broken_file_gets_a_clear_message_and_a_way_out(
    qtbot, screen, tmp_path, content, words
):
    path = tmp_path / "odd.fettle"
    path.write_bytes(content)
    _set(qtbot, screen, path)
    assert words in screen.message_text()
    assert not screen.passphrase.isVisible()  # no point asking for a passphrase
    assert screen.choose_button.isVisible() and screen.create_button.isVisible()
    with qtbot.waitSignal(screen.choose_file_requested):
        screen.choose_button.click()
    assert path.read_bytes() == content  # untouched


def test_a_truncated_journal_is_reported(qtbot, screen, tmp_path):
    path = make_journal(tmp_path / "j.fettle")
    data = path.read_bytes()
    cut = tmp_path / "cut.fettle"
    cut.write_bytes(data[: len(data) // 2 + 100])
    _set(qtbot, screen, cut)
    assert "cut short" in screen.message_text()


def test_a_missing_journal_offers_to_create_one(qtbot, screen, tmp_path):
    _set(qtbot, screen, tmp_path / "gone.fettle")
    assert "no journal at that location" in screen.message_text()
    with qtbot.waitSignal(screen.create_requested):
        screen.create_button.click()


def test_choosing_another_file_in_the_window_unlocks_that_one(qtbot, tmp_path):
    bad = tmp_path / "bad.fettle"
    bad.write_bytes(b"PK\x03\x04zip")
    good = make_journal(tmp_path / "good.fettle")
    window, ctx = build(qtbot, tmp_path)
    ctx.set_journal_path(bad)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: "ZIP" in window.unlock.message_text())
    window._on_file_chosen(str(good))  # what the file dialog's fileSelected delivers
    assert ctx.journal_path() == good
    unlock(qtbot, window)
    assert window.is_open()


@pytest.mark.keyring
def test_a_remembered_key_unlocks_without_asking_and_a_stale_one_falls_back(
    qtbot, screen, tmp_path
):
    if not keystore.backend_status()[0]:
        pytest.skip("no Secret Service here (run through packaging/dev.sh test)")
    path = make_journal(tmp_path / "j.fettle")
    journal_id = kdf.journal_id(kdf.read_salt(path))
    with Journal.open(path, PASSPHRASE) as j:
        keystore.remember_key(journal_id, j.key)
    try:
        with qtbot.waitSignal(screen.journal_opened, timeout=20_000) as opened:
            screen.set_path(path)
        opened.args[0].lock()
        keystore.remember_key(journal_id, b"\x01" * 32)  # stale: e.g. an old passphrase
        _set(qtbot, screen, path)
        assert screen.passphrase.isVisible() and screen.message_text() == ""
    finally:
        keystore.forget_key(journal_id)


def test_unlock_pressed_while_the_remembered_key_is_looked_up(qtbot, screen, tmp_path, monkeypatch):
    import threading

    gate = threading.Event()

    def slow_recall(_journal_id):
        gate.wait(10)  # a keyring that takes its time (or shows a prompt)
        return None

    monkeypatch.setattr(keystore, "recall_key", slow_recall)
    path = make_journal(tmp_path / "j.fettle")
    screen.set_path(path)
    assert screen.is_checking() and screen.passphrase.isEnabled()  # typing is not blocked
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    with qtbot.waitSignal(screen.journal_opened, timeout=20_000) as opened:
        gate.set()
    opened.args[0].lock()
