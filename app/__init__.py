"""Fettle's core: the encrypted journal, redaction, post formats, reports, import/export.

Plain Python. Nothing in this package imports PySide6 (tests/app/test_layering.py checks).
Nothing here imports anything either: ``fettle --version`` loads only this file.
"""

from __future__ import annotations

__version__ = "0.1.0"
APP_ID = "org.fettle.Fettle"
APP_NAME = "Fettle"
VERSION_FLAGS = ("--version", "-V")


def print_version_only(argv: list[str]) -> bool:
    """Print the version if ``argv`` asks for it and nothing else (``--version`` or
    ``-V``), before argparse or any other module loads: it then answers in the time
    Python takes to start (issue 19). True if it printed."""
    if len(argv) == 1 and argv[0] in VERSION_FLAGS:
        print(f"{APP_NAME} {__version__}")
        return True
    return False
