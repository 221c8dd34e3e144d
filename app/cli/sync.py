"""Sync between devices through a folder the user already syncs (app/sync).

fettle sync --folder DIR                  set up (or change) the sync folder, then sync
fettle sync                               sync with the folder set up before
fettle sync --join DIR --journal NEW      a second device: a new journal from the folder
"""

from __future__ import annotations

import sys
from pathlib import Path

from .base import Secrets, UsageError, unlock


def register(sub, parents) -> dict:
    p = sub.add_parser(
        "sync", parents=[parents.common], help="sync with your other devices through a folder"
    )
    p.add_argument(
        "--folder",
        type=Path,
        metavar="DIR",
        help="the folder your file-sync tool shares (first use sets it)",
    )
    p.add_argument(
        "--join",
        type=Path,
        metavar="DIR",
        help="make a new journal (--journal) from a folder another device syncs",
    )
    p.add_argument("--name", default="", help="what other devices call this one")
    return {"sync": cmd_sync}


def _print_report(report) -> None:
    with_whom = ", ".join(dict.fromkeys(report.devices)) or "no other device yet"
    print(f"Synced with {with_whom}: {report.sent} change(s) sent, {report.received} received.")
    if report.conflicts:
        print(
            f"{report.conflicts} change(s) clashed with edits on this device; both "
            "versions are kept in your journal."
        )
    for notice in dict.fromkeys(report.notices):  # done, nothing lost: worth knowing
        print(notice)
    if report.removed:
        print(
            f"Compacted the sync folder: {report.removed} old file(s) every device has "
            "read were removed."
        )
    for problem in dict.fromkeys(report.problems):
        print(f"fettle: {problem}", file=sys.stderr)


def cmd_sync(args, secrets: Secrets) -> int:
    from app.journal.journal import Journal
    from app.sync import engine

    if args.join is not None:
        if args.folder is not None:
            raise UsageError(user_message="Use either --join or --folder, not both.")
        if args.journal.exists():
            raise UsageError(
                user_message=f"{args.journal} already exists. Choose a new "
                "file name with --journal to join with."
            )
        passphrase = secrets.ask("Passphrase of the synced journal: ")
        journal, report = engine.join(args.join, args.journal, passphrase, name=args.name)
        with journal:
            count = journal.entries.count()
        print(f"Created {args.journal} from the sync folder: {count} entries.")
        _print_report(report)
        return 0
    if args.folder is not None:
        passphrase = secrets.ask(f"Passphrase for {args.journal.name}: ")
        with Journal.open(args.journal, passphrase) as journal:
            engine.set_up(journal, args.folder, passphrase)
            if args.name:
                engine.set_device_name(journal, args.name)
            report = engine.sync_now(journal)
        _print_report(report)
        return 0
    with unlock(args.journal, secrets) as journal:
        if args.name:
            engine.set_device_name(journal, args.name)
        report = engine.sync_now(journal)
    _print_report(report)
    return 0
