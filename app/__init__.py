"""Fettle's core: the encrypted journal, redaction, post formats, reports, import/export.

Plain Python. Nothing in this package imports PySide6 (tests/app/test_layering.py checks).
"""

from __future__ import annotations

__version__ = "0.1.0"
APP_ID = "org.fettle.Fettle"
APP_NAME = "Fettle"
