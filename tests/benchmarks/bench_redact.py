"""Redaction figures on the shared evaluation sets and our own patient-voice sets.

    python tests/benchmarks/bench_redact.py [--sets NAME ...] [--skip-first-load] [--json FILE]

For every set: recall, span_full and precision of the detected spans (counted by
``shared/eval/score.py`` itself, loaded from there at run time); then, on the post
``fettle share`` makes by default with each record's profile (``fettle detect
--posts``): the share of identifier values still readable in it, the share of records
where at least one is, and the share of medical terms kept (sets that list them);
then speed in ms per 1,000 characters, for detection alone and for the whole post.
Per type, and for names, places and employers that are not in the profile, recall
and span_full follow.

The held-back patient-voice set is measured here and nowhere else: read its figures,
never its records (see ``tests/benchmarks/heldout/README.md``).

Looks for ``../shared/eval`` beside the repository and leaves those sets out, saying
so, if it is not there. Word lists are loaded before timing (every cached loader of
``app.redact``), and "det ms" times the detector's own calls only. The first-load
figures run in fresh interpreters with an empty user cache folder: the first start
after installing (the lexicon shipped in the package, built at set-up) and a later
start.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import io
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.redact.engine import Detector

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO.parent / "shared" / "eval"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from post_leaks import PostFigures  # noqa: E402 - after the path is set

SETS = {
    "physionet_deid": EVAL / "physionet_deid.jsonl",
    "presidio_synth": EVAL / "presidio_synth.jsonl",
    "pv_dev": REPO / "tests" / "app" / "data" / "patient_voice_dev.jsonl",
    "pv_dev2": REPO / "tests" / "app" / "data" / "patient_voice_dev2.jsonl",
    "pv_dev3": REPO / "tests" / "app" / "data" / "patient_voice_dev3.jsonl",
    "pv_dev4": REPO / "tests" / "app" / "data" / "patient_voice_dev4.jsonl",
    "pv_dev5": REPO / "tests" / "app" / "data" / "patient_voice_dev5.jsonl",
    "pv_dev6_a": REPO / "tests" / "app" / "data" / "patient_voice_dev6_a.jsonl",
    "pv_dev6_c": REPO / "tests" / "app" / "data" / "patient_voice_dev6_c.jsonl",
    "pv_dev6_b": REPO / "tests" / "app" / "data" / "patient_voice_dev6_b.jsonl",
    "pv_dev7_a": REPO / "tests" / "app" / "data" / "patient_voice_dev7_a.jsonl",
    "pv_dev7_b": REPO / "tests" / "app" / "data" / "patient_voice_dev7_b.jsonl",
    "pv_dev7_c": REPO / "tests" / "app" / "data" / "patient_voice_dev7_c.jsonl",
    "pv_dev8_e": REPO / "tests" / "app" / "data" / "patient_voice_dev8_e.jsonl",
    "pv_dev9_g": REPO / "tests" / "app" / "data" / "patient_voice_dev9_g.jsonl",
    "pv_dev9_f": REPO / "tests" / "app" / "data" / "patient_voice_dev9_f.jsonl",
    "pv_dev9_h": REPO / "tests" / "app" / "data" / "patient_voice_dev9_h.jsonl",
    "pv_dev10_n": REPO / "tests" / "app" / "data" / "patient_voice_dev10_n.jsonl",
    "pv_dev10_e": REPO / "tests" / "app" / "data" / "patient_voice_dev10_e.jsonl",
    "pv_dev11_n": REPO / "tests" / "app" / "data" / "patient_voice_dev11_n.jsonl",
    "pv_dev11_e": REPO / "tests" / "app" / "data" / "patient_voice_dev11_e.jsonl",
    "pv_dev11_m": REPO / "tests" / "app" / "data" / "patient_voice_dev11_m.jsonl",
    "pv_dev11_d": REPO / "tests" / "app" / "data" / "patient_voice_dev11_d.jsonl",
    "pv_dev12_e": REPO / "tests" / "app" / "data" / "patient_voice_dev12_e.jsonl",
    "pv_dev12_m": REPO / "tests" / "app" / "data" / "patient_voice_dev12_m.jsonl",
    "pv_dev12_n": REPO / "tests" / "app" / "data" / "patient_voice_dev12_n.jsonl",
    "pv_dev12_f": REPO / "tests" / "app" / "data" / "patient_voice_dev12_f.jsonl",
    "pv_pool13_a": REPO / "tests" / "app" / "data" / "patient_voice_pool13_a.jsonl",
    "pv_pool13_b": REPO / "tests" / "app" / "data" / "patient_voice_pool13_b.jsonl",
    "pv_dev14_tb": REPO / "tests" / "app" / "data" / "patient_voice_dev14_tb.jsonl",
    "pv_dev14_ta": REPO / "tests" / "app" / "data" / "patient_voice_dev14_ta.jsonl",
    "pv_dev14_tc": REPO / "tests" / "app" / "data" / "patient_voice_dev14_tc.jsonl",
    "pv_dev13_e": REPO / "tests" / "app" / "data" / "patient_voice_dev13_e.jsonl",
    "pv_dev13_m": REPO / "tests" / "app" / "data" / "patient_voice_dev13_m.jsonl",
    "pv_heldout": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout.jsonl",
    "pv_heldout2": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout2.jsonl",
    "pv_heldout3": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout3.jsonl",
    "pv_heldout4": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout4.jsonl",
    "pv_heldout5": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout5.jsonl",
    "pv_heldout6": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout6.jsonl",
    "pv_heldout7": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout7.jsonl",
    "pv_heldout8": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout8.jsonl",
    "pv_heldout9": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout9.jsonl",
    "pv_heldout10": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout10.jsonl",
    "pv_heldout11": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout11.jsonl",
    "pv_heldout12": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout12.jsonl",
    "pv_heldout13": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout13.jsonl",
    "pv_heldout14": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout14.jsonl",
    "pv_heldout15": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout15.jsonl",
    "pv_heldout16": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout16.jsonl",
    "pv_heldout17": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout17.jsonl",
    "pv_heldout18": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout18.jsonl",
    "pv_heldout19": REPO / "tests" / "benchmarks" / "heldout" / "patient_voice_heldout19.jsonl",
    "pv_pool15_c": REPO / "tests" / "app" / "data" / "patient_voice_pool15_c.jsonl",
    "pv_pool15_d": REPO / "tests" / "app" / "data" / "patient_voice_pool15_d.jsonl",
    "pv_pool16_e": REPO / "tests" / "app" / "data" / "patient_voice_pool16_e.jsonl",
    "pv_pool16_f": REPO / "tests" / "app" / "data" / "patient_voice_pool16_f.jsonl",
    "pv_pool17_g": REPO / "tests" / "app" / "data" / "patient_voice_pool17_g.jsonl",
    "pv_dev16_o": REPO / "tests" / "app" / "data" / "patient_voice_dev16_o.jsonl",
    "pv_dev15_tf": REPO / "tests" / "app" / "data" / "patient_voice_dev15_tf.jsonl",
    "pv_dev15_te": REPO / "tests" / "app" / "data" / "patient_voice_dev15_te.jsonl",
    "pv_dev15_td": REPO / "tests" / "app" / "data" / "patient_voice_dev15_td.jsonl",
    **{
        f"pv_dev17_{k}": REPO / "tests" / "app" / "data" / f"patient_voice_dev17_{k}.jsonl"
        for k in "abc"
    },
    **{
        f"pv_{name}": REPO / "tests" / "app" / "data" / f"patient_voice_{name}.jsonl"
        for name in (
            "dev19_a",
            "dev19_b",
            "pool19_h",
            "pool19_i",
            "pool20_j",
            "pool20_k",
            "dev20_a",
            "dev20_b",
            "dev20_c",
            "dev20_d",
            "dev21_a",
            "dev21_b",
            "dev21_c",
            "dev21_d",
            "dev21_e",
            "pool21_l",
            "pool21_m",
            "pool21_n",
            "dev22_a",
            "dev22_b",
            "dev22_c",
            "dev22_d",
            "dev22_e",
            "dev22_f",
            "pool22_o",
            "pool22_p",
            "pool23_q",
            "pool24_r",
        )
    },
}
# Halves of a set measured on their own: dev4's first 40 records are tuned on, its last
# 40 are only ever measured as a whole (the round's "unseen" figure).
SPLITS = {"pv_dev4a": ("pv_dev4", 0, 40), "pv_dev4b": ("pv_dev4", 40, None)}
PROFILE_TYPES = ("NAME", "PLACE", "EMPLOYER")
_FIRST_LOAD = (
    "import time; t = time.perf_counter(); from app.redact import Detector; Detector(); "
    "print(time.perf_counter() - t)"
)


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _TimedDetector:
    """The detector, timing its ``detect`` calls alone: "det ms" is detection, not the
    reading of the file, the parsing of profiles or the writing of JSON."""

    def __init__(self, detector: Detector) -> None:
        self.detector = detector
        self.seconds = 0.0

    def detect(self, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return self.detector.detect(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started


def _timed_run(gold: Path, detector: Detector, posts: bool) -> tuple[list[dict], float]:
    """Rows of ``fettle detect`` and seconds: of detection alone, or of the whole post."""
    from app.redact.detect_cli import run_detect

    out = io.StringIO()
    if posts:
        started = time.perf_counter()
        run_detect(str(gold), out, detector, posts=True)
        elapsed = time.perf_counter() - started
    else:
        timed = _TimedDetector(detector)
        run_detect(str(gold), out, timed, posts=False)  # type: ignore[arg-type]
        elapsed = timed.seconds
    return [json.loads(line) for line in out.getvalue().splitlines()], elapsed


def _warm(detector: Detector) -> None:
    """Load every word list before timing: the first text that needed one (German
    words, rare proper nouns, nicknames) paid for loading it inside "det ms"."""
    from app.profile import EMPTY_PROFILE, PrivacyProfile

    profile = PrivacyProfile.from_eval({"self": ["Sam Jones"], "places": ["Leeds"], "region": "DE"})
    for text in ("warm up: Dr Smith, 12/3/2024", "Termin in Köln mit Sam am 3.5.", "Zyx went"):
        detector.detect(text, EMPTY_PROFILE)
        detector.detect(text, profile)
    for name, module in list(sys.modules.items()):
        if not name.startswith("app.redact"):
            continue
        for value in list(vars(module).values()):
            if (
                callable(value)
                and hasattr(value, "cache_info")
                and getattr(value, "__module__", "") == name
                and not inspect.signature(value).parameters
            ):
                value()  # a cached loader: the word lists it reads


def _score(scorer: Any, gold: Path, rows: list[dict]) -> tuple[dict, dict]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for row in rows:
            fh.write(json.dumps({"id": row["id"], "spans": row["spans"]}) + "\n")
    try:
        return scorer.score(str(gold), fh.name)
    finally:
        Path(fh.name).unlink()


def _outside_profile(scorer: Any, records: list[dict], preds: dict) -> tuple[int, int, int, int]:
    """Token hits and span_full for names, places and employers none of whose words is
    a word of a profile term: what the detectors must find on their own."""
    hit = total = full = spans = 0
    for r in records:
        words = {
            w.casefold()
            for key in ("self", "people", "places", "employers", "other")
            for term in r["profile"].get(key) or ()
            for w in scorer.TOKEN.findall(term)
        }
        pred = [(s["start"], s["end"]) for s in preds.get(r["id"], [])]
        for s in r["spans"]:
            if s["type"] not in PROFILE_TYPES:
                continue
            toks = [m.span() for m in scorer.TOKEN.finditer(r["text"], s["start"], s["end"])]
            if any(r["text"][a:b].casefold() in words for a, b in toks):
                continue
            hits = sum(scorer.covered(pred, a, b) for a, b in toks)
            hit, total = hit + hits, total + len(toks)
            full, spans = full + (hits == len(toks)), spans + 1
    return hit, total, full, spans


def measure(name: str, gold: Path, detector: Detector, scorer: Any) -> dict:
    records = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
    chars = sum(len(r["text"]) for r in records)
    detected, detect_s = _timed_run(gold, detector, posts=False)
    by_type, overall = _score(scorer, gold, detected)
    posted, post_s = _timed_run(gold, detector, posts=True)
    figures = PostFigures()
    for record, row in zip(records, posted, strict=True):
        figures.add(record, row["post"])
    hit, total, full, spans = _outside_profile(
        scorer, records, {r["id"]: r["spans"] for r in detected}
    )
    return {
        "set": name,
        "records": len(records),
        **overall,
        "post_readable_values": figures.value_share,
        "post_leaking_records": figures.record_share,
        "medical_kept": figures.medical_share,
        "medical_lost": figures.medical - figures.medical_kept,
        "detect_ms_per_1000": 1e6 * detect_s / max(1, chars),
        "post_ms_per_1000": 1e6 * post_s / max(1, chars),
        "by_type": by_type,
        "leaked_by_type": dict(figures.leaked_types),
        "outside_profile": {
            "recall": hit / total if total else None,
            "span_full": full / spans if spans else None,
            "spans": spans,
        },
    }


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def report(rows: list[dict]) -> None:
    print(
        f"{'set':15} {'n':>5} {'recall':>6} {'sp_full':>7} {'prec':>6} "
        f"{'readable':>8} {'rec.leak':>8} {'med.kept':>8} {'det ms':>6} {'post ms':>7}"
    )
    for r in rows:
        print(
            f"{r['set']:15} {r['records']:5d} {r['recall']:6.3f} {r['span_full']:7.3f} "
            f"{r['precision']:6.3f} {_pct(r['post_readable_values']):>8} "
            f"{_pct(r['post_leaking_records']):>8} {_pct(r['medical_kept']):>8} "
            f"{r['detect_ms_per_1000']:6.2f} {r['post_ms_per_1000']:7.2f}"
        )
    for r in rows:
        types = "  ".join(
            f"{t} {v['recall']:.2f}/{v['span_full']:.2f}" for t, v in r["by_type"].items()
        )
        out = r["outside_profile"]
        print(f"\n{r['set']}: recall/span_full by type: {types}")
        if out["spans"]:
            print(
                f"{r['set']}: names, places, employers not in the profile: recall "
                f"{out['recall']:.3f}, span_full {out['span_full']:.3f} "
                f"({out['spans']} spans)"
            )
        if r["leaked_by_type"]:
            print(
                f"{r['set']}: values readable in the post, by type: "
                + ", ".join(f"{t} {n}" for t, n in sorted(r["leaked_by_type"].items()))
            )
        if r["medical_kept"] is not None:
            print(f"{r['set']}: medical terms lost from the post: {r['medical_lost']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=(*SETS, *SPLITS), default=list(SETS))
    parser.add_argument("--skip-first-load", action="store_true")
    parser.add_argument("--json", metavar="FILE", help="also write the figures here")
    args = parser.parse_args(argv)
    if not (EVAL / "score.py").exists():
        print(f"skipped: no scorer at {EVAL}")
        return 0
    from app.redact.engine import Detector

    if not args.skip_first_load:
        _first_load()
    detector = Detector()
    _warm(detector)
    scorer = _scorer()
    rows = []
    with tempfile.TemporaryDirectory() as parts:
        for name in args.sets:
            gold = SETS[name] if name in SETS else _split(name, Path(parts))
            if not gold.exists():
                print(f"skipped {name}: no {gold}")
                continue
            rows.append(measure(name, gold, detector, scorer))
    report(rows)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


def _split(name: str, folder: Path) -> Path:
    """One half of a set, written to ``folder`` (the missing set's path if it is not there)."""
    whole, start, stop = SPLITS[name]
    if not SETS[whole].exists():
        return SETS[whole]
    lines = [line for line in SETS[whole].read_text(encoding="utf-8").splitlines() if line]
    part = folder / f"{name}.jsonl"
    part.write_text("".join(line + "\n" for line in lines[start:stop]), encoding="utf-8")
    return part


def _first_load() -> None:
    """Time ``Detector()`` in fresh interpreters, cold (no cache) and warm."""
    import os
    import subprocess

    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache, "PYTHONPATH": str(REPO)}
        for label in ("first Detector(), fresh install", "first Detector(), later start"):
            out = subprocess.run(
                [sys.executable, "-c", _FIRST_LOAD],
                env=env,
                check=True,
                capture_output=True,
                text=True,
                cwd=REPO,
            ).stdout
            print(f"{label:28} {float(out):.2f} s")


if __name__ == "__main__":
    sys.exit(main())
