"""Encrypted backups: take, verify, rotate, preview, restore; reading a damaged journal.

A backup is a copy of the journal under the same key and salt, so it opens with the
passphrase the journal had when the backup was taken. It is written with
``sqlcipher_export`` into a keyed database, so no unencrypted byte of it ever
reaches the disk.

Taking one is crash-safe:

1. export into ``.<name>.partial-<random>`` in the backup folder;
2. open that copy with the key and run ``integrity_check``, ``cipher_integrity_check``
   and an entry count that must match the journal's;
3. fsync it, rename it to ``<journal stem>-<journal id>-<UTC time>.fettle``, fsync
   the folder;
4. only then delete the oldest backups beyond ``backup_keep``, never the new one.

The journal id is a random id stored inside the journal (schema v3). It is in the
name so that it can be read without the key: journals that share a backup folder,
even two both called ``journal.fettle``, only ever rotate, count and clean up files
that carry their own id. Backups named before the id existed (``<stem>-<UTC
time>.fettle``) cannot be told apart, so they are listed but never deleted.

A ``kill -9`` at any point leaves every earlier backup as it was, plus at most a
partial file that the next backup removes. Restoring first copies the current
journal into the backup folder, then renames a verified copy of the backup over
it: the journal file is always either the old one or the restored one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.journal import kdf, private_file, storage

from .errors import (
    BackupFailed,
    DiskFull,
    FettleError,
    JournalCorrupt,
    JournalOpenError,
    JournalReadOnly,
    NotFound,
    WrongPassphrase,
)

if TYPE_CHECKING:
    from app.journal.journal import Journal

FOLDER_NAME = "backups"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_UID = re.compile(r"^[0-9a-f]{16}$")
# <stem>[-<journal id>]-<stamp>[-tag][-n].fettle; the id is absent in names made
# before journals had one. The stem is matched lazily so that a stem with hyphens
# still leaves the id in its own group.
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?:(?P<uid>[0-9a-f]{16})-)?(?P<stamp>\d{8}T\d{12}Z)"
    r"(?P<tag>-[a-z-]+)?(?:-\d+)?" + re.escape(storage.SUFFIX) + "$"
)
_PARTIAL = ".partial-"
# a partial backup, or the rollback journal SQLite keeps beside it while it is written
_PARTIAL_NAME = re.compile(
    r"^\.(?P<target>.+)" + re.escape(_PARTIAL) + r"[0-9a-f]{12}(?:-journal)?$"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``entry_count`` and ``ok`` are None until it was opened."""

    path: Path
    date: dt.datetime  # when it was taken (UTC)
    size: int
    entry_count: int | None = None
    ok: bool | None = None
    problem: str = ""  # plain words when ``ok`` is False

    @property
    def journal_uid(self) -> str | None:
        """The id of the journal it was taken from; None for a name without one."""
        m = _NAME.match(self.path.name)
        return m["uid"] if m else None


@dataclass
class DamageReport:
    """What could be read from a journal that fails its checks."""

    path: Path
    opened: bool  # opened read-only at all
    problems: list[str] = field(default_factory=list)  # page/table names, never content
    readable_entries: int = 0
    total_entries: int | None = None  # None when even the count fails
    newest_backup: BackupInfo | None = None  # newest backup that verified with the key

    @property
    def user_message(self) -> str:
        if not self.opened:
            what = "Fettle could not read this journal at all."
        elif not self.problems and self.readable_entries == self.total_entries:
            return "No damage was found: the journal passed both checks."
        elif self.total_entries is not None and self.readable_entries >= self.total_entries:
            what = (
                f"Part of this journal's file is damaged, but all {self.readable_entries} "
                "entries could still be read. It was opened read-only."
            )
        else:
            what = (
                f"Part of this journal's file is damaged. Fettle could read "
                f"{self.readable_entries} entries; it was opened read-only."
            )
        if self.newest_backup is not None:
            when = self.newest_backup.date.astimezone().strftime("%d %b %Y %H:%M")
            what += (
                f" The newest good backup is from {when} with "
                f"{self.newest_backup.entry_count} entries: you can restore it."
            )
        else:
            what += " No good backup was found."
        return what + " The damaged file was not changed."


