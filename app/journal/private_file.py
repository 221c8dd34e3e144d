"""Write what the user exported on purpose, safely.

Plaintext leaves the journal only through here. A single file gets a fresh
temporary name created exclusively next to the target (never through a symlink
someone planted), mode 0600 from the first byte whatever the umask or the old
file's mode, synced, then put in place in one step.

A folder export (CSV, Markdown) goes into a folder made private first
(``private_folder``: 0700, so other local users cannot even list the names in it),
is written into a hidden private staging folder inside it, and is moved into place
only once every file is complete (``staged_folder``). Every name is checked before
the first file is written; on any error everything written is removed and the
error says exactly what, if anything, was left.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from app.errors import DiskFull, FettleError, JournalExists

STAGING_PREFIX = ".fettle-export-"
STAGING_SUFFIX = ".partial"


class FolderError(FettleError):
    """A folder cannot be created or used; ``user_message`` says which and why."""


class FolderNotPrivate(FolderError):
    """A folder for plaintext cannot be made readable by its owner only."""


class ExportIncomplete(FettleError):
    """An export failed part-way. ``left`` lists what it wrote that is still on disk
    (normally nothing); ``user_message`` says why it failed and what was left."""

    def __init__(self, detail: str, *, user_message: str, left: list[Path]) -> None:
        super().__init__(detail, user_message=user_message)
        self.left = left


@contextlib.contextmanager
def open_private(
    target: str | os.PathLike[str], *, replace_existing: bool = False, text: bool = True
) -> Iterator[IO]:
    """A file handle whose contents appear at ``target`` only when the block ends
    without an error; refuses to replace a file unless asked (``FileExistsError``)."""
    target = Path(target)
    if not replace_existing and (target.exists() or target.is_symlink()):
        raise FileExistsError(str(target))
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    try:
        os.fchmod(fd, 0o600)
        with (
            os.fdopen(fd, "w", encoding="utf-8", newline="\n") if text else os.fdopen(fd, "wb")
        ) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if replace_existing:
            os.replace(name, target)
        else:
            os.link(name, target)  # fails, rather than replaces, if it appeared meanwhile
            os.unlink(name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


def write_private(
    target: str | os.PathLike[str], data: bytes | str, *, replace_existing: bool = False
) -> None:
    """Write ``data`` to ``target`` (see ``open_private``)."""
    with open_private(target, replace_existing=replace_existing, text=isinstance(data, str)) as fh:
        fh.write(data)


# -- private folders -------------------------------------------------------------------


def private_folder(folder: str | os.PathLike[str], *, strict: bool = True) -> Path:
    """Create ``folder`` (and any missing parents) 0700, or take group and other
    access away from an existing folder the user owns, so nobody else can list it.

    With ``strict`` (plaintext exports) a folder that cannot be made private, because
    it belongs to someone else or its disk keeps no permissions, is refused with
    ``FolderNotPrivate``. Without it (encrypted journals and backups, which are
    often kept on USB sticks) such a folder is used as it is."""
    folder = Path(folder)
    missing: list[Path] = []
    probe = folder
    while not (probe.exists() or probe.is_symlink()) and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue  # made meanwhile; judged below like any existing folder
        except OSError as exc:
            raise _mkdir_error(exc, path) from None
        os.chmod(path, 0o700)  # whatever the umask
    try:
        st = os.stat(folder)
    except OSError as exc:
        raise _mkdir_error(exc, folder) from None
    if not stat.S_ISDIR(st.st_mode):
        raise FolderError(
            str(folder), user_message=(f"{folder} is a file, not a folder. Choose a folder.")
        )
    mine = st.st_uid == os.geteuid()
    if mine and st.st_mode & 0o077:
        with contextlib.suppress(OSError):
            os.chmod(folder, stat.S_IMODE(st.st_mode) & ~0o077)
        st = os.stat(folder)
    if not strict or (mine and not st.st_mode & 0o077):
        return folder
    if not mine:
        raise FolderNotPrivate(
            str(folder),
            user_message=(
                f"The folder {folder} belongs to another user, who could read what Fettle "
                "writes there. Choose a folder of your own, for example in your home folder."
            ),
        )
    raise FolderNotPrivate(
        str(folder),
        user_message=(
            f"Fettle cannot make the folder {folder} private: the disk it is on does not keep "
            "permissions (a USB stick or network drive, perhaps), so other people on this "
            "computer could see the files. Choose a folder in your home folder."
        ),
    )


def _mkdir_error(exc: OSError, path: Path) -> FettleError | OSError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(
            str(path),
            user_message=(
                f"There is no space left to create the folder {path}. Free some space and "
                "try again."
            ),
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FolderError(
            str(path),
            user_message=(
                f"Fettle cannot create the folder {path}: you may not write there. Choose "
                "another folder."
            ),
        )
    if exc.errno == errno.ENOTDIR:
        return FolderError(
            str(path),
            user_message=(
                f"{path} cannot be made: part of that path is a file, not a folder. Choose "
                "another folder."
            ),
        )
    return exc


# -- folder exports ------------------------------------------------------------------


class StagedFolder:
    """The files of one folder export, written into a private staging folder."""

    def __init__(self, folder: Path, staging: Path) -> None:
        self.folder = folder
        self.staging = staging
        self.names: list[str] = []

    @contextlib.contextmanager
    def open(self, name: str) -> Iterator[IO[str]]:
        """A new 0600 text file ``name`` (no folders in it), synced when the block ends."""
        if not name or name.startswith(".") or os.sep in name or name in self.names:
            raise ValueError(f"not a fresh plain file name: {name!r}")
        fd = os.open(
            self.staging / name,
            os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
            0o600,
        )
        self.names.append(name)  # from now on the clean-up knows it
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())


@contextlib.contextmanager
def staged_folder(
    target: str | os.PathLike[str], names: Iterable[str], *, force: bool = False
) -> Iterator[StagedFolder]:
    """Write a folder export safely: ``names`` are the files it will hold, all checked
    against the folder before anything is written (``JournalExists`` unless
    ``force``). Files appear in ``target`` only when the block ends without an error;
    otherwise everything is removed and ``ExportIncomplete`` says what was left."""
    target = Path(target)
    created = _first_missing(target)
    folder = private_folder(target)
    try:
        _check_names(folder, names, force)
        _remove_stale_staging(folder)
    except BaseException:
        _remove_created(folder, created)
        raise
    staged: StagedFolder | None = None
    moved: list[tuple[Path, bool]] = []  # (path, replaced an earlier file)
    try:
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, suffix=STAGING_SUFFIX, dir=folder))
        staged = StagedFolder(folder, staging)
        yield staged
        for name in staged.names:
            dst = folder / name
            replaced = force and os.path.lexists(dst)
            _move(staging / name, dst, force)
            moved.append((dst, replaced))
        os.rmdir(staging)
        _fsync_dir(folder)
    except BaseException as exc:
        left = _clean_up(staged, moved)
        gone = not left and _remove_created(folder, created)
        if not isinstance(exc, Exception):
            raise  # an interrupt: cleaned up, reported by the caller
        raise _incomplete(
            exc, target, left, gone, sum(1 for _, replaced in moved if replaced)
        ) from exc


def _first_missing(target: Path) -> Path | None:
    """The outermost folder of ``target``'s path that does not exist yet, if any."""
    first = None
    probe = target
    while not (probe.exists() or probe.is_symlink()) and probe != probe.parent:
        first = probe
        probe = probe.parent
    return first


