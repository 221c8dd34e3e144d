"""The journal file: classify, create, open with a key, and re-key atomically.

One journal is one SQLCipher 4 file (``*.fettle``), keyed with a raw 256-bit key
(see ``app.journal.kdf`` for the salt layout). This module knows about files and
connections, not about entries.

Choices:

* ``journal_mode=DELETE`` with ``synchronous=FULL``: a committed write is on disk
  when ``commit`` returns, and when the journal is closed it is exactly one file,
  so copying it is a complete backup. (WAL would leave recent commits in a side
  file a user copying ``*.fettle`` would miss.)
* Opening uses ``mode=rw`` URIs, so a mistyped path can never create a new,
  empty journal.
* Every opener takes an exclusive ``flock`` on a side file, ``.<name>.lock``, so a
  second Fettle process is refused instead of racing the first. The lock is on a
  side file, not on the journal, because a passphrase change and a restore replace
  the journal's file: a lock on the old inode would be released (or meaningless) at
  the very moment the file changes. The side file is never replaced, so one lock is
  held across the whole change, and an opener checks after locking that the file
  it locked is still the one at the path.
* A passphrase change writes a re-keyed copy with ``sqlcipher_export``, checks
  it, fsyncs it and renames it over the original: a crash leaves the old file or
  the new one, never neither.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from pathlib import Path
from urllib.parse import quote

from app.errors import (
    DiskFull,
    ForeignFile,
    JournalBusy,
    JournalCorrupt,
    JournalEmptyFile,
    JournalExists,
    JournalIsFolder,
    JournalNotFound,
    JournalOpenError,
    JournalReadOnly,
    JournalTooNew,
    JournalTruncated,
    PlainSQLiteFile,
    UnrecognisedFile,
    WrongPassphrase,
)
from app.journal import kdf

try:  # POSIX advisory locks; Windows relies on SQLite's own locking
    import fcntl
except ImportError:  # pragma: no cover - not on Linux
    fcntl = None  # type: ignore[assignment]

TYPE_CHECKING = False  # typing's, without importing typing (2 ms a command, issue 19)
if TYPE_CHECKING:
    import sqlcipher3

PAGE_SIZE = 4096  # SQLCipher 4 default
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".fettle"
_TMP_MARK = ".fettle-tmp-"


def _sqlcipher():
    """The SQLCipher driver, loaded when a journal is first opened or created rather than
    with this module: the desktop app reads a journal's header before its unlock screen is
    painted, and the driver held that paint back by about 5 ms (issue 19)."""
    import sqlcipher3

    return sqlcipher3


def load_driver() -> None:
    """Load SQLCipher now, e.g. in the background before a journal is opened."""
    _sqlcipher()


def __getattr__(name: str):
    """``storage.DatabaseError`` (SQLCipher's), without loading the driver on import."""
    if name == "DatabaseError":
        return _sqlcipher().DatabaseError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class OpenFile:
    """A keyed, open connection plus what we know about its file. (A plain class, not a
    dataclass: importing ``dataclasses`` costs every command 5 ms, issue 19.)"""

    __slots__ = ("db", "path", "salt", "profile", "lock_fd")

    def __init__(
        self,
        db: sqlcipher3.Connection,
        path: Path,
        salt: bytes,
        profile: kdf.KdfProfile,
        lock_fd: int | None,
    ) -> None:
        self.db = db
        self.path = path
        self.salt = salt
        self.profile = profile
        self.lock_fd = lock_fd

    def __repr__(self) -> str:
        return (
            f"OpenFile({self.path!s}, profile {self.profile.id}, locked={self.lock_fd is not None})"
        )

    def close(self) -> None:
        release_lock(self.release_db(), self.path)

    def release_db(self) -> int | None:
        """Close the connection but keep Fettle's lock: returns the lock, which the
        caller now owns (to reopen with, or to release with ``release_lock``)."""
        with contextlib.suppress(Exception):
            self.db.close()
        fd, self.lock_fd = self.lock_fd, None
        return fd


_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"\x1f\x8b", "a compressed (gzip) file"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"{", "a text (JSON) file"),
    (b"[", "a text (JSON) file"),
)


