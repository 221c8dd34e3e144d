"""A deleted entry's text does not live on in sync records: once the delete has
reached every device and the folder is compacted, its words are in no table of
either journal (sync tables included) and in no file of the folder, even decrypted
with the sync key."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from app.journal import kdf
from app.models import Entry
from app.sync import compaction, conflicts, engine, log
from tests.support.journals import PASSPHRASE, make_journal
from tests.support.leakscan import find_leaks

CANARY = "Quorvatil canary 5582"
# The search index's deleted words are purged by the journal itself (issue 19's
# queue, tested there), not by sync.
SEARCH_INDEX = ("entries_fts", "fts_pending")


def _sync_all(journals, folder: Path, rounds: int = 2) -> None:
    """Both devices sync through one folder (a file-sync tool that has caught up,
    removals included)."""
    for _ in range(rounds):
        for journal in journals:
            engine.sync_now(journal, folder)


def _tables_holding(journal, secret: str) -> list[str]:
    found = []
    for (name,) in journal.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
    ).fetchall():
        if name.startswith(SEARCH_INDEX):
            continue
        for row in journal.db.execute(f'SELECT * FROM "{name}"'):
            for value in row:
                data = bytes(value) if isinstance(value, bytes | memoryview) else str(value)
                if isinstance(data, bytes):
                    data = data.decode("utf-8", "replace")
                if secret.lower() in data.lower():
                    found.append(name)
    return found


def _decrypted_files_holding(folder: Path, key: bytes, secret: str) -> list[str]:
    found = []
    for path in (folder / "devices").rglob("*"):
        if path.is_file() and not path.name.startswith("."):
            body = json.dumps(log.decode(key, path.read_bytes()).body, ensure_ascii=False)
            if secret.lower() in body.lower():
                found.append(str(path.relative_to(folder)))
    return found


def test_a_deleted_entrys_text_is_gone_from_journals_and_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compaction, "SNAPSHOT_EVERY", 1)
    folder = tmp_path / "Sync"
    folder.mkdir()
    j0 = make_journal(tmp_path / "laptop.fettle")
    engine.set_up(j0, folder, PASSPHRASE)
    j1, _report = engine.join(
        folder, tmp_path / "desktop.fettle", PASSPHRASE, profile=kdf.FAST_TEST_PROFILE
    )
    journals = (j0, j1)
    try:
        e0 = j0.entries.add(
            Entry("note", dt.date(2026, 5, 1), f"Seen by {CANARY}", f"{CANARY}\nsecond\n")
        )
        _sync_all(journals, folder)
        e1 = j1.db.execute("SELECT id FROM entries").fetchone()[0]
        # both change the second line: a text conflict keeps the other version whole
        for journal, eid, line in ((j0, e0, "mine"), (j1, e1, "theirs")):
            entry = journal.entries.get(eid)
            body = f"{CANARY}\n{line} {CANARY}\n"
            journal.entries.update(dataclasses.replace(entry, body=body))
        _sync_all(journals, folder)
        assert conflicts.open_conflicts(j0) and conflicts.open_conflicts(j1)
        assert "sync_conflicts" in _tables_holding(j1, CANARY)  # what the test looks for
        key = bytes.fromhex(
            j0.db.execute("SELECT value FROM meta WHERE key = 'sync.key'").fetchone()[0]
        )
        assert _decrypted_files_holding(folder, key, CANARY)
        j0.entries.delete(e0)
        _sync_all(journals, folder, rounds=3)
        for journal in journals:
            assert journal.entries.count() == 0
            assert _tables_holding(journal, CANARY) == []
            assert conflicts.open_conflicts(journal) == []
        assert list(folder.rglob("*.snap"))  # compaction did run
        assert _decrypted_files_holding(folder, key, CANARY) == []
        assert find_leaks([folder], CANARY) == []
    finally:
        for journal in journals:
            journal.lock()


def test_tombstones_from_before_lose_their_text_at_the_next_sync(tmp_path: Path) -> None:
    """A journal that synced before tombstones were kept bare: its old tombstones (and
    their conflicts' kept versions) lose the text at its next sync."""
    folder = tmp_path / "Sync"
    folder.mkdir()
    j = make_journal(tmp_path / "old.fettle")
    try:
        engine.set_up(j, folder, PASSPHRASE)
        eid = j.entries.add(Entry("note", dt.date(2026, 5, 1), "Old", f"{CANARY}\n"))
        engine.sync_now(j)
        j.entries.delete(eid)
        engine.sync_now(j)
        with j.transaction() as db:  # as an earlier version left it
            [(key, doc)] = db.execute("SELECT key, doc FROM sync_records WHERE deleted = 1")
            db.execute(
                "UPDATE sync_records SET doc = ? WHERE key = ?",
                (json.dumps({"body": f"{CANARY}\n", "title": "Old"}), key),
            )
            db.execute(
                "INSERT INTO sync_conflicts (record, kind, reason, other_doc, created_at) "
                "VALUES (?, 'entries', 'text', ?, '2026-01-01')",
                (key, json.dumps({"body": CANARY})),
            )
            db.execute("DELETE FROM meta WHERE key = 'sync.bare_tombstones'")
        assert doc == "{}" and "sync_records" in _tables_holding(j, CANARY)
        engine.sync_now(j)
        assert _tables_holding(j, CANARY) == []
        assert engine.sync_now(j).sent == 0  # nothing to tell the others
    finally:
        j.lock()
