"""Helpers for the app-shell GUI tests: real journals, a window built like ``run_app``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings

from app.journal import kdf
from app.journal.journal import Journal
from app.models import Condition, Entry, SymptomReading

PASSPHRASE = "correct horse battery"
# How long to wait for the unlock screen's remembered-key lookup: it runs on the keystore's
# thread, which the app gives up on after KeystoreRunner.DEFAULT_TIMEOUT_MS (20 s), and the
# first lookup in a process imports the keystore's modules (seconds on a busy machine: a
# 5 s wait failed under load).
KEYSTORE_WAIT_MS = 30_000
# The offscreen platform says this whenever a top-level window is shown; it is not ours.
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints",)


class FakeClock:
    """Wall-clock time the test moves by hand."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_journal(path: Path, passphrase: str = PASSPHRASE, *, entries: int = 0) -> Path:
    """A small real journal: two symptoms, a condition, and ``entries`` more entries."""
    with Journal.create(path, passphrase, profile=kdf.FAST_TEST_PROFILE) as j:
        headache = j.catalog.ensure_symptom("Headache", "head")
        fatigue = j.catalog.ensure_symptom("Fatigue")
        cid = j.catalog.save_condition(Condition("Migraine"))
        day = dt.date(2026, 3, 1)
        j.entries.add(
            Entry(
                "symptom",
                day,
                "Bad morning",
                "Woke with a throbbing headache.",
                dt.time(8, 0),
                ["sleep"],
                [SymptomReading(headache.id, 7), SymptomReading(fatigue.id, 4)],
                condition_ids=[cid],
            )
        )
        j.entries.add(
            Entry("note", day + dt.timedelta(days=1), "", "Pacing by the river.", tags=["walk"])
        )
        j.entries.add(
            Entry(
                "lesson",
                day + dt.timedelta(days=2),
                "Pacing works",
                "Short walks beat one long one.",
            )
        )
        if entries:
            j.entries.add_many(
                Entry(
                    "note", day - dt.timedelta(days=i // 3), f"Note {i}", f"Filler text number {i}"
                )
                for i in range(entries)
            )
    return path


def build(qtbot, tmp_path: Path, *, clock=None, keystore_status=None, demo=False):
    """The main window with test settings, the fast KDF and (optionally) a fake clock."""
    from ui.main import build_window, make_application

    make_application()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window, ctx = build_window(
        demo=demo,
        settings=settings,
        kdf_profile=kdf.FAST_TEST_PROFILE,
        clock=clock,
        keystore_status=keystore_status,
        check_interval_ms=50,
    )
    ctx.default_path = tmp_path / "data" / "journal.fettle"
    qtbot.addWidget(window)
    return window, ctx


def open_window(qtbot, tmp_path: Path, path: Path, **kw):
    """Build, point at ``path``, unlock with the passphrase, wait for the filled window."""
    window, ctx = build(qtbot, tmp_path, **kw)
    ctx.set_journal_path(path)
    window.show()
    window.start()
    unlock(qtbot, window)
    return window, ctx


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    """Unlock and wait until everything the unlock asked for has arrived: the counts come
    before the catalogue (the editor's and the filter's choices) and the newest entry, so
    a test that went on at ``counts_loaded`` raced those loads (CI failed on one)."""
    qtbot.waitUntil(
        lambda: not window.unlock.is_busy() and not window.unlock.is_checking(),
        timeout=KEYSTORE_WAIT_MS,
    )
    window.unlock.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.page.counts_loaded, timeout=20_000):
        window.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: window.page.entry_model.rowCount() > 0)
    qtbot.waitUntil(window.ctx.runner.is_idle, timeout=20_000)
