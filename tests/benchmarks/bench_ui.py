"""Desktop app benchmark: ``.venv/bin/python tests/benchmarks/bench_ui.py [--entries N]``
(or ``pytest tests/benchmarks/bench_ui.py -s``).

Prints:
* process start → unlock screen painted, the way ``fettle`` starts (``ui.launch.main``
  in a fresh interpreter, offscreen Qt, warm disk cache; the moment the passphrase field
  has been painted), best of 10, wall and CPU, beside a bare PySide6 window (the limit);
  ``--start-only`` prints just this;
* unlock → a filled window (first page listed, sidebar counts in) with N entries,
  with the key derivation shown separately, since it costs the same for any journal;
  the first unlock of the process from the moment Argon2id has given the key (what the
  app itself adds), and a second one with a remembered key;
* the cost of scrolling the list through ``fetchMore`` (per 100-row page);
* peak RSS of the app process.

Aims (issues 3 and 19): unlock screen painted within 0.18 s (a bare PySide6 window:
about 0.10 s); filled window within 100 ms of the key.
Offscreen by default; under a real X server:
``FETTLE_BENCH_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python
tests/benchmarks/bench_ui.py``.
The journal uses the app's default KDF profile, so unlock timings are the real ones.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "benchmark passphrase here"
CACHE = Path(tempfile.gettempdir()) / "fettle-bench-ui"


def make_journal(count: int) -> Path:
    """A journal of ``count`` realistic entries (cached between runs)."""
    sys.path.insert(0, str(ROOT))
    from app.demo import SYMPTOMS, bulk_entries
    from app.journal import kdf
    from app.journal.journal import Journal

    path = CACHE / f"bench-{count}.fettle"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".partial")
    if tmp.exists():
        tmp.unlink()
    with Journal.create(tmp, PASSPHRASE, profile=kdf.DEFAULT_PROFILE) as j:
        ids = [j.catalog.ensure_symptom(name, area).id for name, area in SYMPTOMS]
        j.entries.add_many(bulk_entries(count, ids))
    tmp.rename(path)
    return path


CHILD = r"""
import json, os, resource, statistics, sys, time
T_START = float(sys.argv[2])
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from ui.main import build_window, make_application
from app.journal import kdf

path = Path(sys.argv[1])
folder = Path(sys.argv[3])
app = make_application()
window, ctx = build_window(settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat),
                           keystore_status=None)
ctx.set_journal_path(path)
window.resize(1280, 800)
window.show()
window.start()

def wait(cond, limit=120.0):
    end = time.perf_counter() + limit
    while not cond():
        app.processEvents()
        if time.perf_counter() > end:
            raise SystemExit("timed out")
        time.sleep(0.0005)

wait(lambda: window.unlock.passphrase.isVisible() and not window.unlock.is_busy())
# what the app does while the passphrase is typed (a second or more): the journal page
# is built and SQLCipher loaded in the background
wait(lambda: window._page is not None and ctx.runner.is_idle())
app.processEvents()
out = {}

page = window.page
filled = {}
page.counts_loaded.connect(lambda: filled.setdefault("counts", time.perf_counter()))
page.entry_model.first_page_loaded.connect(lambda: filled.setdefault("page", time.perf_counter()))

# The first unlock's key: when Argon2id has given it (on the worker), the rest is the
# app's own work: opening the file, its settings, the first page and the counts.
from app.journal import kdf as kdf_module
real_derive = kdf_module.derive_key
derived = {}

def cpu_now():
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime

def derive_key(*args, **kwargs):
    key = real_derive(*args, **kwargs)
    derived.setdefault("at", time.perf_counter())
    derived.setdefault("cpu", cpu_now())
    return key

kdf_module.derive_key = derive_key
window.unlock.passphrase.setText(sys.argv[4])
t_click = time.perf_counter()
window.unlock.unlock_button.click()
wait(lambda: "counts" in filled and "page" in filled)
window.repaint()
t_filled = time.perf_counter()
out["unlock_click_to_filled_s"] = t_filled - t_click
out["first_key_to_filled_s"] = t_filled - derived["at"]
out["first_key_to_page_s"] = filled["page"] - derived["at"]
out["first_key_to_counts_s"] = filled["counts"] - derived["at"]
out["first_key_to_filled_cpu_s"] = cpu_now() - derived["cpu"]  # all threads, the
# background work begun meanwhile (sync status, reminders, the Data menu's check) too
kdf_module.derive_key = real_derive
out["rows_after_unlock"] = page.entry_model.rowCount()
out["entries_in_sidebar"] = page.sidebar.topLevelItem(0).text(1)

# Key derived -> filled: lock, then unlock with the key already in hand (what a
# remembered key does), so the figure has no Argon2id in it.
salt = kdf.read_salt(path)
t0 = time.perf_counter()
key = kdf.derive_key(sys.argv[4], salt, kdf.profile_for_salt(salt))
out["kdf_s"] = time.perf_counter() - t0
window.lock()
wait(lambda: ctx.runner.is_idle())
from app.journal import keystore
keystore.recall_key = lambda _jid: key
filled.clear()
t_key = time.perf_counter()
window.show_unlock(path)
wait(lambda: "counts" in filled and "page" in filled)
window.repaint()
out["after_kdf_to_filled_s"] = time.perf_counter() - t_key

