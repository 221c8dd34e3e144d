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
