"""Small traps in a shared post (issue 18, item 6): two entries of one day are not both
headed "Day 1", and ``fettle share`` ends the post with a newline so the summary on
stderr never runs into its last sentence."""

from __future__ import annotations

import datetime as dt

from app.models import Entry
from app.profile import PrivacyProfile
from app.share import ShareDraft
from tests.app.cli.test_share_cli import share
from tests.support.journals import make_journal

DAY = dt.date(2026, 5, 1)


def test_a_second_entry_of_the_same_day_is_headed_later_that_day() -> None:
    entries = [
        Entry("note", DAY, "Morning", "Woke stiff.", id=1),
        Entry("note", DAY, "", "Evening was better.", id=2),
        Entry("note", DAY + dt.timedelta(days=7), "", "Next week.", id=3),
    ]
    text = ShareDraft(entries, PrivacyProfile.of([])).render().text
    assert text.count("Day 1") == 1
    assert "Day 1 — Morning\n\nWoke stiff.\n\nLater the same day\n\nEvening was better." in text
    assert "Week 2\n\nNext week." in text


def test_fettle_share_ends_the_post_with_a_newline(tmp_path) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        ids = [journal.entries.add(Entry("note", DAY, "", "Slept badly, no full stop"))]
    proc = share(str(path), str(ids[0]))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.endswith("no full stop\n")
