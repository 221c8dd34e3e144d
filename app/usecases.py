"""What the command line and the desktop app both do, written once.

Each use case that touches the system keystore comes in two parts: the journal part
runs wherever journal work runs (the GUI's journal worker, the CLI's one thread), the
keystore part wherever the caller can afford to wait for it (the GUI's keystore
thread, the CLI with a deadline), because a locked keystore may never answer.

Keys cross this boundary inside ``KeyFor`` only, from the journal part to the keystore
part; the GUI never derives, reads or stores a key itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.errors import FettleError, WrongPassphrase
from app.journal import kdf, keystore, storage
from app.journal.kdf import DEFAULT_PROFILE, FAST_TEST_PROFILE, KdfProfile
from app.journal.keystore import NO_ANSWER, NO_ANSWER_TO_CHANGE, KeystoreNoAnswer

if TYPE_CHECKING:
    from app.backup import BackupInfo
    from app.journal.journal import Journal


__all__ = [
    "DEFAULT_PROFILE",
    "FAST_TEST_PROFILE",
    "NO_ANSWER",
    "NO_ANSWER_TO_CHANGE",
    "HealthCheck",
    "PreferenceValues",
    "apply_preferences",
    "remember_change",
    "KdfProfile",
    "KeyFor",
    "KeystoreNoAnswer",
    "PassphraseChange",
    "backup_key",
    "change_passphrase",
    "check_file",
    "check_journal",
    "is_remembered",
    "key_for",
    "key_for_backups",
    "keystore_status",
    "move_remembered_key",
    "open_with_remembered",
    "remembered_key",
    "restore_backup",
    "set_remembered",
]


@dataclass(frozen=True)
class KeyFor:
    """A journal's id in the keystore and, when it is to be remembered, its key."""

    journal_id: str
    key: bytes = b""


# -- opening ---------------------------------------------------------------------------


def check_file(path: Path) -> None:
    """Raise the plain-words error for a file that is not a journal (reads 16 bytes)."""
    storage.classify(Path(path))


def remembered_key(path: Path) -> bytes | None:
    """Keystore part of opening: the key remembered on this device for the journal at
    ``path``, if any. May never return (a locked keystore): call it where that is safe."""
    return keystore.recall_key(kdf.journal_id(kdf.read_salt(Path(path))))


def open_with_remembered(path: Path, key: bytes) -> Journal | None:
    """Journal part: open with a remembered key; None if it no longer fits (the
    passphrase was changed elsewhere), so the caller asks for the passphrase."""
    from app.journal.journal import Journal

    check_file(path)
    try:
        return Journal.open_with_key(path, key)
    except WrongPassphrase:
        return None


# -- remember on this device -----------------------------------------------------------


def key_for(journal: Journal, *, with_key: bool = True) -> KeyFor:
    """Journal part: what the keystore part needs to remember (or forget) ``journal``."""
    return KeyFor(journal.journal_id, journal.key if with_key else b"")


def set_remembered(target: KeyFor, remember: bool) -> None:
    """Keystore part: remember ``target``'s key on this device, or forget it."""
    if remember:
        keystore.remember_key(target.journal_id, target.key)
    else:
        keystore.forget_key(target.journal_id)


def keystore_status() -> tuple[bool, str]:
    """Keystore part: whether keys can be remembered here, and a sentence saying which
    store or why not."""
    return keystore.backend_status()


def is_remembered(journal_id: str) -> bool:
    """Keystore part: whether a key is remembered for ``journal_id``."""
    return keystore.recall_key(journal_id) is not None


# -- changing the passphrase -------------------------------------------------------------


@dataclass(frozen=True)
class PassphraseChange:
    """What a passphrase change did: the backups note, and the ids before and after
    (the new one with its key) for moving a remembered key."""

    note: str
    old: KeyFor
    new: KeyFor


def change_passphrase(
    journal: Journal, old: str, new: str, *, profile: kdf.KdfProfile = kdf.DEFAULT_PROFILE
) -> PassphraseChange:
    """Journal part: re-key the journal (raises ``WrongPassphrase`` if ``old`` is
    wrong), then take a backup under the new passphrase at once."""
    from app.backup import after_passphrase_change
    from app.sync.engine import after_passphrase_change as rewrap_sync_key

    old_id = journal.journal_id
    journal.change_passphrase(old, new, profile=profile)
    rewrap_sync_key(journal, new)  # the sync folder's key opens with the new one too
    note = after_passphrase_change(journal)
    return PassphraseChange(note, KeyFor(old_id), KeyFor(journal.journal_id, journal.key))


def move_remembered_key(change: PassphraseChange) -> bool:
    """Keystore part: the old key opens nothing any more, so it is always forgotten;
    the new key is remembered if, and only if, the old one was. Returns whether the
    journal is remembered on this device now."""
    was = is_remembered(change.old.journal_id)
    keystore.forget_key(change.old.journal_id)
    if was:
        keystore.remember_key(change.new.journal_id, change.new.key)
    return was


# -- backups -----------------------------------------------------------------------------


