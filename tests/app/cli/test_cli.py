"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.journals import PASSPHRASE, make_journal

ROOT = Path(__file__).resolve().parents[3]


def fettle(
    *args: str,
    passphrases: list[str] | None = None,
    stdin: str | None = None,
    cwd: Path | None = None,
    module: str = "app",
) -> subprocess.CompletedProcess:
    """Run ``python -m app ARGS`` (the core's commands; ``module="ui"`` is the whole
    ``fettle`` launcher); passphrases go in on a pipe via --passphrase-fd."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("FETTLE_DEBUG", None)
    pass_fds: tuple[int, ...] = ()
    if passphrases is not None:
        read_fd, write_fd = os.pipe()
        os.write(write_fd, "".join(p + "\n" for p in passphrases).encode())
        os.close(write_fd)
        pass_fds = (read_fd,)  # the child sees the same descriptor number
        args = (*args, "--passphrase-fd", str(read_fd))
    try:
        return subprocess.run(
            [sys.executable, "-m", module, *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd or ROOT,
            pass_fds=pass_fds,
            timeout=60,
        )
    finally:
        for fd in pass_fds:
            os.close(fd)


def assert_clean_failure(proc: subprocess.CompletedProcess, words: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("fettle: ")
    assert words.lower() in lines[0].lower()


def test_quick_log_then_list_search_show(jpath: Path) -> None:
    j = str(jpath)
    added = fettle(
        "add",
        "symptom",
        "headache",
        "6",
        "joint",
        "pain",
        "4",
        "--note",
        "after screen time",
        "--date",
        "2026-03-14",
        "--time",
        "21:30",
        "--tag",
        "work",
        "--journal",
        j,
        passphrases=[PASSPHRASE],
    )
    assert added.returncode == 0, added.stderr
    assert "Logged symptom entry 1" in added.stdout
    listed = fettle("list", "--journal", j, passphrases=[PASSPHRASE])
    assert "2026-03-14 21:30" in listed.stdout
    assert "headache 6" in listed.stdout and "joint pain 4" in listed.stdout
    found = fettle("search", "screen", "--journal", j, passphrases=[PASSPHRASE])
    assert "[screen]" in found.stdout
    none = fettle("search", "zebra", "--journal", j, passphrases=[PASSPHRASE])
    assert none.returncode == 0 and none.stdout == "" and "Nothing found" in none.stderr
    shown = fettle("show", "1", "--journal", j, passphrases=[PASSPHRASE])
    assert "- headache: 6/10" in shown.stdout and "#work" in shown.stdout
    filtered = fettle(
        "list",
        "--symptom",
        "Joint Pain",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--journal",
        j,
        passphrases=[PASSPHRASE],
    )
    assert filtered.stdout.count("\n") == 1


def test_note_from_stdin_and_lesson(jpath: Path) -> None:
    proc = fettle(
        "add",
        "lesson",
        "Pacing",
        "works",
        "--note",
        "-",
        "--journal",
        str(jpath),
        passphrases=[PASSPHRASE],
        stdin="Rest **before** the crash.\n",
    )
    assert proc.returncode == 0, proc.stderr
    shown = fettle("show", "1", "--journal", str(jpath), passphrases=[PASSPHRASE])
    assert "# Pacing works" in shown.stdout and "Rest **before** the crash." in shown.stdout


def test_export_json_to_stdout_and_file(jpath: Path, tmp_path: Path) -> None:
    fettle(
        "add",
        "note",
        "Hello",
        "--note",
        "ünïcode ✓",
        "--journal",
        str(jpath),
        passphrases=[PASSPHRASE],
    )
    out = fettle("export", "--json", "--journal", str(jpath), passphrases=[PASSPHRASE])
    doc = json.loads(out.stdout)
    assert doc["format"] == "fettle-journal" and doc["version"] == 1
    assert doc["entries"][0]["body"] == "ünïcode ✓"
    target = tmp_path / "export.json"
    saved = fettle(
        "export", "--json", "-o", str(target), "--journal", str(jpath), passphrases=[PASSPHRASE]
    )
    assert saved.returncode == 0 and "NOT encrypted" in saved.stderr
    assert json.loads(target.read_text())["entries"][0]["title"] == "Hello"
    assert target.stat().st_mode & 0o077 == 0  # private to the user
    again = fettle(
        "export", "--json", "-o", str(target), "--journal", str(jpath), passphrases=[PASSPHRASE]
    )
    assert_clean_failure(again, "already exists")


def test_init_and_check(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.fettle"
    made = fettle("init", "--journal", str(path), passphrases=[PASSPHRASE])
    assert made.returncode == 0, made.stderr
    checked = fettle("check", "--journal", str(path), passphrases=[PASSPHRASE])
    assert checked.returncode == 0 and "Journal OK: 0 entries" in checked.stdout
    again = fettle("init", "--journal", str(path), passphrases=[PASSPHRASE])
    assert_clean_failure(again, "already exists")


def test_init_refuses_a_short_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "new.fettle"
    proc = fettle("init", "--journal", str(path), passphrases=["short"])
    assert_clean_failure(proc, "at least 8 characters")
    assert not path.exists()


BAD = [
    (["list"], ["wrong passphrase"], "passphrase does not open"),
    (["add", "symptom", "headache", "11"], [PASSPHRASE], "0 to 10"),
    (["add", "symptom", "headache"], [PASSPHRASE], "give a severity"),
    (["add", "symptom", "6"], [PASSPHRASE], "no symptom name"),
    (["add", "symptom"], [PASSPHRASE], "at least one symptom"),
    (["add", "feeling", "x"], [PASSPHRASE], "invalid choice"),
    (["add", "note", "x", "--date", "2026-02-30"], [PASSPHRASE], "not a date"),
    (["add", "note", "x", "--time", "25:00"], [PASSPHRASE], "not a time"),
    (["show", "999"], [PASSPHRASE], "does not exist"),
    (["show", "abc"], [PASSPHRASE], "invalid int"),
    (["list", "--symptom", "nausea"], [PASSPHRASE], "do not track"),
    (["export"], [PASSPHRASE], "choose a format"),
    (["frobnicate"], None, "invalid choice"),
    (["list"], [], "not enough passphrase"),
]


@pytest.mark.parametrize("args,passphrases,words", BAD)
def test_bad_input_gets_one_clear_line(jpath: Path, args, passphrases, words) -> None:
    before = jpath.read_bytes()
    extra = [] if args[0] == "frobnicate" else ["--journal", str(jpath)]
    proc = fettle(*args, *extra, passphrases=passphrases)
    assert_clean_failure(proc, words)
    assert jpath.read_bytes() == before


def test_bad_files_via_cli(tmp_path: Path) -> None:
    (tmp_path / "empty.fettle").write_bytes(b"")
    (tmp_path / "folder.fettle").mkdir()
    (tmp_path / "notes.txt").write_text("hello\n" * 1000)
    for name, words in [
        ("missing.fettle", "no journal"),
        ("empty.fettle", "empty"),
        ("folder.fettle", "folder"),
        ("notes.txt", "text file"),
    ]:
        proc = fettle("list", "--journal", str(tmp_path / name), passphrases=[PASSPHRASE])
        assert_clean_failure(proc, words)
    assert not (tmp_path / "missing.fettle").exists()


def test_no_passphrase_source_without_terminal(jpath: Path) -> None:
    proc = fettle("list", "--journal", str(jpath), stdin="")
    assert_clean_failure(proc, "--passphrase-fd")


def test_passphrase_is_never_an_argument() -> None:
    proc = fettle("list", "--passphrase", "secret")
    assert_clean_failure(proc, "unrecognized arguments")


def test_passwd_changes_passphrase(jpath: Path) -> None:
    proc = fettle("passwd", "--journal", str(jpath), passphrases=[PASSPHRASE, "brand new phrase"])
    assert proc.returncode == 0, proc.stderr
    assert_clean_failure(
        fettle("list", "--journal", str(jpath), passphrases=[PASSPHRASE]),
        "passphrase does not open",
    )
    assert fettle("list", "--journal", str(jpath), passphrases=["brand new phrase"]).returncode == 0


def test_default_journal_lives_in_user_data_folder(tmp_path: Path) -> None:
    from app.paths import default_journal_path

    assert str(default_journal_path()).startswith(os.environ["XDG_DATA_HOME"])


def test_hardening_applies_at_the_entry_point() -> None:
    code = (
        "import resource\nfrom app import hardening\nfrom app.cli import main as cli\n"
        "cli.main(['check', '--journal', '/nonexistent/x.fettle'])\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), hardening.is_dumpable())"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=60,
    )
    assert proc.stdout.strip() == "(0, 0) False", proc.stderr


def test_detect_reads_eval_records_from_anywhere(tmp_path: Path) -> None:
    record = {
        "id": "r1",
        "entry_date": None,
        "text": "Saw Dr Okafor in Leeds on 3 March 2024.",
        "profile": {
            "self": [],
            "people": ["Okafor"],
            "places": ["Leeds"],
            "employers": [],
            "other": [],
            "region": "GB",
        },
    }
    source = tmp_path / "outside-the-repo.jsonl"
    source.write_text(json.dumps(record) + "\n")
    proc = fettle("detect", str(source))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    covered = {record["text"][s["start"] : s["end"]] for s in out["spans"]}
    assert any("Okafor" in c for c in covered) and any("Leeds" in c for c in covered)
    source.write_text(json.dumps(record) + "\n{not json\n")
    assert_clean_failure(fettle("detect", str(source)), "line 2")
    assert_clean_failure(fettle("detect", str(tmp_path / "missing.jsonl")), "missing.jsonl")


def test_reading_commands_never_modify_the_journal(tmp_path: Path) -> None:
    import datetime as dt

    from app.journal import storage
    from app.models import Entry

    jpath = tmp_path / "big.fettle"
    with make_journal(jpath) as j:  # enough rows for SQLite to want statistics
        j.entries.add_many(
            Entry(
                "note",
                dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
                "Kept as is",
                f"text {i}",
                tags=[f"t{i % 9}"],
            )
            for i in range(3000)
        )
        key = j.key
    raw = storage.open_keyed(jpath, key)  # drop the statistics, as an older journal lacks
    raw.db.execute("DROP TABLE IF EXISTS sqlite_stat1")
    raw.close()
    before = jpath.read_bytes()
    for args in (
        ["list"],
        ["list", "--tag", "t3"],
        ["search", "kept"],
        ["show", "1"],
        ["check"],
        ["export", "--json", "-o", str(tmp_path / "out.json")],
    ):
        assert fettle(*args, "--journal", str(jpath), passphrases=[PASSPHRASE]).returncode == 0
        assert jpath.read_bytes() == before, f"fettle {args[0]} changed the file"
