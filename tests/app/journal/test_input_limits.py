"""Input is read within limits wherever it enters: a passphrase descriptor, a note on
standard input, an import file. Each hostile input from the review runs through the
real command in a child process whose address space is capped, so reading it first
and refusing later shows up as a failure here (issue 17, item 7)."""

from __future__ import annotations

import datetime as dt
import functools
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import ImportRejected
from app.importers import read_bytes
from app.journal.journal import Journal
from tests.app.cli.test_cli import assert_clean_failure, fettle
from tests.support.journals import PASSPHRASE, make_journal

ROOT = Path(__file__).resolve().parents[3]
MiB = 1024 * 1024
# The review's budget: each of these inputs is refused in under 200 MB more than
# Fettle needs to start. The old code took gigabytes on all of them (4.4 GB in 10 s
# for the descriptor, 2 GB for the note, 8.7 GB for the jrnl file), so it fails
# under this cap with a MemoryError instead of the clear message asserted below.
BUDGET = 200 * MiB


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("FETTLE_DEBUG", None)
    return env


@functools.cache
def _address_space_limit() -> int:
    """What a trivial ``fettle import`` maps at its peak (about 46 MB of address space
    on the project's machine: Python, SQLCipher and the importers), plus ``BUDGET``.

    Measured, not written down, because it differs between Python builds and C
    libraries; the command runs as ``python -m app`` does."""
    code = (
        "import runpy, sys\n"
        "sys.argv = ['fettle', 'import', '/nonexistent.csv', '--format', 'flaredown',"
        " '--dry-run']\n"
        "try:\n"
        "    runpy.run_module('app', run_name='__main__', alter_sys=True)\n"
        "except SystemExit:\n"
        "    pass\n"
        "status = open('/proc/self/status').read().splitlines()\n"
        "print(next(line.split()[1] for line in status if line.startswith('VmPeak:')))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    baseline = int(proc.stdout.strip().splitlines()[-1]) * 1024
    return baseline + BUDGET


def fettle_capped(
    *args: str, stdin=None, pass_fds: tuple[int, ...] = ()
) -> subprocess.CompletedProcess:
    """``python -m app ARGS`` with its address space capped (see ``BUDGET``)."""
    limit = _address_space_limit()

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        pass_fds=pass_fds,
        preexec_fn=cap,
        timeout=120,
    )


def test_the_cap_still_lets_a_command_work(jpath: Path) -> None:
    """The cap is no stricter than real use: a journal opens and lists under it."""
    read_fd, write_fd = os.pipe()
    os.write(write_fd, (PASSPHRASE + "\n").encode())
    os.close(write_fd)
    try:
        proc = fettle_capped(
            "list", "--journal", str(jpath), "--passphrase-fd", str(read_fd), pass_fds=(read_fd,)
        )
    finally:
        os.close(read_fd)
    assert proc.returncode == 0, proc.stderr


# -- the passphrase descriptor and standard input --------------------------------------


def test_endless_passphrase_descriptor_is_refused_at_a_few_kib(jpath: Path) -> None:
    before = jpath.read_bytes()
    fd = os.open("/dev/zero", os.O_RDONLY)
    try:
        proc = fettle_capped(
            "list", "--journal", str(jpath), "--passphrase-fd", str(fd), pass_fds=(fd,)
        )
    finally:
        os.close(fd)
    assert_clean_failure(proc, "more than 4 KiB came on --passphrase-fd")
    assert jpath.read_bytes() == before


def test_endless_note_on_stdin_is_refused_after_the_limit(jpath: Path) -> None:
    """``yes | fettle add note --note -``: a pipe that never ends."""
    before = jpath.read_bytes()
    endless = subprocess.Popen(["yes", "a line of a note that never ends"], stdout=subprocess.PIPE)
    try:
        proc = fettle_capped(
            "add", "note", "Title", "--note", "-", "--journal", str(jpath), stdin=endless.stdout
        )
    finally:
        endless.stdout.close()
        endless.kill()
        endless.wait()
    assert_clean_failure(proc, "--note on standard input is too long (over 1,000,000")
    assert jpath.read_bytes() == before


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1e"])
def test_a_passphrase_is_split_only_at_newlines(tmp_path: Path, separator: str) -> None:
    """U+2028, NEL, vertical tab and form feed are part of a passphrase, not line
    ends (``str.splitlines`` read ``line\\u2028separated pass`` as ``line``)."""
    passphrase = f"line{separator}separated pass"
    path = tmp_path / "j.fettle"
    make_journal(path, passphrase).lock()
    proc = fettle("list", "--journal", str(path), passphrases=[passphrase])
    assert proc.returncode == 0, proc.stderr


