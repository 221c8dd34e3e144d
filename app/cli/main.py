"""Parse a ``fettle`` command line and run its command.

Passphrases come from a prompt, from ``--passphrase-fd N``, or from the OS keystore,
never from an argument: command lines are visible to other users in ``ps`` and land in
shell history. Bad input prints one line on stderr and exits non-zero. No traceback is
ever printed (it could carry text from the journal) unless ``FETTLE_DEBUG=1``.

Commands are registered by name with the module that holds them; only the module of
the command being run is imported. A module provides

    register(sub, parents) -> dict[str, handler]

adding its sub-parsers (``parents.common`` has --journal and --passphrase-fd,
``parents.filters`` the entry filters) and returning ``handler(args, secrets) -> int``
for each; a handler may use ``base.unlock(args.journal, secrets)`` and raises
``FettleError`` subclasses for bad input.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections import namedtuple
from collections.abc import Mapping, Sequence

from .. import __version__
from ..errors import FettleError
from .base import STDIN_HELP, Secrets, UsageError, parse_day, read_stdin_arguments

EXIT_ERROR = 1
EXIT_USAGE = 2


# not a dataclass (that costs --help 9 ms) nor typing's NamedTuple (2 ms): issue 19
class Command(namedtuple("Command", "module help")):
    """A command's module (imported when it runs) and its one-line help."""

    __slots__ = ()


COMMANDS: dict[str, Command] = {
    "init": Command("app.cli.journal_file", "create a new journal"),
    "add": Command("app.cli.entries", "log an entry"),
    "list": Command("app.cli.entries", "list recent entries"),
    "search": Command("app.cli.entries", "full-text search"),
    "show": Command("app.cli.entries", "show one entry"),
    "dose": Command("app.cli.treatments", "change a treatment's dose, or list its doses"),
    "check": Command("app.cli.journal_file", "verify the journal's integrity"),
    "passwd": Command("app.cli.journal_file", "change the passphrase"),
    "remember": Command(
        "app.cli.journal_file", "open this journal without a passphrase on this device"
    ),
    "share": Command("app.cli.share", "print a redacted post from entries"),
    "reply": Command("app.cli.giveback", "answer a question from your journal (stdin)"),
    "tip": Command("app.cli.giveback", "list tips, or change one's status"),
    "profile": Command("app.cli.profile", "show or change your privacy profile"),
    "factor": Command("app.cli.factors", "list, add and record daily factors"),
    "insights": Command("app.cli.insights", "what seems to go with your symptoms"),
    "experiment": Command("app.cli.experiment", "plan, follow and end an n-of-1 experiment"),
    "detect": Command("app.cli.share", "find identifying details in eval JSONL"),
    "backup": Command("app.cli.backup", "make an encrypted backup now"),
    "backups": Command("app.cli.backup", "list backups"),
    "restore": Command("app.cli.backup", "restore a backup (the current journal is kept)"),
    "import": Command("app.cli.transfer", "import entries from a file"),
    "export": Command("app.cli.transfer", "export (unencrypted!)"),
    "sync": Command("app.cli.sync", "sync with your other devices through a folder"),
}


def _columns() -> int:
    """The terminal's width, as ``shutil.get_terminal_size`` finds it (``COLUMNS``, the
    terminal of standard output, else 80), without importing shutil: argparse builds a
    help formatter for every argument added, and shutil brings bz2, lzma and fnmatch
    (2 ms of every command, issue 19)."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Widths:
    """A help formatter that measures the terminal with :func:`_columns`."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None) -> None:
        width = _columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)  # type: ignore[call-arg]


class _Formatter(_Widths, argparse.HelpFormatter):
    pass


class _RawFormatter(_Widths, argparse.RawDescriptionHelpFormatter):
    pass


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("allow_abbrev", False)  # --passphrase must not mean --passphrase-fd
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # one line, no usage dump
        raise UsageError(
            user_message=f"{message} (see: fettle {self.prog.split()[-1]} --help)"
            if " " in self.prog
            else f"{message} (see: fettle --help)"
        )


class Parents(namedtuple("Parents", "common filters")):
    """Argument groups that commands share (two ``argparse.ArgumentParser``)."""

    __slots__ = ()


