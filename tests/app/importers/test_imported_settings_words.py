"""The import preview names the newer settings in plain words and checks them like the
others (reminders, the site posts are made for, the kind of a new entry)."""

from __future__ import annotations

from app.importers import imported_settings as s


def test_newer_settings_are_read_and_named_in_words() -> None:
    kept, notes = s.check(
        {
            "reminder_checkin_time": "20:30",
            "reminder_doses": True,
            "reminder_names": False,
            "share_format": "reddit",
            "new_entry_kind": "lesson",
        }
    )
    assert notes == []
    assert kept == {
        "reminder_checkin_time": "20:30",
        "reminder_doses": True,
        "reminder_names": False,
        "share_format": "reddit",
        "new_entry_kind": "lesson",
    }
    for name in kept:
        assert s.LABELS[name] != name and "_" not in s.LABELS[name]
    assert s.in_words("reminder_checkin_time", "20:30") == "every day at 20:30"
    assert s.in_words("reminder_checkin_time", "") == "off"
    assert s.in_words("reminder_doses", True) == "on"
    assert s.in_words("share_format", "reddit") == "Reddit"


def test_bad_values_are_left_out_with_a_plain_reason() -> None:
    kept, notes = s.check(
        {
            "reminder_checkin_time": "25:00",
            "reminder_names": "yes",
            "share_format": "myspace",
            "new_entry_kind": 3,
        }
    )
    assert kept == {}
    assert len(notes) == 4
    assert any("Medication names in reminders" in n and "on or off" in n for n in notes)
    assert any("Daily check-in reminder" in n for n in notes)
    assert not any("reminder_" in n or "share_format" in n for n in notes)


def test_post_languages_are_named_in_words_not_as_the_key() -> None:
    """The preview says which language posts are written in for which site, never
    ``post_languages`` or ``reddit=de``."""
    kept, notes = s.check({"post_languages": "mastodon=en,reddit=de"})
    assert notes == [] and kept == {"post_languages": "mastodon=en,reddit=de"}
    (change,) = s.changes(kept, {"post_languages": ""})
    line = change.describe()
    assert line == (
        "Language of shared posts: English for Mastodon, Deutsch for Reddit "
        "(now: the app's own language for every site)"
    )
    assert "post_languages" not in line and "=" not in line
    _kept, notes = s.check({"post_languages": "reddit=German"})
    assert notes and "Language of shared posts" in notes[0] and "post_languages" not in notes[0]
