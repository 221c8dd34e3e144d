"""Exported files are private and never written through a planted symlink."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.private_file import write_private


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
