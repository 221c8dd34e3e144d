"""Commands on the journal file itself: ``init``, ``check``, ``passwd``, ``remember``."""

from __future__ import annotations

import sys

from app.journal.journal import Journal
from app.journal.private_file import private_folder

from .base import Secrets, recall_remembered, unlock

EXIT_ERROR = 1


def register(sub, parents) -> dict:
    common = parents.common
    sub.add_parser("init", parents=[common], help="create a new journal")
    sub.add_parser("check", parents=[common], help="verify the journal's integrity")
    sub.add_parser("passwd", parents=[common], help="change the passphrase")
    remember = sub.add_parser("remember", parents=[common],
                              help="open this journal without a passphrase on this device")
    remember.add_argument("--forget", action="store_true", help="stop remembering it")
    return {"init": cmd_init, "check": cmd_check, "passwd": cmd_passwd,
            "remember": cmd_remember}


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
        print(f"The journal has {len(problems)} integrity problem(s). Restore a backup; "
              "your file was not changed.", file=sys.stderr)
        for p in problems[:20]:
            print(f"  {p}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Journal OK: {count} entries, encryption and structure verified.")
    return 0


def cmd_passwd(args, secrets: Secrets) -> int:
    from app.journal import keystore

    from ..backup import after_passphrase_change

    old = secrets.ask("Current passphrase: ")
    with Journal.open(args.journal, old) as journal:
        new = secrets.ask("New passphrase: ", confirm=True)
        old_id = journal.journal_id
        remembered = recall_remembered(old_id) is not None
        journal.change_passphrase(old, new)
        print("Passphrase changed.")
        try:  # the old key opens nothing any more; a remembered journal stays remembered
            keystore.with_deadline(keystore.forget_key, old_id)
            if remembered:
                keystore.with_deadline(keystore.remember_key, journal.journal_id, journal.key)
                print("This device still remembers the journal.")
        except keystore.KeystoreUnavailable as exc:
            print(f"fettle: {exc.user_message}", file=sys.stderr)
        note = after_passphrase_change(journal)
    if note:
        print(note, file=sys.stderr)
    return 0


def cmd_remember(args, secrets: Secrets) -> int:
    """Store the journal's key (never the passphrase) in the OS keystore."""
    from app.journal import keystore

    with unlock(args.journal, secrets, use_keyring=False) as journal:
        if args.forget:
            keystore.with_deadline(keystore.forget_key, journal.journal_id)
            print("This device no longer remembers the journal.")
            return 0
        keystore.with_deadline(keystore.remember_key, journal.journal_id, journal.key)
    print("This device now opens the journal without asking. Anyone who can use your "
          "account here can open it too; undo with: fettle remember --forget")
    return 0
