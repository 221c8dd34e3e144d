"""What every ``fettle`` command shares: passphrase sources, unlocking, and
parsing of dates and times. Feature modules import these via ``app.cli``."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from . import APP_NAME
from .errors import FettleError, InvalidInput, WrongPassphrase
from .journal import Journal


class UsageError(FettleError):
    """Bad command-line usage; ``user_message`` is shown as is."""


def default_journal_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "journal.fettle"


# -- passphrases -------------------------------------------------------------


class Secrets:
    """Where this invocation's passphrases come from."""

    def __init__(self, fd: int | None) -> None:
        self._fd_lines: list[str] | None = None
        if fd is not None:
            try:
                with os.fdopen(fd, "r", encoding="utf-8", closefd=True) as fh:
                    self._fd_lines = fh.read().splitlines()
            except OSError:
                raise UsageError(user_message=f"Cannot read a passphrase from file "
                                              f"descriptor {fd}.") from None

    def ask(self, prompt: str, *, confirm: bool = False) -> str:
        """One passphrase. ``confirm`` asks twice at a terminal (a file descriptor is
        written by a program, which makes no typos)."""
        if self._fd_lines is not None:
            if not self._fd_lines:
                raise UsageError(user_message="Not enough passphrase lines on "
                                              "--passphrase-fd.")
            return self._fd_lines.pop(0)
        if not sys.stdin.isatty():
            raise UsageError(user_message="No passphrase: run this in a terminal, or pass "
                                          "it on a file descriptor with --passphrase-fd N.")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != first:
            raise InvalidInput(user_message="The two passphrases do not match.")
        return first


def unlock(path: Path, secrets: Secrets, *, use_keyring: bool = True) -> Journal:
    """Open with a key remembered on this device if one works, else ask for the
    passphrase (from the prompt or --passphrase-fd)."""
    if use_keyring:
        from . import kdf, keystore, storage

        storage.classify(path)
        key = keystore.recall_key(kdf.journal_id(kdf.read_salt(path)))
        if key is not None:
            try:
                return Journal.open_with_key(path, key)
            except WrongPassphrase:
                pass  # stale entry: fall back to asking
    return Journal.open(path, secrets.ask(f"Passphrase for {path.name}: "))


# -- parsing helpers -----------------------------------------------------------


def parse_day(text: str) -> dt.date:
    lowered = text.strip().lower()
    if lowered == "today":
        return dt.date.today()
    if lowered == "yesterday":
        return dt.date.today() - dt.timedelta(days=1)
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-14") from None


def parse_time(text: str) -> dt.time:
    try:
        return dt.datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 14:30") from None
