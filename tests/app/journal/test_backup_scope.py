"""Backups belong to one journal: journals that share a backup folder, even two both
called ``journal.fettle``, never rotate, count, list or clean up each other's files,
and nothing Fettle did not name itself is ever deleted (issue 17, item 2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import backup
from app.journal import kdf
from app.journal.journal import Journal
from app.models import Entry
from tests.support.journals import make_journal

UTC = dt.UTC
HOME, WORK = "pass for home!", "pass for work!"
OTHER_UID = "0123456789abcdef"  # a journal id that is not any of these journals'


def _two_journals(
    tmp_path: Path, home_entries: int = 5, work_entries: int = 2
) -> tuple[Path, Path]:
    """``home/journal.fettle`` and ``work/journal.fettle``: same name, other folders."""
    paths = []
    for name, passphrase, count in (("home", HOME, home_entries), ("work", WORK, work_entries)):
        (tmp_path / name).mkdir()
        path = tmp_path / name / "journal.fettle"
        with make_journal(path, passphrase) as j:
            j.entries.add_many(
                Entry("note", dt.date(2026, 1, 1 + i), f"{name} {i}") for i in range(count)
            )
        paths.append(path)
    return paths[0], paths[1]


def test_two_journals_of_the_same_name_sharing_a_folder_keep_their_backups_cli(
    tmp_path: Path,
) -> None:
    """The reproduction from the review, through the real ``fettle`` command."""
    from tests.app.cli.test_cli import fettle

    home, work = _two_journals(tmp_path)
    with Journal.open(home, HOME) as j:
        j.settings.set("backup_keep", 3)  # the default is 10: same story, fewer processes
    shared = tmp_path / "shared"

    def run(command: str, path: Path, passphrase: str):
        proc = fettle(
            command, "--to", str(shared), "--journal", str(path), passphrases=[passphrase]
        )
        assert proc.returncode == 0, proc.stderr
        return proc

    made = run("backup", work, WORK)
    work_backup = Path(made.stdout.splitlines()[0].split(" to ", 1)[1])
    for _ in range(4):  # more than home keeps
        run("backup", home, HOME)

    assert work_backup.exists(), "home's rotation deleted work's only backup"
    work_list = run("backups", work, WORK).stdout.splitlines()
    assert len(work_list) == 1 and work_list[0].endswith(work_backup.name)
    assert "      2 entries" in work_list[0]
    home_list = run("backups", home, HOME).stdout.splitlines()
    assert len(home_list) == 3 and all("      5 entries" in line for line in home_list)
    # work's backup still restores work's journal
    done = fettle(
        "restore",
        str(work_backup),
        "--yes",
        "--to",
        str(shared),
        "--journal",
        str(work),
        passphrases=[WORK],
    )
    assert done.returncode == 0 and "Restored 2 entries" in done.stdout, done.stderr


def test_needs_backup_ignores_other_journals_backups(tmp_path: Path) -> None:
    home, work = _two_journals(tmp_path)
    shared = tmp_path / "shared"
    taken = dt.datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    with Journal.open(home, HOME) as j:
        backup.backup_now(j, shared, now=taken)
        assert not backup.needs_backup(j, folder=shared, now=taken + dt.timedelta(hours=1))
    with Journal.open(work, WORK) as j:
        # work has no backup at all: home's in the same folder must not count
        assert backup.needs_backup(j, folder=shared, now=taken + dt.timedelta(hours=1))
        backup.backup_now(j, shared, now=taken + dt.timedelta(hours=2))
        assert not backup.needs_backup(j, folder=shared, now=taken + dt.timedelta(hours=3))


def test_a_users_own_dotfiles_and_another_journals_partial_survive_a_backup(
    journal: Journal,
) -> None:
    folder = journal.path.parent / "backups"
    folder.mkdir()
    untouchable = [
        folder / ".my notes.partial-draft",  # a user's file that merely looks similar
        folder / ".journal.fettle.partial-abc123def456",
        # another journal's backup in progress, in Fettle's exact pattern
        folder / f".journal-{OTHER_UID}-20260101T000000000000Z.fettle.partial-abc123def456",
        # left by a Fettle before journals had ids: whose it was cannot be told
        folder / ".journal-20260101T000000000000Z.fettle.partial-abc123def456",
    ]
    for path in untouchable:
        path.write_bytes(b"not Fettle's to delete")
    backup.backup_now(journal)
    for path in untouchable:
        assert path.read_bytes() == b"not Fettle's to delete", path.name


def test_only_this_journals_own_partial_leftover_is_removed(journal: Journal) -> None:
    folder = journal.path.parent / "backups"
    folder.mkdir()
    uid = backup.journal_uid(journal)
    own = folder / f".journal-{uid}-20260101T000000000000Z.fettle.partial-abc123def456"
    own.write_bytes(b"half a backup")
    made = backup.backup_now(journal)
    assert not own.exists()
    assert sorted(folder.iterdir()) == [made]


def test_backup_names_carry_the_journal_id(journal: Journal) -> None:
    uid = backup.journal_uid(journal)
    made = backup.backup_now(journal)
    assert len(uid) == 16 and made.name.startswith(f"journal-{uid}-")
    assert backup.list_backups(made.parent)[0].journal_uid == uid
    # a backup is a copy of the journal: it has the same id inside
    with Journal.open_with_key(made, journal.key, read_only=True) as copy:
        assert backup.journal_uid(copy) == uid
    # a renamed journal still rotates its own backups: the id counts, not the name
    path, key = journal.path, journal.key
    journal.lock()
    renamed = path.rename(path.with_name("renamed.fettle"))
    with Journal.open_with_key(renamed, key) as again:
        for i in range(3):
            backup.backup_now(again, keep=2, now=dt.datetime(2030, 1, 1 + i, tzinfo=UTC))
    names = sorted(p.name for p in made.parent.iterdir())
    assert len(names) == 2 and all(n.startswith(f"renamed-{uid}-") for n in names)


def test_backups_named_before_journals_had_an_id_are_listed_never_deleted(journal: Journal) -> None:
    folder = journal.path.parent / "backups"
    old = backup.backup_now(journal, now=dt.datetime(2025, 1, 1, tzinfo=UTC))
    legacy = old.rename(folder / "journal-20250101T000000000000Z.fettle")
    before = folder / "journal-20250102T000000000000Z-before-restore.fettle"
    before.write_bytes(legacy.read_bytes())
    taken = dt.datetime(2026, 3, 1, tzinfo=UTC)
    assert backup.needs_backup(journal, now=taken)  # old names do not count as this one's
    for i in range(4):
        backup.backup_now(journal, keep=1, now=taken + dt.timedelta(hours=i))
    assert legacy.exists() and before.exists()
    uid = backup.journal_uid(journal)
    listed = backup.list_backups(folder, journal.key, uid=uid)
    assert [i.journal_uid for i in listed] == [uid, None, None]
    assert [i.path for i in listed[1:]] == [before, legacy]
    assert all(i.ok and i.entry_count == 0 for i in listed)


def test_listing_by_file_name_for_a_journal_that_will_not_open(tmp_path: Path) -> None:
    """The unlock screen's restore: the id is inside the unreadable file, so the
    backups named after it are listed, and no other journal's."""
    folder = tmp_path / "backups"
    for name in ("journal", "other"):
        with make_journal(tmp_path / f"{name}.fettle") as j:
            backup.backup_now(j)
    legacy = folder / "journal-20250101T000000000000Z.fettle"
    legacy.write_bytes(b"")
    listed = backup.list_backups(folder, stem="journal")
    assert len(listed) == 2 and all(i.path.name.startswith("journal-") for i in listed)
    assert len(backup.list_backups(folder)) == 3


def test_a_passphrase_change_names_only_this_journals_old_backups(tmp_path: Path) -> None:
    home, work = _two_journals(tmp_path)
    shared = tmp_path / "shared"
    with Journal.open(work, WORK) as j:
        backup.backup_now(j, shared)
    with Journal.open(home, HOME) as j:
        j.settings.set("backup_folder", str(shared))
        backup.backup_now(j)
        j.change_passphrase(HOME, "a new home passphrase", profile=kdf.FAST_TEST_PROFILE)
        note = backup.after_passphrase_change(j)
    assert note.startswith("1 older backup(s)")


@pytest.mark.parametrize("value", [None, "not an id"])
def test_a_journal_without_a_valid_id_gets_a_new_one(journal: Journal, value: str | None) -> None:
    with journal.transaction() as db:
        db.execute("DELETE FROM meta WHERE key = 'journal_uid'")
        if value is not None:
            db.execute("INSERT INTO meta (key, value) VALUES ('journal_uid', ?)", (value,))
    uid = backup.journal_uid(journal)
    assert len(uid) == 16 and backup.journal_uid(journal) == uid
    assert backup.backup_now(journal).name.startswith(f"journal-{uid}-")
