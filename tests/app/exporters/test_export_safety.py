"""Exports, backups and new journals leak nothing through folders, and a failed export
leaves nothing behind (issue 17, items 3 and 4).

Other local users must not be able to list the folders we write into: an existing
folder is made 0700, a Markdown file's name says when, never what. A disk that fills
up half-way through a folder export, or a name clash, leaves no exported file, and
the message says exactly that. The full disk is a real 64 KiB tmpfs.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app import backup
from app.errors import FettleError, JournalExists
from app.exporters.csv import export_csv
from app.exporters.json import write_json
from app.exporters.markdown import export_markdown, file_name
from app.journal.journal import Journal
from app.models import Entry
from tests.app.cli.test_cli import assert_clean_failure, fettle
from tests.support.journals import PASSPHRASE, make_journal

NOBODY = 65534


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _everything_in(folder: Path) -> list[str]:
    """Every name under ``folder``, hidden ones included."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mount a real tmpfs of the given size, so writes run out of space for real.

    CI runs the tests as root, where this must work; a developer without root
    cannot mount, so only then is the test skipped."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs the tests as root)")
    mounted: list[Path] = []

    def mount(size: str = "64k") -> Path:
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
            check=True,
            capture_output=True,
        )
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", str(point)], check=True)


def _fill(journal: Journal, count: int, body_bytes: int) -> None:
    journal.entries.add_many(
        Entry(
            "symptom",
            dt.date(2026, 1, 1) + dt.timedelta(days=i),
            f"HIV test result {i}",
            os.urandom(body_bytes // 2).hex(),
        )
        for i in range(count)
    )


# -- item 3: folders and file names ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_export_into_an_existing_open_folder_makes_it_private(
    journal: Journal, tmp_path: Path, fmt: str
) -> None:
    journal.entries.add(Entry("note", dt.date(2026, 1, 2), "HIV test result", "negative"))
    folder = tmp_path / "exports"
    folder.mkdir()
    os.chmod(folder, 0o755)
    (folder / "mine.txt").write_text("the user's own file")
    (export_csv if fmt == "csv" else export_markdown)(journal, folder)
    assert _mode(folder) == 0o700
    assert (folder / "mine.txt").read_text() == "the user's own file"
    assert len(_everything_in(folder)) > 1


def test_new_export_folders_are_private_whatever_the_umask(
    journal: Journal, tmp_path: Path
) -> None:
    old = os.umask(0o022)
    try:
        export_markdown(journal, tmp_path / "a" / "b" / "md")
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "md"):
        assert _mode(folder) == 0o700, folder


def test_markdown_file_names_never_carry_the_title(journal: Journal, tmp_path: Path) -> None:
    entry_id = journal.entries.add(
        Entry("symptom", dt.date(2026, 3, 4), "HIV test result", "positive", dt.time(8, 30))
    )
    export_markdown(journal, tmp_path / "md")
    assert _everything_in(tmp_path / "md") == [f"2026-03-04-0830-{entry_id}.md"]
    assert '"HIV test result"' in (tmp_path / "md" / f"2026-03-04-0830-{entry_id}.md").read_text()


