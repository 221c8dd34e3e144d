"""Shared helpers for core tests (importable, unlike conftest)."""

from __future__ import annotations

from pathlib import Path

from app.journal import kdf
from app.journal.journal import Journal

PASSPHRASE = "correct horse battery"


def make_journal(path: Path, passphrase: str = PASSPHRASE, **kw) -> Journal:
    """A real journal with the fast test KDF profile (recorded in its header)."""
    return Journal.create(path, passphrase, profile=kdf.FAST_TEST_PROFILE, **kw)
