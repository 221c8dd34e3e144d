"""Faults a user meets: a full disk, read-only files and folders, a second Fettle on
the same journal, and import files that are broken in every way a fuzzer finds."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import backup
from app.errors import DiskFull, ImportRejected, JournalBusy, JournalReadOnly
from app.importers import FORMATS, read_bytes
from app.journal.journal import Journal
from app.models import Entry
from tests.app.cli.test_cli import assert_clean_failure, fettle
from tests.app.journal.test_backup import _immutable
from tests.support.journals import PASSPHRASE, make_journal

ROOT = Path(__file__).resolve().parents[3]

# -- disk full ---------------------------------------------------------------------------


def test_disk_full_keeps_journal_and_text_and_saving_works_after(journal: Journal) -> None:
    journal.entries.add(Entry("note", dt.date(2026, 1, 1), "before", "kept"))
    pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
    journal.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is (nearly) full
    draft = Entry("note", dt.date(2026, 1, 2), "Long entry", "a day of symptoms " * 30000)
    text = draft.body
    with pytest.raises(DiskFull) as err:
        journal.entries.add(draft)
    assert "Free some space" in err.value.user_message
    assert draft.body == text and draft.id is None  # the editor's text is untouched
    assert journal.entries.count() == 1 and journal.check() == []
    with pytest.raises(DiskFull):  # an import is refused whole, too
        read_bytes(
            json.dumps({"entries": [{"date": "2026-01-03", "body": "x " * 100000}]}).encode(),
            "jrnl",
        ).commit(journal)
    assert journal.entries.count() == 1
    journal.db.execute("PRAGMA max_page_count = 1073741823")  # space was freed
    new_id = journal.entries.add(draft)
    assert journal.entries.get(new_id).body == text
    path = journal.path
    journal.lock()
    with Journal.open(path, PASSPHRASE) as again:
        assert again.entries.count() == 2 and again.check() == []


@pytest.fixture
def tiny_filesystem(tmp_path: Path):
    mount = tmp_path / "small"
    mount.mkdir()
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=640k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if proc.returncode != 0:
        pytest.skip(
            "needs to mount a small tmpfs (root with CAP_SYS_ADMIN): "
            + proc.stderr.decode().strip()
        )
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_backup_onto_a_full_disk_keeps_the_earlier_backups(
    journal: Journal, tiny_filesystem: Path
) -> None:
    first = backup.backup_now(journal, tiny_filesystem)  # an empty journal fits
    journal.entries.add_many(
        Entry("note", dt.date(2026, 1, 1), f"e{i}", os.urandom(400).hex()) for i in range(800)
    )
    with pytest.raises(DiskFull) as err:
        backup.backup_now(journal, tiny_filesystem)
    assert "not enough space for a backup" in err.value.user_message
    assert sorted(tiny_filesystem.iterdir()) == [first]  # no partial file left behind
    assert backup.preview(first, journal.key).ok
    assert journal.check() == []


# -- read-only files and folders --------------------------------------------------------------


def test_read_only_journal_file_gets_a_clear_message(journal_path: Path) -> None:
    make_journal(journal_path).lock()
    undo = _immutable(journal_path)
    try:
        with pytest.raises(JournalReadOnly) as err:
            Journal.open(journal_path, PASSPHRASE)
        assert "read-only" in err.value.user_message
        with Journal.open(journal_path, PASSPHRASE, read_only=True) as j:  # reading works
            assert j.entries.count() == 0
        proc = fettle(
            "add", "note", "hello", "--journal", str(journal_path), passphrases=[PASSPHRASE]
        )
        assert_clean_failure(proc, "read-only")
    finally:
        undo()


def test_read_only_folder_gets_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    make_journal(folder / "j.fettle").lock()
    undo = _immutable(folder)
    try:
        with pytest.raises(JournalReadOnly):
            Journal.open(folder / "j.fettle", PASSPHRASE)
    finally:
        undo()


# -- a second instance -------------------------------------------------------------------------

HOLDER = r"""
import sys
from app.journal import Journal
j = Journal.open_with_key(sys.argv[1], bytes.fromhex(sys.stdin.readline().strip()))
print("ready", flush=True)
sys.stdin.readline()
j.lock()
"""


def test_second_process_on_the_same_journal_is_refused(journal_path: Path) -> None:
    with make_journal(journal_path) as j:
        key = j.key
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(journal_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        holder.stdin.write(key.hex() + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(JournalBusy) as err:
            Journal.open_with_key(journal_path, key)
        assert "open in another Fettle window" in err.value.user_message
        proc = fettle("list", "--journal", str(journal_path), passphrases=[PASSPHRASE])
        assert_clean_failure(proc, "open in another Fettle window")
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(30)
        holder.stdin.close()
        holder.stdout.close()
    with Journal.open_with_key(journal_path, key) as j:  # free again once it closed
        assert j.check() == []


# -- import fuzzing ----------------------------------------------------------------------------


def _only_clean_errors(data: bytes, fmt: str, journal: Journal | None = None) -> None:
    try:
        plan = read_bytes(data, fmt)
    except ImportRejected as exc:
        assert exc.user_message.endswith("Nothing was imported.") or exc.user_message
        return
    if journal is not None:
        before = journal.entries.count()
        try:
            added = plan.commit(journal)
        except ImportRejected:
            assert journal.entries.count() == before
        else:
            assert journal.entries.count() == before + added


_FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_FUZZ
@given(data=st.binary(max_size=400), fmt=st.sampled_from(FORMATS))
def test_random_bytes_give_only_import_errors(data: bytes, fmt: str) -> None:
    _only_clean_errors(data, fmt)


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["2026-01-01", "12:30", "symptom", "fettle-journal"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "entries",
                    "date",
                    "time",
                    "title",
                    "body",
                    "tags",
                    "starred",
                    "format",
                    "version",
                    "id",
                    "kind",
                    "day",
                    "symptoms",
                    "readings",
                    "symptom_id",
                    "severity",
                    "treatments",
                    "name",
                    "profile",
                ]
            ),
            inner,
            max_size=6,
        )
    ),
    max_leaves=30,
)


@_FUZZ
@given(doc=_json, fmt=st.sampled_from(["jrnl", "fettle-json"]))
def test_malformed_json_gives_only_import_errors(tmp_path_factory, doc, fmt: str) -> None:
    _only_clean_errors(json.dumps(doc).encode(), fmt)


@_FUZZ
@given(
    entries=st.lists(
        st.fixed_dictionaries(
            {},
            optional={
                "date": st.sampled_from(["2026-01-01", "2026-02-30", "", "0999-01-01"])
                | st.text(max_size=12),
                "time": st.sampled_from(["07:30", "24:00", None]) | st.text(max_size=6),
                "title": st.text(max_size=40) | st.integers(),
                "body": st.text(max_size=80),
                "tags": st.lists(st.text(max_size=12), max_size=60) | st.text(max_size=5),
                "starred": st.booleans() | st.none(),
            },
        ),
        max_size=6,
    )
)
def test_nearly_valid_jrnl_commits_cleanly_or_not_at_all(journal: Journal, entries) -> None:
    _only_clean_errors(json.dumps({"entries": entries}).encode(), "jrnl", journal)


@_FUZZ
@given(
    text=st.text(
        st.sampled_from('Date,Symptom,Severity,Note,Tags;\t"\n\r 0123456789-/:ab'), max_size=300
    )
)
def test_malformed_csv_gives_only_import_errors(journal: Journal, text: str) -> None:
    _only_clean_errors(("Date,Symptom,Severity,Note\n" + text).encode(), "csv", journal)
    _only_clean_errors(("Date,Headache,Tags,Foods\n" + text).encode(), "flaredown", journal)


@pytest.mark.parametrize(
    "data, fmt, words",
    [
        (b"[" * 100_000 + b"]" * 100_000, "jrnl", "nested too deeply"),
        (
            json.dumps({"entries": [[[[[[[[[[[[[1]]]]]]]]]]]]]}).encode(),
            "fettle-json",
            "nested too deeply",
        ),
        (
            json.dumps({"entries": [{"date": "2026-01-01", "body": "x" * 1_000_001}]}).encode(),
            "jrnl",
            "Entry 1: the text is too long",
        ),
        (b"Date,Note\n2026-01-01," + b"y" * 1_100_000 + b"\n", "csv", "Line 2"),
        ("Date,Note\n2026-01-01,café\n".encode("latin-1"), "csv", "not UTF-8"),
        ("Date,Note\n2026-01-01,x\n".encode("utf-16-le"), "csv", "binary data"),
        (b'{"entries": [{"date": "2026-01-01", "title": "\xff"}]}', "jrnl", "not UTF-8"),
        (b'{"entries": [', "jrnl", "not valid JSON"),
    ],
)
def test_hostile_files_are_rejected_plainly(data: bytes, fmt: str, words: str) -> None:
    with pytest.raises(ImportRejected) as err:
        read_bytes(data, fmt)
    assert words in err.value.user_message
    assert "Traceback" not in err.value.user_message and len(err.value.user_message) < 400


def test_utf16_with_bom_and_utf8_bom_are_read(journal: Journal) -> None:
    for data in (
        "\ufeffDate,Note\n2026-01-01,é\n".encode("utf-16"),
        "\ufeffDate,Note\n2026-01-01,é\n".encode("utf-8"),
    ):
        plan = read_bytes(data, "csv")
        assert plan.count == 1
    plan.commit(journal)
    assert next(journal.entries.iter_all()).body == "é"
