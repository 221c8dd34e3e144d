"""Exported files are private and never written through a planted symlink; the
folders they go into are private too, and a folder export is all or nothing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.journal.private_file import (
    ExportIncomplete,
    FolderError,
    FolderNotPrivate,
    private_folder,
    staged_folder,
    write_private,
)
from tests.app.journal.test_backup import _immutable


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_new_file_is_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_private(tmp_path / "post.txt", "text")
    finally:
        os.umask(old)
    assert (tmp_path / "post.txt").read_text() == "text"
    assert (tmp_path / "post.txt").stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.txt"]


def test_replacing_drops_loose_permissions_and_never_follows_a_symlink(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not yours")
    link = tmp_path / "summary.pdf"
    link.symlink_to(elsewhere)
    write_private(link, b"%PDF-1.4 ...", replace_existing=True)
    assert elsewhere.read_text() == "not yours"
    assert not link.is_symlink() and link.stat().st_mode & 0o777 == 0o600


def test_refuses_to_replace_unless_asked(tmp_path: Path) -> None:
    (tmp_path / "post.txt").write_text("earlier")
    with pytest.raises(FileExistsError):
        write_private(tmp_path / "post.txt", "new")
    assert (tmp_path / "post.txt").read_text() == "earlier"


# -- private folders ---------------------------------------------------------------------


def test_private_folder_creates_missing_folders_0700_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        assert private_folder(tmp_path / "a" / "b") == tmp_path / "a" / "b"
    finally:
        os.umask(old)
    assert _mode(tmp_path / "a") == _mode(tmp_path / "a" / "b") == 0o700


def test_private_folder_tightens_an_open_folder_the_user_owns(tmp_path: Path) -> None:
    folder = tmp_path / "open"
    folder.mkdir()
    os.chmod(folder, 0o775)
    (folder / "kept.txt").write_text("x")
    private_folder(folder)
    assert _mode(folder) == 0o700 and (folder / "kept.txt").read_text() == "x"
    os.chmod(folder, 0o500)  # tightening never adds what the owner had not
    private_folder(folder)
    assert _mode(folder) == 0o500


def test_private_folder_refuses_a_file_in_words(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(FolderError, match="is a file, not a folder"):
        private_folder(tmp_path / "f")
    with pytest.raises(FolderError, match="part of that path is a file"):
        private_folder(tmp_path / "f" / "sub")


def test_someone_elses_folder_is_refused_for_plaintext_but_used_for_backups(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("giving a folder to another user needs root (CI runs the tests as root)")
    folder = tmp_path / "theirs"
    folder.mkdir()
    os.chmod(folder, 0o755)
    os.chown(folder, 65534, 65534)
    with pytest.raises(FolderNotPrivate, match="belongs to another user"):
        private_folder(folder)
    assert private_folder(folder, strict=False) == folder  # encrypted files: used as it is
    assert _mode(folder) == 0o755  # never changed behind its owner's back


# -- staged folder exports -----------------------------------------------------------------


def test_files_appear_only_when_the_export_is_complete(tmp_path: Path) -> None:
    target = tmp_path / "out"
    with staged_folder(target, ["a.csv", "b.csv"]) as out:
        with out.open("a.csv") as fh:
            fh.write("one")
        assert list(target.iterdir()) == [out.staging]  # hidden, private, not in place yet
        assert out.staging.name.startswith(".") and _mode(out.staging) == 0o700
        with out.open("b.csv") as fh:
            fh.write("two")
    assert sorted(p.name for p in target.iterdir()) == ["a.csv", "b.csv"]
    assert all(_mode(p) == 0o600 for p in target.iterdir())


def test_an_interrupted_export_removes_what_it_wrote(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    with pytest.raises(KeyboardInterrupt):
        with staged_folder(target, ["a.csv"]) as out:
            with out.open("a.csv") as fh:
                fh.write("plaintext")
            raise KeyboardInterrupt
    assert list(target.iterdir()) == []


def test_what_could_not_be_removed_is_named_in_the_message(tmp_path: Path) -> None:
    """If even the clean-up fails, the message lists what is left, to delete by hand."""
    target = tmp_path / "out"
    undo = None
    try:
        with pytest.raises(ExportIncomplete) as err:
            with staged_folder(target, ["a.csv"]) as out:
                with out.open("a.csv") as fh:
                    fh.write("plaintext")
                undo = _immutable(out.staging)
                raise OSError(errno.EIO, "Input/output error")
        assert err.value.left == [out.staging]
        message = err.value.user_message
        assert "Input/output error" in message and "NOT encrypted" in message
        assert str(out.staging) in message and "Nothing was left" not in message
    finally:
        if undo is not None:
            undo()


def test_leftovers_of_a_killed_export_are_removed_by_the_next(tmp_path: Path) -> None:
    target = tmp_path / "out"
    stale = target / ".fettle-export-k1ll3d.partial"
    stale.mkdir(parents=True)
    (stale / "entries.csv").write_text("plaintext")
    with staged_folder(target, ["a.csv"]) as out:
        with out.open("a.csv") as fh:
            fh.write("new")
    assert sorted(p.name for p in target.iterdir()) == ["a.csv"]
