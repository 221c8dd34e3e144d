"""Schema migrations from every earlier version, each in one transaction."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.errors import JournalCorrupt
from app.journal import schema
from app.journal.journal import Journal
from app.models import Entry, SymptomReading
from tests.support.journals import PASSPHRASE, make_journal


@pytest.mark.parametrize("start", range(1, schema.LATEST))  # v1 is the first that shipped
def test_migrates_from_every_earlier_version(start: int, tmp_path: Path) -> None:
    path = tmp_path / f"v{start}.fettle"
    j = make_journal(path, schema_version=start)
    assert schema.version(j.db) == start
    # data written through plain SQL of that era
    j.db.execute("INSERT INTO symptoms (name) VALUES ('Headache')")
    j.db.execute(
        "INSERT INTO entries (kind, day, at, title, body, created_at, updated_at)"
        " VALUES ('symptom', '2025-01-02', '2025-01-02T', 'Old entry', "
        "'migrated body text', 'x', 'x')"
    )
    j.db.execute("INSERT INTO symptom_readings (entry_id, symptom_id, severity) VALUES (1, 1, 6)")
    j.lock()

    with Journal.open(path, PASSPHRASE) as j:
        assert schema.version(j.db) == schema.LATEST
        assert j.check() == []
        old = j.entries.get(1)
        assert (old.title, old.readings[0].severity) == ("Old entry", 6)
        assert [h.row.id for h in j.search("migrated")] == [1]
        # everything of the latest schema works
        symptom = j.catalog.ensure_symptom("Fatigue")
        new_id = j.entries.add(
            Entry("symptom", dt.date(2026, 1, 1), "new", readings=[SymptomReading(symptom.id, 3)])
        )
        j.shares.record("mastodon", "clipboard", "text", [new_id])
        assert len(j.shares.all()) == 1


def _uid(j: Journal) -> str | None:
    row = j.db.execute("SELECT value FROM meta WHERE key = 'journal_uid'").fetchone()
    return row[0] if row else None


@pytest.mark.parametrize("start", range(1, 3))  # every version before journals had an id
def test_every_journal_gets_its_own_id_for_its_backups(start: int, tmp_path: Path) -> None:
    """Backups are named with it, so journals sharing a backup folder keep apart."""
    uids = []
    for name in ("home", "work"):
        path = tmp_path / name / "journal.fettle"
        path.parent.mkdir()
        with make_journal(path, schema_version=start) as j:
            assert _uid(j) is None
        with Journal.open(path, PASSPHRASE) as j:  # the first open migrates
            uid = _uid(j)
            assert uid is not None and re.fullmatch(r"[0-9a-f]{16}", uid)
            uids.append(uid)
        with Journal.open(path, PASSPHRASE) as j:
            assert _uid(j) == uid  # and keeps it
    with make_journal(tmp_path / "new.fettle") as j:
        uids.append(_uid(j))  # a new journal has one from the start
    assert len(set(uids)) == 3


def test_a_failing_migration_leaves_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v1.fettle"
    make_journal(path, schema_version=1).lock()
    broken = schema.MIGRATIONS[1] + "\nCREATE TABLE entries (x);"  # fails at the very end
    monkeypatch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], broken])
    with pytest.raises(JournalCorrupt):
        Journal.open(path, PASSPHRASE)
    monkeypatch.undo()
    j = Journal.open(path, PASSPHRASE, migrate=False)
    try:
        assert schema.version(j.db) == 1
        tables = {r[0] for r in j.db.execute("SELECT name FROM sqlite_master")}
        assert "shares" not in tables  # the half-run migration was rolled back
    finally:
        j.lock()
    with Journal.open(path, PASSPHRASE) as j:
        assert schema.version(j.db) == schema.LATEST


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    from app.errors import JournalTooNew

    path = tmp_path / "future.fettle"
    with make_journal(path) as j:
        j.db.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    before = path.read_bytes()
    with pytest.raises(JournalTooNew):
        Journal.open(path, PASSPHRASE)
    assert path.read_bytes() == before


def test_v4_adds_factors_drafts_and_washin_keeping_treatments(tmp_path) -> None:
    path = tmp_path / "v3.fettle"
    make_journal(path, schema_version=3).lock()
    with Journal.open(path, PASSPHRASE, migrate=False) as j:
        j.db.execute(
            "INSERT INTO treatments (name, dose_amount, dose_unit) VALUES "
            "('Methotrexate', 20, 'mg')"
        )
    with Journal.open(path, PASSPHRASE) as j:
        assert schema.version(j.db) >= 4  # and later ones
        row = j.db.execute("SELECT name, dose_amount, washin_days FROM treatments").fetchone()
        assert tuple(row) == ("Methotrexate", 20.0, None)
        j.db.execute("INSERT INTO factors (name, kind, unit) VALUES ('Sleep', 'number', 'h')")
        j.db.execute("INSERT INTO factor_values VALUES (1, '2026-03-01', 7.5)")
        with pytest.raises(Exception):  # noqa: B017 - sqlcipher3's IntegrityError
            j.db.execute("INSERT INTO factor_values VALUES (1, 'March 1', 7.5)")
        j.db.execute("INSERT INTO drafts VALUES ('quick_log', '{}', '2026-03-01T10:00')")
        assert j.db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1


@pytest.mark.parametrize("start", range(1, 5))
def test_v5_gives_every_record_that_travels_a_global_id(start: int, tmp_path) -> None:
    """Sync (app/sync) needs ids that cannot collide across devices: existing rows get
    one from the migration, new rows from a trigger, so no store has to remember."""
    path = tmp_path / f"v{start}.fettle"
    with make_journal(path, schema_version=start) as j:
        j.db.execute("INSERT INTO symptoms (name) VALUES ('Headache'), ('Nausea')")
        j.db.execute(
            "INSERT INTO entries (kind, day, at, created_at, updated_at) "
            "VALUES ('note', '2025-01-02', '2025-01-02T', 'x', 'x')"
        )
    with Journal.open(path, PASSPHRASE) as j:
        assert schema.version(j.db) == schema.LATEST
        old = [r[0] for r in j.db.execute("SELECT uid FROM symptoms ORDER BY id")]
        assert all(re.fullmatch(r"[0-9a-f]{32}", u) for u in old) and len(set(old)) == 2
        fatigue = j.catalog.ensure_symptom("Fatigue")
        j.entries.add(Entry("note", dt.date(2026, 1, 1), "new"))
        new = j.db.execute("SELECT uid FROM symptoms WHERE id = ?", (fatigue.id,)).fetchone()[0]
        assert re.fullmatch(r"[0-9a-f]{32}", new) and new not in old
        uids = [r[0] for r in j.db.execute("SELECT uid FROM entries")]
        assert len(set(uids)) == 2 and None not in uids
        assert j.db.execute("SELECT count(*) FROM sync_records").fetchone()[0] == 0
        assert j.check() == []


@pytest.mark.parametrize("start", range(2, 6))
def test_v6_gives_appointments_and_shares_a_global_id(start: int, tmp_path) -> None:
    """Appointments and (if the user opts in) the share log travel since v6."""
    path = tmp_path / f"v{start}.fettle"
    with make_journal(path, schema_version=start) as j:
        j.db.execute(
            "INSERT INTO appointments (day, created_at) VALUES ('2025-01-02', 'x'), "
            "('2025-02-03', 'x')"
        )
        j.db.execute(
            "INSERT INTO shares (shared_at, destination, method, final_text) "
            "VALUES ('x', 'plain', 'file', 'posted')"
        )
    with Journal.open(path, PASSPHRASE) as j:
        assert schema.version(j.db) == schema.LATEST
        old = [r[0] for r in j.db.execute("SELECT uid FROM appointments ORDER BY id")]
        assert all(re.fullmatch(r"[0-9a-f]{32}", u) for u in old) and len(set(old)) == 2
        j.db.execute("INSERT INTO appointments (day, created_at) VALUES ('2025-03-04', 'x')")
        j.shares.record("plain", "file", "again", [])
        for table in ("appointments", "shares"):
            uids = [r[0] for r in j.db.execute(f"SELECT uid FROM {table}")]
            assert None not in uids and len(set(uids)) == len(uids) >= 2
        assert j.check() == []
