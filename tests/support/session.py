"""A ``Session`` around a journal a test opened itself (``ui.session``)."""

from __future__ import annotations

from app.journal.journal import Journal
from ui.session import Session
from ui.task_runner import TaskRunner


def open_session(runner: TaskRunner, journal: Journal | None) -> Session:
    """A session on ``runner`` holding ``journal`` (if any) as the open one."""
    session = Session(runner)
    if journal is not None:
        session.open(journal)
    return session