def test_backup_into_an_existing_open_folder_makes_it_private(
    journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    os.chmod(folder, 0o755)
    backup.backup_now(journal, folder)
    assert _mode(folder) == 0o700


def test_init_makes_the_journal_folder_private(tmp_path: Path) -> None:
    folder = tmp_path / "health"
    folder.mkdir()
    os.chmod(folder, 0o755)
    made = fettle("init", "--journal", str(folder / "j.fettle"), passphrases=[PASSPHRASE])
    assert made.returncode == 0, made.stderr
    assert _mode(folder) == 0o700
    made = fettle("init", "--journal", str(tmp_path / "new" / "j.fettle"), passphrases=[PASSPHRASE])
    assert made.returncode == 0, made.stderr
    assert _mode(tmp_path / "new") == 0o700


def test_export_refuses_a_folder_it_cannot_make_private(jpath: Path, tmp_path: Path) -> None:
    """Someone else's open folder cannot be tightened: refuse, in words, write nothing."""
    if os.geteuid() != 0:
        pytest.skip("giving a folder to another user needs root (CI runs the tests as root)")
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o777)
    os.chown(folder, NOBODY, NOBODY)
    with Journal.open(jpath, PASSPHRASE) as journal:
        journal.entries.add(Entry("note", dt.date(2026, 1, 2), "HIV test result", "negative"))
        for export in (export_csv, export_markdown):
            with pytest.raises(FettleError) as err:
                export(journal, folder)
            assert "belongs to another user" in err.value.user_message
            assert _everything_in(folder) == [] and _mode(folder) == 0o777
    proc = fettle("export", "--csv", str(folder), "--journal", str(jpath), passphrases=[PASSPHRASE])
    assert_clean_failure(proc, "belongs to another user")
    assert _everything_in(folder) == []


# -- item 4: a failed export leaves nothing -----------------------------------------------


def test_markdown_name_clash_is_found_before_any_file_is_written(
    journal: Journal, tmp_path: Path
) -> None:
    _fill(journal, 5, 40)
    third = list(journal.entries.iter_all())[2]
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / file_name(third)).write_text("an earlier export, edited by the user")
    with pytest.raises(JournalExists) as err:
        export_markdown(journal, folder)
    assert _everything_in(folder) == [file_name(third)]  # not the first two entries' files
    assert "nothing was written" in err.value.user_message
    assert (folder / file_name(third)).read_text() == "an earlier export, edited by the user"


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_full_disk_half_way_leaves_no_plaintext_and_says_so(
    journal: Journal, small_disk, fmt: str
) -> None:
    """64 KiB: the first files fit, a later one does not."""
    _fill(journal, 60 if fmt == "csv" else 40, 600)  # entries.csv ~40 KB; 40 x 4 KiB pages
    disk = small_disk("64k")
    export = export_csv if fmt == "csv" else export_markdown
    with pytest.raises(FettleError) as err:
        export(journal, disk / "out")
    message = err.value.user_message
    assert "disk is full" in message and "Nothing was left behind" in message, message
    assert _everything_in(disk) == []  # not a file, not a hidden staging folder
    assert os.statvfs(disk).f_bfree == os.statvfs(disk).f_blocks  # every byte given back

    (disk / "out").mkdir()  # a folder of the user's, with a file in it
    (disk / "out" / "mine.txt").write_text("keep me")
    with pytest.raises(FettleError) as err:
        export(journal, disk / "out")
    assert "no file from this export is in" in err.value.user_message
    assert _everything_in(disk) == ["out", "out/mine.txt"]
    assert (disk / "out" / "mine.txt").read_text() == "keep me"


def test_cli_full_disk_message_says_what_was_left(tmp_path: Path, small_disk) -> None:
    path = tmp_path / "j.fettle"
    with make_journal(path) as j:
        _fill(j, 60, 1200)  # ~75 KB of text: no format fits
    disk = small_disk("64k")
    for args in (
        ["--csv", str(disk / "csv")],
        ["--markdown", str(disk / "md")],
        ["--json", "-o", str(disk / "j.json")],
    ):
        proc = fettle("export", *args, "--journal", str(path), passphrases=[PASSPHRASE])
        assert_clean_failure(proc, "disk is full")
        assert "Nothing was left behind" in proc.stderr
        assert "nothing was changed" not in proc.stderr.lower()
        assert _everything_in(disk) == [], args


def test_json_full_disk_keeps_the_earlier_export(journal: Journal, small_disk) -> None:
    disk = small_disk("64k")
    write_json(journal, disk / "j.json")
    earlier = (disk / "j.json").read_text()
    _fill(journal, 60, 1200)
    with pytest.raises(FettleError) as err:
        write_json(journal, disk / "j.json")
    assert "was not changed" in err.value.user_message
    assert _everything_in(disk) == ["j.json"] and (disk / "j.json").read_text() == earlier
