"""Commands on the journal file itself: ``init``, ``check``, ``passwd``, ``remember``."""

from __future__ import annotations

import sys

from app.journal.journal import Journal
from app.journal.private_file import private_folder

from .base import Secrets, unlock

EXIT_ERROR = 1


def register(sub, parents) -> dict:
    common = parents.common
    sub.add_parser("init", parents=[common], help="create a new journal")
    sub.add_parser("check", parents=[common], help="verify the journal's integrity")
    sub.add_parser("passwd", parents=[common], help="change the passphrase")
    remember = sub.add_parser(
        "remember", parents=[common], help="open this journal without a passphrase on this device"
    )
    remember.add_argument("--forget", action="store_true", help="stop remembering it")
    return {"init": cmd_init, "check": cmd_check, "passwd": cmd_passwd, "remember": cmd_remember}


def cmd_init(args, secrets: Secrets) -> int:
    path = args.journal
    private_folder(path.parent, strict=False)  # 0700; tightened if it is ours
    passphrase = secrets.ask("New passphrase: ", confirm=True)
    Journal.create(path, passphrase).lock()
    print(f"Created an encrypted journal at {path}")
    print("Keep your passphrase safe: nobody, including Fettle, can recover it.")
    return 0


def cmd_check(args, secrets: Secrets) -> int:
    with unlock(args.journal, secrets) as journal:
        problems = journal.check()
        count = journal.entries.count()
    if problems:
        print(
            f"The journal has {len(problems)} integrity problem(s). Restore a backup; "
            "your file was not changed.",
            file=sys.stderr,
        )
        for p in problems[:20]:
            print(f"  {p}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Journal OK: {count} entries, encryption and structure verified.")
    return 0


def cmd_passwd(args, secrets: Secrets) -> int:
    from app import usecases
    from app.journal import keystore

    old = secrets.ask("Current passphrase: ")
    with Journal.open(args.journal, old) as journal:
        new = secrets.ask("New passphrase: ", confirm=True)
        change = usecases.change_passphrase(journal, old, new)
    print("Passphrase changed.")
    try:
        if keystore.with_deadline(usecases.move_remembered_key, change):
            print("This device still remembers the journal.")
    except keystore.KeystoreUnavailable as exc:
        print(f"fettle: {exc.user_message}", file=sys.stderr)
    if change.note:
        print(change.note, file=sys.stderr)
    return 0


def cmd_remember(args, secrets: Secrets) -> int:
    """Store the journal's key (never the passphrase) in the OS keystore."""
    from app import usecases
    from app.journal import keystore

    with unlock(args.journal, secrets, use_keyring=False) as journal:
        target = usecases.key_for(journal, with_key=not args.forget)
    keystore.with_deadline(usecases.set_remembered, target, not args.forget)
    if args.forget:
        print("This device no longer remembers the journal.")
    else:
        print(
            "This device now opens the journal without asking. Anyone who can use your "
            "account here can open it too; undo with: fettle remember --forget"
        )
    return 0
