"""Where Fettle keeps things by default (shared by the command line and the GUI)."""

from __future__ import annotations

from pathlib import Path

from . import APP_NAME


def default_journal_path() -> Path:
    """``journal.fettle`` in the user's data folder (XDG_DATA_HOME on Linux)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "journal.fettle"