def _check_names(folder: Path, names: Iterable[str], force: bool) -> None:
    present = set(os.listdir(folder))
    clashes = [name for name in names if name in present]
    if not clashes:
        return
    if not force:
        more = f" (and {len(clashes) - 1} more of its files)" if len(clashes) > 1 else ""
        raise JournalExists(
            str(folder / clashes[0]),
            user_message=(
                f"{clashes[0]}{more} already exists in that folder, so nothing was written. "
                "Choose an empty folder, or replace the files (--force)."
            ),
        )
    for name in clashes:
        if (folder / name).is_dir() and not (folder / name).is_symlink():
            raise FolderError(
                str(folder / name),
                user_message=(
                    f"{name} in that folder is a folder, so Fettle will not replace it, and "
                    "nothing was written. Choose an empty folder."
                ),
            )


def _remove_stale_staging(folder: Path) -> None:
    """Remove what an export killed part-way left (hidden, private, never complete)."""
    for child in folder.iterdir():
        if (
            child.name.startswith(STAGING_PREFIX)
            and child.name.endswith(STAGING_SUFFIX)
            and child.is_dir()
            and not child.is_symlink()
        ):
            shutil.rmtree(child, ignore_errors=True)


def _move(src: Path, dst: Path, force: bool) -> None:
    if force:
        os.replace(src, dst)
        return
    try:
        os.link(src, dst)  # fails, rather than replaces, if the name appeared meanwhile
    except FileExistsError:
        raise JournalExists(
            str(dst), user_message=(f"{dst.name} appeared in that folder during the export.")
        ) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        if os.path.lexists(dst):  # a disk without hard links
            raise JournalExists(
                str(dst), user_message=(f"{dst.name} appeared in that folder during the export.")
            ) from None
        os.rename(src, dst)
        return
    os.unlink(src)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _clean_up(staged: StagedFolder | None, moved: list[tuple[Path, bool]]) -> list[Path]:
    """Remove every file this export wrote; returns those that could not be removed."""
    left: list[Path] = []
    for path, _replaced in moved:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError:
            left.append(path)
    if staged is not None:
        shutil.rmtree(staged.staging, ignore_errors=True)
        if os.path.lexists(staged.staging):
            left.append(staged.staging)
    return left


