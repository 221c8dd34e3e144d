"""Start-up: a command loads only what it needs (issue 19).

Building the parser for an everyday command must not import sharing, redaction,
statistics or Qt: `fettle add` once paid 0.3 s on every run because registering its
`tip` options imported the sharing pipeline, whose redaction patterns compile at import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
HEAVY = (
    "app.redact",
    "app.share",
    "app.giveback",
    "app.report",
    "numpy",
    "scipy",
    "PySide6",
    "keyring",
)
PROBE = """
import json, sys
from app.cli.main import build_parser
build_parser(wanted=sys.argv[1])
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('app', 'numpy', 'scipy',
      'PySide6', 'keyring'))))
"""


@pytest.mark.parametrize(
    "command", ["add", "list", "search", "show", "init", "check", "backup", "export", None]
)
def test_everyday_commands_load_no_heavy_module(command) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, command or "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout)
    heavy = [m for m in loaded if m.startswith(HEAVY)]
    assert heavy == [], f"fettle {command} loads {heavy}"


VERSION_PROBE = """
import json, sys
from ui.launch import main
main([sys.argv[1]])
loaded = sorted(sys.modules)
print(json.dumps(loaded))
"""


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_loads_only_the_version_string(flag) -> None:
    """`fettle --version` answers in the time Python starts: no argparse, no command
    line, no journal (it took 0.16 s, then 59 ms, when it built the parser first)."""
    proc = subprocess.run(
        [sys.executable, "-c", VERSION_PROBE, flag],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    first, modules = proc.stdout.split("\n", 1)
    assert first == "Fettle " + __import__("app").__version__
    loaded = json.loads(modules)
    ours = [m for m in loaded if m.split(".")[0] in ("app", "ui")]
    assert ours == ["app", "ui", "ui.launch"]
    assert "argparse" not in loaded


COMMAND_PROBE = """
import json, os, sys
from ui.launch import main
code = main(sys.argv[1:])
with open(os.environ["PROBE_OUT"], "w") as fh:
    json.dump({"code": code, "modules": sorted(sys.modules)}, fh)
"""
# what `list`, `search` and `add` with a passphrase on a descriptor have no use for:
# the keystore and every way to it (never asked when a passphrase is given: a script
# must never wait on, or unlock, the system keystore), the stores of drafts, settings,
# factors and the share log, which the journal makes on first use, and (issue 19) the
# argon2 package around its bindings (its __init__ loads `platform`), the catalog's
# types, and calendar (the date patterns of a search load only for date words)
NOT_FOR_LIST = (
    "keyring",
    "secretstorage",
    "jeepney",
    "dbus",
    "_socket",
    "socket",
    "app.usecases",
    "app.journal.keystore",
    "app.journal.secret_service",
    "app.journal.dbus_wire",
    "app.journal.drafts",
    "app.journal.settings",
    "app.journal.factors",
    "app.journal.records",
    "app.catalog_models",
    "sqlite3",
    "argon2",
    "platform",
    "calendar",
)


@pytest.mark.parametrize(
    ("argv", "done"),
    [
        (["list"], "app.journal.entries"),
        (["search", "walk"], "app.journal.search"),
        (["add", "note", "Walked to the lake"], "app.journal.entries"),
    ],
)
def test_everyday_commands_with_a_passphrase_load_no_keystore_and_no_unused_store(
    tmp_path, argv, done
) -> None:
    from tests.support.journals import PASSPHRASE, make_journal

    path = tmp_path / "j.fettle"
    make_journal(path).lock()
    out = tmp_path / "modules.json"
    read, write = os.pipe()
    os.write(write, (PASSPHRASE + "\n").encode())
    os.close(write)
    try:
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                COMMAND_PROBE,
                *argv,
                "--journal",
                str(path),
                "--passphrase-fd",
                str(read),
            ],
            cwd=ROOT,
            pass_fds=(read,),
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PROBE_OUT": str(out)},
        )
    finally:
        os.close(read)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(out.read_text())
    assert result["code"] == 0
    assert done in result["modules"]  # it did its job
    assert "_argon2_cffi_bindings" in result["modules"]  # and derived the key
    loaded = [
        m for m in result["modules"] if m in NOT_FOR_LIST or m.startswith(INSIDE_NOT_FOR_LIST)
    ]
    assert loaded == []


INSIDE_NOT_FOR_LIST = tuple(name + "." for name in NOT_FOR_LIST)


KEY_PROBE = """
import json, sys
from pathlib import Path
from app.journal.journal import Journal
with Journal.open_with_key(Path(sys.argv[1]), bytes.fromhex(sys.argv[2])) as journal:
    journal.entries.page()
