"""The preferences a Fettle JSON export carries: checked, put into plain words, and
applied only when the user agrees.

An export holds the journal's preferences, among them how soon it locks itself and
where and how many backups are kept. An import must never change those behind the
user's back: a file from someone else could set the lock to four hours, keep one
backup and send it to a shared folder. So every value is checked against the limits
Preferences allows, the preview lists each change ("Lock when idle for: 4 hours
(now: 5 minutes)"), and only the changes the caller passes back are written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.journal.settings import OPTIONS

from ..errors import InvalidInput

if TYPE_CHECKING:
    from app.journal.journal import Journal

MAX_FOLDER = 4096  # PATH_MAX on Linux

UNREADABLE = "The settings in this file are not in a form Fettle reads; they are left out."
LABELS = {
    "auto_lock_minutes": "Lock when idle for",
    "date_format": "Date format",
    "clipboard_clear_seconds": "Empty the clipboard after",
    "mastodon_limit": "Longest Mastodon post",
    "backup_keep": "Backups kept",
    "backup_folder": "Backup folder",
    "reminder_checkin_time": "Daily check-in reminder",
    "reminder_doses": "Remind me when a dose is due",
    "reminder_names": "Medication names in reminders",
    "share_format": "Shared posts are made for",
    "post_languages": "Language of shared posts",
    "new_entry_kind": "A new entry is a",
}
KIND_WORDS = {"symptom": "symptom", "treatment": "treatment", "lesson": "lesson", "note": "note"}
DATE_EXAMPLES = {  # 14 March 2026 in each of the formats Preferences offers
    "d MMM yyyy": "14 Mar 2026",
    "yyyy-MM-dd": "2026-03-14",
    "dd/MM/yyyy": "14/03/2026",
    "MM/dd/yyyy": "03/14/2026",
}


@dataclass(frozen=True)
class SettingChange:
    """One setting an import would change: what it is, its value now and in the file."""

    name: str  # the option, e.g. "auto_lock_minutes"
    label: str  # "Lock when idle for"
    current: str  # in words; "" when the journal is not known (a dry run)
    new: str  # in words
    value: Any  # the checked value that would be stored

    def describe(self, *, done: bool = False) -> str:
        """One line for a preview, or once ``done``, for the report of what changed."""
        if not self.current:
            return f"{self.label}: {self.new}"
        return f"{self.label}: {self.new} ({'was' if done else 'now'}: {self.current})"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def in_words(name: str, value: Any) -> str:
    """A setting's value as Preferences would show it."""
    if name == "auto_lock_minutes":
        if value >= 60 and value % 60 == 0:
            return _plural(value // 60, "hour", "hours")
        return _plural(value, "minute", "minutes")
    if name == "clipboard_clear_seconds":
        return _plural(value, "second", "seconds")
    if name == "mastodon_limit":
        return _plural(value, "character", "characters")
    if name == "backup_keep":
        return "only the newest backup" if value == 1 else f"the newest {value:,} backups"
    if name == "backup_folder":
        return str(Path(value).expanduser()) if value else "the default folder, beside the journal"
    if name == "date_format":
        return DATE_EXAMPLES.get(value, value)
    if name == "reminder_checkin_time":
        return f"every day at {value}" if value else "off"
    if isinstance(value, bool):
        return "on" if value else "off"
    if name == "share_format":
        from app.posts import get_format

        try:
            return get_format(value).display_name
        except (KeyError, ValueError):
            return str(value)
    if name == "new_entry_kind":
        return KIND_WORDS.get(value, value)
    if name == "post_languages":
        return _post_languages(value)
    return str(value)


def _post_languages(value: str) -> str:
    """ "reddit=de,mastodon=en" as "Deutsch for Reddit, English for Mastodon"; sites
    not named follow the app's language."""
    from app.posts import get_format
    from app.posts.words import LANGUAGE_NAMES

    sites = []
    for pair in filter(None, value.split(",")):
        site, _eq, lang = pair.partition("=")
        try:
            site = get_format(site).display_name
        except (KeyError, ValueError):
            pass
        sites.append(f"{LANGUAGE_NAMES.get(lang, lang)} for {site}")
    return ", ".join(sites) if sites else "the app's own language for every site"


def _show(value: Any) -> str:
    """A value from the file for a note: control and invisible characters escaped."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _readable(text: str) -> bool:
    """No control, invisible or line-breaking characters (nor lone surrogates): what is
    shown is what is stored."""
    return not any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") for c in text)


def _full_path(text: str) -> bool:
    """As Preferences asks: a full path (``~`` allowed), shown exactly as stored."""
    return len(text) <= MAX_FOLDER and _readable(text) and Path(text).expanduser().is_absolute()


# Settings that belong to the device that chose them, never taken from a file: a sync
# folder named in someone's export would send this journal's changes there.
DEVICE_ONLY = {
    "sync_folder": (
        "This file names a sync folder; a sync folder belongs to the computer "
        "that chose it, so it is left out (choose one in Preferences)."
    ),
}


def _check_one(name: str, value: Any) -> str | None:
    """Why ``value`` cannot be used for ``name`` (a note for the preview), or None."""
    label = LABELS.get(name, name)
    option = OPTIONS[name]
    if option.type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"the setting \u201c{label}\u201d in this file should be a whole number"
        if not option.minimum <= value <= option.maximum:
            return (
                f"the setting \u201c{label}\u201d in this file is {_show(value)}, outside "
                f"what Preferences allows ({option.minimum:,} to {option.maximum:,})"
            )
        return None
    if option.type is bool:
        if not isinstance(value, bool):
            return f"the setting \u201c{label}\u201d in this file should be on or off"
        return None
    if not isinstance(value, str):
        return f"the setting \u201c{label}\u201d in this file should be text"
    if option.choices and value not in option.choices:
        return (
            f"the setting \u201c{label}\u201d in this file ({_show(value)}) is not one "
            "Fettle offers"
        )
    if name == "backup_folder" and value and not _full_path(value):
        return f"the backup folder in this file ({_show(value)}) is not a full path to a folder"
    try:
        option.coerce(value)
    except InvalidInput:
        return f"the setting \u201c{label}\u201d in this file ({_show(value)}) cannot be used"
    return None


def check(raw: Any) -> tuple[dict[str, Any], list[str]]:
    """The usable settings in an export, and a note for each one left out.

    A bad setting never rejects the file: settings are applied only on request, so
    the entries can still come in and the note says what was left out."""
    if raw is None:
        return {}, []
    if not isinstance(raw, dict):
        return {}, [UNREADABLE]
    usable: dict[str, Any] = {}
    notes: list[str] = []
    for name, value in raw.items():
        if name in DEVICE_ONLY:
            notes.append(DEVICE_ONLY[name])
            continue
        if name not in OPTIONS:
            notes.append(
                f"This file has a setting Fettle does not know ({_show(name)}); it is left out."
            )
            continue
        problem = _check_one(name, value)
        if problem:
            notes.append(f"{problem[0].upper()}{problem[1:]}; it is left out.")
        else:
            usable[name] = value
    return usable, notes


def changes(settings: Mapping[str, Any], current: Mapping[str, Any] | None) -> list[SettingChange]:
    """Each setting that would change, in ``OPTIONS`` order; with no ``current``
    (no journal open yet), every setting in the file."""
    out = []
    for name in OPTIONS:
        if name not in settings:
            continue
        value = settings[name]
        if current is not None and current.get(name) == value:
            continue
        out.append(
            SettingChange(
                name,
                LABELS.get(name, name),
                in_words(name, current[name]) if current is not None else "",
                in_words(name, value),
                value,
            )
        )
    return out


def apply(journal: Journal, agreed: Sequence[SettingChange]) -> None:
    """Write the changes the user agreed to (inside the caller's transaction)."""
    for change in agreed:
        journal.settings.set(change.name, change.value)
