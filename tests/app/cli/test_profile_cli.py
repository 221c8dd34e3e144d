"""``fettle profile`` and profile-only imports, run as a user runs them: real processes
on real journal files."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from app.journal.journal import Journal
from app.models import Entry
from app.profile import PrivacyProfile, ProfileTerm
from tests.app.cli.test_cli import assert_clean_failure, fettle
from tests.support.journals import PASSPHRASE, make_journal

START = PrivacyProfile.of(
    [ProfileTerm("person", "Sarah Okafor", "my sister"), ProfileTerm("place", "Harrogate")],
    region="GB",
)


@pytest.fixture
def journal(tmp_path: Path) -> str:
    path = tmp_path / "j.fettle"
    with make_journal(path) as j:
        j.profile.set(START)
    return str(path)


def profile_cmd(journal: str, *args: str, stdin: str | None = None):
    return fettle("profile", *args, "--journal", journal, passphrases=[PASSPHRASE], stdin=stdin)


def stored(journal: str) -> PrivacyProfile:
    with Journal.open(journal, PASSPHRASE) as j:
        return j.profile.get()


def texts(profile: PrivacyProfile) -> set[tuple[str, str]]:
    return {(t.kind, t.text) for t in profile.terms}


def test_show_lists_every_term_by_kind_with_its_role(journal: str) -> None:
    proc = profile_cmd(journal)
    assert proc.returncode == 0, proc.stderr
    assert "Region: GB" in proc.stdout
    assert "person    Sarah Okafor  (my sister)" in proc.stdout
    assert "place     Harrogate" in proc.stdout
    as_json = json.loads(profile_cmd(journal, "show", "--json").stdout)
    assert as_json["profile"]["terms"][0] == {
        "kind": "person",
        "text": "Sarah Okafor",
        "role": "my sister",
    }


def test_add_from_arguments_and_from_stdin(journal: str) -> None:
    proc = profile_cmd(journal, "add", "employer", "Brightwell Logistics", "--role", "work")
    assert proc.returncode == 0, proc.stderr
    # "-": the terms come one a line on stdin and never show in the process list;
    # blank lines, repeats and a term already there (in another case) add nothing
    proc = profile_cmd(
        journal, "add", "places", "-", stdin="Leeds\n\n  St  James's \nLeeds\nharrogate\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert "Added 2 place terms" in proc.stdout
    profile = stored(journal)
    assert texts(profile) == {
        ("person", "Sarah Okafor"),
        ("place", "Harrogate"),
        ("employer", "Brightwell Logistics"),
        ("place", "Leeds"),
        ("place", "St James's"),
    }
    assert ProfileTerm("employer", "Brightwell Logistics", "work") in profile.terms


def test_remove_is_all_or_nothing(journal: str) -> None:
    proc = profile_cmd(journal, "remove", "place", "Harrogate", "Ripon")
    assert_clean_failure(proc, "not in the profile")
    assert texts(stored(journal)) == texts(START)
    proc = profile_cmd(journal, "remove", "person", "-", stdin="sarah okafor\n")
    assert proc.returncode == 0, proc.stderr
    assert texts(stored(journal)) == {("place", "Harrogate")}


def test_region(journal: str) -> None:
    assert profile_cmd(journal, "region", "ie").returncode == 0
    assert stored(journal).region == "IE"
    assert_clean_failure(profile_cmd(journal, "region", "Ireland"), "two-letter")
    assert stored(journal).region == "IE"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("add", "planet", "Mars"), "unknown kind"),
        (("add", "person"), "usage"),
        (("remove", "place", "Harrogate", "--role", "x"), "--role is for"),
        (("export", "--replace"), "--replace is for"),
        (("region",), "usage"),
    ],
)
def test_usage_errors_change_nothing(journal: str, args: tuple[str, ...], words: str) -> None:
    assert_clean_failure(profile_cmd(journal, *args), words)
    assert stored(journal) == START


def test_stdin_cannot_carry_the_passphrase_and_the_terms(journal: str) -> None:
    proc = fettle(
        "profile",
        "add",
        "person",
        "-",
        "--journal",
        journal,
        "--passphrase-fd",
        "0",
        stdin=PASSPHRASE + "\nSam\n",
    )
    assert_clean_failure(proc, "cannot carry both")
    assert stored(journal) == START


def test_export_then_import_elsewhere(journal: str, tmp_path: Path) -> None:
    target = tmp_path / "profile.json"
    proc = profile_cmd(journal, "export", "-o", str(target))
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert_clean_failure(profile_cmd(journal, "export", "-o", str(target)), "already exists")
    other = tmp_path / "other.fettle"
    with make_journal(other) as j:
        j.profile.set(PrivacyProfile.of([ProfileTerm("self", "Priya")], region="IN"))
    proc = profile_cmd(str(other), "import", str(target))
    assert proc.returncode == 0, proc.stderr
    merged = stored(str(other))
    assert texts(merged) == texts(START) | {("self", "Priya")}
    assert merged.region == "IN"  # adding terms does not move the user
    proc = profile_cmd(str(other), "import", "-", "--replace", stdin=target.read_text())
    assert proc.returncode == 0, proc.stderr
    assert stored(str(other)) == START


def test_import_reads_the_eval_records_profile(journal: str) -> None:
    record_profile = {
        "self": [],
        "people": ["Tomasz Nowak"],
        "places": ["Cardiff"],
        "employers": [],
        "other": ["spoonie_jess"],
        "region": "GB",
    }
    proc = profile_cmd(journal, "import", "-", stdin=json.dumps(record_profile))
    assert proc.returncode == 0, proc.stderr
    assert {("person", "Tomasz Nowak"), ("place", "Cardiff"), ("other", "spoonie_jess")} <= texts(
        stored(journal)
    )


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ("{not json", "json"),
        ('{"terms": [{"kind": "planet", "text": "Mars"}]}', "kind"),
        ('{"terms": [{"kind": "person", "text": 5}]}', "text"),
        ('{"format": "fettle-journal", "version": 99, "profile": {}}', "known version"),
        ('{"colour": "blue"}', "no profile terms"),
    ],
)
def test_a_bad_profile_file_changes_nothing(journal: str, document: str, words: str) -> None:
    assert_clean_failure(profile_cmd(journal, "import", "-", stdin=document), words)
    assert stored(journal) == START


# -- fettle import of a file that holds only a profile --------------------------------


def _profile_only(tmp_path: Path) -> Path:
    path = tmp_path / "only-profile.json"
    path.write_text(
        json.dumps(
            {
                "format": "fettle-journal",
                "version": 1,
                "profile": {
                    "region": "IE",
                    "display_name": "",
                    "terms": [
                        {"kind": "person", "text": "Aoife Byrne", "role": "my sister"},
                        {"kind": "place", "text": "Tralee", "role": ""},
                    ],
                },
            }
        ),
        encoding="utf-8",
    )
    return path


def test_fettle_import_applies_a_profile_only_file(journal: str, tmp_path: Path) -> None:
    with Journal.open(journal, PASSPHRASE) as j:
        j.entries.add(Entry("note", dt.date(2024, 3, 1), "", "Tired."))
    proc = fettle(
        "import",
        str(_profile_only(tmp_path)),
        "--format",
        "fettle-json",
        "--journal",
        journal,
        passphrases=[PASSPHRASE],
    )
    assert proc.returncode == 0, proc.stderr
    assert "privacy profile of 2 terms" in proc.stdout and "Added the file's 2" in proc.stdout
    profile = stored(journal)
    assert texts(profile) == texts(START) | {("person", "Aoife Byrne"), ("place", "Tralee")}
    assert ProfileTerm("person", "Aoife Byrne", "my sister") in profile.terms
    assert profile.region == "GB"  # a journal with data keeps its region


def test_a_profile_only_file_into_a_new_journal_keeps_terms_already_there(
    journal: str, tmp_path: Path
) -> None:
    """A new journal (no entries) takes the file's region, but the terms the user has
    already typed stay: dropping one would let it into the next post."""
    proc = fettle(
        "import",
        str(_profile_only(tmp_path)),
        "--format",
        "fettle-json",
        "--journal",
        journal,
        passphrases=[PASSPHRASE],
    )
    assert proc.returncode == 0, proc.stderr
    profile = stored(journal)
    assert texts(profile) == texts(START) | {("person", "Aoife Byrne"), ("place", "Tralee")}
    assert profile.region == "IE"


def test_dry_run_says_the_file_holds_a_profile(journal: str, tmp_path: Path) -> None:
    proc = fettle(
        "import",
        str(_profile_only(tmp_path)),
        "--format",
        "fettle-json",
        "--dry-run",
        "--journal",
        journal,
    )
    assert proc.returncode == 0, proc.stderr
    assert "no entries" in proc.stdout and "privacy profile of 2 terms" in proc.stdout
    assert stored(journal) == START
