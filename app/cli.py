"""The ``fettle`` command line.

``fettle`` with no command opens the desktop app (imported lazily from ``ui`` so
the core never loads Qt). Passphrases come from a prompt, from
``--passphrase-fd N``, or from the OS keystore, never from an argument: command
lines are visible to other users in ``ps`` and land in shell history.

Bad input prints one line on stderr and exits non-zero. No traceback is ever
printed (it could carry text from the journal) unless ``FETTLE_DEBUG=1``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import os
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .cli_base import (STDIN_HELP, Secrets, UsageError, default_journal_path, parse_day,
                       parse_time, read_stdin_arguments, unlock)
from .errors import FettleError, InvalidInput
from .hardening import harden_process
from .journal import Journal
from .models import ENTRY_KINDS, Entry, EntryFilter, SymptomReading
from .private_file import private_folder
from .search import plain_snippet

EXIT_ERROR = 1
EXIT_USAGE = 2


def parse_readings(words: list[str]) -> list[tuple[str, int]]:
    """``headache 6 "joint pain" 4`` → [("headache", 6), ("joint pain", 4)].

    A name may be several words before its number: ``joint pain 4`` works too.
    """
    if not words:
        raise UsageError(user_message="Name at least one symptom and its severity, "
                                      "e.g. fettle add symptom headache 6")
    readings: list[tuple[str, int]] = []
    name: list[str] = []
    for word in words:
        if word.isdigit() or (word.startswith("-") and word[1:].isdigit()):
            if not name:
                raise UsageError(user_message=f"Severity {word} has no symptom name before it.")
            severity = int(word)
            if not 0 <= severity <= 10:
                raise UsageError(user_message=f"Severity must be 0 to 10, not {severity}.")
            readings.append((" ".join(name), severity))
            name = []
        else:
            name.append(word)
    if name:
        raise UsageError(user_message=f"Give a severity from 0 to 10 for {' '.join(name)!r}.")
    return readings


def _filter(args) -> EntryFilter:
    return EntryFilter(kinds=tuple(args.kind or ()), tag=args.tag,
                       symptom_id=getattr(args, "_symptom_id", None),
                       date_from=args.date_from, date_to=args.date_to)


def _resolve_symptom(journal: Journal, args) -> None:
    args._symptom_id = None
    if args.symptom:
        found = journal.catalog.symptom_by_name(args.symptom)
        if found is None:
            raise InvalidInput(user_message=f"You do not track a symptom called "
                                            f"{args.symptom!r}.")
        args._symptom_id = found.id


def _row_line(row) -> str:
    when = row.day.isoformat() + (f" {row.time:%H:%M}" if row.time else "      ")
    sev = "  ".join(f"{n} {s}" for n, s in row.severities)
    return f"{row.id:>7}  {when}  {row.kind:<9}  {row.title}" + (f"  [{sev}]" if sev else "")


# -- commands ------------------------------------------------------------------


def cmd_init(args, secrets: Secrets) -> int:
    path = args.journal
    private_folder(path.parent, strict=False)  # 0700; tightened if it is ours
    passphrase = secrets.ask("New passphrase: ", confirm=True)
    Journal.create(path, passphrase).lock()
    print(f"Created an encrypted journal at {path}")
    print("Keep your passphrase safe: nobody, including Fettle, can recover it.")
    return 0


def cmd_add(args, secrets: Secrets) -> int:
    body = args.note or ""  # "-" was replaced by standard input in main()
    with unlock(args.journal, secrets) as journal:
        entry = Entry(args.entry_kind, args.date or dt.date.today(), title=args.title or "",
                      body=body, time=args.time, tags=args.tag or [])
        if args.entry_kind == "symptom":
            for name, severity in parse_readings(args.words):
                symptom = journal.catalog.ensure_symptom(name)
                entry.readings.append(SymptomReading(symptom.id, severity))
        elif args.entry_kind == "treatment":
            name = " ".join(args.words)
            if not name:
                raise UsageError(user_message="Name the treatment, e.g. "
                                              "fettle add treatment ibuprofen --note ...")
            found = [t for t in journal.catalog.treatments() if t.name.lower() == name.lower()]
            if found:
                entry.treatment_ids.append(found[0].id)
            elif not entry.title:
                entry.title = name
        elif args.words and not entry.title:
            entry.title = " ".join(args.words)
        if not (entry.title or entry.body or entry.readings or entry.treatment_ids):
            raise UsageError(user_message="Nothing to log: add a title or --note.")
        entry_id = journal.entries.add(entry)
    print(f"Logged {args.entry_kind} entry {entry_id}.")
    return 0


def cmd_list(args, secrets: Secrets) -> int:
    with unlock(args.journal, secrets) as journal:
        _resolve_symptom(journal, args)
        page = journal.entries.page(_filter(args), limit=args.limit)
        for row in page.rows:
            print(_row_line(row))
        if not page.rows:
            print("No entries match.", file=sys.stderr)
    return 0


def cmd_search(args, secrets: Secrets) -> int:
    with unlock(args.journal, secrets) as journal:
        _resolve_symptom(journal, args)
        hits = journal.search(" ".join(args.query), _filter(args), limit=args.limit)
        for hit in hits:
            print(_row_line(hit.row))
            print(f"{'':9}{plain_snippet(hit.snippet)}")
        if not hits:
            print("Nothing found.", file=sys.stderr)
    return 0


def cmd_show(args, secrets: Secrets) -> int:
    with unlock(args.journal, secrets) as journal:
        entry = journal.entries.get(args.id)
        treatments = {t.id: t for t in journal.catalog.treatments()}
        conditions = {c.id: c.name for c in journal.catalog.conditions()}
    when = entry.day.isoformat() + (f" {entry.time:%H:%M}" if entry.time else "")
    print(f"# {entry.display_title() or '(untitled)'}")
    print(f"{entry.kind}, {when}")
    for r in entry.readings:
        extra = f", {r.duration_min} min" if r.duration_min else ""
        extra += f", triggers: {r.triggers}" if r.triggers else ""
        print(f"- {r.name}: {r.severity}/10{extra}")
    for tid in entry.treatment_ids:
        t = treatments.get(tid)
        if t:
            print(f"- treatment: {t.name} {t.dose_text()}".rstrip())
    for cid in entry.condition_ids:
        print(f"- condition: {conditions.get(cid, cid)}")
    if entry.source_ids:
        print("- learned from entries: " + ", ".join(map(str, entry.source_ids)))
    if entry.tags:
        print("tags: " + " ".join("#" + t for t in entry.tags))
    if entry.body:
        print()
        print(entry.body)
    return 0


def cmd_export(args, secrets: Secrets) -> int:
    from .export_json import write_json

    if not args.json:
        raise UsageError(user_message="Choose a format: fettle export --json [-o FILE]")
    with unlock(args.journal, secrets) as journal:
        if args.output and args.output != "-":
            target = Path(args.output)
            if target.exists() and not args.force:
                raise UsageError(user_message=f"{target} already exists; use --force to "
                                              "replace it.")
            write_json(journal, target)
            print(f"Exported to {target}. This file is NOT encrypted: anyone who can "
                  "read it can read your journal.", file=sys.stderr)
        else:
            write_json(journal, sys.stdout)
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
    from . import keystore

    old = secrets.ask("Current passphrase: ")
    with Journal.open(args.journal, old) as journal:
        new = secrets.ask("New passphrase: ", confirm=True)
        old_id = journal.journal_id
        remembered = keystore.recall_key(old_id) is not None
        journal.change_passphrase(old, new)
        keystore.forget_key(old_id)  # the old key opens nothing any more
        if remembered:
            keystore.remember_key(journal.journal_id, journal.key)
        from .backup import after_passphrase_change

        note = after_passphrase_change(journal)
    print("Passphrase changed." + (" This device still remembers the journal."
                                   if remembered else ""))
    if note:
        print(note, file=sys.stderr)
    return 0


def cmd_remember(args, secrets: Secrets) -> int:
    """Store the journal's key (never the passphrase) in the OS keystore."""
    from . import keystore

    with unlock(args.journal, secrets, use_keyring=False) as journal:
        if args.forget:
            keystore.forget_key(journal.journal_id)
            print("This device no longer remembers the journal.")
            return 0
        keystore.remember_key(journal.journal_id, journal.key)
    print("This device now opens the journal without asking. Anyone who can use your "
          "account here can open it too; undo with: fettle remember --forget")
    return 0


