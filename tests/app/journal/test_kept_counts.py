"""The sidebar's counts kept by triggers (schema v8, issue 19) always equal a count of
the journal itself: after any mix of adds, edits, deletes, undos, tag clean-ups, a
passphrase change and a migration from v7."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.journal import schema
from app.journal.journal import Journal
from app.models import ENTRY_KINDS, Entry
from tests.support.journals import PASSPHRASE, make_journal

TAGS = ("sleep", "flare", "Work", "diet")


def counted(journal: Journal) -> tuple[dict[str, int], list[tuple[str, int]]]:
    """The same figures, counted the slow way."""
    kinds = dict.fromkeys(ENTRY_KINDS, 0)
    kinds.update(journal.db.execute("SELECT kind, count(*) FROM entries GROUP BY kind"))
    tags = journal.db.execute(
        "SELECT t.name, count(*) FROM tags t JOIN entry_tags et ON et.tag_id = t.id "
        "GROUP BY t.id ORDER BY count(*) DESC, t.name"
    ).fetchall()
    return kinds, [tuple(t) for t in tags]


def kept(journal: Journal) -> tuple[dict[str, int], list[tuple[str, int]]]:
    return journal.entries.kind_counts(), journal.entries.tags()


def _entry(kind: str, tags: list[str], day: int) -> Entry:
    return Entry(kind, dt.date(2026, 1, 1) + dt.timedelta(days=day), title="t", tags=tags)


ops = st.lists(
    st.tuples(
        st.sampled_from(("add", "edit", "delete", "undo")),
        st.sampled_from(ENTRY_KINDS),
        st.lists(st.sampled_from(TAGS), unique=True, max_size=3),
        st.integers(0, 40),
    ),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=ops)
def test_counts_follow_every_change(tmp_path_factory, steps) -> None:
    path = tmp_path_factory.mktemp("j") / "j.fettle"
    with make_journal(path) as journal:
        ids: list[int] = []
        deleted: list[Entry] = []
        for op, kind, tags, n in steps:
            if op == "add" or not ids and op != "undo":
                ids.append(journal.entries.add(_entry(kind, tags, n)))
            elif op == "edit":
                entry = journal.entries.get(ids[n % len(ids)])
                entry.kind, entry.tags = kind, tags
                journal.entries.update(entry)
            elif op == "delete":
                deleted.append(journal.entries.delete(ids.pop(n % len(ids))))
            elif deleted:
                ids.append(journal.entries.restore(deleted.pop()))
            assert kept(journal) == counted(journal)


def test_counts_survive_a_passphrase_change(tmp_path: Path) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        for i in range(30):
            journal.entries.add(_entry(ENTRY_KINDS[i % 3], list(TAGS[: i % 4]), i))
        journal.entries.delete(1)
        before = kept(journal)
        journal.change_passphrase(PASSPHRASE, PASSPHRASE + " new")
        assert kept(journal) == counted(journal) == before
        journal.entries.add(_entry("note", ["sleep"], 3))
        assert kept(journal) == counted(journal)


def test_a_v7_journal_gets_its_counts_on_migration(tmp_path: Path) -> None:
    path = tmp_path / "v7.fettle"
    journal = make_journal(path, schema_version=7)
    journal.db.execute("INSERT INTO tags (name) VALUES ('sleep'), ('flare')")
    for i, kind in enumerate(("symptom", "symptom", "note", "lesson")):
        journal.db.execute(
            "INSERT INTO entries (kind, day, at, title, created_at, updated_at)"
            " VALUES (?, '2025-01-02', '2025-01-02T', 'old', 'x', 'x')",
            (kind,),
        )
        journal.db.execute("INSERT INTO entry_tags (entry_id, tag_id) VALUES (?, 1)", (i + 1,))
    journal.db.execute("INSERT INTO entry_tags (entry_id, tag_id) VALUES (3, 2)")
    journal.lock()
    with Journal.open(path, PASSPHRASE) as journal:
        assert schema.version(journal.db) == schema.LATEST
        assert kept(journal) == counted(journal)
        assert kept(journal)[0] == {"symptom": 2, "treatment": 0, "lesson": 1, "note": 1}
        assert kept(journal)[1] == [("sleep", 4), ("flare", 1)]
