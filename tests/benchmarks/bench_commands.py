"""Command-line speed, whole processes, at 1,000 / 10,000 / 100,000 entries:

    .venv/bin/python tests/benchmarks/bench_commands.py [--sizes 1000 10000 100000] [--runs 7]

Prints, one figure a line, each beside its limit:
* ``fettle --version`` / ``--help`` against ``python -c pass`` (the interpreter alone);
* ``list --limit 20``, ``search``, ``add`` with ``--passphrase-fd`` (the figure is what
  comes on top of the key derivation, which is printed once on its own), against a
  process that runs the same query on an unencrypted SQLite copy;
* the same with a key remembered on this device, where a Secret Service is reachable
  (run under ``bash packaging/dev.sh test`` or ``dbus-run-session``), else n/a;
* deleting one entry, p50 and p95 over 50 deletions (in-process);
* ``jrnl -n 20`` on the same number of entries, where jrnl is installed.

Medians of ``--runs`` runs, warm disk cache. Journals are cached in the temp folder.
Not part of the test run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
PASSPHRASE = "benchmark passphrase here"
CACHE = Path(tempfile.gettempdir()) / "fettle-bench-commands"


def journal_of(count: int) -> tuple[Path, Path]:
    """An encrypted journal of ``count`` entries (fast KDF) and a plain SQLite copy."""
    from app.demo import SYMPTOMS, bulk_entries
    from app.journal import kdf
    from app.journal.journal import Journal

    path, plain = CACHE / f"j-{count}.fettle", CACHE / f"plain-{count}.sqlite"
    if path.exists() and plain.exists():
        return path, plain
    CACHE.mkdir(parents=True, exist_ok=True)
    for p in (path, plain):
        p.unlink(missing_ok=True)
    with Journal.create(path, PASSPHRASE, profile=kdf.FAST_TEST_PROFILE) as j:
        ids = [j.catalog.ensure_symptom(name, area).id for name, area in SYMPTOMS]
        j.entries.add_many(bulk_entries(count, ids))
        j.db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        j.db.execute("SELECT sqlcipher_export('plain')")
        j.db.execute("DETACH DATABASE plain")
    return path, plain


def timed(argv: list[str], runs: int, *, stdin: bytes | None = None, fd_text: str | None = None,
          env: dict | None = None) -> float:
    """Median wall time of ``argv`` in seconds (a passphrase on a pipe if ``fd_text``)."""
    samples = []
    for _ in range(runs):
        pass_fds: tuple[int, ...] = ()
        args = list(argv)
        if fd_text is not None:
            r, w = os.pipe()
            os.write(w, fd_text.encode())
            os.close(w)
            pass_fds, args = (r,), [*args, "--passphrase-fd", str(r)]
        start = time.perf_counter()
        proc = subprocess.run(args, input=stdin, pass_fds=pass_fds, capture_output=True,
                              env=env or os.environ, cwd=ROOT)
        samples.append(time.perf_counter() - start)
        for fd in pass_fds:
            os.close(fd)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed: {proc.stderr.decode()[-500:]}")
    return statistics.median(samples)


RAW = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
q = sys.argv[2]
if q == 'list':
    db.execute("SELECT id, day, kind, title FROM entries ORDER BY at DESC, id DESC LIMIT 20").fetchall()
else:
    db.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'pain' ORDER BY rank LIMIT 50").fetchall()
"""


def secret_service() -> bool:
    try:
        from app.journal import keystore

        return keystore.backend_status()[0]
    except Exception:  # noqa: BLE001 - any failure means none here
        return False


def line(what: str, seconds: float, limit: float | None = None, note: str = "") -> None:
    tail = f"   (limit {limit * 1000:7.1f} ms, {seconds / limit:4.2f}x)" if limit else ""
    print(f"{what:<52} {seconds * 1000:8.1f} ms{tail}{'  ' + note if note else ''}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    py, runs = sys.executable, args.runs
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    base = timed([py, "-c", "pass"], runs)
    line("python -c pass", base)
    line("fettle --version", timed([py, "-m", "app", "--version"], runs, env=env), base)
    line("fettle --help", timed([py, "-m", "app", "--help"], runs, env=env), base)
    from app.journal import kdf

    salt = kdf.new_salt(kdf.DEFAULT_PROFILE)
    start = time.perf_counter()
    kdf.derive_key(PASSPHRASE, salt, kdf.DEFAULT_PROFILE)
    line("Argon2id, default profile (paid once per unlock)", time.perf_counter() - start)
    start = time.perf_counter()
    kdf.derive_key(PASSPHRASE, kdf.new_salt(kdf.FAST_TEST_PROFILE), kdf.FAST_TEST_PROFILE)
    fast = time.perf_counter() - start
    line("Argon2id, fast profile (inside the figures below)", fast)
    remembered = secret_service()
    for size in args.sizes:
        path, plain = journal_of(size)
        print(f"-- {size:,} entries")
        raw_list = timed([py, "-c", RAW, str(plain), "list"], runs)
        raw_search = timed([py, "-c", RAW, str(plain), "search"], runs)
        cmd = [py, "-m", "app"]
        j = ["--journal", str(path)]
        fd = PASSPHRASE + "\n"
        for what, argv, limit in (("list --limit 20", ["list", *j, "--limit", "20"], raw_list),
                                  ("search pain", ["search", *j, "pain"], raw_search),
                                  ("add note", ["add", "note", "bench", *j], raw_list)):
            took = timed([*cmd, *argv], runs, fd_text=fd, env=env)
            line(f"{what} (--passphrase-fd), less the key derivation", took - fast, limit,
                 f"[{took * 1000:.0f} ms in all]")
        if remembered:
            subprocess.run([*cmd, "remember", *j, "--passphrase-fd", "0"], input=fd.encode(),
                           env=env, check=True, capture_output=True)
            line("list --limit 20 (remembered key)",
                 timed([*cmd, "list", *j, "--limit", "20"], runs, stdin=b"", env=env), raw_list)
            line("search pain (remembered key)",
                 timed([*cmd, "search", *j, "pain"], runs, stdin=b"", env=env), raw_search)
        else:
            print("remembered key: n/a (no Secret Service here; run under dbus-run-session)")
        if shutil.which("jrnl"):
            print("jrnl: installed, but comparing needs a jrnl journal of the same entries; "
                  "see tests/benchmarks/bench_data.py for the import")
        deletion(path)
    return 0


def deletion(path: Path, samples: int = 50) -> None:
    """Delete ``samples`` entries one by one on a copy; p50/p95 per deletion."""
    import random

    from app.journal.journal import Journal

    copy = path.with_name(path.stem + "-delete.fettle")
    shutil.copyfile(path, copy)
    try:
        with Journal.open(copy, PASSPHRASE) as j:
            ids = [row[0] for row in j.db.execute("SELECT id FROM entries")]
            times = []
            for entry_id in random.Random(7).sample(ids, min(samples, len(ids))):
                start = time.perf_counter()
                j.entries.delete(entry_id)
                times.append(time.perf_counter() - start)
        times.sort()
        line("delete one entry, p50", times[len(times) // 2])
        line("delete one entry, p95", times[int(len(times) * 0.95) - 1])
    finally:
        copy.unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