def recognise(head: bytes) -> str:
    """A plain description of a well-known file format, or ''."""
    for magic, what in _SIGNATURES:
        if head.startswith(magic):
            return what
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    if text.isprintable() or all(c.isprintable() or c in "\r\n\t" for c in text):
        return "a text file"
    return ""


def classify(path: Path) -> kdf.KdfProfile:
    """Check the file looks like a journal before any key is tried.

    Returns the KDF profile named in its header, or raises an error that says
    what the file is instead. Reads at most the first 16 bytes.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise JournalNotFound(str(path)) from None
    except PermissionError:
        raise JournalReadOnly(
            str(path),
            user_message=("Fettle is not allowed to read that file. Check its permissions."),
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise JournalIsFolder(str(path))
    if not stat.S_ISREG(st.st_mode):
        raise ForeignFile(str(path))
    if st.st_size == 0:
        raise JournalEmptyFile(str(path))
    try:
        head = kdf.read_salt(path)
    except PermissionError:
        raise JournalReadOnly(
            str(path),
            user_message=("Fettle is not allowed to read that file. Check its permissions."),
        ) from None
    if head == SQLITE_MAGIC:
        raise PlainSQLiteFile(str(path))
    if not head.startswith(kdf.MAGIC):
        what = recognise(head)
        if what:
            raise ForeignFile(str(path), what=what)
        raise UnrecognisedFile(str(path))
    if st.st_size < PAGE_SIZE or st.st_size % PAGE_SIZE:
        raise JournalTruncated(f"size {st.st_size}")
    profile = kdf.profile_for_salt(head)
    if profile is None:
        raise JournalTooNew(f"unknown KDF profile {head[3]}")
    return profile


def _connect(path: Path, mode: str) -> sqlcipher3.Connection:
    uri = f"file:{quote(str(path))}?mode={mode}"
    db = _sqlcipher().connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    return db


def _apply_key(db: sqlcipher3.Connection, key: bytes, salt: bytes) -> None:
    # SQLCipher can wipe and mlock every allocation (cipher_memory_security), but
    # measured with python -m tests.benchmarks.bench_storage it made inserts 9x and searches 6x slower,
    # for every connection in the process. Decrypted pages are instead kept off disk
    # by the process hardening (no core dumps, not dumpable); swap is the OS's to
    # encrypt. Set explicitly so a changed default cannot slip in unnoticed.
    db.execute("PRAGMA cipher_memory_security = OFF")
    material = kdf.sqlcipher_key_material(key, salt)
    try:
        db.set_key(material)  # sqlite3_key: no SQL text holding the key
    finally:
        kdf.wipe(material)
    # SQLCipher's own log could name files or carry error details: keep it silent.
    with contextlib.suppress(_sqlcipher().DatabaseError):
        db.execute("PRAGMA cipher_log_level = NONE")


def _configure(db: sqlcipher3.Connection) -> None:
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA secure_delete = ON")
    db.execute("PRAGMA busy_timeout = 2000")


def lock_path(path: Path) -> Path:
    """The side file that carries Fettle's lock on the journal at ``path``."""
    return path.with_name(f".{path.name}.lock")


