"""``fettle share`` run as a user runs it: a real process on a real journal file."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from app.journal.journal import Journal
from app.models import Entry
from app.profile import PrivacyProfile, ProfileTerm
from tests.app.cli.test_cli import assert_clean_failure, fettle
from tests.support.journals import PASSPHRASE, make_journal

PROFILE = PrivacyProfile.of(
    [ProfileTerm("person", "Sarah Okafor", "my sister"), ProfileTerm("place", "Harrogate")]
)


@pytest.fixture
def shared(tmp_path: Path) -> tuple[str, list[int]]:
    path = tmp_path / "share.fettle"
    with make_journal(path) as journal:
        journal.profile.set(PROFILE)
        ids = [
            journal.entries.add(
                Entry(
                    "note",
                    dt.date(2026, 5, 1),
                    "Long day",
                    "Sarah Okafor took me to the clinic in Harrogate.",
                )
            ),
            journal.entries.add(
                Entry("note", dt.date(2026, 5, 15), "", "Rang 07700 900123 about the results.")
            ),
        ]
    return str(path), ids


def share(journal: str, *args: str):
    return fettle("share", *args, "--journal", journal, passphrases=[PASSPHRASE])


def log_of(journal: str):
    with Journal.open(journal, PASSPHRASE) as j:
        return j.shares.all()


def test_prints_a_redacted_draft_and_records_nothing(shared) -> None:
    journal, ids = shared
    proc = share(journal, *map(str, reversed(ids)), "--format", "mastodon")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Okafor" not in out and "Harrogate" not in out and "07700" not in out
    assert "My sister took me to the clinic in [place]." in out
    assert out.index("Day 1") < out.index("Week 3")  # oldest first, dates relative
    assert "1 name" in proc.stderr and "Not recorded" in proc.stderr
    assert log_of(journal) == []


def test_log_and_output_file(shared, tmp_path: Path) -> None:
    journal, ids = shared
    target = tmp_path / "post.md"
    proc = share(
        journal, str(ids[0]), "--format", "reddit", "-o", str(target), "--log", "--names", "label"
    )
    assert proc.returncode == 0, proc.stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith("Long day\n\nDay 1\n\n[name] took me")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    [record] = log_of(journal)
    assert record.destination == "reddit" and record.method == "file"
    assert record.final_text == text and record.entry_ids == (ids[0],)
    again = share(journal, str(ids[0]), "-o", str(target))
    assert_clean_failure(again, "already exists")


def test_bad_id_and_bad_format_fail_cleanly(shared) -> None:
    journal, ids = shared
    assert_clean_failure(share(journal, str(ids[0]), "999"), "no entry 999")
    assert_clean_failure(share(journal, str(ids[0]), "--format", "myspace"), "invalid choice")
    assert_clean_failure(share(journal, "first"), "invalid int value")
    assert log_of(journal) == []
