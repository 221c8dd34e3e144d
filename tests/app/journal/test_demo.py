"""The demo journal holds what the issue promises: about a year of realistic data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.demo import create_demo_journal
from app.journal.journal import Journal
from app.models import EntryFilter


def test_demo_journal_contents(tmp_path: Path) -> None:
    path, passphrase = create_demo_journal(tmp_path)
    with Journal.open(path, passphrase) as j:
        rows = []
        page = j.entries.page(limit=500)
        rows.extend(page.rows)
        days = {r.day for r in rows}
        assert max(days) - min(days) >= dt.timedelta(days=330)
        for kind in ("symptom", "treatment", "lesson", "note"):
            assert j.entries.count(EntryFilter(kinds=(kind,))) >= 3, kind
        assert len(j.catalog.symptoms()) >= 5
        treatments = {t.name: t for t in j.catalog.treatments()}
        assert any(len(t.dose_changes) >= 2 for t in treatments.values())
        assert any(t.stop_day is not None for t in treatments.values())
        assert len(j.catalog.conditions()) >= 2
        assert len(j.entries.tags()) >= 8
        profile = j.profile.get()
        assert profile.self_names and profile.people and profile.places
        words = [len(j.entries.get(r.id).body.split()) for r in rows[:50]]
        assert 60 <= sum(words) / len(words) <= 100
        assert j.check() == []


def test_demo_is_reproducible(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, pw = create_demo_journal(tmp_path / "a")
    b, _ = create_demo_journal(tmp_path / "b")
    with Journal.open(a, pw) as ja, Journal.open(b, pw) as jb:
        assert [r.title for r in ja.entries.page().rows] == [
            r.title for r in jb.entries.page().rows
        ]