# -- folders and names ------------------------------------------------------------


def default_folder(journal_path: Path) -> Path:
    return Path(journal_path).parent / FOLDER_NAME


def journal_uid(journal: Journal) -> str:
    """This journal's random id, which its backups carry in their names.

    Every journal has one from schema v3 on; if the row is missing or mangled, a
    new one is stored (backups named with the lost one are then listed as another
    journal's, never deleted)."""
    row = journal.db.execute("SELECT value FROM meta WHERE key = 'journal_uid'").fetchone()
    if row is not None and _UID.match(str(row[0])):
        return str(row[0])
    uid = secrets.token_hex(8)
    try:
        with journal.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('journal_uid', ?)", (uid,))
    except storage.DatabaseError:  # opened read-only
        raise BackupFailed("journal has no id and is read-only") from None
    return uid


def folder_for(journal: Journal, folder: Path | None = None) -> Path:
    """The folder given, else the one chosen in settings, else ``backups/`` beside it."""
    if folder is not None:
        return Path(folder)
    chosen = journal.settings.get("backup_folder")
    return Path(chosen).expanduser() if chosen else default_folder(journal.path)


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime(_STAMP)


def _date_of(path: Path) -> dt.datetime:
    m = _NAME.match(path.name)
    if m:
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)


def _free_name(folder: Path, stem: str, now: dt.datetime, tag: str = "", uid: str = "") -> Path:
    base = f"{stem}-{uid}-{_stamp(now)}{tag}" if uid else f"{stem}-{_stamp(now)}{tag}"
    target = folder / (base + storage.SUFFIX)
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}{storage.SUFFIX}"
    return target


def _ensure_folder(folder: Path, journal_path: Path) -> None:
    try:
        private_file.private_folder(folder, strict=False)  # 0700; tightened if it is ours
    except OSError as exc:
        raise _folder_error(exc, folder) from None
    if not os.access(folder, os.W_OK):
        raise JournalReadOnly(
            str(folder),
            user_message=(
                "Fettle cannot write to the backup folder. Check its permissions or choose "
                "another folder for backups."
            ),
        )


def _folder_error(exc: BaseException, folder: Path) -> FettleError:
    translated = exc if isinstance(exc, FettleError) else storage.translate_os_error(exc, folder)
    if isinstance(translated, DiskFull):
        return DiskFull(
            str(folder),
            user_message=(
                "There is not enough space for a backup, so none was made. Your journal and "
                "earlier backups were not changed. Free some space and try again."
            ),
        )
    if isinstance(translated, JournalReadOnly):
        return JournalReadOnly(
            str(folder),
            user_message=(
                "Fettle cannot write to the backup folder. Check its permissions or choose "
                "another folder for backups."
            ),
        )
    if isinstance(translated, FettleError):
        return translated
    return BackupFailed(f"{type(exc).__name__}")


def remove_partials(folder: Path, uid: str) -> list[Path]:
    """Delete leftovers of this journal's interrupted backups (they were never valid);
    returns what went.

    Only names of exactly the form Fettle gives them, carrying this journal's id: a
    file of the user's, or another journal's backup in progress, is never touched."""
    gone = []
    with contextlib.suppress(OSError):
        for child in Path(folder).iterdir():
            if _is_partial_of(child.name, uid) and child.is_file():
                with contextlib.suppress(OSError):
                    child.unlink()
                    gone.append(child)
    return gone


def _is_partial_of(name: str, uid: str) -> bool:
    partial = _PARTIAL_NAME.match(name)
    if partial is None:
        return False
    target = _NAME.match(partial["target"])
    return target is not None and target["uid"] == uid and not target["tag"]


# -- taking backups -----------------------------------------------------------------