def _remove_created(folder: Path, created: Path | None) -> bool:
    """Remove the folders this export created, if still empty; True if all went."""
    if created is None:
        return False
    path = folder
    while True:
        try:
            os.rmdir(path)
        except OSError:
            return False
        if path == created:
            return True
        path = path.parent


def _reason(exc: BaseException) -> str:
    if isinstance(exc, FettleError):
        return exc.user_message
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "The disk is full."
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "Fettle is not allowed to write there."
    if isinstance(exc, OSError):
        return f"The disk reported a problem ({exc.strerror or type(exc).__name__})."
    return f"Something unexpected went wrong ({type(exc).__name__})."


def _incomplete(
    exc: BaseException, target: Path, left: list[Path], folder_gone: bool, replaced: int
) -> ExportIncomplete:
    if left:
        shown = ", ".join(str(p) for p in left[:5])
        if len(left) > 5:
            shown += f" and {len(left) - 5} more"
        after = (
            "These could not be removed and are NOT encrypted, so please delete "
            f"them yourself: {shown}."
        )
    elif folder_gone:
        after = f"Nothing was left behind: the folder {target} it made was removed."
    else:
        after = f"Nothing was left behind: no file from this export is in {target}."
    if replaced:
        after += (
            f" {replaced} files of an earlier export there had already been replaced and are gone."
        )
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        after += " Free some space and try again."
    return ExportIncomplete(
        type(exc).__name__,
        left=left,
        user_message=(f"The export could not be finished. {_reason(exc)} {after}"),
    )


def file_write_failed(exc: BaseException, target: Path, existed: bool) -> ExportIncomplete:
    """The error for a one-file export (see ``open_private``) that failed."""
    left = sorted(p for p in target.parent.glob(f".{target.name}.*.partial") if p.is_file())
    if left:
        after = (
            "This could not be removed and is NOT encrypted, so please delete it "
            f"yourself: {', '.join(map(str, left))}."
        )
    elif existed:
        after = f"Nothing was left behind: the file already at {target} was not changed."
    else:
        after = f"Nothing was left behind: {target} was not written."
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        after += " Free some space and try again."
    return ExportIncomplete(
        type(exc).__name__,
        left=left,
        user_message=(f"The export could not be finished. {_reason(exc)} {after}"),
    )
