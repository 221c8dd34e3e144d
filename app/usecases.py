"""What the command line and the desktop app both do, written once.

Each use case that touches the system keystore comes in two parts: the journal part
runs wherever journal work runs (the GUI's journal worker, the CLI's one thread), the
keystore part wherever the caller can afford to wait for it (the GUI's keystore
thread, the CLI with a deadline), because a locked keystore may never answer.

Keys cross this boundary sealed: inside ``KeyFor`` (from the journal part to the
keystore part), ``JournalKey`` (a remembered key, from the keystore part to the
opening) and ``JournalFile`` (what a restore or a damaged journal's read needs once the
journal is closed). The GUI passes them on; it never derives, reads or stores a key
itself (tests/app/test_ui_uses_core_use_cases.py checks that statically).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.errors import FettleError, WrongPassphrase
from app.frozen import Frozen
from app.journal import kdf, keystore, storage
from app.journal.kdf import DEFAULT_PROFILE, FAST_TEST_PROFILE, KdfProfile
from app.journal.keystore import NO_ANSWER, NO_ANSWER_TO_CHANGE, KeystoreNoAnswer

if TYPE_CHECKING:
    from app.backup import BackupInfo, DamageReport
    from app.journal.journal import Journal


__all__ = [
    "DEFAULT_PROFILE",
    "FAST_TEST_PROFILE",
    "NO_ANSWER",
    "NO_ANSWER_TO_CHANGE",
    "HealthCheck",
    "JournalFile",
    "JournalKey",
    "Restored",
    "PreferenceValues",
    "apply_preferences",
    "remember_change",
    "KdfProfile",
    "KeyFor",
    "KeystoreNoAnswer",
    "PassphraseChange",
    "backup_key",
    "backups_of_file",
    "change_passphrase",
    "check_file",
    "check_journal",
    "is_remembered",
    "key_for",
    "file_for",
    "file_for_backups",
    "key_for_backups",
    "list_backups",
    "open_read_only",
    "open_with_journal_key",
    "read_damage",
    "remembered_journal_key",
    "restore_and_reopen",
    "keystore_status",
    "move_remembered_key",
    "open_with_remembered",
    "prepare_to_open",
    "remembered_key",
    "restore_backup",
    "set_remembered",
]


class KeyFor(Frozen):
    """A journal's id in the keystore and, when it is to be remembered, its key."""

    _hidden = frozenset({"key"})  # never in a log or a traceback

    journal_id: str
    key: bytes = b""


class JournalKey:
    """A journal's key, sealed: the core opens it, a front end only passes it on. Its
    repr never shows the key (a logged traceback must not carry it)."""

    __slots__ = ("_secret",)

    def __init__(self, secret: bytes) -> None:
        self._secret = bytes(secret)

    def __repr__(self) -> str:
        return "JournalKey(...)"


def _raw(key: JournalKey) -> bytes:
    return key._secret


# -- opening ---------------------------------------------------------------------------


def check_file(path: Path) -> None:
    """Raise the plain-words error for a file that is not a journal (reads 16 bytes)."""
    storage.classify(Path(path))


def prepare_to_open() -> None:
    """Load the SQLCipher driver now, so that opening a journal does not wait for it (the
    desktop app does this in the background while the passphrase is typed)."""
    storage.load_driver()


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


def remembered_journal_key(path: Path) -> JournalKey | None:
    """``remembered_key``, sealed: for a front end that passes it on without holding it."""
    key = remembered_key(path)
    return None if key is None else JournalKey(key)


def open_with_journal_key(path: Path, key: JournalKey) -> Journal | None:
    """``open_with_remembered`` with a sealed key."""
    return open_with_remembered(path, _raw(key))


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


class PassphraseChange(Frozen):
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


# -- restoring and damage, once the journal is closed ----------------------------------------


class JournalFile(Frozen):
    """A journal's file and what work on it needs after the journal has closed (a
    restore, a damaged file's read, a read-only open): the backup folder, which backups
    are its own (``uid``, or ``stem`` when the file cannot be read) and, sealed, its key."""

    _hidden = frozenset({"key"})

    path: Path
    folder: Path
    key: JournalKey
    uid: str | None = None
    stem: str | None = None