def backup_key(path: Path, passphrase: str) -> bytes:
    """The key ``passphrase`` gives for the backup (or journal) file at ``path``."""
    path = Path(path)
    profile = storage.classify(path)
    return kdf.derive_key(passphrase, kdf.read_salt(path), profile)


def restore_backup(
    journal_path: Path, backup_path: Path, key: bytes, *, folder: Path | None = None
) -> Path | None:
    """Replace the journal with a verified backup (the journal as it was is kept in
    the backup folder first); returns where it was kept."""
    from app import backup

    return backup.restore(journal_path, backup_path, key, folder=folder)


MAX_BACKUP_PASSPHRASES = 3  # distinct salts tried; each costs one deliberate key derivation


def key_for_backups(passphrase: str, infos: list[BackupInfo]) -> bytes | None:
    """The key ``passphrase`` gives for the newest backup it opens, or None. Derived from
    the backups' own salts (the journal's header may be the damaged part), at most
    ``MAX_BACKUP_PASSPHRASES`` of them, newest first."""
    from app import backup

    tried: set[bytes] = set()
    for info in infos:
        try:
            salt = kdf.read_salt(info.path)
        except OSError:
            continue
        profile = kdf.profile_for_salt(salt)
        if profile is None or salt in tried:
            continue
        if len(tried) >= MAX_BACKUP_PASSPHRASES:
            break
        tried.add(salt)
        key = kdf.derive_key(passphrase, salt, profile)
        if backup.preview(info.path, key, full=False).ok:
            return key
    return None


# -- checking ----------------------------------------------------------------------------


@dataclass(frozen=True)
class HealthCheck:
    """An integrity check's problems (empty when sound) and what a restore needs once
    the journal is closed: its path, key and backup folder."""

    problems: list[str]
    path: Path
    key: bytes
    folder: Path


def check_journal(journal: Journal, *, full: bool) -> HealthCheck:
    """Check ``journal`` (``full``: every page; else the quick check). A check that itself
    hits a damaged page reports that as its problem rather than raising."""
    from app import backup

    try:
        problems = journal.check() if full else backup.quick_check(journal)
    except storage.DatabaseError as exc:
        problems = [f"the check stopped: {exc}"]
    try:
        folder = backup.folder_for(journal)
    except (storage.DatabaseError, FettleError):
        folder = backup.default_folder(journal.path)
    return HealthCheck(problems, journal.path, journal.key, folder)


# -- preferences ---------------------------------------------------------------------------


class PreferenceValues(Protocol):
    """What Preferences shows and edits: the journal's options, the privacy profile and
    the catalogue (symptoms, treatments, conditions)."""

    options: dict[str, Any]
    profile: Any
    symptoms: list[Any]
    treatments: list[Any]
    conditions: list[Any]


DEVICE_ONLY = ("remember_on_device",)  # facts about this device, never in the journal


def remember_change(was: bool | None, now: bool | None) -> bool | None:
    """True to remember the key on this device, False to forget it, None to leave the
    keystore alone (no change, or its answer was never known)."""
    if was is None or now is None or was == now:
        return None
    return now


def apply_preferences(
    journal: Journal, old: PreferenceValues, new: PreferenceValues, *, rekey: bool = False
) -> tuple[frozenset[str], KeyFor | None]:
    """Journal part of a preferences change: write what differs between ``old`` (as
    loaded) and ``new`` (as edited) and nothing else, so a setting changed elsewhere
    meanwhile is not overwritten with a stale copy. Returns which parts changed
    ("options", "profile", "catalog", "treatments") and, when the keystore must change
    too (``rekey``), what its part needs (see ``set_remembered``)."""
    changed: set[str] = set()
    for name, value in new.options.items():
        if name not in DEVICE_ONLY and old.options.get(name) != value:
            journal.settings.set(name, value)
            changed.add("options")
    if new.profile != old.profile:
        journal.profile.set(new.profile)
        changed.add("profile")
    if new.profile.topics != old.profile.topics:  # kept apart from the terms (app.profile)
        journal.profile.set_topics(new.profile.topics)
        changed.add("profile")
    before = {s.id: s for s in old.symptoms}
    for s in new.symptoms:
        was = before.get(s.id)
        if was == s:
            continue
        changed.add("catalog")
        if was is None:
            made = journal.catalog.ensure_symptom(s.name, s.body_area)
            if s.archived:
                journal.catalog.set_symptom_archived(made.id, True)
            continue
        if (was.name, was.body_area) != (s.name, s.body_area):
            journal.catalog.rename_symptom(s.id, s.name, s.body_area)
        if was.archived != s.archived:
            journal.catalog.set_symptom_archived(s.id, s.archived)
    treatments = {t.id: t for t in old.treatments}
    for t in new.treatments:
        if treatments.get(t.id) != t:
            tid = journal.catalog.save_treatment(t)
            journal.catalog.sync_dose_changes(tid, t.dose_changes)  # added, edited, removed
            changed.add("treatments")
    conditions = {c.id: c for c in old.conditions}
    for c in new.conditions:
        if conditions.get(c.id) != c:
            journal.catalog.save_condition(c)
            changed.add("catalog")
    return frozenset(changed), (key_for(journal) if rekey else None)
