"""Sync between devices through a folder the user already syncs (app/sync).

fettle sync --folder DIR                  set up (or change) the sync folder, then sync
fettle sync                               sync with the folder set up before
fettle sync --join DIR --journal NEW      a second device: a new journal from the folder
fettle sync --devices                     the devices this journal syncs with
fettle sync --forget DEVICE               forget a device gone for good (its name or id)
fettle sync --stop                        stop syncing on this device
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
    p.add_argument(
        "--devices", action="store_true", help="list the devices and when each last synced"
    )
    p.add_argument(
        "--forget",
        metavar="DEVICE",
        help="forget a device that is gone for good (its name, or the start of its id "
        "from --devices), so the folder no longer waits for it",
    )
    p.add_argument(
        "--stop", action="store_true", help="stop syncing on this device (it is forgotten)"
    )
    return {"sync": cmd_sync}


def _when(at) -> str:
    if at is None:
        return "not known yet"
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _find_device(found, wanted: str):
    """The one device ``wanted`` names: by name (any case), else by the start of its id."""
    plain = " ".join(wanted.split()).casefold()
    matches = [d for d in found if d.name and d.name.casefold() == plain]
    if not matches and len(plain) >= 4:
        matches = [d for d in found if d.id.startswith(plain)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise UsageError(
            user_message=f"More than one device is called {wanted!r}. Name it by the start "
            "of its id instead (fettle sync --devices shows them)."
        )
    raise UsageError(
        user_message=f"No device called {wanted!r} syncs with this journal. "
        "fettle sync --devices lists them. Nothing was changed."
    )


def _devices(journal) -> int:
    from app.sync import membership

    for device in membership.devices(journal):
        label = device.name or "a device that has not told its name"
        mine = " (this device)" if device.this_device else ""
        print(f"{device.id[:8]}  {label}{mine}: last synced {_when(device.last_synced)}")
    return 0


def _forget(journal, wanted: str) -> int:
    from app.sync import membership

    found = [d for d in membership.devices(journal) if not d.this_device]
    device = _find_device(found, wanted)
    membership.forget_device(journal, device.id)
    print(
        f"Forgot {device.name or device.id[:8]}: the sync folder no longer waits for it, "
        "and it can no longer sync. Everything it sent before stays in your journal. "
        "Should it come back, it will be told to join again as a new device."
    )
    return 0


def _stop(journal) -> int:
    from app.sync import membership

    if membership.stop_syncing(journal):
        print(
            "This device no longer syncs. What was waiting was sent, and your other "
            "devices will no longer wait for it. Your journal here is unchanged."
        )
    else:
        print(
            "This device no longer syncs. Your journal here is unchanged. The sync folder "
            "could not be reached, so your other devices do not know yet: forget this "
            "device there (fettle sync --forget NAME) so the folder does not wait for it."
        )
    return 0


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

    chosen = [flag for flag in ("devices", "forget", "stop") if getattr(args, flag)]
    if len(chosen) > 1 or (chosen and (args.folder or args.join) is not None):
        raise UsageError(
            user_message="Use one of --devices, --forget, --stop, --folder, --join at a time."
        )
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
        if args.devices:
            return _devices(journal)
        if args.forget:
            return _forget(journal, args.forget)
        if args.stop:
            return _stop(journal)
        if args.name:
            engine.set_device_name(journal, args.name)
        report = engine.sync_now(journal)
    _print_report(report)
    return 0