model, view = page.entry_model, page.entry_view
pages = []
for _ in range(int(sys.argv[5])):
    if not model.canFetchMore():
        break
    before = model.rowCount()
    t = time.perf_counter()
    view.scrollToBottom()   # reaching the end of the list makes the view call fetchMore
    model.fetchMore()       # (a no-op if the view already asked)
    wait(lambda: model.rowCount() > before and not model.is_loading())
    view.viewport().repaint()
    pages.append(time.perf_counter() - t)
out["fetch_pages"] = len(pages)
out["fetch_page_median_ms"] = statistics.median(pages) * 1000
out["fetch_page_p95_ms"] = sorted(pages)[int(len(pages) * 0.95) - 1] * 1000
out["rows_after_scrolling"] = model.rowCount()
t = time.perf_counter()
for i in range(0, model.rowCount(), 50):
    view.scrollTo(model.index(i))
    view.viewport().repaint()
out["repaint_per_screen_ms"] = (time.perf_counter() - t) / max(1, model.rowCount() // 50) * 1000
out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("BENCH " + json.dumps(out))
window.close()
"""


START = r"""
import os, resource, sys, time
T_START = float(sys.argv[1])
import ui.main

def watch(window) -> None:
    # The moment the window's first paint (the unlock screen's, with its passphrase field)
    # has been drawn. This filter is the window's last, so it is asked first, and its
    # timer comes before the work the app defers until after that paint.
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                watch.shown = window.unlock.passphrase.isVisible()
                QTimer.singleShot(0, done)  # after this paint has finished
            return False

    def done():
        used = resource.getrusage(resource.RUSAGE_SELF)
        if not watch.shown:
            raise SystemExit("the first paint had no passphrase field")
        print(f"START {time.time() - T_START} {used.ru_utime + used.ru_stime}", flush=True)
        os._exit(0)

    watch.filter = Painted()
    window.installEventFilter(watch.filter)

real_build = ui.main.build_window

def build_window(**kwargs):
    window, ctx = real_build(**kwargs)
    watch(window)
    import ui.first_paint

    real_after = ui.first_paint.after_first_paint

    def after_first_paint(widget, callback):
        # run_app defers more work to the paint after the window is built (the session's
        # D-Bus watch): this filter goes back to the end, to be asked first still
        real_after(widget, callback)
        if widget is window:
            window.removeEventFilter(watch.filter)
            window.installEventFilter(watch.filter)

    ui.first_paint.after_first_paint = after_first_paint
    return window, ctx

ui.main.build_window = build_window
from ui.launch import main
sys.exit(main([]))
"""


BARE = r"""
import os, resource, sys, time
T_START = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

def done():
    used = resource.getrusage(resource.RUSAGE_SELF)
    print(f"BARE {time.time() - T_START} {used.ru_utime + used.ru_stime}", flush=True)
    os._exit(0)

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, done)  # after this paint has finished
        return False