def take_lock(path: Path, *, shared: bool = False) -> int | None:
    """Fettle's lock on the journal at ``path`` (resolved), or ``JournalBusy``.

    Exclusive for writers, shared for read-only openers. Never waits.
    """
    if fcntl is None:
        return None
    path = Path(path).resolve()
    side = lock_path(path)
    for _attempt in range(20):
        try:
            fd = os.open(
                side, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0), 0o600
            )
        except FileNotFoundError:
            raise JournalNotFound(str(path)) from None
        except OSError as exc:
            if shared and exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
                return _lock_journal_itself(path)  # reading from a read-only place
            if exc.errno == errno.ELOOP:
                raise JournalOpenError(
                    str(side),
                    user_message=(
                        "Something unexpected is in the journal's folder (a link where "
                        "Fettle keeps its lock). Nothing was changed."
                    ),
                ) from None
            raise translate_os_error(exc, path) from None
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise JournalBusy(str(path)) from None
        # the side file we locked must still be the one at its path: a process that
        # removed it (a demo journal closing) may have done so while we waited
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(side, follow_symlinks=False))
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)
    raise JournalBusy(str(path))


def _lock_journal_itself(path: Path) -> int:
    """A shared lock on the journal file, where no side file can be made (a journal
    on read-only media, opened read-only: no Fettle process can write it there)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise JournalNotFound(str(path)) from None
    except PermissionError:
        raise JournalReadOnly(str(path)) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise JournalBusy(str(path)) from None
    return fd


def release_lock(fd: int | None, path: Path | None = None) -> None:
    """Release Fettle's lock; with the journal's ``path``, also remove the side file
    when no other Fettle process holds it (so a closed journal leaves no trace).

    Safe against openers racing us: one that opened the old side file finds it gone
    from the path once it has the lock, and tries again on a new one.
    """
    if fd is None:
        return
    try:
        if path is not None and fcntl is not None:
            side = lock_path(Path(path).resolve())
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # no one else holds it
                if os.path.samestat(os.fstat(fd), os.stat(side, follow_symlinks=False)):
                    os.unlink(side)
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)  # closing releases the flock


def open_keyed(
    path: Path, key: bytes, *, read_only: bool = False, lock_fd: int | None = None
) -> OpenFile:
    """Open an existing journal with a derived key.

    Raises ``WrongPassphrase`` when the key does not fit, never modifying the file.
    ``lock_fd`` is Fettle's lock when the caller holds it already (reopening after a
    re-key); this function owns it from then on, and releases it if opening fails.
    """
    # a journal reached through a symlink (e.g. into a synced folder) is replaced
    # in place on re-key or restore, not by a new file where the link was
    path = Path(path).resolve()
    db = None
    try:
        profile = classify(path)
        if not read_only and not os.access(path, os.W_OK):
            raise JournalReadOnly(str(path))
        if not read_only and not os.access(path.parent, os.W_OK):
            raise JournalReadOnly(str(path))  # SQLite needs the folder for its journal file
        if lock_fd is None:
            lock_fd = take_lock(path, shared=read_only)
        salt = kdf.read_salt(path)  # under the lock: a re-key elsewhere has finished
        profile = classify(path)
        db = _connect(path, "ro" if read_only else "rw")
        _apply_key(db, key, salt)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except _sqlcipher().DatabaseError as exc:
            if "not a database" in str(exc) or "encrypted" in str(exc):
                raise WrongPassphrase() from None
            raise JournalCorrupt(type(exc).__name__) from None
        if read_only:
            db.execute("PRAGMA query_only = ON")
        else:
            _configure(db)
        return OpenFile(db, path, salt, profile, lock_fd)
    except BaseException:
        if db is not None:
            db.close()
        release_lock(lock_fd, path)
        raise


def _tmp_sibling(path: Path, purpose: str) -> Path:
    return path.with_name(f".{path.name}{_TMP_MARK}{purpose}-{os.urandom(6).hex()}")


def remove_stale_temps(path: Path) -> None:
    """Remove encrypted leftovers of a create or re-key that was killed midway."""
    prefix = f".{path.name}{_TMP_MARK}"
    with contextlib.suppress(OSError):
        for sibling in path.parent.iterdir():
            if sibling.name.startswith(prefix):
                with contextlib.suppress(OSError):
                    sibling.unlink()


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on every platform
        fsync_path(folder)


def translate_os_error(exc: BaseException, path: Path) -> BaseException:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DiskFull(str(path))
    # a driver's error only if something loaded that driver: an error raised before any
    # connection (a lock file) must not load SQLCipher, nor sqlite3 (it costs every command)
    drivers = (
        getattr(sys.modules.get("sqlcipher3"), "DatabaseError", None),
        getattr(sys.modules.get("sqlite3"), "Error", None),
    )
    errors = tuple(e for e in drivers if e is not None)
    if errors and isinstance(exc, errors) and "full" in str(exc).lower():
        return DiskFull(str(path))
    if isinstance(exc, PermissionError) or (
        isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES)
    ):
        return JournalReadOnly(str(path))
    return exc


def create_file(path: Path, key: bytes, salt: bytes, initialise) -> None:
    """Create a new journal at ``path`` atomically; never overwrites anything.

    ``initialise(db)`` builds the schema inside the new, keyed database. The file
    appears at ``path`` only once it is complete and synced.
    """
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise JournalExists(str(path))
    folder = path.parent
    if not folder.is_dir():
        raise JournalOpenError(
            str(folder),
            user_message=("The folder for the journal does not exist. Choose another location."),
        )
    tmp = _tmp_sibling(path, "create")
    try:
        db = _connect(tmp, "rwc")
        try:
            _apply_key(db, key, salt)
            _configure(db)
            initialise(db)
        finally:
            db.close()
        os.chmod(tmp, 0o600)  # private whatever the umask (library use, tests)
        fsync_path(tmp)
        try:
            os.link(tmp, path)  # fails if something appeared at path meanwhile
        except FileExistsError:
            raise JournalExists(str(path)) from None
        except OSError:
            if path.exists():
                raise JournalExists(str(path)) from None
            os.rename(tmp, path)  # filesystems without hard links
        fsync_dir(folder)
    except (OSError, _sqlcipher().DatabaseError) as exc:
        raise translate_os_error(exc, path) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def export_rekeyed(
    of: OpenFile, new_key: bytes, new_salt: bytes, verify, *, tmp: Path | None = None
) -> Path:
    """Write a copy of the open journal under a new key, verified and synced.

    ``verify(db)`` runs on a fresh connection to the copy and raises if it is not
    sound. Returns the temporary path (``tmp`` if given, e.g. in a backup folder,
    else a sibling of the journal); the caller renames it into place.
    """
    tmp = Path(tmp) if tmp is not None else _tmp_sibling(of.path, "rekey")
    db = of.db
    try:
        material = kdf.sqlcipher_key_material(new_key, new_salt)
        try:
            db.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(tmp), material))
        finally:
            kdf.wipe(material)
        try:
            db.execute("SELECT sqlcipher_export('rekeyed')")
            version = db.execute("PRAGMA main.user_version").fetchone()[0]
            db.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        finally:
            db.execute("DETACH DATABASE rekeyed")
        check = _connect(tmp, "rw")
        try:
            _apply_key(check, new_key, new_salt)
            verify(check)
        finally:
            check.close()
        if kdf.read_salt(tmp) != new_salt:
            raise JournalCorrupt("re-keyed copy has the wrong header")
        os.chmod(tmp, 0o600)
        fsync_path(tmp)
        return tmp
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, (OSError, _sqlcipher().DatabaseError)):
            raise translate_os_error(exc, of.path) from None
        raise


def integrity_errors(db: sqlcipher3.Connection, *, quick: bool = False) -> list[str]:
    """Problems found by SQLite's and SQLCipher's checks (empty when sound).

    The messages name pages and tables, never content.
    """
    problems: list[str] = []
    pragma = "quick_check" if quick else "integrity_check"
    rows = [r[0] for r in db.execute(f"PRAGMA {pragma}")]
    if rows != ["ok"]:
        problems.extend(str(r) for r in rows)
    if not quick:
        problems.extend(str(r[0]) for r in db.execute("PRAGMA cipher_integrity_check"))
    return problems
