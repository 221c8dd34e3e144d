"""The release bundle's size and start-up, against the venv:
``.venv/bin/python tests/benchmarks/bench_bundle.py [--bundle dist/fettle] [--runs 7]``.

Prints:
* the bundle folder's size in MiB and its 15 largest parts (a package folder, a Qt
  library, a data file: whatever is heaviest), to see what to trim;
* process start -> unlock screen, for the bundle's ``fettle`` and for the same launcher
  (packaging/fettle_launcher.py) run by the venv's Python. "Unlock screen" is the moment
  tests/benchmarks/bench_ui.py measures: the passphrase box visible and the screen no
  longer busy; the launcher's FETTLE_BENCH_UNLOCK_SCREEN hook prints the time of that
  moment and quits. Each run is a fresh process on a fresh profile holding one journal,
  with a warm disk cache; the two are started in turns and the first round is not
  counted.

Aims (issue 12): the bundle under 150 MiB; its start no slower than the venv's.
Build the bundle first: ``bash packaging/build.sh bundle``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MIB = 2**20
READY = "FETTLE-UNLOCK-SCREEN "


def folder_size(folder: Path) -> int:
    """Bytes of every file (symlinks not followed, counted once)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def contributors(bundle: Path, top: int = 15) -> list[tuple[str, int]]:
    """The heaviest parts: each top-level file, each package folder under _internal, and
    inside PySide6/Qt each library and plugin folder (Qt is one package but many parts)."""
    internal = bundle / "_internal"
    parts: dict[str, int] = {}
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(bundle)
        if internal in path.parents:
            inner = path.relative_to(internal).parts
            if inner[:3] == ("PySide6", "Qt", "lib"):
                key = "/".join(inner[:4])
            elif inner[:2] == ("PySide6", "Qt"):
                key = "/".join(inner[:3])
            else:
                key = inner[0]
            key = f"_internal/{key}"
        else:
            key = str(rel)
        parts[key] = parts.get(key, 0) + path.lstat().st_size
    return sorted(parts.items(), key=lambda item: -item[1])[:top]


def _profile(home: Path) -> dict[str, str]:
    """A fresh profile whose default journal exists, so the app opens on its unlock screen."""
    sys.path.insert(0, str(ROOT))
    from app.journal import kdf
    from app.journal.journal import Journal

    data = home / "data"
    journal = data / "Fettle" / "journal.fettle"
    journal.parent.mkdir(parents=True)
    Journal.create(journal, "bench passphrase", profile=kdf.FAST_TEST_PROFILE).close()
    (home / "runtime").mkdir(mode=0o700)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHONPATH", "VIRTUAL_ENV")
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(data),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        FETTLE_BENCH_UNLOCK_SCREEN="1",
        LANG="C.UTF-8",
    )
    return env


def _one_start(command: list[str]) -> float:
    """Seconds from starting ``command`` to its unlock screen, on a fresh profile."""
    with tempfile.TemporaryDirectory(prefix="fettle-bench-bundle-") as folder:
        env = _profile(Path(folder))
        started = time.time()
        proc = subprocess.run(
            command,
            capture_output=True,
            text=True,
            env=env,
            cwd=folder,
            timeout=300,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith(READY)), None)
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"{command[0]} exited {proc.returncode}:\n{proc.stderr[-3000:]}")
    return float(line[len(READY) :]) - started


def start_to_unlock_screen(commands: dict[str, list[str]], runs: int) -> dict[str, list[float]]:
    """Each command's start times, taken in turns (so a busy moment of the machine falls
    on both alike); the first round warms the disk cache and is not counted."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, command in commands.items():
            seconds = _one_start(command)
            if round_:
                times[name].append(seconds)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "fettle")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size-only", action="store_true")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    program = bundle / "fettle"
    if not program.is_file():
        print(f"no bundle at {bundle}: run `bash packaging/build.sh bundle` first", file=sys.stderr)
        return 2
    size = folder_size(bundle)
    print(f"Fettle bundle {bundle} ({os.cpu_count()} CPUs)")
    print(f"  size: {size / MIB:7.1f} MiB   (aim: under 150 MiB)")
    print("  largest parts:")
    for name, part in contributors(bundle):
        print(f"    {part / MIB:7.1f} MiB  {name}")
    if args.size_only:
        return 0
    venv_python = ROOT / ".venv" / "bin" / "python"
    launcher = ROOT / "packaging" / "fettle_launcher.py"
    times = start_to_unlock_screen(
        {"bundle": [str(program)], "venv": [str(venv_python), str(launcher)]}, args.runs
    )
    print("  process start -> unlock screen (median, best; all runs):")
    for name, runs in times.items():
        print(
            f"    {name:6}  {statistics.median(runs) * 1000:6.0f} ms, "
            f"{min(runs) * 1000:.0f} ms   {[round(t * 1000) for t in runs]}"
        )
    ratio = statistics.median(times["bundle"]) / statistics.median(times["venv"])
    print(f"  bundle / venv: {ratio:.2f}   (aim: 1.00 or less)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
