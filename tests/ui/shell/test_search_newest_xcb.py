"""Newest-first search in the window under a real X server (Xvfb, xcb), with real key
events: the word typed into the search field lists every entry holding a word it begins,
newest first, page after page as the list is scrolled (issue 19: the walk along the date
index, with entries written in date order and back-dated ones mixed in)."""

from __future__ import annotations

import pytest

from tests.support.xcb import xvfb_run

_SCRIPT = r"""
import datetime as dt, re, sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest

from app.journal import kdf
from app.journal.journal import Journal
from app.models import Entry
from tests.support.shell import PASSPHRASE, make_journal
from ui.main import build_window, make_application
from ui.shell.search_model import IdRole

app = make_application()
assert app.platformName() == "xcb", app.platformName()
tmp = Path(sys.argv[1])
shot = sys.argv[2] if len(sys.argv) > 2 else ""
path = make_journal(tmp / "j.fettle")
START = dt.date(2024, 1, 1)
with Journal.open(path, PASSPHRASE) as j:
    # nearly three years written day by day, four days in nine with a word beginning
    # "pai", then a month of back-dated entries in between
    j.entries.add_many(
        Entry("note", START + dt.timedelta(days=i), f"Day {i}",
              ("Painful knees after the stairs" if i % 9 in (0, 2, 4, 7) else "Quiet, rest")
              + f" (walk {i})", time=dt.time(9 + i % 2 * 9, 0))
        for i in range(1000))
    j.entries.add_many(
        Entry("note", START + dt.timedelta(days=40 + i), f"Back-dated {i}",
              "Pain in both hands" if i % 2 else "Slept well", time=dt.time(12, 0))
        for i in range(60))
    expected = [
        r.id for r in sorted(
            (r for r in j.entries.page(limit=10_000).rows
             if re.search(r"\bpai", (r.title + " " + j.entries.get(r.id).body).lower())),
            key=lambda r: (r.day, r.time or dt.time.min, r.id), reverse=True)
    ]
window, ctx = build_window(settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat),
                           kdf_profile=kdf.FAST_TEST_PROFILE)
ctx.set_journal_path(path)
window.resize(1200, 800)
window.show()
window.start()
state = {"step": "unlock", "pages": 0}

def ids(model):
    return [model.data(model.index(i, 0), IdRole) for i in range(model.rowCount())]

def tick():
    s = state["step"]
    page = window._page
    model = page.search_model if page is not None else None
    if s == "unlock" and not window.unlock.is_busy() and not window.unlock.is_checking() \
            and window.unlock.passphrase.isVisible():
        window.activateWindow()
        window.unlock.passphrase.setFocus()
        QTest.keyClicks(window.unlock.passphrase, PASSPHRASE)
        QTest.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
        state["step"] = "open"
    elif s == "open" and window.is_open() and page.entry_model.rowCount() > 0:
        assert page.filter_bar.sort_order() == "date"  # newest first is the default
        page.search_field.setFocus()
        QTest.keyClicks(page.search_field, "pai")  # a prefix FTS5 holds: the walk
        state["step"] = "pai"
    elif s in ("pai", "pain") and model.query() == s and not model.is_loading() \
            and model.rowCount():
        assert model.rowCount() == model.PAGE_SIZE, model.rowCount()
        first = model.data(model.index(0, 0))
        assert "Day 999" in first, first
        if shot and s == "pain":
            window.grab().save(shot)
        state["step"] = "scroll " + s
    elif s.startswith("scroll") and not model.is_loading():
        if model.rowCount() < len(expected):
            page.search_view.scrollToBottom()  # fetches the next page
            state["pages"] += 1
            return
        assert ids(model) == expected, (s, len(ids(model)), len(expected))
        print(s.split()[1], "newest first ok", model.rowCount(), "rows", flush=True)
        if s == "scroll pai":  # one more letter: a prefix FTS5 merges, asked once
            QTest.keyClicks(page.search_field, "n")
            state["step"] = "pain"
        else:
            timer.stop()
            window.close()
            ctx.runner.wait_for_done()
            app.quit()

timer = QTimer(); timer.timeout.connect(tick); timer.start(30)
QTimer.singleShot(90_000, lambda: (print("stuck at", state["step"], flush=True), app.exit(3)))
sys.exit(app.exec())
"""


@pytest.mark.needs("xvfb-run")
def test_newest_first_search_pages_under_x(tmp_path) -> None:
    proc = xvfb_run(["-c", _SCRIPT, str(tmp_path)], tmp_path, timeout=180)
    assert proc.returncode == 0, proc.stdout[-800:] + proc.stderr[-3000:]
    for line in ("pai newest first ok 475 rows", "pain newest first ok 475 rows"):
        assert line in proc.stdout, proc.stdout + proc.stderr[-2000:]