print(json.dumps(sorted(sys.modules)))
"""


def test_opening_with_a_remembered_key_derives_nothing(tmp_path) -> None:
    """A remembered (raw) key needs no Argon2id: its module is not even loaded."""
    from tests.support.journals import make_journal

    path = tmp_path / "j.fettle"
    journal = make_journal(path)
    key = journal.key.hex()
    journal.lock()
    proc = subprocess.run(
        [sys.executable, "-c", KEY_PROBE, str(path), key],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout)
    assert "app.journal.journal" in loaded
    assert [m for m in loaded if m.startswith(("argon2", "_argon2"))] == []


EXIT_PROBE = """
import atexit, sys
atexit.register(lambda: print("teardown", file=sys.stderr, flush=True))
sys.argv = ["fettle", *sys.argv[1:]]
from ui.launch import main
sys.exit(main())
"""


def test_an_everyday_command_ends_at_once_with_all_its_output(tmp_path) -> None:
    """`fettle list` in a process of its own skips the interpreter's teardown (9 ms) once
    the journal is closed, and still delivers every line through a pipe; a command that
    fails ends the ordinary way."""
    import datetime as dt

    from app.models import Entry
    from tests.support.journals import PASSPHRASE, make_journal

    path = tmp_path / "j.fettle"
    with make_journal(path) as journal:
        journal.entries.add_many(
            Entry("note", dt.date(2026, 1, 1) + dt.timedelta(days=i), f"day {i} of the long list")
            for i in range(400)
        )

    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # as a user has it

    def fettle(*argv: str) -> subprocess.CompletedProcess:
        read, write = os.pipe()
        os.write(write, (PASSPHRASE + "\n").encode())
        os.close(write)
        try:
            return subprocess.run(
                [sys.executable, "-c", EXIT_PROBE, *argv, "--passphrase-fd", str(read)],
                cwd=ROOT,
                pass_fds=(read,),
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
                env=env,
            )
        finally:
            os.close(read)

    listed = fettle("list", "--journal", str(path), "--limit", "400")
    assert listed.returncode == 0, listed.stderr
    assert len([ln for ln in listed.stdout.splitlines() if "of the long list" in ln]) == 400
    assert "teardown" not in listed.stderr
    failed = fettle("list", "--journal", str(tmp_path / "missing.fettle"))
    assert failed.returncode == 1
    assert "teardown" in failed.stderr


GC_PROBE = """
import atexit, gc, os, sys
sys.argv = ["fettle", *sys.argv[1:]]
exit_now = os._exit


def reporting_exit(code):
    print("collector", gc.isenabled(), gc.get_count()[0] > 700, file=sys.stderr, flush=True)
    exit_now(code)


os._exit = reporting_exit
atexit.register(lambda: print("collector", gc.isenabled(), file=sys.stderr, flush=True))
from ui.launch import main
sys.exit(main())
"""


def test_an_everyday_command_runs_without_the_cycle_collector(tmp_path) -> None:
    """`fettle search` in a process of its own turns Python's cyclic garbage collector
    off (it ran 26 times over the modules being loaded: 2-4 ms, issue 19); a command
    that may run long keeps it, and so does a program calling main() itself."""
    from tests.support.journals import PASSPHRASE, make_journal

    path = tmp_path / "j.fettle"
    make_journal(path).lock()

    def fettle(*argv: str) -> str:
        read, write = os.pipe()
        os.write(write, (PASSPHRASE + "\n").encode())
        os.close(write)
        try:
            proc = subprocess.run(
                [sys.executable, "-c", GC_PROBE, *argv, "--journal", str(path)]
                + ["--passphrase-fd", str(read)],
                cwd=ROOT,
                pass_fds=(read,),
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        finally:
            os.close(read)
        assert proc.returncode == 0, proc.stderr
        return proc.stderr.strip().splitlines()[-1]

    # off, and off all along: the young generation grew past where it would have run
    assert fettle("search", "walk") == "collector False True"
    assert fettle("check") == "collector True"

    import gc

    from app.cli.main import main

    assert gc.isenabled()
    assert main(["list", "--journal", str(tmp_path / "missing.fettle")]) == 1
    assert gc.isenabled()