app = QApplication([])
label = QLabel("Passphrase")
painted = Painted()
label.installEventFilter(painted)
label.resize(1280, 800)
label.show()
sys.exit(app.exec())
"""


def bare_window(env: dict, repeats: int, best: bool = False) -> tuple[float, float]:
    """The limit: a fresh interpreter showing one bare PySide6 window (median wall, or
    the best with ``best``; least CPU)."""
    walls, cpus = [], []
    for _ in range(repeats):
        proc = subprocess.run(
            [sys.executable, "-c", BARE, repr(time.time())],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
            check=True,
        )
        wall, cpu = next(ln for ln in proc.stdout.splitlines() if ln.startswith("BARE ")).split()[
            1:
        ]
        walls.append(float(wall))
        cpus.append(float(cpu))
    return (min(walls) if best else statistics.median(walls)), min(cpus)


def start_to_unlock_screen(env: dict, journal: Path, repeats: int = 10) -> tuple[float, float]:
    """``fettle`` (``ui.launch.main``) from a fresh interpreter to its unlock screen
    painted for ``journal`` (best wall, least CPU of ``repeats`` runs: other work on the
    machine only ever adds time)."""
    walls, cpus = [], []
    for run in range(repeats + 1):  # the first run compiles the bytecode and warms the disk
        with tempfile.TemporaryDirectory() as home:
            config = Path(home) / "config" / "Fettle"
            config.mkdir(parents=True)
            (config / "Fettle.conf").write_text(f"[journal]\npath={journal}\n")
            child_env = dict(
                env,
                HOME=home,
                XDG_CONFIG_HOME=str(Path(home) / "config"),
                XDG_DATA_HOME=str(Path(home) / "data"),
            )
            proc = subprocess.run(
                [sys.executable, "-c", START, repr(time.time())],
                capture_output=True,
                text=True,
                env=child_env,
                cwd=ROOT,
                timeout=120,
                check=False,
            )
        line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("START ")), None)
        if line is None:
            raise RuntimeError(proc.stderr[-3000:])
        wall, cpu = line.split()[1:]
        if run:
            walls.append(float(wall))
            cpus.append(float(cpu))
    return min(walls), min(cpus)


def start_env() -> dict:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("FETTLE_BENCH_PLATFORM", "offscreen"),
        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keyring prompt; measure the app itself
    # An installed app has its bytecode compiled; without it every start recompiles.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_start(repeats: int = 10) -> dict:
    """Only the start: the app's and the bare window's, best of ``repeats`` each."""
    env = start_env()
    journal = make_journal(1000)
    out = {}
    out["start_best_s"], out["start_cpu_s"] = start_to_unlock_screen(env, journal, repeats)
    out["bare_best_s"], out["bare_cpu_s"] = bare_window(env, repeats, best=True)
    return out


def report_start(r: dict) -> None:
    platform = os.environ.get("FETTLE_BENCH_PLATFORM", "offscreen")
    print(
        f"  fettle start -> unlock screen painted ({platform}):"
        f" {r['start_best_s'] * 1000:5.0f} ms wall,"
        f" {r['start_cpu_s'] * 1000:.0f} ms CPU (best of 10)"
        f"   | limit, a bare PySide6 window: {r['bare_best_s'] * 1000:.0f} ms wall,"
        f" {r['bare_cpu_s'] * 1000:.0f} ms CPU | target 180 ms wall"
    )
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"  (load average {load}: on a busy machine the bare window is the yardstick)")


def run(entries: int, pages: int = 100, repeats: int = 5) -> dict:
    path = make_journal(entries)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("FETTLE_BENCH_PLATFORM", "offscreen"),
        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keyring prompt; measure the app itself
    results = []
    for _ in range(repeats):  # the first run warms the disk cache; report the best
        with tempfile.TemporaryDirectory() as folder:
            t_start = time.time()
            proc = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    CHILD,
                    str(path),
                    repr(t_start),
                    folder,
                    PASSPHRASE,
                    str(pages),
                ],
                capture_output=True,
                text=True,
                env=env,
                cwd=ROOT,
                timeout=600,
                check=False,
            )
        line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("BENCH ")), None)
        if line is None:
            raise RuntimeError(proc.stderr[-3000:])
        results.append(json.loads(line[6:]))
    # Medians across runs (the machine may be busy); the start time also as best and all.
    best = {
        k: statistics.median(r[k] for r in results) if isinstance(v, float) else v
        for k, v in results[-1].items()
    }
    best.update(run_start())
    best["after_kdf_to_filled_s_all"] = [round(r["after_kdf_to_filled_s"], 3) for r in results]
    best["first_key_to_filled_s_all"] = [round(r["first_key_to_filled_s"], 3) for r in results]
    return best


def report(entries: int, r: dict) -> None:
    print(
        f"Fettle desktop benchmark, {entries:,} entries (python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs)"
    )
    report_start(r)
    print(f"  key derivation (Argon2id, default):  {r['kdf_s'] * 1000:7.0f} ms")
    print(f"  unlock click -> filled window:       {r['unlock_click_to_filled_s'] * 1000:7.0f} ms")
    print(
        f"  first unlock, key derived -> filled: {r['first_key_to_filled_s'] * 1000:7.0f} ms"
        f" wall, {r['first_key_to_filled_cpu_s'] * 1000:.0f} ms CPU of the process"
        f"   (runs, wall: {r['first_key_to_filled_s_all']}) | target 100 ms\n"
        f"    of which: first page listed at {r['first_key_to_page_s'] * 1000:.0f} ms,"
        f" sidebar counts in at {r['first_key_to_counts_s'] * 1000:.0f} ms"
    )
    print(
        f"  again, remembered key -> filled:     {r['after_kdf_to_filled_s'] * 1000:7.0f} ms"
        f"   (runs: {r['after_kdf_to_filled_s_all']}) | target 100 ms"
    )
    print(
        f"    rows listed after unlock: {r['rows_after_unlock']}, "
        f"sidebar 'All entries': {r['entries_in_sidebar']}"
    )
    print(
        f"  fetchMore per 100-row page:          {r['fetch_page_median_ms']:7.1f} ms median, "
        f"{r['fetch_page_p95_ms']:.1f} ms p95 ({r['fetch_pages']} pages, "
        f"{r['rows_after_scrolling']:,} rows loaded)"
    )
    print(f"  repaint while scrolling:             {r['repaint_per_screen_ms']:7.1f} ms per step")
    print(
        f"  peak RSS:                            {r['peak_rss_mib']:7.0f} MiB"
        "   (Argon2id alone takes 128 MiB while it runs)"
    )
    print("  (figures are medians over runs; each run is a fresh process)")


def test_bench_ui() -> None:
    entries = int(os.environ.get("FETTLE_BENCH_ENTRIES", "100000"))
    report(entries, run(entries))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--start-only", action="store_true", help="only the start figures")
    args = parser.parse_args()
    if args.start_only:
        report_start(run_start())
    else:
        report(args.entries, run(args.entries, args.pages))
