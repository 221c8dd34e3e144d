"""Preferences and the privacy profile, both stored inside the encrypted journal.

Preferences are declared once, with type and default (``OPTIONS``); reading an
unknown or malformed value gives the default, so an old journal keeps working
when a new option appears. "Remember on this device" is deliberately not one of
them: it is a fact about a device (is this journal's key in its keystore?), and a
setting inside the file would travel with every copy and backup to other machines. Only window geometry and the journal's path live
outside the journal (in QSettings, written by the UI).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput
from app.journal.entries import clean_text
from app.models import ENTRY_KINDS
from app.profile import (
    TERM_KINDS,
    TOPICS_KEY,
    PrivacyProfile,
    ProfileTerm,
    topics_from_json,
    topics_to_json,
)

if TYPE_CHECKING:
    from app.journal.journal import Journal


# app.posts.FORMAT_IDS, written out so opening a journal does not load the post formats
# (tests/app/journal/test_settings_remembered.py checks the two agree).
SHARE_FORMATS = (
    "plain",
    "reddit",
    "mastodon",
    "x",
    "bluesky",
    "facebook_group",
    "healthunlocked",
    "patientslikeme",
    "inspire",
)


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    pattern: str = ""  # a str option's values must match it whole (times: HH:MM)

    def coerce(self, value: Any) -> Any:
        if self.type is bool:
            if not isinstance(value, bool):
                raise InvalidInput(f"{self.name} must be true or false")
            return value
        if self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise InvalidInput(f"{self.name} must be a whole number")
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                raise InvalidInput(
                    user_message=(f"Choose a value from {self.minimum} to {self.maximum}.")
                )
            return value
        value = str(value)
        if self.choices and value not in self.choices:
            raise InvalidInput(f"{self.name} must be one of {self.choices}")
        if self.pattern and not re.fullmatch(self.pattern, value):
            raise InvalidInput(f"{self.name} is not in the expected form")
        return value


OPTIONS = {
    o.name: o
    for o in (
        Option("auto_lock_minutes", int, 5, 1, 240),
        Option(
            "date_format",
            str,
            "d MMM yyyy",
            choices=("d MMM yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy"),
        ),
        Option("clipboard_clear_seconds", int, 60, 10, 600),
        Option("mastodon_limit", int, 500, 100, 100_000),
        Option("backup_keep", int, 10, 1, 100),
        Option("backup_folder", str, ""),
        # this device's sync folder (app/sync); it names a place, so it stays in here
        Option("sync_folder", str, ""),
        # the share log (the texts you posted) goes to your other devices only if you opt in
        Option("sync_share_log", bool, False),
        # reminders, all off by default; times are not health data, drug names are: they
        # appear in a notification only if reminder_names is on, and never while locked
        Option("reminder_checkin_time", str, "", pattern=r"|([01]\d|2[0-3]):[0-5]\d"),
        Option("reminder_doses", bool, False),
        Option("reminder_names", bool, False),
        # Remembered choices (health-revealing, so here and never in QSettings): the site
        # the share review writes for, and the kind Ctrl+N makes.
        Option("share_format", str, "plain", choices=SHARE_FORMATS),
        # the post language chosen per site, "reddit=de,mastodon=en" (app.posts.words)
        Option("post_languages", str, "", pattern=r"(?:[a-z_]+=[a-z]{2}(?:,[a-z_]+=[a-z]{2})*)?"),
        Option("new_entry_kind", str, "symptom", choices=ENTRY_KINDS),
    )
}


class Settings:
    def __init__(self, journal: Journal) -> None:
        self._j = journal

    def get(self, name: str) -> Any:
        option = OPTIONS[name]
        row = self._j.db.execute(
            "SELECT value FROM meta WHERE key = ?", ("setting." + name,)
        ).fetchone()
        if row is None:
            return option.default
        try:
            return option.coerce(json.loads(row[0]))
        except (ValueError, InvalidInput):
            return option.default

    def set(self, name: str, value: Any) -> None:
        value = OPTIONS[name].coerce(value)
        with self._j.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                ("setting." + name, json.dumps(value)),
            )

    def all(self) -> dict[str, Any]:
        return {name: self.get(name) for name in OPTIONS}


class ProfileStore:
    """The privacy profile the redactor reads."""

    def __init__(self, journal: Journal) -> None:
        self._j = journal

    def get(self) -> PrivacyProfile:
        db = self._j.db
        terms = tuple(
            ProfileTerm(k, t, r)
            for k, t, r in db.execute(
                "SELECT kind, text, role FROM profile_terms ORDER BY kind, id"
            )
        )
        meta = dict(
            db.execute(
                "SELECT key, value FROM meta WHERE key IN "
                "('profile.region', 'profile.display_name', ?)",
                (TOPICS_KEY,),
            ).fetchall()
        )
        return PrivacyProfile(
            terms,
            meta.get("profile.region", "GB"),
            meta.get("profile.display_name", ""),
            topics_from_json(meta.get(TOPICS_KEY)),
        )

    def set_topics(self, topics) -> None:
        """Topics whose sentences never leave (``app.profile``); ``set`` leaves them
        alone, so a screen that edits only the terms cannot drop them."""
        with self._j.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (TOPICS_KEY, topics_to_json(topics)),
            )

    def set(self, profile: PrivacyProfile) -> None:
        region = profile.region.strip().upper()
        if len(region) != 2 or not region.isalpha():
            raise InvalidInput(user_message="Choose your country or region from the list.")
        with self._j.transaction() as db:
            db.execute("DELETE FROM profile_terms")
            for term in profile.terms:
                self._insert(db, term)
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES "
                "('profile.region', ?), ('profile.display_name', ?)",
                (region, clean_text(profile.display_name, 200).strip()),
            )

    def add_term(self, term: ProfileTerm) -> None:
        """Add one term ("always redact this"); a duplicate is ignored."""
        with self._j.transaction() as db:
            self._insert(db, term)

    @staticmethod
    def _insert(db, term: ProfileTerm) -> None:
        text = " ".join(clean_text(term.text, 200).split())
        if term.kind not in TERM_KINDS or not text:
            return
        db.execute(
            "INSERT OR IGNORE INTO profile_terms (kind, text, role) VALUES (?,?,?)",
            (term.kind, text, clean_text(term.role, 100).strip()),
        )