class Restored(Frozen):
    """After a restore: where the journal as it was is kept (None: there was none), the
    journal now open, and the restore's error (None: it worked; else the journal as it
    was has been opened again)."""

    kept: Path | None
    journal: Journal
    error: FettleError | None = None


def file_for(journal: Journal, *, with_uid: bool = True) -> JournalFile:
    """Journal part: what a restore or a damage read needs once ``journal`` is closed.
    ``with_uid`` reads (or, when missing, stores) the id its backups are named with;
    without it, backups are told apart by the file's name."""
    from app import backup

    try:
        folder = backup.folder_for(journal)
    except (storage.DatabaseError, FettleError):  # a damaged file may not say
        folder = backup.default_folder(journal.path)
    uid = backup.journal_uid(journal) if with_uid else None
    return JournalFile(journal.path, folder, JournalKey(journal.key), uid, journal.path.stem)


def backups_of_file(path: Path) -> tuple[Path, list[BackupInfo]]:
    """For a journal whose file cannot be opened (its id, which backup names carry, is
    inside it): the backup folder beside it and the backups named after the file, newest
    first (names, dates and sizes: nothing is opened)."""
    from app import backup

    folder = backup.default_folder(Path(path))
    return folder, backup.list_backups(folder, stem=Path(path).stem)


def file_for_backups(
    path: Path, passphrase: str, infos: list[BackupInfo], *, folder: Path | None = None
) -> JournalFile | None:
    """For a journal whose file cannot be opened: its backups' key from ``passphrase``
    (see ``key_for_backups``), or None when it opens none of ``infos``."""
    from app import backup

    key = key_for_backups(passphrase, infos)
    if key is None:
        return None
    path = Path(path)
    folder = Path(folder) if folder is not None else backup.default_folder(path)
    return JournalFile(path, folder, JournalKey(key), None, path.stem)


def list_backups(file: JournalFile) -> list[BackupInfo]:
    """The journal's own backups, newest first, each opened with its key and checked
    quickly: one made under another passphrase, or damaged, says so."""
    from app import backup

    key = _raw(file.key)
    return [
        backup.preview(info.path, key, full=False)
        for info in backup.list_backups(file.folder, uid=file.uid, stem=file.stem)
    ]


def read_damage(file: JournalFile) -> DamageReport:
    """What can still be read from a damaged journal (read-only) and its newest good
    backup. The file is never written."""
    from app import backup

    return backup.open_damaged(file.path, _raw(file.key), folder=file.folder)


def open_read_only(file: JournalFile) -> Journal:
    """Open the journal read-only (a damaged one, to read and export what is left)."""
    from app.journal.journal import Journal

    return Journal.open_with_key(file.path, _raw(file.key), read_only=True)


def restore_and_reopen(
    file: JournalFile, info: BackupInfo, *, reopen_on_failure: bool = True
) -> Restored:
    """Restore the backup ``info`` over the (closed) journal, keeping the journal as it
    was in the backup folder first, then open whichever journal is in place. A failed
    restore opens the journal as it was and says why (``Restored.error``); without
    ``reopen_on_failure`` (a file that would not open anyway), or when even that cannot
    be opened, the restore's error is raised."""
    from app import backup
    from app.journal.journal import Journal

    key = _raw(file.key)
    try:
        kept = backup.restore(file.path, info.path, key, folder=file.folder)
    except FettleError as exc:
        if not reopen_on_failure:
            raise
        try:
            journal = Journal.open_with_key(file.path, key)
        except FettleError:
            raise exc from None
        return Restored(None, journal, exc)
    return Restored(kept, Journal.open_with_key(file.path, key))


# -- checking ----------------------------------------------------------------------------


class HealthCheck(Frozen):
    """An integrity check's problems (empty when sound) and what a damage read or a
    restore needs once the journal is closed."""

    problems: list[str]
    file: JournalFile


def check_journal(journal: Journal, *, full: bool) -> HealthCheck:
    """Check ``journal`` (``full``: every page; else the quick check). A check that itself
    hits a damaged page reports that as its problem rather than raising."""
    from app import backup

    try:
        problems = journal.check() if full else backup.quick_check(journal)
    except storage.DatabaseError as exc:
        problems = [f"the check stopped: {exc}"]
    return HealthCheck(problems, file_for(journal, with_uid=False))


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
