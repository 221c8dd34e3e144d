"""Topics travel with the profile: ``fettle profile import`` and the Fettle JSON import
bring them in (added, never dropped), as the export already writes them. Real
processes on real journal files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.journal.journal import Journal
from app.models import Entry
from app.profile import PrivacyProfile, ProfileTerm
from tests.app.cli.test_cli import assert_clean_failure, fettle
from tests.support.journals import PASSPHRASE, make_journal


@pytest.fixture
def journal(tmp_path: Path) -> str:
    path = tmp_path / "j.fettle"
    with make_journal(path) as j:
        j.profile.set(PrivacyProfile.of([ProfileTerm("place", "Harrogate")]))
        j.profile.set_topics(["HIV"])
    return str(path)


def topics(journal: str) -> tuple[str, ...]:
    with Journal.open(journal, PASSPHRASE) as j:
        return j.profile.get().topics


def profile_cmd(journal: str, *args: str, stdin: str | None = None):
    return fettle("profile", *args, "--journal", journal, passphrases=[PASSPHRASE], stdin=stdin)


def test_export_and_import_carry_topics(journal: str, tmp_path: Path) -> None:
    target = tmp_path / "profile.json"
    assert profile_cmd(journal, "add", "topic", "my divorce").returncode == 0
    assert profile_cmd(journal, "export", "-o", str(target)).returncode == 0
    assert json.loads(target.read_text())["profile"]["topics"] == ["HIV", "my divorce"]
    other = tmp_path / "other.fettle"
    with make_journal(other) as j:
        j.profile.set_topics(["sertraline", "hiv"])
    proc = profile_cmd(str(other), "import", str(target))
    assert proc.returncode == 0, proc.stderr
    assert "Added 1 topic;" in proc.stdout
    assert topics(str(other)) == ("sertraline", "hiv", "my divorce")  # 'HIV' is there
    proc = profile_cmd(str(other), "import", str(target), "--replace")
    assert proc.returncode == 0, proc.stderr
    assert topics(str(other)) == ("HIV", "my divorce")


def test_a_file_of_topics_alone_is_a_profile_and_one_without_keeps_them(journal: str) -> None:
    proc = profile_cmd(journal, "import", "-", stdin=json.dumps({"topics": ["IVF"]}))
    assert proc.returncode == 0, proc.stderr
    assert topics(journal) == ("HIV", "IVF")
    proc = profile_cmd(
        journal,
        "import",
        "-",
        "--replace",
        stdin=json.dumps({"terms": [{"kind": "person", "text": "Sam"}]}),
    )
    assert proc.returncode == 0, proc.stderr
    assert topics(journal) == ("HIV", "IVF")  # nothing said about topics: none dropped


def test_a_bad_topic_changes_nothing(journal: str) -> None:
    assert_clean_failure(
        profile_cmd(journal, "import", "-", stdin=json.dumps({"topics": ["ok", 5]})), "topic"
    )
    assert topics(journal) == ("HIV",)


def test_fettle_json_import_adds_the_files_topics(journal: str, tmp_path: Path) -> None:
    with Journal.open(journal, PASSPHRASE) as j:
        j.entries.add(Entry("note", dt.date(2024, 3, 1), "", "Tired."))
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps(
            {
                "format": "fettle-journal",
                "version": 1,
                "profile": {
                    "region": "GB",
                    "terms": [{"kind": "person", "text": "Aoife Byrne", "role": ""}],
                    "topics": ["hiv", "Methadone"],
                },
            }
        ),
        encoding="utf-8",
    )
    proc = fettle(
        "import",
        str(path),
        "--format",
        "fettle-json",
        "--journal",
        journal,
        passphrases=[PASSPHRASE],
    )
    assert proc.returncode == 0, proc.stderr
    assert "2 private topics" in proc.stdout
    assert topics(journal) == ("HIV", "Methadone")


def test_fettle_json_round_trip_keeps_topics(tmp_path: Path) -> None:
    """Whole journal out and into a new one: the topics come back."""
    source = tmp_path / "a.fettle"
    with make_journal(source) as j:
        j.entries.add(Entry("note", dt.date(2024, 3, 1), "", "Tired."))
        j.profile.set_topics(["HIV", "my divorce"])
    out = tmp_path / "all.json"
    proc = fettle(
        "export", "--json", "-o", str(out), "--journal", str(source), passphrases=[PASSPHRASE]
    )
    assert proc.returncode == 0, proc.stderr
    target = tmp_path / "b.fettle"
    make_journal(target).lock()
    proc = fettle(
        "import",
        str(out),
        "--format",
        "fettle-json",
        "--journal",
        str(target),
        passphrases=[PASSPHRASE],
    )
    assert proc.returncode == 0, proc.stderr
    assert topics(str(target)) == ("HIV", "my divorce")


def test_fettle_import_applies_a_file_of_topics_alone(journal: str, tmp_path: Path) -> None:
    """No entries and no terms: the topics are still an import, not 'nothing to do'."""
    path = tmp_path / "topics.json"
    path.write_text(
        json.dumps({"format": "fettle-journal", "version": 1, "profile": {"topics": ["IVF"]}}),
        encoding="utf-8",
    )
    proc = fettle(
        "import",
        str(path),
        "--format",
        "fettle-json",
        "--journal",
        journal,
        passphrases=[PASSPHRASE],
    )
    assert proc.returncode == 0, proc.stderr
    assert "Added its 1 private topic." in proc.stdout
    assert topics(journal) == ("HIV", "IVF")
