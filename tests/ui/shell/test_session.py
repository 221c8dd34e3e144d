"""The session (``ui.session``): the one holder of the open journal. A newer request
with the same key supersedes an older one, a lock drops every pending result, writes
broadcast what they changed and models reload from that, and dialogs close themselves
when the journal starts to lock. Real journals, a real worker thread."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from app.errors import JournalLocked
from app.models import Entry
from tests.support.session import open_session
from ui.session import Change, Changes, Session
from ui.shell.entry_list_model import EntryListModel


def _hold(runner) -> threading.Event:
    """Keep the worker busy until the returned event is set (so requests queue)."""
    gate = threading.Event()
    runner.submit(lambda: gate.wait(10))
    return gate


def test_a_newer_request_with_the_same_key_supersedes_the_older(qtbot, runner, journal):
    session = open_session(runner, journal)
    delivered: list[str] = []
    gate = _hold(runner)
    ran: list[str] = []

    def job(name):
        def read(j):
            ran.append(name)
            return name, j.entries.count()

        return read

    assert session.run(job("old"), lambda r: delivered.append(r[0]), key="search")
    assert session.run(job("other key"), lambda r: delivered.append(r[0]), key="page")
    assert session.run(job("new"), lambda r: delivered.append(r[0]), key="search")
    assert session.run(job("no key"), lambda r: delivered.append(r[0]))
    gate.set()
    qtbot.waitUntil(runner.is_idle, timeout=10_000)
    assert ran == ["old", "other key", "new", "no key"]  # the worker still ran it…
    assert delivered == ["other key", "new", "no key"]  # …but "old" was never delivered


def test_a_superseded_failure_is_not_reported_either(qtbot, runner, journal):
    session = open_session(runner, journal)
    failures: list[str] = []
    gate = _hold(runner)

    def boom(_j):
        raise ValueError("stale")

    session.run(boom, None, lambda exc: failures.append(str(exc)), key="k")
    newer: list[int] = []
    session.run(lambda j: 1, newer.append, lambda exc: failures.append(str(exc)), key="k")
    session.run(boom, None, lambda exc: failures.append("dropped: " + str(exc)), key="gone")
    session.drop("gone")  # nothing newer asked for: the result is simply not wanted
    gate.set()
    qtbot.waitUntil(runner.is_idle, timeout=10_000)
    assert failures == [] and newer == [1]


def test_a_lock_drops_every_pending_result_and_closes_the_journal(qtbot, runner, journal):
    session = open_session(runner, journal)
    delivered: list[object] = []
    gate = _hold(runner)
    session.run(lambda j: j.entries.count(), delivered.append, delivered.append, key="a")
    session.run(lambda j: j.entries.count(), delivered.append, delivered.append)
    order: list[str] = []
    session.locking.connect(
        lambda reason: order.append(f"locking {reason} open={session.is_open()}")
    )
    session.locked.connect(lambda reason: order.append(f"locked {reason} open={session.is_open()}"))
    assert session.lock("idle")
    gate.set()
    qtbot.waitUntil(runner.is_idle, timeout=10_000)
    assert delivered == []  # nothing in flight put anything back
    assert order == ["locking idle open=True", "locked idle open=False"]
    assert session.journal() is None
    assert not session.run(lambda j: delivered.append("ran"), delivered.append)
    with pytest.raises(JournalLocked):
        journal.entries.count()  # the connection was closed on the worker
    assert not session.lock("user")  # nothing left to lock


def test_a_write_made_while_locking_still_lands_before_the_close(qtbot, runner, journal):
    """``locking`` comes while the journal is open: the last edits are queued then."""
    session = open_session(runner, journal)
    path = journal.path
    session.locking.connect(
        lambda _r: session.run(
            lambda j: j.entries.add(Entry("note", dt.date.today(), title="last words"))
        )
    )
    before = journal.entries.count()
    session.lock()
    qtbot.waitUntil(runner.is_idle, timeout=10_000)
    from app.journal.journal import Journal
    from tests.support.shell import PASSPHRASE

    with Journal.open(path, PASSPHRASE) as again:
        assert again.entries.count() == before + 1


def test_changes_are_broadcast_after_done_with_their_origin(qtbot, runner, journal):
    session = open_session(runner, journal)
    seen: list[object] = []
    session.changed.connect(lambda c: seen.append(c))
    origin = object()
    with qtbot.waitSignal(session.changed, timeout=10_000):
        session.run(
            lambda j: j.catalog.ensure_symptom("Brain fog"),
            lambda _s: seen.append("done"),
            changes=Change.CATALOG,
            origin=origin,
        )
    assert seen[0] == "done"
    changes = seen[1]
    assert isinstance(changes, Changes) and changes.origin is origin
    assert Change.CATALOG in changes and Change.ENTRIES not in changes


def test_a_change_reported_elsewhere_reloads_the_entry_list(qtbot, runner, journal):
    """An import or a check-in writes entries: the list reloads from the broadcast,
    with nobody reaching into it."""
    session = open_session(runner, journal)
    model = EntryListModel(session)
    with qtbot.waitSignal(model.first_page_loaded, timeout=10_000):
        model.start()
    before = model.rowCount()
    with qtbot.waitSignal(model.first_page_loaded, timeout=10_000):
        session.run(
            lambda j: j.entries.add(Entry("note", dt.date.today(), title="new")),
            changes=Change.ENTRIES,
            origin="an import",
        )
    assert model.rowCount() == before + 1
    assert model.index(0).data() and "new" in model.index(0).data()
    with qtbot.waitSignal(model.modelReset, timeout=10_000):
        session.lock()  # and it empties itself on a lock
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_the_owner_s_own_change_does_not_reload_its_list(qtbot, runner, journal):
    """The journal page shows its own saves itself (keeping the selection)."""
    from PySide6.QtCore import QObject

    session = open_session(runner, journal)
    owner = QObject()
    model = EntryListModel(session, owner)
    with qtbot.waitSignal(model.first_page_loaded, timeout=10_000):
        model.start()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(session.changed, timeout=10_000):
        session.run(
            lambda j: j.entries.add(Entry("note", dt.date.today(), title="mine")),
            changes=Change.ENTRIES,
            origin=owner,
        )
    assert resets == []


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen dialogs
def test_dialogs_close_themselves_when_the_journal_starts_to_lock(qtbot, runner, journal):
    """A dialog showing journal content, and any dialog it opened over itself, close on
    ``locking``; a dialog already gone is simply forgotten."""
    from ui.giveback.question_dialog import QuestionDialog

    session = open_session(runner, journal)
    question = QuestionDialog(session)
    qtbot.addWidget(question)
    question.open()
    other = QDialog()
    qtbot.addWidget(other)
    session.close_on_lock(other)
    chooser = QFileDialog(other)  # opened from it
    other.open()
    chooser.open()
    gone = QDialog()
    session.close_on_lock(gone)
    gone.deleteLater()
    qtbot.waitUntil(lambda: question.isVisible() and chooser.isVisible())
    with qtbot.waitSignals([question.finished, other.finished, chooser.finished], timeout=5_000):
        session.lock()
    assert not question.isVisible() and not other.isVisible() and not chooser.isVisible()


def test_work_without_a_journal_follows_the_same_rules(qtbot, runner):
    session = Session(runner)
    got: list[int] = []
    gate = _hold(runner)
    session.work(lambda: 1, got.append, key="open")
    session.work(lambda: 2, got.append, key="open")
    gate.set()
    qtbot.waitUntil(runner.is_idle, timeout=10_000)
    assert got == [2]
    assert not session.run(lambda j: 3, got.append)  # no journal open: nothing runs
