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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.journal.settings import OPTIONS

from ..errors import InvalidInput

if TYPE_CHECKING:
    from app.journal.journal import Journal

MAX_FOLDER = 4096  # PATH_MAX on Linux

UNREADABLE = "The settings in this file are not in a form Fettle reads; they are left out."


def _same(text: str) -> str:
    return text


def labels(tr: Callable[[str], str] = _same) -> dict[str, str]:
    """Each setting's name as Preferences puts it; ``tr`` translates (the GUI's
    ``core_tr``; the command line keeps English)."""
    return {
        "auto_lock_minutes": tr("Lock when idle for"),
        "date_format": tr("Date format"),
        "clipboard_clear_seconds": tr("Empty the clipboard after"),
        "mastodon_limit": tr("Longest Mastodon post"),
        "backup_keep": tr("Backups kept"),
        "backup_folder": tr("Backup folder"),
        "reminder_checkin_time": tr("Daily check-in reminder"),
        "reminder_doses": tr("Remind me when a dose is due"),
        "reminder_names": tr("Medication names in reminders"),
        "share_format": tr("Shared posts are made for"),
        "post_languages": tr("Language of shared posts"),
        "new_entry_kind": tr("A new entry is a"),
    }


LABELS = labels()
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
    was: Any = None  # the value now (None when the journal is not known)

    def describe(self, *, done: bool = False, tr: Callable[[str], str] | None = None) -> str:
        """One line for a preview, or once ``done``, for the report of what changed;
        with ``tr``, in the interface's language (the words are made again from the
        values, as the stored ones are English)."""
        if tr is None:
            if not self.current:
                return f"{self.label}: {self.new}"
            return f"{self.label}: {self.new} ({'was' if done else 'now'}: {self.current})"
        label = labels(tr).get(self.name, self.name)
        new = in_words(self.name, self.value, tr)
        if not self.current:
            return tr("{label}: {new}").format(label=label, new=new)
        if done:
            template = tr("{label}: {new} (was: {current})")
        else:
            template = tr("{label}: {new} (now: {current})")
        return template.format(label=label, new=new, current=in_words(self.name, self.was, tr))


def _count(n: int, words: str) -> str:
    return words.format(n=f"{n:,}")


def in_words(name: str, value: Any, tr: Callable[[str], str] = _same) -> str:
    """A setting's value as Preferences would show it."""
    if name == "auto_lock_minutes":
        if value >= 60 and value % 60 == 0:
            hours = value // 60
            return _count(hours, tr("{n} hour") if hours == 1 else tr("{n} hours"))
        return _count(value, tr("{n} minute") if value == 1 else tr("{n} minutes"))
    if name == "clipboard_clear_seconds":
        return _count(value, tr("{n} second") if value == 1 else tr("{n} seconds"))
    if name == "mastodon_limit":
        return _count(value, tr("{n} character") if value == 1 else tr("{n} characters"))
    if name == "backup_keep":
        if value == 1:
            return tr("only the newest backup")
        return _count(value, tr("the newest {n} backups"))
    if name == "backup_folder":
        if value:
            return str(Path(value).expanduser())
        return tr("the default folder, beside the journal")
    if name == "date_format":
        return DATE_EXAMPLES.get(value, value)
    if name == "reminder_checkin_time":
        return tr("every day at {time}").format(time=value) if value else tr("off")
    if isinstance(value, bool):
        return tr("on") if value else tr("off")
    if name == "share_format":
        from app.posts import get_format

        try:
            return get_format(value).display_name
        except (KeyError, ValueError):
            return str(value)
    if name == "new_entry_kind":
        kinds = {
            "symptom": tr("symptom"),
            "treatment": tr("treatment"),
            "lesson": tr("lesson"),
            "note": tr("note"),
        }
        return kinds.get(value, value)
    if name == "post_languages":
        return _post_languages(value, tr)
    return str(value)


def _post_languages(value: str, tr: Callable[[str], str]) -> str:
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
        language = LANGUAGE_NAMES.get(lang, lang)
        sites.append(tr("{language} for {site}").format(language=language, site=site))
    return ", ".join(sites) if sites else tr("the app's own language for every site")


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
                current[name] if current is not None else None,
            )
        )
    return out


def apply(journal: Journal, agreed: Sequence[SettingChange]) -> None:
    """Write the changes the user agreed to (inside the caller's transaction)."""
    for change in agreed:
        journal.settings.set(change.name, change.value)
