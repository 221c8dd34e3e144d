"""Warnings before cross-posting: the same passage, a light edit, an unrelated post."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.giveback import crosspost
from app.giveback.crosspost import THRESHOLD, cross_posts, jaccard, shingles, warnings
from app.models import Entry, ShareRecord
from tests.app.cli.test_cli import fettle
from tests.support.journals import PASSPHRASE, make_journal

NOW = dt.datetime(2026, 4, 1, 12, tzinfo=dt.UTC)
PASSAGE = (
    "Week 3 on amitriptyline and the morning fog is finally lifting. Taking it at "
    "eight instead of bedtime made the biggest difference for me."
)
EDITED = (
    "Week 3 on amitriptyline and the morning fog is finally lifting! Taking it at "
    "8 instead of bedtime made the biggest difference for me."
)
UNRELATED = (
    "Physio says my grip is stronger, and the putty exercises are now part of "
    "my evenings while the kettle boils."
)


def _log(text: str, destination: str = "reddit", days_ago: int = 21) -> list[ShareRecord]:
    at = (NOW - dt.timedelta(days=days_ago)).isoformat(timespec="seconds")
    return [ShareRecord(at, destination, "clipboard", f"My update\n\n{text}", (1,), 7)]


def test_the_same_passage_for_another_site_warns() -> None:
    found = warnings(f"Title\n\n{PASSAGE}", "mastodon", _log(PASSAGE), NOW)
    assert found == [
        "This passage (“Week 3 on amitriptyline and the…”) was shared on "
        "Reddit 3 weeks ago; posting it here lets readers link the two "
        "accounts."
    ]


def test_a_lightly_edited_copy_warns() -> None:
    assert THRESHOLD <= jaccard(shingles(PASSAGE), shingles(EDITED)) < 1
    [hit] = cross_posts(EDITED, "facebook_group", _log(PASSAGE))
    assert hit.destination == "reddit" and hit.similarity >= 0.8


def test_unrelated_posts_and_the_same_site_give_no_warning() -> None:
    assert warnings(UNRELATED, "mastodon", _log(PASSAGE), NOW) == []
    assert warnings(PASSAGE, "reddit", _log(PASSAGE), NOW) == []  # same site, same account
    assert warnings("Short line.", "mastodon", _log("Short line."), NOW) == []


def test_a_log_of_hundreds_of_posts_is_compared_once_per_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Exact Jaccard, no MinHash: 500 logged posts of five passages each."""
    log = [
        ShareRecord(
            NOW.isoformat(),
            "reddit",
            "clipboard",
            "\n\n".join(f"{UNRELATED} Post {i} paragraph {k}." for k in range(5)),
            (),
            i,
        )
        for i in range(500)
    ]
    pairs = []
    real = crosspost.jaccard

    def counted(a: frozenset[str], b: frozenset[str]) -> float:
        pairs.append((a, b))
        return real(a, b)

    monkeypatch.setattr(crosspost, "jaccard", counted)
    assert warnings(PASSAGE + "\n\n" + EDITED, "mastodon", log, NOW) == []
    # each of the new post's passages against each logged passage at most once: linear
    # in the log (no wall-clock limit in the test run)
    assert len(pairs) <= 2 * 500 * 5


def test_fettle_share_warns_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as j:
        entry = j.entries.add(Entry("note", dt.date(2026, 3, 2), "Update", PASSAGE))
        other = j.entries.add(Entry("note", dt.date(2026, 3, 3), "Hands", UNRELATED))
    args = ("--journal", str(path))
    first = fettle(
        "share", str(entry), "--format", "reddit", "--log", *args, passphrases=[PASSPHRASE]
    )
    assert first.returncode == 0 and "shared on" not in first.stderr
    again = fettle("share", str(entry), "--format", "mastodon", *args, passphrases=[PASSPHRASE])
    assert (
        "was shared on Reddit today; posting it here lets readers link the two accounts"
        in again.stderr
    )
    assert (
        "shared on"
        not in fettle(
            "share", str(other), "--format", "mastodon", *args, passphrases=[PASSPHRASE]
        ).stderr
    )