def backup_now(
    journal: Journal,
    folder: Path | None = None,
    *,
    keep: int | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write a verified, encrypted backup and rotate old ones; returns its path.

    ``keep`` defaults to the ``backup_keep`` setting. Raises ``DiskFull``,
    ``JournalReadOnly`` (folder not writable) or ``BackupFailed``; in every case
    the journal and the earlier backups are unchanged.
    """
    folder = folder_for(journal, folder)
    keep = journal.settings.get("backup_keep") if keep is None else keep
    uid = journal_uid(journal)
    _ensure_folder(folder, journal.path)
    remove_partials(folder, uid)
    target = _free_name(folder, journal.path.stem, now or dt.datetime.now(dt.UTC), uid=uid)
    tmp = folder / f".{target.name}{_PARTIAL}{secrets.token_hex(6)}"

    def verify(db) -> None:
        problems = storage.integrity_errors(db)
        expected = journal.entries.count()  # same thread, journal lock held: consistent
        got = db.execute("SELECT count(*) FROM entries").fetchone()[0]
        if problems or got != expected:
            raise BackupFailed(
                f"copy failed verification ({len(problems)} problems, {got}/{expected} entries)"
            )

    try:
        journal.export_copy(tmp, verify)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
        storage.fsync_dir(folder)
    except (DiskFull, JournalReadOnly) as exc:  # about the backup folder, not the journal
        _unlink_quietly(tmp)
        raise _folder_error(exc, folder) from None
    except FettleError:
        _unlink_quietly(tmp)
        raise
    except (OSError, storage.DatabaseError) as exc:
        _unlink_quietly(tmp)
        raise _folder_error(exc, folder) from None
    rotate(folder, uid, keep, protect=target)
    return target


def rotate(folder: Path, uid: str, keep: int, *, protect: Path | None = None) -> list[Path]:
    """Delete the oldest of this journal's backups beyond ``keep``; returns what went.

    Only backups carrying the journal id ``uid`` are counted or deleted: never
    another journal's, and never one named before journals had an id.
    ``protect`` (the backup just verified) is never deleted, even if the clock went
    backwards and it sorts as old. Backups made before a restore are not rotated.
    """
    keep = max(1, keep)
    mine = [p for p in _own_backups(folder, uid) if not _NAME.match(p.name)["tag"]]
    doomed = [p for p in mine[keep:] if protect is None or p != protect]
    for path in doomed:
        with contextlib.suppress(OSError):
            path.unlink()
    if doomed:
        storage.fsync_dir(folder)
    return doomed


def _backup_files(folder: Path) -> list[Path]:
    try:
        children = list(Path(folder).iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [p for p in children if _NAME.match(p.name) and p.is_file()]


def _own_backups(folder: Path, uid: str) -> list[Path]:
    """Backups carrying the journal id ``uid``, newest first."""
    mine = [p for p in _backup_files(folder) if _NAME.match(p.name)["uid"] == uid]
    mine.sort(key=lambda p: (_date_of(p), p.name), reverse=True)
    return mine


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def needs_backup(
    journal: Journal,
    *,
    max_age: dt.timedelta = dt.timedelta(days=1),
    now: dt.datetime | None = None,
    folder: Path | None = None,
) -> bool:
    """True when this journal's newest backup is older than ``max_age`` (or it has
    none): the app calls this on close and periodically, and backs up when it says so.
    Other journals' backups in the same folder, and those named before journals had
    an id, do not count."""
    found = _own_backups(folder_for(journal, folder), journal_uid(journal))
    if not found:
        return True
    return (now or dt.datetime.now(dt.UTC)) - _date_of(found[0]) >= max_age


# -- looking at backups ---------------------------------------------------------------


def list_backups(
    folder: Path, key: bytes | None = None, *, uid: str | None = None, stem: str | None = None
) -> list[BackupInfo]:
    """Backups in ``folder``, newest first. With ``key``, each is opened and checked
    (see ``preview``); without, only names, dates and sizes are read.

    ``uid`` (an open journal's id): its own backups, plus those named before journals
    had an id (whose they are cannot be told from the name, and hiding one could
    lose it). ``stem`` (a journal that cannot be opened, so its id is unknown): the
    backups named after that file. Neither: every backup in the folder."""
    infos = []
    for path in _backup_files(Path(folder)):
        if not _selected(path.name, uid, stem):
            continue
        if key is not None:
            infos.append(preview(path, key))
        else:
            with contextlib.suppress(OSError):
                infos.append(BackupInfo(path, _date_of(path), path.stat().st_size))
    infos.sort(key=lambda i: (i.date, i.path.name), reverse=True)
    return infos


def _selected(name: str, uid: str | None, stem: str | None) -> bool:
    m = _NAME.match(name)
    if m is None:
        return False
    if uid is not None:
        return m["uid"] in (None, uid)
    return stem is None or m["stem"] == stem


def preview(path: Path, key: bytes, *, full: bool = True) -> BackupInfo:
    """Open a backup read-only with ``key``: its date, entry count and soundness.

    Never raises for a bad backup: ``ok`` is False and ``problem`` says why.
    ``full`` runs both integrity checks (``quick_check`` otherwise).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        date = _date_of(path)
    except OSError:
        return BackupInfo(
            path,
            dt.datetime.fromtimestamp(0, dt.UTC),
            0,
            None,
            False,
            "The backup file cannot be read.",
        )
    try:
        opened = storage.open_keyed(path, key, read_only=True)
    except WrongPassphrase:
        return BackupInfo(
            path,
            date,
            size,
            None,
            False,
            "This backup was made with a different passphrase (perhaps before "
            "you changed it). Use the passphrase you had then.",
        )
    except JournalOpenError as exc:
        return BackupInfo(path, date, size, None, False, exc.user_message)
    try:
        problems = storage.integrity_errors(opened.db, quick=not full)
        count = int(opened.db.execute("SELECT count(*) FROM entries").fetchone()[0])
    except storage.DatabaseError:
        return BackupInfo(path, date, size, None, False, JournalCorrupt.user_message)
    finally:
        opened.close()
    if problems:
        return BackupInfo(path, date, size, count, False, "This backup is damaged.")
    return BackupInfo(path, date, size, count, True)


def newest_good_backup(folder: Path, key: bytes) -> BackupInfo | None:
    """The newest backup that opens with ``key`` and passes both checks."""
    for info in list_backups(folder):
        checked = preview(info.path, key)
        if checked.ok:
            return checked
    return None


# -- restoring ------------------------------------------------------------------------


def restore(
    journal_path: Path, backup_path: Path, key: bytes, *, folder: Path | None = None
) -> Path | None:
    """Replace the journal with a verified copy of a backup; returns where the journal
    as it was has been kept (None if there was no journal).

    The journal must be closed (locked) in every window: Fettle's own lock on it makes
    this raise ``JournalBusy`` otherwise. ``key`` opens the backup. The current file
    is copied as it is (it is encrypted, perhaps damaged or under another passphrase)
    into the backup folder first, named ``…-before-restore``; rotation never removes it.
    """
    # a journal reached through a symlink is replaced where it is, as a re-key does
    journal_path, backup_path = Path(journal_path).resolve(), Path(backup_path)
    folder = Path(folder) if folder is not None else default_folder(journal_path)
    checked = preview(backup_path, key)
    if not checked.ok:
        raise JournalCorrupt(
            str(backup_path),
            user_message=(
                f"That backup cannot be restored: {checked.problem} Nothing was changed."
            ),
        )
    if not journal_path.parent.is_dir():
        raise NotFound(str(journal_path.parent))
    if not os.access(journal_path.parent, os.W_OK):
        raise JournalReadOnly(str(journal_path))
    lock_fd = storage.take_lock(journal_path)  # the same lock every opener takes
    tmp = journal_path.with_name(
        f".{journal_path.name}{storage._TMP_MARK}restore-{secrets.token_hex(6)}"
    )
    kept: Path | None = None
    try:
        if journal_path.exists():
            _ensure_folder(folder, journal_path)
            kept = _free_name(folder, journal_path.stem, dt.datetime.now(dt.UTC), "-before-restore")
            _copy_synced(journal_path, kept)
            storage.fsync_dir(folder)
        _copy_synced(backup_path, tmp)
        again = preview(tmp, key)
        if not again.ok or again.entry_count != checked.entry_count:
            raise BackupFailed("restored copy failed verification")
        # Only now, with a verified copy ready: move aside the old file's unfinished
        # write (its rollback journal), which must never be replayed into the restored
        # file, but which the old file needs if this restore cannot finish.
        hot = journal_path.with_name(journal_path.name + "-journal")
        moved_hot = kept.with_name(kept.name + "-journal") if kept is not None else None
        if moved_hot is not None and hot.exists():
            try:
                os.replace(hot, moved_hot)
            except OSError:  # the backup folder is on another filesystem
                _copy_synced(hot, moved_hot)
                hot.unlink()
            storage.fsync_dir(journal_path.parent)
        try:
            os.replace(tmp, journal_path)
        except OSError:
            if moved_hot is not None and moved_hot.exists() and not hot.exists():
                os.replace(moved_hot, hot)  # the old file stays as it was, with its journal
            raise
        storage.fsync_dir(journal_path.parent)
    except FettleError:
        _unlink_quietly(tmp)
        raise
    except (OSError, storage.DatabaseError) as exc:
        _unlink_quietly(tmp)
        raise _folder_error(exc, journal_path.parent) from None
    finally:
        storage.release_lock(lock_fd, journal_path)
    return kept


def _copy_synced(src: Path, dst: Path) -> None:
    """Byte copy (the source is already encrypted) with private permissions, synced."""
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
            shutil.copyfileobj(fin, fout, 1 << 20)
            fout.flush()
            os.fsync(fout.fileno())
    except BaseException:
        _unlink_quietly(dst)
        raise


# -- integrity ------------------------------------------------------------------------


def quick_check(journal: Journal) -> list[str]:
    """SQLite's ``quick_check`` (fast, for every open); empty when sound. The full
    check, with SQLCipher's page HMACs, is ``Journal.check`` / ``fettle check``."""
    return storage.integrity_errors(journal.db, quick=True)


def open_damaged(path: Path, key: bytes, *, folder: Path | None = None) -> DamageReport:
    """Read what can be read from a damaged journal, read-only, and find the newest
    backup that is good. Never writes to ``path``."""
    path = Path(path)
    folder = Path(folder) if folder is not None else default_folder(path)
    report = DamageReport(path, opened=False)
    try:
        opened = storage.open_keyed(path, key, read_only=True)
    except WrongPassphrase:
        raise
    except JournalOpenError:
        opened = None
    if opened is not None:
        report.opened = True
        db = opened.db
        try:
            for quick in (False, True):
                try:
                    report.problems = storage.integrity_errors(db, quick=quick)
                    break
                except storage.DatabaseError as exc:  # SQLite's words: pages, not content
                    report.problems = [f"the check stopped: {exc}"]
            with contextlib.suppress(storage.DatabaseError):
                report.problems += [
                    str(r[0])
                    for r in db.execute("PRAGMA cipher_integrity_check")
                    if str(r[0]) not in report.problems
                ]
            with contextlib.suppress(storage.DatabaseError):
                report.total_entries = int(db.execute("SELECT count(*) FROM entries").fetchone()[0])
            report.readable_entries = _count_readable(db)
        finally:
            opened.close()
    report.newest_backup = newest_good_backup(folder, key)
    return report


def _count_readable(db) -> int:
    """Entries whose rows can be read whole, scanning until the damage stops the cursor."""
    count = 0
    try:
        for _ in db.execute(
            "SELECT id, kind, day, time, title, body, created_at, updated_at "
            "FROM entries ORDER BY id"
        ):
            count += 1
    except storage.DatabaseError:
        pass
    return count


def after_passphrase_change(journal: Journal) -> str:
    """Take a backup under the new passphrase at once, and say how many older ones
    still open with the old passphrase (people change a passphrase because it may
    be known). Returns a sentence for the user ("" when there is nothing to say)."""
    try:
        backup_now(journal)
    except FettleError as exc:
        return exc.user_message
    folder = folder_for(journal)
    stem = journal.path.stem
    older = [
        i
        for i in list_backups(folder, uid=journal_uid(journal))
        if (i.journal_uid is not None or _NAME.match(i.path.name)["stem"] == stem)
        and not salt_matches(i.path, journal)
    ]
    if not older:
        return ""
    return (
        f"{len(older)} older backup(s) in {folder} still open with your old "
        "passphrase. If someone may know it, delete them; a new backup under the "
        "new passphrase was just made."
    )


def salt_matches(path: Path, journal: Journal) -> bool:
    """True if the backup was taken under the journal's current passphrase and salt."""
    with contextlib.suppress(OSError):
        return kdf.read_salt(path) == kdf.read_salt(journal.path)
    return False
