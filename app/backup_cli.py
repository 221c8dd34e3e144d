"""Commands for keeping data safe and portable.

    fettle backup [--to DIR]                 encrypted, verified backup now
    fettle backups [--to DIR]                list backups: date, entries, size
    fettle restore BACKUP [--yes]            preview, confirm, restore (current kept)
    fettle import FILE --format F [--map date=Col,...] [--dry-run] [--with-settings]
    fettle export --csv DIR | --markdown DIR [--force]

``export`` is the core command (``--json``); this module adds its other formats
and reminds, after every export, that an encrypted backup is the safe copy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import backup, kdf, storage
from .cli import UsageError, cmd_export, unlock
from .errors import WrongPassphrase

UNENCRYPTED = ("This export is NOT encrypted: anyone who can read it can read your journal. "
               "For a safe copy, make an encrypted backup instead: fettle backup")


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
    profile = storage.classify(path)
    salt = kdf.read_salt(path)
    if secrets._fd_lines is None:
        from . import keystore

        key = keystore.recall_key(kdf.journal_id(salt))
        if key is not None:
            return key
    passphrase = secrets.ask(f"Passphrase for the backup {path.name}: ")
    return kdf.derive_key(passphrase, salt, profile)


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
    if not args.yes and not _confirm(f"Replace the journal at {args.journal} with it? "
                                     "(the current journal is kept as a backup)"):
        print("Nothing was changed.", file=sys.stderr)
        return 1
    kept = backup.restore(args.journal, source, key, folder=args.to)
    print(f"Restored {info.entry_count} entries.")
    if kept is not None:
        print(f"The journal as it was is kept at {kept}")
    return 0


def cmd_import(args, secrets) -> int:
    from .importers import commit, parse_mapping, read_file, setting_changes

    if args.map and args.format != "csv":
        raise UsageError(user_message="--map is for --format csv.")
    if args.with_settings and args.format != "fettle-json":
        raise UsageError(user_message="--with-settings is for --format fettle-json.")
    mapping = parse_mapping(args.map) if args.map else None
    plan = read_file(Path(args.file), args.format, mapping)
    print(f"{Path(args.file).name}: {plan.describe()}")
    for warning in plan.warnings:
        print(f"Note: {warning}")
    if args.dry_run:
        _print_settings("The file also holds these settings; they are applied only with "
                        "--with-settings:", setting_changes(plan))
        print("Dry run: nothing was imported.")
        return 0
    terms = getattr(plan, "profile_terms", 0)  # Fettle JSON: a profile alone is applied too
    if not plan.count and not terms and not (args.with_settings and setting_changes(plan)):
        return 0
    with unlock(args.journal, secrets) as journal:
        changes = setting_changes(plan, journal)
        added = commit(plan, journal, changes if args.with_settings else ())
    print(f"Imported {added} entries." + (f" Added the file's {terms} privacy profile "
                                          "terms to yours." if terms else ""))
    if args.with_settings:
        _print_settings("Changed these settings:", changes, done=True)
    elif changes:
        _print_settings(f"Skipped {len(changes)} setting{'s' * (len(changes) != 1)} from the "
                        "file; yours are kept:", changes)
        print("To take a file's settings, add --with-settings when importing it. Importing "
              "this file again would add its entries twice, so change these in Preferences "
              "instead.")
    return 0


def _print_settings(heading: str, changes, *, done: bool = False) -> None:
    """List setting changes an import would make, made, or skipped (nothing if none)."""
    if changes:
        print(heading)
        for change in changes:
            print(f"  {change.describe(done=done)}")


def cmd_export_formats(args, secrets) -> int:
    from .export_csv import export_csv
    from .export_markdown import export_markdown

    chosen = [f for f in ("json", "csv", "markdown") if getattr(args, f)]
    if len(chosen) > 1:
        raise UsageError(user_message="Choose one format per export.")
    if not chosen or chosen == ["json"]:
        code = cmd_export(args, secrets)
        if args.output and args.output != "-":
            print("For a safe copy, make an encrypted backup instead: fettle backup",
                  file=sys.stderr)
        return code
    with unlock(args.journal, secrets) as journal:
        if args.csv:
            files = export_csv(journal, Path(args.csv), force=args.force)
            print(f"Wrote {len(files)} CSV files ({files['entries.csv']} entries) to {args.csv}")
        else:
            count = export_markdown(journal, Path(args.markdown), force=args.force)
            print(f"Wrote {count} Markdown files to {args.markdown}")
    print(UNENCRYPTED, file=sys.stderr)
    return 0


def register(sub, common) -> dict:
    from .importers import FORMATS

    folder = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    folder.add_argument("--to", type=Path, metavar="DIR",
                        help="backup folder (default: the one in settings, else backups/ "
                             "next to the journal)")
    sub.add_parser("backup", parents=[common, folder], help="make an encrypted backup now")
    sub.add_parser("backups", parents=[common, folder], help="list backups")
    restore = sub.add_parser("restore", parents=[common, folder],
                             help="restore a backup (the current journal is kept)")
    restore.add_argument("backup", help="the backup file (see: fettle backups)")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    imp = sub.add_parser("import", parents=[common], help="import entries from a file",
                         description="Formats: fettle-json (Fettle's own export), jrnl "
                                     "(jrnl --export json), csv (any table; see --map), "
                                     "flaredown (Flaredown's CSV export).")
    imp.add_argument("file")
    imp.add_argument("--format", required=True, choices=FORMATS)
    imp.add_argument("--map", metavar="FIELD=Col,...",
                     help="csv: which column holds date, time, symptom, severity, title, "
                          "note, tags (guessed from the header otherwise)")
    imp.add_argument("--dry-run", action="store_true",
                     help="show what would be imported, change nothing")
    imp.add_argument("--with-settings", action="store_true",
                     help="fettle-json: also apply the file's settings (lock, backups, …), "
                          "which are skipped otherwise; --dry-run lists them")
    export = sub.choices.get("export")
    if export is not None:
        export.add_argument("--csv", metavar="DIR", help="one CSV file per table")
        export.add_argument("--markdown", metavar="DIR", help="one Markdown file per entry")
    return {"backup": cmd_backup, "backups": cmd_backups, "restore": cmd_restore,
            "import": cmd_import, "export": cmd_export_formats}
