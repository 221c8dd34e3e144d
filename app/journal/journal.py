"""An open journal: its lifecycle (create, unlock, lock, change passphrase) and
the stores that read and write its contents.

    journal = Journal.open(path, passphrase)
    journal.entries.add(Entry("symptom", date.today(), readings=[...]))
    journal.search("fatigue")
    journal.lock()

Every store reaches the database through ``Journal.db``, which raises
``JournalLocked`` once the journal is locked, so nothing can read a closed
journal by accident. Writes go through ``Journal.transaction()``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from app.errors import (
    DiskFull,
    JournalCorrupt,
    JournalLocked,
    JournalReadOnly,
    WrongPassphrase,
)
from app.journal import kdf, schema, storage
from app.models import EntryFilter, SearchHit

TYPE_CHECKING = False  # typing's, without importing typing (2 ms a command, issue 19)
if TYPE_CHECKING:
    from app.journal.catalog import Catalog
    from app.journal.drafts import DraftStore
    from app.journal.entries import EntryStore
    from app.journal.factors import FactorStore
    from app.journal.records import Appointments, ShareLog
    from app.journal.settings import ProfileStore, Settings


def _store(module: str, name: str) -> functools.cached_property:
    """A store made on first use: a command that lists entries never imports the
    drafts', factors', settings' or records' modules (issue 19: start-up speed)."""

    def make(journal: Journal):
        return getattr(importlib.import_module(module), name)(journal)

    make.__doc__ = f"The journal's {name} (``{module}``)."
    return functools.cached_property(make)


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Journal:
    """One unlocked journal. Not thread-safe by itself: callers serialise access
    (the app does all database work on one worker thread); an internal lock
    guards against accidents."""

    def __init__(self, opened: storage.OpenFile, key: bytes) -> None:
        self._file: storage.OpenFile | None = opened
        self._key: bytearray | None = bytearray(key)
        self._lock = threading.RLock()
        self._depth = 0  # transactions open on this journal (nested ones join the outer)

    entries: EntryStore = _store("app.journal.entries", "EntryStore")
    catalog: Catalog = _store("app.journal.catalog", "Catalog")
    profile: ProfileStore = _store("app.journal.settings", "ProfileStore")
    settings: Settings = _store("app.journal.settings", "Settings")
    shares: ShareLog = _store("app.journal.records", "ShareLog")
    appointments: Appointments = _store("app.journal.records", "Appointments")
    drafts: DraftStore = _store("app.journal.drafts", "DraftStore")
    factors: FactorStore = _store("app.journal.factors", "FactorStore")

    # -- lifecycle ---------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        passphrase: str,
        *,
        profile: kdf.KdfProfile = kdf.DEFAULT_PROFILE,
        schema_version: int = schema.LATEST,
    ) -> Journal:
        """Create a new journal file; refuses to overwrite anything."""
        path = Path(path)
        check_passphrase(passphrase)
        salt = kdf.new_salt(profile)
        key = kdf.derive_key(passphrase, salt, profile)

        def initialise(db) -> None:
            schema.migrate(db, schema_version)
            if schema_version >= 1:
                db.execute(
                    "INSERT INTO meta (key, value) VALUES ('created_at', ?), ('kdf', ?)",
                    (utc_now(), profile.describe()),
                )

        storage.create_file(path, key, salt, initialise)
        return cls.open_with_key(path, key, migrate=False)

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str, **kw) -> Journal:
        """Unlock with the passphrase (runs the KDF: call it off the GUI thread)."""
        path = Path(path)
        profile = storage.classify(path)
        key = kdf.derive_key(passphrase, kdf.read_salt(path), profile)
        return cls.open_with_key(path, key, **kw)

    @classmethod
    def open_with_key(
        cls,
        path: str | os.PathLike[str],
        key: bytes,
        *,
        read_only: bool = False,
        migrate: bool = True,
    ) -> Journal:
        path = Path(path)
        opened = storage.open_keyed(path, key, read_only=read_only)
        try:
            if not read_only:
                storage.remove_stale_temps(path)
                if migrate:
                    schema.migrate(opened.db)
            elif schema.version(opened.db) != schema.LATEST:
                raise JournalCorrupt("read-only journal needs a schema upgrade")
        except storage.DatabaseError as exc:
            opened.close()
            raise JournalCorrupt(type(exc).__name__) from None
        except BaseException:
            opened.close()
            raise
        journal = cls(opened, key)
        if not read_only:
            journal._purge_quietly()  # deletes a crash left queued (schema v7)
        return journal

    @property
    def path(self) -> Path:
        return self._open().path

    @property
    def journal_id(self) -> str:
        """Opaque id for the OS keystore; changes with the passphrase."""
        return kdf.journal_id(self._open().salt)

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise JournalLocked()
        return bytes(self._key)

    @property
    def is_locked(self) -> bool:
        return self._file is None

    def _open(self) -> storage.OpenFile:
        if self._file is None:
            raise JournalLocked()
        return self._file

    @property
    def db(self):
        return self._open().db

    def lock(self) -> None:
        """Close the connection and forget the key. Idempotent."""
        with self._lock:
            if self._file is not None:
                self._purge_quietly()  # a deleted entry's words leave the file by now
                if self._file.db.total_changes:
                    # keeps the planner's statistics fresh (SQLite's advice); only after
                    # this session wrote something, so reading never modifies the file
                    with contextlib.suppress(storage.DatabaseError):
                        self._file.db.execute("PRAGMA optimize")
                self._file.close()
                self._file = None
            self._wipe_key()

    def purge_deleted(self, limit: int | None = None) -> int:
        """Take deleted entries' words out of the search index (queued by each delete,
        issue 19); how many entries were done. Reads only, when nothing is queued."""
        from app.journal.search import PENDING, purge_deleted

        with self._lock:
            if not self.db.execute(f"SELECT EXISTS (SELECT 1 FROM {PENDING})").fetchone()[0]:
                return 0
            with self.transaction() as db:
                return purge_deleted(db, limit)

    def _purge_quietly(self) -> None:
        """Purge where failing must not stop what is going on (opening, locking): the
        queue stays, searches keep leaving it out, and the next open or lock tries again."""
        with contextlib.suppress(DiskFull, JournalReadOnly, storage.DatabaseError):
            self.purge_deleted()

    def _wipe_key(self) -> None:
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
            self._key = None

    close = lock

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc) -> None:
        self.lock()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[object]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; rolls back on any error.

        A full disk surfaces as ``DiskFull`` with the journal unchanged. A transaction
        opened inside another joins it, so an import made of many store calls commits
        or rolls back as one.
        """
        with self._lock:
            db = self.db
            if self._depth:
                self._depth += 1
                try:
                    yield db
                finally:
                    self._depth -= 1
                return
            db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield db
                db.execute("COMMIT")
            except BaseException as exc:
                if db.in_transaction:
                    with contextlib.suppress(storage.DatabaseError):
                        db.execute("ROLLBACK")
                translated = storage.translate_os_error(exc, self.path)
                if translated is not exc:
                    raise translated from None
                raise
            finally:
                self._depth = 0

    def change_passphrase(
        self, old: str, new: str, *, profile: kdf.KdfProfile = kdf.DEFAULT_PROFILE
    ) -> None:
        """Re-key the journal. Crash-safe: the file opens with ``old`` or ``new``."""
        check_passphrase(new)
        with self._lock:
            opened = self._open()
            import hmac

            old_key = kdf.derive_key(old, opened.salt, opened.profile)
            if not hmac.compare_digest(old_key, self.key):
                raise WrongPassphrase()
            self.purge_deleted()  # the re-keyed copy holds no deleted entry's words
            new_salt = kdf.new_salt(profile)
            new_key = kdf.derive_key(new, new_salt, profile)
            expected = self.entries.count(EntryFilter())

            def verify(db) -> None:
                problems = storage.integrity_errors(db)
                if problems or db.execute("SELECT count(*) FROM entries").fetchone()[0] != expected:
                    raise JournalCorrupt("re-keyed copy failed verification")
                db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('kdf', ?)",
                    (profile.describe(),),
                )

            tmp = storage.export_rekeyed(opened, new_key, new_salt, verify)
            path = opened.path
            # Fettle's lock stays held from here until the journal is open again under
            # the new key: no other process can open, restore or clean up in between
            lock_fd = opened.release_db()
            self._file = None
            try:
                os.replace(tmp, path)
                storage.fsync_dir(path.parent)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    tmp.unlink()
                self._reopen(path, self.key, lock_fd)  # the old file is still in place
                raise storage.translate_os_error(exc, path) from None
            self._reopen(path, new_key, lock_fd)

    def export_copy(self, target: Path, verify) -> Path:
        """Write a copy under the same key and salt to ``target`` (a temporary name the
        caller renames), check it with ``verify(db)`` on a fresh connection, fsync it.

        Used for backups: the copy opens with the same passphrase, and it is never
        written unencrypted, not even for a moment."""
        with self._lock:
            opened = self._open()
            self.purge_deleted()  # a backup holds no deleted entry's words
            return storage.export_rekeyed(opened, self.key, opened.salt, verify, tmp=target)

    def _reopen(self, path: Path, key: bytes, lock_fd: int | None) -> None:
        """Open again while still holding Fettle's lock (handed over to the file)."""
        self._file = storage.open_keyed(path, key, lock_fd=lock_fd)
        self._wipe_key()
        self._key = bytearray(key)

    # -- queries spanning stores -------------------------------------------

    def search(
        self,
        query: str,
        flt: EntryFilter = EntryFilter(),
        *,
        limit: int = 50,
        offset: int = 0,
        prefix: bool = False,
        order: str = "relevance",
    ) -> list[SearchHit]:
        from app.journal.search import search as run_search

        with self._lock:
            return run_search(
                self.db, query, flt, limit=limit, offset=offset, prefix=prefix, order=order
            )

    def search_count(
        self, query: str, flt: EntryFilter = EntryFilter(), *, prefix: bool = False
    ) -> int:
        """How many entries ``search`` finds in all (it returns one page)."""
        from app.journal.search import count

        with self._lock:
            return count(self.db, query, flt, prefix=prefix)

    def check(self) -> list[str]:
        """Full integrity check (SQLite + SQLCipher HMACs); empty list when sound."""
        with self._lock:
            return storage.integrity_errors(self.db)


MIN_PASSPHRASE_LENGTH = 8


def check_passphrase(passphrase: str) -> None:
    from app.errors import InvalidInput

    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(
            user_message=(
                f"Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters. "
                "A few unrelated words are easy to remember and hard to guess."
            )
        )


__all__ = ["Journal", "DiskFull", "check_passphrase"]
