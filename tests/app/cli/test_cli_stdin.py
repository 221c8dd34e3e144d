"""Text that would otherwise be an argument, and so show in the process list and shell
history, can come from standard input as ``-`` (issue 17, item 9)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.journal.journal import Journal
from app.models import Entry, SymptomReading
from tests.app.cli.test_cli import assert_clean_failure, fettle
from tests.support.journals import PASSPHRASE, make_journal


@pytest.fixture
def kept(tmp_path: Path) -> Path:
    """A journal with two entries to find."""
    path = tmp_path / "stdin.fettle"
    with make_journal(path) as journal:
        fatigue = journal.catalog.ensure_symptom("Fatigue")
        journal.entries.add(
            Entry(
                "symptom",
                dt.date(2026, 3, 2),
                "Flare",
                "Crashed after the clinic visit.",
                tags=["clinic"],
                readings=[SymptomReading(fatigue.id, 7)],
            )
        )
        journal.entries.add(Entry("note", dt.date(2026, 3, 3), "Quiet day", "Rested."))
    return path


def run(path: Path, *args: str, stdin: str) -> str:
    proc = fettle(*args, "--journal", str(path), passphrases=[PASSPHRASE], stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def only_entry(path: Path) -> Entry:
    with Journal.open(path, PASSPHRASE) as journal:
        (entry,) = journal.entries.iter_all()
    return entry


def test_add_reads_title_tags_words_or_note_from_stdin(jpath: Path, tmp_path: Path) -> None:
    run(jpath, "add", "note", "--title", "-", "--note", "kept", stdin="Seeing the oncologist\n")
    assert only_entry(jpath).title == "Seeing the oncologist"

    other = tmp_path / "tags.fettle"
    make_journal(other).lock()
    run(other, "add", "note", "Tagged", "--tag", "mine", "--tag", "-", stdin="chemo\nhair loss\n\n")
    assert set(only_entry(other).tags) == {"mine", "chemo", "hair-loss"}

    words = tmp_path / "words.fettle"
    make_journal(words).lock()
    run(words, "add", "symptom", "-", stdin="joint pain 4\nnausea 2\n")
    shown = run(words, "show", "1", stdin="")
    assert "- joint pain: 4/10" in shown and "- nausea: 2/10" in shown


def test_search_and_filters_read_from_stdin(kept: Path) -> None:
    found = run(kept, "search", "-", stdin="clinic\n")
    assert "Flare" in found and "Quiet day" not in found
    assert "Flare" in run(kept, "list", "--tag", "-", stdin="clinic\n")
    listed = run(kept, "list", "--symptom", "-", stdin="fatigue\n")
    assert "Flare" in listed and "Quiet day" not in listed


def test_share_title_reads_from_stdin(kept: Path) -> None:
    post = run(kept, "share", "1", "--title", "-", stdin="Pacing notes\n")
    assert "Pacing notes" in post


BAD = [
    (
        ["add", "note", "--title", "-", "--note", "-"],
        "x\n",
        "only one argument can be read from standard input",
    ),
    (
        ["add", "note", "x", "--tag", "-", "--tag", "-"],
        "x\n",
        "only one argument can be read from standard input",
    ),
    (
        ["add", "note", "--title", "-"],
        "two\nlines\n",
        "--title on standard input should be one line",
    ),
    (["add", "note", "--title", "-"], "x" * 5000, "--title on standard input is too long"),
]


@pytest.mark.parametrize("args,stdin,words", BAD)
def test_stdin_that_cannot_be_used_gets_one_clear_line(jpath: Path, args, stdin, words) -> None:
    before = jpath.read_bytes()
    proc = fettle(*args, "--journal", str(jpath), passphrases=[PASSPHRASE], stdin=stdin)
    assert_clean_failure(proc, words)
    assert jpath.read_bytes() == before


def test_passphrase_and_text_cannot_share_stdin(jpath: Path) -> None:
    """Standard input is one stream: with --passphrase-fd 0 the text was lost (the
    passphrase read took all of it), now the command is refused before reading."""
    before = jpath.read_bytes()
    proc = fettle(
        "add",
        "note",
        "--title",
        "-",
        "--passphrase-fd",
        "0",
        "--journal",
        str(jpath),
        stdin=PASSPHRASE + "\nA private title\n",
    )
    assert_clean_failure(
        proc, "cannot carry both the passphrase (--passphrase-fd 0) and --title (-)"
    )
    assert jpath.read_bytes() == before


@pytest.mark.parametrize(
    "command,option",
    [
        ("add", "--title"),
        ("add", "--tag"),
        ("add", "--note"),
        ("list", "--tag"),
        ("search", "--symptom"),
        ("share", "--title"),
    ],
)
def test_help_says_which_text_can_come_from_stdin(command: str, option: str) -> None:
    proc = fettle(command, "--help")
    assert proc.returncode == 0, proc.stderr
    described = option_help(proc.stdout, option)
    assert "- reads" in described or "use - to read" in described, described
    flat = " ".join(proc.stdout.split())
    assert "process list" in flat and "not together with --passphrase-fd 0" in flat


def option_help(text: str, option: str) -> str:
    """The help of one option: its line and the more deeply indented ones after it."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(option + " "))
    block = [lines[start]]
    for line in lines[start + 1 :]:
        if not line.strip() or re.match(r"^  \S", line):
            break
        block.append(line)
    return " ".join(" ".join(block).split())
