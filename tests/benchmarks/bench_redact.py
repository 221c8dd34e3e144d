"""Redaction figures on the shared evaluation sets and our own patient-voice set:
recall, span_full, precision, speed, and how long the first ``Detector()`` takes.

    python tests/benchmarks/bench_redact.py

Looks for ``../shared/eval`` beside the repository and skips, saying so, if it is not
there. Speed is detection time only (the word lists are loaded before timing). The
first-load figures run in fresh interpreters: once with an empty lexicon cache (first
start after installing) and once with the cache in place (every later start).
"""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO.parent / "shared" / "eval"
SETS = ("physionet_deid", "presidio_synth")
PATIENT_VOICE = REPO / "tests" / "app" / "data" / "patient_voice.jsonl"
_FIRST_LOAD = (
    "import time; t = time.perf_counter(); from app.redact import Detector; Detector(); "
    "print(time.perf_counter() - t)")
sys.path.insert(0, str(REPO))


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    if not (EVAL / "score.py").exists():
        print(f"skipped: no evaluation sets at {EVAL}")
        return 0
    from app.profile import EMPTY_PROFILE
    from app.redact.detect_cli import run_detect
    from app.redact.engine import Detector

    _first_load()
    detector = Detector()
    detector.detect("warm up: Dr Smith, 12/3/2024", EMPTY_PROFILE)
    score = _scorer().score
    for name, gold in [(n, EVAL / f"{n}.jsonl") for n in SETS] + [
            ("patient_voice", PATIENT_VOICE)]:
        chars = sum(len(json.loads(line)["text"]) for line in gold.open(encoding="utf-8"))
        out = io.StringIO()
        started = time.perf_counter()
        run_detect(str(gold), out, detector)
        elapsed = time.perf_counter() - started
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
            fh.write(out.getvalue())
        _, overall = score(str(gold), fh.name)
        Path(fh.name).unlink()
        print(f"{name:16} recall={overall['recall']:.3f} span_full={overall['span_full']:.3f} "
              f"precision={overall['precision']:.3f} "
              f"speed={1000 * elapsed / chars * 1000:.2f} ms/1000 chars")
    return 0


def _first_load() -> None:
    """Time ``Detector()`` in fresh interpreters, cold (no cache) and warm."""
    import os
    import subprocess

    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache, "PYTHONPATH": str(REPO)}
        for label in ("first Detector(), no cache", "first Detector(), cached"):
            out = subprocess.run([sys.executable, "-c", _FIRST_LOAD], env=env, check=True,
                                 capture_output=True, text=True, cwd=REPO).stdout
            print(f"{label:28} {float(out):.2f} s")


if __name__ == "__main__":
    sys.exit(main())