def test_passphrase_lines_may_end_in_crlf(tmp_path: Path) -> None:
    path = tmp_path / "j.fettle"
    make_journal(path, "windows pass phrase").lock()
    proc = fettle(
        "passwd",
        "--journal",
        str(path),
        passphrases=["windows pass phrase\r", "new pass\u2028phrase\r"],
    )
    assert proc.returncode == 0, proc.stderr
    with Journal.open(path, "new pass\u2028phrase") as journal:
        assert journal.entries.count() == 0


def test_restore_question_answered_by_an_endless_stream_changes_nothing(tmp_path: Path) -> None:
    """The "Replace the journal?" answer is one short line, not all of standard input."""
    from app import backup

    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        made = backup.backup_now(journal, tmp_path / "backups")
    before = path.read_bytes()
    read_fd, write_fd = os.pipe()
    os.write(write_fd, (PASSPHRASE + "\n").encode())
    os.close(write_fd)
    try:
        with open("/dev/zero", "rb") as zeros:
            proc = fettle_capped(
                "restore",
                str(made),
                "--journal",
                str(path),
                "--passphrase-fd",
                str(read_fd),
                stdin=zeros,
                pass_fds=(read_fd,),
            )
    finally:
        os.close(read_fd)
    assert proc.returncode == 1 and "Nothing was changed." in proc.stderr, proc.stderr
    assert path.read_bytes() == before


# -- import files ------------------------------------------------------------------------


def _jrnl_of_empty_objects(path: Path, size: int) -> None:
    """``{"entries": [{},{},…]}`` of about ``size`` bytes."""
    chunk = b"{}," * MiB
    with open(path, "wb") as fh:
        fh.write(b'{"entries": [')
        for _ in range(size // len(chunk)):
            fh.write(chunk)
        fh.write(b"{}]}")


def test_huge_jrnl_file_is_refused_by_its_size(tmp_path: Path) -> None:
    source = tmp_path / "huge.json"
    _jrnl_of_empty_objects(source, 180 * 1000 * 1000)
    proc = fettle_capped("import", str(source), "--format", "jrnl", "--dry-run")
    assert_clean_failure(proc, "too large to import (171 MB; the limit is 128 MB)")


def test_jrnl_file_of_millions_of_tiny_values_is_refused_before_parsing(tmp_path: Path) -> None:
    """Under the size limit, but 8 million ``{}``: refused on a count, not parsed."""
    source = tmp_path / "dense.json"
    _jrnl_of_empty_objects(source, 24 * MiB)
    proc = fettle_capped("import", str(source), "--format", "jrnl", "--dry-run")
    assert_clean_failure(proc, "more than 4,000,000 values")


def test_csv_of_millions_of_cells_is_refused_before_parsing(tmp_path: Path) -> None:
    source = tmp_path / "dense.csv"
    with open(source, "w", encoding="utf-8") as fh:
        fh.write("Date,Note\n")
        for _ in range(50):
            fh.write("2026-01-01" + ",ab" * 100_000 + "\n")
    proc = fettle_capped("import", str(source), "--format", "csv", "--dry-run")
    assert_clean_failure(proc, "more than 4,000,000 cells")


def test_flaredown_file_of_200000_columns_is_refused_at_its_header(tmp_path: Path) -> None:
    """1.5 MB: 200,000 named columns over 2,000 short rows took 43 s (90 s here) and
    300 MB, looping over every column of every row."""
    source = tmp_path / "wide.csv"
    names = ",".join(f"c{i}" for i in range(200_000))
    days = (dt.date(2020, 1, 1) + dt.timedelta(days=i) for i in range(2000))
    source.write_text(
        f"Date,{names},Tags,Foods\n" + "".join(f"{d},3\n" for d in days), encoding="utf-8"
    )
    assert source.stat().st_size > 1_500_000
    proc = fettle_capped("import", str(source), "--format", "flaredown", "--dry-run")
    assert_clean_failure(proc, "line 1: this row has 200,003 columns; fettle imports at most 1,000")


def test_flaredown_rows_may_stop_early_but_not_run_past_the_header(journal: Journal) -> None:
    """Rows are read cell by cell as far as they go (no padding to the header's width);
    cells beyond the last column were once read as the tags and foods."""
    text = "Date,Fatigue,Prednisone,Tags,Foods\n2017-04-01,3\n2017-04-02,,Taken,stress,Toast\n"
    read_bytes(text.encode(), "flaredown").commit(journal)
    first, second = journal.entries.iter_all()
    assert {r.name: r.severity for r in first.readings} == {"Fatigue": 8}
    assert second.tags == ["stress"] and "Foods: Toast" in second.body
    assert "Treatments: Prednisone" in second.body
    with pytest.raises(ImportRejected, match="Line 2: this row has more cells"):
        read_bytes(b"Date,Fatigue,Tags,Foods\n2017-04-01,3,stress,Toast,extra\n", "flaredown")
