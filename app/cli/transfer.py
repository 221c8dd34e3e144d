"""Moving entries in and out of the journal.

    fettle import FILE --format F [--map date=Col,...] [--dry-run] [--with-settings]
    fettle export --json [-o FILE] | --csv DIR | --markdown DIR [--force]

Every export reminds that it is not encrypted, and that a backup is the safe copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .base import UsageError, unlock

UNENCRYPTED = (
    "This export is NOT encrypted: anyone who can read it can read your journal. "
    "For a safe copy, make an encrypted backup instead: fettle backup"
)


def register(sub, parents) -> dict:
    from ..importers import FORMATS

    common = parents.common
    imp = sub.add_parser(
        "import",
        parents=[common],
        help="import entries from a file",
        description="Formats: fettle-json (Fettle's own export), jrnl "
        "(jrnl --export json), csv (any table; see --map), "
        "flaredown (Flaredown's CSV export).",
    )
    imp.add_argument("file")
    imp.add_argument("--format", required=True, choices=FORMATS)
    imp.add_argument(
        "--map",
        metavar="FIELD=Col,...",
        help="csv: which column holds date, time, symptom, severity, title, "
        "note, tags (guessed from the header otherwise)",
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would be imported, change nothing"
    )
    imp.add_argument(
        "--with-settings",
        action="store_true",
        help="fettle-json: also apply the file's settings (lock, backups, …), "
        "which are skipped otherwise; --dry-run lists them",
    )
    export = sub.add_parser("export", parents=[common], help="export (unencrypted!)")
    export.add_argument("--json", action="store_true", help="lossless JSON")
    export.add_argument("-o", "--output", metavar="FILE", help="json: write here, not to stdout")
    export.add_argument("--csv", metavar="DIR", help="one CSV file per table")
    export.add_argument("--markdown", metavar="DIR", help="one Markdown file per entry")
    export.add_argument("--force", action="store_true", help="replace an existing file")
    return {"import": cmd_import, "export": cmd_export}


def cmd_import(args, secrets) -> int:
    from ..importers import commit, parse_mapping, read_file, setting_changes

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
        _print_settings(
            "The file also holds these settings; they are applied only with --with-settings:",
            setting_changes(plan),
        )
        print("Dry run: nothing was imported.")
        return 0
    # Fettle JSON: a profile alone (terms or private topics) is applied too
    terms = getattr(plan, "profile_terms", 0)
    topics = getattr(plan, "profile_topics", 0)
    if (
        not plan.count
        and not terms
        and not topics
        and not (args.with_settings and setting_changes(plan))
    ):
        return 0
    with unlock(args.journal, secrets) as journal:
        changes = setting_changes(plan, journal)
        added = commit(plan, journal, changes if args.with_settings else ())
    said = [f"Imported {added} {'entry' if added == 1 else 'entries'}."]
    if terms:
        said.append(
            f"Added the file's {terms} privacy profile "
            f"{'term' if terms == 1 else 'terms'} to yours."
        )
    if topics:
        said.append(f"Added its {topics} private {'topic' if topics == 1 else 'topics'}.")
    print(" ".join(said))
    if args.with_settings:
        _print_settings("Changed these settings:", changes, done=True)
    elif changes:
        _print_settings(
            f"Skipped {len(changes)} setting{'s' * (len(changes) != 1)} from the "
            "file; yours are kept:",
            changes,
        )
        print(
            "To take a file's settings, add --with-settings when importing it. Importing "
            "this file again would add its entries twice, so change these in Preferences "
            "instead."
        )
    return 0


def _print_settings(heading: str, changes, *, done: bool = False) -> None:
    """List setting changes an import would make, made, or skipped (nothing if none)."""
    if changes:
        print(heading)
        for change in changes:
            print(f"  {change.describe(done=done)}")


def cmd_export(args, secrets) -> int:
    from app.exporters.csv import export_csv
    from app.exporters.markdown import export_markdown

    chosen = [f for f in ("json", "csv", "markdown") if getattr(args, f)]
    if len(chosen) > 1:
        raise UsageError(user_message="Choose one format per export.")
    if not chosen or chosen == ["json"]:
        code = _export_json(args, secrets)
        if args.output and args.output != "-":
            print(
                "For a safe copy, make an encrypted backup instead: fettle backup", file=sys.stderr
            )
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


def _export_json(args, secrets) -> int:
    from app.exporters.json import write_json

    if not args.json:
        raise UsageError(user_message="Choose a format: fettle export --json [-o FILE]")
    with unlock(args.journal, secrets) as journal:
        if args.output and args.output != "-":
            target = Path(args.output)
            if target.exists() and not args.force:
                raise UsageError(
                    user_message=f"{target} already exists; use --force to replace it."
                )
            write_json(journal, target)
            print(
                f"Exported to {target}. This file is NOT encrypted: anyone who can "
                "read it can read your journal.",
                file=sys.stderr,
            )
        else:
            write_json(journal, sys.stdout)
    return 0