def cmd_detect(args, secrets: Secrets) -> int:
    from .redact import RedactError
    from .redact.detect_cli import run_detect

    try:
        count = run_detect(args.file, sys.stdout, posts=args.posts)
    except RedactError as exc:
        raise InvalidInput(user_message=str(exc)) from None
    print(f"{count} records checked.", file=sys.stderr)
    return 0


# Feature modules add their own commands: each has
#     register(sub, common) -> dict[str, handler]
# where ``sub`` is the subparsers object, ``common`` the parent parser with --journal
# and --passphrase-fd, and a handler is ``handler(args, secrets) -> int``; it may use
# ``unlock(args.journal, secrets)`` and raise FettleError subclasses for bad input.
FEATURE_MODULES = ("app.share_cli", "app.backup_cli", "app.report_cli", "app.profile_cli")

COMMANDS = {"init": cmd_init, "add": cmd_add, "list": cmd_list, "search": cmd_search,
            "show": cmd_show, "export": cmd_export, "check": cmd_check,
            "passwd": cmd_passwd, "remember": cmd_remember, "detect": cmd_detect}


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("allow_abbrev", False)  # --passphrase must not mean --passphrase-fd
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # one line, no usage dump
        raise UsageError(user_message=f"{message} (see: fettle {self.prog.split()[-1]} --help)"
                         if " " in self.prog else f"{message} (see: fettle --help)")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    common.add_argument("--journal", type=Path, default=None,
                        help="journal file (default: in your user data folder)")
    common.add_argument("--passphrase-fd", type=int, metavar="N",
                        help="read the passphrase (one per line, at most 4 KiB in all) "
                             "from file descriptor N; 0 is standard input, which then "
                             "cannot also carry text given as -")
    filters = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    filters.add_argument("--kind", action="append", choices=ENTRY_KINDS)
    filters.add_argument("--tag", help="only entries with this tag (- reads it from stdin)")
    filters.add_argument("--symptom", help="only entries rating this symptom (- reads it "
                                           "from stdin)")
    filters.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE")
    filters.add_argument("--to", dest="date_to", type=parse_day, metavar="DATE")
    filters.add_argument("--limit", type=int, default=50)

    parser = _Parser(prog="fettle", description="Fettle, a private health journal.",
                     epilog="Run without a command to open the desktop app.")
    parser.add_argument("--version", action="version", version=f"Fettle {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the app on a demo journal")
    parser.add_argument("--screenshot", metavar="DIR", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("init", parents=[common], help="create a new journal")
    add = sub.add_parser("add", parents=[common], help="log an entry",
                         description="Examples: fettle add symptom headache 6 --note 'after "
                                     "screen time'; fettle add lesson 'Pacing works'",
                         epilog=STDIN_HELP)
    add.add_argument("entry_kind", choices=ENTRY_KINDS, metavar="KIND",
                     help="symptom, treatment, lesson or note")
    add.add_argument("words", nargs="*", help="symptom: NAME SEVERITY pairs; "
                                              "treatment: its name; others: a title; "
                                              "- reads them from stdin")
    add.add_argument("--note", help="Markdown text; use - to read it from stdin (text given "
                                    "here shows in the process list and shell history)")
    add.add_argument("--title", help="a title; - reads it from stdin")
    add.add_argument("--tag", action="append", help="add a tag (repeatable); - reads tags "
                                                    "from stdin, one per line")
    add.add_argument("--date", type=parse_day, help="when it happened (YYYY-MM-DD)")
    add.add_argument("--time", type=parse_time, help="time of day (HH:MM)")

    sub.add_parser("list", parents=[common, filters], help="list recent entries",
                   epilog=STDIN_HELP)
    search = sub.add_parser("search", parents=[common, filters], help="full-text search",
                            epilog=STDIN_HELP)
    search.add_argument("query", nargs="+", help="words to find; - reads them from stdin")
    show = sub.add_parser("show", parents=[common], help="show one entry")
    show.add_argument("id", type=int)
    export = sub.add_parser("export", parents=[common], help="export (unencrypted!)")
    export.add_argument("--json", action="store_true", help="lossless JSON")
    export.add_argument("-o", "--output", metavar="FILE", help="write here, not to stdout")
    export.add_argument("--force", action="store_true", help="replace an existing file")
    sub.add_parser("check", parents=[common], help="verify the journal's integrity")
    sub.add_parser("passwd", parents=[common], help="change the passphrase")
    remember = sub.add_parser("remember", parents=[common],
                              help="open this journal without a passphrase on this device")
    remember.add_argument("--forget", action="store_true", help="stop remembering it")
    detect = sub.add_parser("detect", help="find identifying details in eval JSONL")
    detect.add_argument("file")
    detect.add_argument("--posts", action="store_true",
                        help="also write the post fettle share makes by default")
    for name in FEATURE_MODULES:
        if importlib.util.find_spec(name) is not None:
            COMMANDS.update(importlib.import_module(name).register(sub, common))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            return _open_app(args)
        if getattr(args, "journal", None) is None and args.command != "detect":
            args.journal = default_journal_path()
        read_stdin_arguments(args)  # before the passphrase: refuses --passphrase-fd 0 with -
        secrets = Secrets(getattr(args, "passphrase_fd", None))
        return COMMANDS[args.command](args, secrets)
    except FettleError as exc:
        print(f"fettle: {exc.user_message}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, UsageError) else EXIT_ERROR
    except KeyboardInterrupt:
        print("fettle: interrupted; nothing more was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        print(f"fettle: could not read or write a file ({reason}); nothing was changed.",
              file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - last line of defence, no traceback
        if os.environ.get("FETTLE_DEBUG") == "1":
            raise
        print(f"fettle: unexpected error ({type(exc).__name__}); nothing was changed. "
              "Set FETTLE_DEBUG=1 to see details.", file=sys.stderr)
        return EXIT_ERROR


def _open_app(args) -> int:
    if importlib.util.find_spec("ui.main") is None:
        build_parser().print_help()
        return 0
    from ui.main import run_app

    return run_app(demo=args.demo, screenshot_dir=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
