"""Encrypted backups.

fettle backup [--to DIR]                 encrypted, verified backup now
fettle backups [--to DIR]                list backups: date, entries, size
fettle restore BACKUP [--yes]            preview, confirm, restore (current kept)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import backup
from app.journal import kdf

from ..errors import WrongPassphrase
from .base import UsageError, keystore_or_none, unlock

UNENCRYPTED = (
    "This export is NOT encrypted: anyone who can read it can read your journal. "
    "For a safe copy, make an encrypted backup instead: fettle backup"
)


def _when(info: backup.BackupInfo) -> str:
    return info.date.astimezone().strftime("%Y-%m-%d %H:%M")


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / (1024 * 1024):.1f} MB"


def cmd_backup(args, secrets) -> int:
    with unlock(args.journal, secrets) as journal:
        path = backup.backup_now(journal, args.to)
        count = journal.entries.count()
    print(f"Backed up {count} entries to {path}")
    print("The backup is encrypted and opens with your current passphrase.")
    return 0


def cmd_backups(args, secrets) -> int:
    with unlock(args.journal, secrets) as journal:
        folder = backup.folder_for(journal, args.to)
        salt = kdf.read_salt(journal.path)
        key = journal.key
        uid = backup.journal_uid(journal)
    found = backup.list_backups(folder, uid=uid)  # never another journal's
    if not found:
        print(f"No backups of this journal in {folder}.", file=sys.stderr)
        return 0
    for info in found:
        if kdf.read_salt(info.path) == salt:
            info = backup.preview(info.path, key, full=False)
            state = f"{info.entry_count:>7} entries" if info.ok else "  DAMAGED     "
        else:
            state = "  (earlier passphrase)"
        print(f"{_when(info)}  {state}  {_size(info.size):>8}  {info.path.name}")
    return 0


def _backup_key(path: Path, args, secrets) -> bytes:
    """The key for a backup: remembered for its salt, else from its passphrase."""
    from app import usecases

    usecases.check_file(path)
    if not secrets.from_descriptor:
        key = keystore_or_none(usecases.remembered_key, path)
        if key is not None:
            return key
    return usecases.backup_key(path, secrets.ask(f"Passphrase for the backup {path.name}: "))


def _confirm(question: str) -> bool:
    print(question + " [y/N] ", end="", flush=True, file=sys.stderr)
    answer = sys.stdin.readline(64)  # bounded: stdin may be a pipe that never ends a line
    return answer.strip().lower() in ("y", "yes")


def cmd_restore(args, secrets) -> int:
    source = Path(args.backup)
    key = _backup_key(source, args, secrets)
    info = backup.preview(source, key)
    if info.ok is False and info.entry_count is None and "passphrase" in info.problem:
        raise WrongPassphrase()
    if not info.ok:
        raise UsageError(user_message=f"That backup cannot be restored: {info.problem}")
    print(f"Backup of {_when(info)}: {info.entry_count} entries, {_size(info.size)}.")
    if not args.yes and not _confirm(
        f"Replace the journal at {args.journal} with it? (the current journal is kept as a backup)"
    ):
        print("Nothing was changed.", file=sys.stderr)
        return 1
    from app import usecases

    kept = usecases.restore_backup(args.journal, source, key, folder=args.to)
    print(f"Restored {info.entry_count} entries.")
    if kept is not None:
        print(f"The journal as it was is kept at {kept}")
    return 0


def register(sub, parents) -> dict:
    common = parents.common
    folder = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    folder.add_argument(
        "--to",
        type=Path,
        metavar="DIR",
        help="backup folder (default: the one in settings, else backups/ next to the journal)",
    )
    sub.add_parser("backup", parents=[common, folder], help="make an encrypted backup now")
    sub.add_parser("backups", parents=[common, folder], help="list backups")
    restore = sub.add_parser(
        "restore", parents=[common, folder], help="restore a backup (the current journal is kept)"
    )
    restore.add_argument("backup", help="the backup file (see: fettle backups)")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return {"backup": cmd_backup, "backups": cmd_backups, "restore": cmd_restore}