def _parents() -> Parents:
    from pathlib import Path  # only when a command is registered: --help needs no paths

    common = _Parser(add_help=False)
    common.add_argument(
        "--journal",
        type=Path,
        default=None,
        help="journal file (default: in your user data folder)",
    )
    common.add_argument(
        "--passphrase-fd",
        type=int,
        metavar="N",
        help="read the passphrase (one per line, at most 4 KiB in all) "
        "from file descriptor N; 0 is standard input, which then "
        "cannot also carry text given as -",
    )
    filters = _Parser(add_help=False)
    from ..models import ENTRY_KINDS

    filters.add_argument("--kind", action="append", choices=ENTRY_KINDS)
    filters.add_argument("--tag", help="only entries with this tag (- reads it from stdin)")
    filters.add_argument(
        "--symptom", help="only entries rating this symptom (- reads it from stdin)"
    )
    filters.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE")
    filters.add_argument("--to", dest="date_to", type=parse_day, metavar="DATE")
    filters.add_argument("--limit", type=int, default=50)
    return Parents(common, filters)


def command_named(argv: Sequence[str]) -> str | None:
    """The command word in ``argv`` (the first word that is not an option)."""
    return next((word for word in argv if not word.startswith("-")), None)


def build_parser(
    commands: Mapping[str, Command] = COMMANDS,
    wanted: str | None = None,
    *,
    epilog: str | None = None,
) -> tuple[argparse.ArgumentParser, dict]:
    """The parser with the full sub-parser of ``wanted`` (whose module is imported), or,
    when no known command is wanted, a name-and-help stub for every command (for --help
    and the error that names them); returns it with the handlers."""
    parser = _Parser(
        prog="fettle",
        description="Fettle, a private health journal.",
        epilog=epilog,
        formatter_class=_RawFormatter,
    )
    parser.add_argument("-V", "--version", action="version", version=f"Fettle {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    handlers: dict = {}
    if wanted in commands:
        # the other commands are left out: their stubs only serve --help, and each is a
        # parser whose messages argparse looks up in gettext's catalogues (issue 19)
        handlers = importlib.import_module(commands[wanted].module).register(sub, _parents())
        return parser, handlers
    for name, command in commands.items():
        sub.add_parser(name, help=command.help, add_help=False)
    return parser, handlers


# Everyday commands after which a process started as ``fettle`` ends at once: they have
# closed the journal (key wiped) and written their output, and the interpreter's own
# teardown of a few hundred modules cost 9 of their ~80 ms (issue 19).
QUICK_EXIT = frozenset({"add", "list", "search", "show"})


def _quick_exit(code: int) -> None:
    """End the process with ``code`` once everything printed is out, skipping the
    interpreter's teardown; returns (and the caller exits normally) if flushing fails."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def main(
    argv: Sequence[str] | None = None,
    *,
    commands: Mapping[str, Command] = COMMANDS,
    epilog: str | None = None,
    quick_exit: bool = False,
) -> int:
    """Run one command; ``commands`` lets the GUI's launcher add its own. ``quick_exit``
    (only for a process of its own, never when called in-process) ends the process as
    soon as an everyday command has succeeded."""
    from ..hardening import harden_process

    harden_process()
    argv = list(sys.argv[1:] if argv is None else argv)
    wanted = command_named(argv)
    if quick_exit:
        # The cyclic garbage collector stays off for the few milliseconds an everyday
        # command lives (ui.launch turns it off while this module loads): it ran 26
        # times in a `fettle search` over the modules being loaded, objects that all
        # live until the end, for 2-4 ms of CPU (issue 19). What such a command makes
        # is freed by reference counting. The others may run long: theirs is kept.
        (gc.disable if wanted in QUICK_EXIT else gc.enable)()
    try:
        parser, handlers = build_parser(commands, wanted, epilog=epilog)
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 0
        if getattr(args, "journal", "absent") is None:
            from ..paths import default_journal_path

            args.journal = default_journal_path()
        read_stdin_arguments(args)  # before the passphrase: refuses --passphrase-fd 0 with -
        secrets = Secrets(getattr(args, "passphrase_fd", None))
        code = handlers[args.command](args, secrets)
        if quick_exit and code == 0 and args.command in QUICK_EXIT:
            _quick_exit(code)
        return code
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
        print(
            f"fettle: could not read or write a file ({reason}); nothing was changed.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - last line of defence, no traceback
        if os.environ.get("FETTLE_DEBUG") == "1":
            raise
        print(
            f"fettle: unexpected error ({type(exc).__name__}); nothing was changed. "
            "Set FETTLE_DEBUG=1 to see details.",
            file=sys.stderr,
        )
        return EXIT_ERROR


__all__ = ["COMMANDS", "STDIN_HELP", "Command", "Parents", "build_parser", "main"]
