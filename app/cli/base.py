"""What every ``fettle`` command shares: passphrase sources, unlocking, text from
standard input, and parsing of dates and times.

Kept light: the journal's modules are imported when a command unlocks one, so that
building the parser (``--help``, ``--version``, a usage error) loads none of them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from ..errors import FettleError, InvalidInput

TYPE_CHECKING = False  # typing's, without importing typing (2 ms a command, issue 19)
if TYPE_CHECKING:
    from pathlib import Path

    from app.journal.journal import Journal

MAX_TEXT = 1_000_000  # characters in one entry's text (app.entries checks the same)


class UsageError(FettleError):
    """Bad command-line usage; ``user_message`` is shown as is."""


# -- passphrases -------------------------------------------------------------

# Everything read from a descriptor or a pipe is read up to a limit plus one byte or
# character, so ``3</dev/zero`` or a runaway pipe is refused at once instead of
# filling memory first.
MAX_PASSPHRASE_INPUT = 4 * 1024  # bytes on --passphrase-fd: a few passphrases, one a line
MAX_STDIN_LINE = 4 * 1024  # characters of a title, tag, symptom or search read from stdin
STDIN = "-"


class Secrets:
    """Where this invocation's passphrases come from."""

    def __init__(self, fd: int | None) -> None:
        self._fd_lines: list[str] | None = None
        if fd is not None:
            self._fd_lines = passphrase_lines(_read_passphrase_fd(fd))

    @property
    def from_descriptor(self) -> bool:
        """Passphrases were given on ``--passphrase-fd``."""
        return self._fd_lines is not None

    def ask(self, prompt: str, *, confirm: bool = False) -> str:
        """One passphrase. ``confirm`` asks twice at a terminal (a file descriptor is
        written by a program, which makes no typos)."""
        if self._fd_lines is not None:
            if not self._fd_lines:
                raise UsageError(user_message="Not enough passphrase lines on --passphrase-fd.")
            return self._fd_lines.pop(0)
        if not sys.stdin.isatty():
            raise UsageError(
                user_message="No passphrase: run this in a terminal, or pass "
                "it on a file descriptor with --passphrase-fd N."
            )
        import getpass  # only at a terminal: termios and all

        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != first:
            raise InvalidInput(user_message="The two passphrases do not match.")
        return first


