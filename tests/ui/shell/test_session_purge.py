"""The session purges deleted entries' words from the search index when it is idle, and
the lock purges what is left (issue 19: a delete only queues the index's removal).
Real journal, real worker thread; the clear pages are read with the key."""

from __future__ import annotations

import datetime as dt

from app.journal.search import pending_deletes
from app.models import Entry
from tests.app.journal.test_deleted_text_gone import clear_pages, open_key
from tests.support.session import open_session
from ui.session import Change, Session

SECRET = Entry("note", dt.date(2026, 2, 1), "zanzibarite appointment", "quokkamoth results")


def _pending(qtbot, session: Session) -> int:
    got: list[int] = []
    session.run(lambda j: pending_deletes(j.db), got.append)
    qtbot.waitUntil(lambda: got != [], timeout=10_000)
    return got[0]


def test_a_delete_is_purged_once_the_session_is_idle(qtbot, runner, journal, monkeypatch):
    monkeypatch.setattr(Session, "PURGE_IDLE_MS", 50)
    entry_id = journal.entries.add(SECRET)
    journal.entries.add(Entry("note", dt.date(2026, 2, 2), "ordinary", "walked"))
    session = open_session(runner, journal)
    queued: list[int] = []

    def after_delete(_result) -> None:
        # asked before the idle timer starts, so it runs before any purge
        session.run(lambda j: pending_deletes(j.db), queued.append)

    with qtbot.waitSignal(session.purged, timeout=10_000) as purged:
        session.run(lambda j: j.entries.delete(entry_id), after_delete, changes=Change.ENTRIES)
    assert queued == [1]  # the delete itself only queued it…
    assert purged.args == [1]  # …and the idle purge took it
    assert _pending(qtbot, session) == 0
    found: list[list] = []
    session.run(lambda j: j.search("zanzibarite"), found.append)
    qtbot.waitUntil(lambda: found != [], timeout=10_000)
    assert found == [[]]


def test_locking_before_the_idle_purge_leaves_no_word_in_the_file(
    qtbot, runner, journal, monkeypatch
):
    monkeypatch.setattr(Session, "PURGE_IDLE_MS", 600_000)  # the lock comes first
    entry_id = journal.entries.add(SECRET)
    journal.entries.add(Entry("note", dt.date(2026, 2, 2), "ordinary", "walked"))
    path = journal.path
    session = open_session(runner, journal)
    purged: list[int] = []
    session.purged.connect(purged.append)
    deleted: list[object] = []
    session.run(lambda j: j.entries.delete(entry_id), deleted.append, changes=Change.ENTRIES)
    qtbot.waitUntil(lambda: deleted != [], timeout=10_000)
    assert _pending(qtbot, session) == 1
    assert b"zanzibarite" in clear_pages(path, open_key(path))
    with qtbot.waitSignal(session.locked, timeout=10_000):
        session.lock()
    qtbot.waitUntil(runner.is_idle, timeout=10_000)
    assert journal.is_locked
    clear = clear_pages(path, open_key(path))
    assert b"walked" in clear
    assert b"zanzibarite" not in clear and b"quokkamoth" not in clear
    assert purged == []  # the lock did it, not the idle timer
