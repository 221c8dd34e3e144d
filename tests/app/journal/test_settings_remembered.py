"""Choices the app remembers (the site a post is written for, the kind Ctrl+N makes) are
preferences inside the encrypted journal, checked like every other."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput
from app.journal.settings import SHARE_FORMATS
from app.models import ENTRY_KINDS
from app.posts import FORMAT_IDS
from tests.support.journals import make_journal


def test_the_share_formats_are_the_post_formats() -> None:
    assert SHARE_FORMATS == FORMAT_IDS


def test_remembered_choices_round_trip_and_are_checked(tmp_path) -> None:
    journal = make_journal(tmp_path / "j.fettle")
    assert journal.settings.get("share_format") == "plain"
    assert journal.settings.get("new_entry_kind") == "symptom"
    journal.settings.set("share_format", "reddit")
    journal.settings.set("new_entry_kind", "treatment")
    with pytest.raises(InvalidInput):
        journal.settings.set("share_format", "myspace")
    with pytest.raises(InvalidInput):
        journal.settings.set("new_entry_kind", "diary")
    assert journal.settings.get("share_format") == "reddit"
    assert journal.settings.get("new_entry_kind") in ENTRY_KINDS
    journal.lock()