def _read_passphrase_fd(fd: int) -> str:
    """Everything on ``fd`` up to its end, as long as that is at most a few KiB."""
    try:
        with os.fdopen(fd, "rb", closefd=True) as fh:
            data = fh.read(MAX_PASSPHRASE_INPUT + 1)  # loops until that much or the end
    except OSError:
        raise UsageError(
            user_message=f"Cannot read a passphrase from file descriptor {fd}."
        ) from None
    if len(data) > MAX_PASSPHRASE_INPUT:
        raise UsageError(
            user_message=f"More than {MAX_PASSPHRASE_INPUT // 1024} KiB came on "
            f"--passphrase-fd {fd}; it should carry only "
            "passphrases, one per line."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(
            user_message=f"What came on --passphrase-fd {fd} is not UTF-8 text."
        ) from None


def passphrase_lines(text: str) -> list[str]:
    r"""One passphrase per line. Lines end only at ``\n`` (one ``\r`` before it is
    dropped, as Windows editors write): ``str.splitlines`` would also cut at U+2028,
    NEL, ``\v`` and ``\f``, which belong to the passphrase."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def unlock(path: Path, secrets: Secrets, *, use_keyring: bool = True) -> Journal:
    """Open with the passphrase given on ``--passphrase-fd``; without one, with a key
    remembered on this device if one works, else ask for the passphrase.

    A passphrase given on a descriptor is used before, and instead of, the keystore:
    a script that passes one never waits on (or unlocks) the system keystore.
    """
    if use_keyring and not secrets.from_descriptor:
        from app import usecases  # the keystore's modules: not loaded with --passphrase-fd
        from app.journal import keystore

        usecases.check_file(path)
        # the keystore answers over D-Bus while the journal's own modules load
        asking = keystore.Pending(usecases.remembered_key, path)
        from app.journal.journal import Journal  # noqa: F401 - loaded while it answers

        key = answer_or_none(asking)
        if key is not None:
            journal = usecases.open_with_remembered(path, key)
            if journal is not None:
                return journal  # else a stale key: ask instead
    from app.journal.journal import Journal

    return Journal.open(path, secrets.ask(f"Passphrase for {path.name}: "))


def keystore_or_none(function, *args):
    """A keystore lookup, if the keystore answers in time: a locked store whose prompt
    nobody can see must not stall the command (then it asks for the passphrase)."""
    from app.journal import keystore

    return answer_or_none(keystore.Pending(function, *args))


def answer_or_none(asking):
    """The answer of a keystore call under way (``keystore.Pending``), or None (and a
    line saying so) if the keystore does not answer in time."""
    from app.journal import keystore

    try:
        return asking.result()
    except keystore.KeystoreNoAnswer:
        print(
            "fettle: the system keystore did not answer (it may be locked); asking for "
            "the passphrase instead.",
            file=sys.stderr,
        )
        return None


# -- text from standard input ---------------------------------------------------

# Arguments that may be given as ``-``, so that the text stays out of the process list
# and shell history: attribute → (its name in messages, how standard input is read).
# "text" is all of it, "line" one line, "words" split at spaces; a repeatable --tag
# takes one tag per line.
STDIN_ARGUMENTS = {
    "note": ("--note", "text"),
    "title": ("--title", "line"),
    "tag": ("--tag", "line"),
    "symptom": ("--symptom", "line"),
    "query": ("the search words", "words"),
    "words": ("the words", "words"),
}

STDIN_HELP = (
    "Text given as an argument shows in the process list and shell history: give "
    "- instead to read it from standard input (one argument per command, and not "
    "together with --passphrase-fd 0)."
)


def _asks_for_stdin(attr: str, value: object) -> bool:
    if isinstance(value, list):
        return STDIN in value if attr == "tag" else value == [STDIN]
    return value == STDIN


def _count_stdin(value: object) -> int:
    return value.count(STDIN) if isinstance(value, list) else 1


def read_stdin_arguments(args: argparse.Namespace) -> None:
    """Replace the argument given as ``-`` by what standard input holds.

    Standard input is one stream, so it carries one thing: two arguments given as
    ``-``, or one with ``--passphrase-fd 0``, are refused rather than split by a rule
    a user would have to remember."""
    wanted = [attr for attr in STDIN_ARGUMENTS if _asks_for_stdin(attr, getattr(args, attr, None))]
    if not wanted:
        return
    labels = [
        STDIN_ARGUMENTS[attr][0]
        for attr in wanted
        for _ in range(_count_stdin(getattr(args, attr)))
    ]
    if len(labels) > 1:
        raise UsageError(
            user_message=f"Only one argument can be read from standard input, "
            f"but {' and '.join(labels)} are each given as -."
        )
    attr, (label, shape) = wanted[0], STDIN_ARGUMENTS[wanted[0]]
    if getattr(args, "passphrase_fd", None) == 0:
        raise UsageError(
            user_message=f"Standard input cannot carry both the passphrase "
            f"(--passphrase-fd 0) and {label} (-): give the "
            "passphrase on another file descriptor, e.g. "
            "--passphrase-fd 3."
        )
    value = getattr(args, attr)
    if shape == "text":
        setattr(args, attr, read_stdin(MAX_TEXT, label))
        return
    text = read_stdin(MAX_STDIN_LINE, label)
    if shape == "words":
        setattr(args, attr, text.split())
    elif isinstance(value, list):  # add --tag: one tag per line, where the - was
        tags = [line.strip() for line in text.split("\n") if line.strip()]
        at = value.index(STDIN)
        setattr(args, attr, [*value[:at], *tags, *value[at + 1 :]])
    else:
        line = text.strip()
        if "\n" in line:
            raise UsageError(user_message=f"{label} on standard input should be one line.")
        setattr(args, attr, line)


def read_stdin(limit: int, what: str) -> str:
    """Standard input, at most ``limit`` characters: one more is read only to tell that
    it is too long, so a runaway pipe never fills memory."""
    if sys.stdin is None:
        raise UsageError(user_message=f"There is no standard input to read {what} from.")
    try:
        text = sys.stdin.read(limit + 1)
    except UnicodeDecodeError:
        raise InvalidInput(
            user_message=f"{what} on standard input is not {sys.stdin.encoding} text."
        ) from None
    if len(text) > limit:
        raise InvalidInput(
            user_message=f"{what} on standard input is too long (over {limit:,} characters)."
        )
    return text


# -- parsing helpers -----------------------------------------------------------


def parse_day(text: str) -> dt.date:
    lowered = text.strip().lower()
    if lowered == "today":
        return dt.date.today()
    if lowered == "yesterday":
        return dt.date.today() - dt.timedelta(days=1)
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-14") from None


def parse_time(text: str) -> dt.time:
    try:
        return dt.datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 14:30") from None
