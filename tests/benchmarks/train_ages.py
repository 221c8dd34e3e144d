"""Train and measure the learned age scorer (``app/redact/ages_learned.py``).

    python tests/benchmarks/train_ages.py train [--threshold T]
        weights from every tuning set (tests/app/data/patient_voice_dev*.jsonl) into
        app/redact/data/ages_learned.npz, with the feature version and the threshold
    python tests/benchmarks/train_ages.py cv --test-files POOL.jsonl ...
        train on every tuning set, measure on these files (validation pools: totals
        only): numbers taken at each threshold, then the benchmark's end-to-end figures
        with the scorer in the engine
    python tests/benchmarks/train_ages.py cv
        5 folds of whole tuning sets, numbers taken at each threshold

Why: the hand-written age finders are many phrasings, and rounds of more phrasings
did not transfer to unseen text. A logistic regression over hashed features of every
number that could be an age (shape, size, the words and punctuation around it, the
rules' spans next to it) learns what an age looks like from every tuning record, the
ages the rules found included; in the engine it scores only the numbers the rules
left readable. A number is labelled 1 inside a gold AGE span, 0 outside every gold
span; numbers inside other identifiers (dates, IDs, phones) are left out, and one
inside a gold medical term (a dose, a lab value, a score) weighs ``MEDICAL_COST``.
Deterministic: crc32 hashing, L-BFGS from zeros. Never reads tests/benchmarks/heldout/
nor, for training, any file outside the tuning sets.

Measured in session 12 (1,511 tuning records, 2,522 numbers; rules and word tagger of
2e07a6e; the end-to-end runs put the scorer right after ``find_possible_ages``). Four
validation pools, record-weighted (recall, precision, readable values, leaking
records, medical kept, lost, readable ages):
    off         0.959 0.920 1.99% 14% 97.51% 37  5
    0.05        0.960 0.912 1.94% 14% 97.30% 40  4
    0.1         0.960 0.915 1.94% 14% 97.30% 40  4
    0.2         0.960 0.919 1.99% 14% 97.45% 38  5
    0.3-0.4     0.959 0.919 1.99% 14% 97.45% 38  5
    0.5-0.9     0.959 0.920 1.99% 14% 97.45% 38  5
physionet_deid recall / precision: off 0.964 / 0.299, 0.1 0.964 / 0.252, 0.7 0.964 /
0.290 (none of its readable numbers is in a gold age); presidio_synth off 0.939 /
0.921, 0.1 0.940 / 0.917, 0.7 0.939 / 0.920. No threshold lowers readable ages
without losing medicine, so the scorer is not in the engine. Out of fold on the
tuning sets (5 folds of whole sets) at 0.7: 7 of the 12 readable gold ages taken,
7 false numbers, 3 of them medical.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_tagger import _brief, _records, folds, tuning_sets  # noqa: E402

from app.profile import PrivacyProfile  # noqa: E402
from app.redact import ages_learned as A  # noqa: E402
from app.redact import engine  # noqa: E402
from app.redact.engine import Detector  # noqa: E402
from app.redact.spans import SpanType  # noqa: E402

DATA = REPO / "tests" / "app" / "data"
WEIGHTS = REPO / "app" / "redact" / "data" / A.WEIGHTS
THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
L2 = 1.0
MEDICAL_COST = 10.0  # a dose, a lab value or a score taken is the costliest mistake


def _hooked(text: str, profile: PrivacyProfile, rules: Detector) -> tuple[list, list]:
    """The spans and medical number ranges the engine hands the scorer: what the rules
    found up to and with ``find_possible_ages`` (caught by wrapping it once)."""
    seen: list = []
    original = engine.find_possible_ages

    def catch(text, found, medical_word, name_word, numbers):  # noqa: ANN001, ANN202
        ages = list(original(text, found, medical_word, name_word, numbers))
        seen.append(([*found, *ages], numbers))
        return ages

    engine.find_possible_ages = catch
    try:
        rules.detect(text, profile)
    finally:
        engine.find_possible_ages = original
    return seen[0] if seen else ([], [])


def _overlap(spans: list[dict], a: int, b: int) -> dict | None:
    return next((s for s in spans if s["start"] < b and a < s["end"]), None)


def rows_of(record: dict, rules: Detector) -> list[dict]:
    """One row per candidate number outside the medical ranges and the rules' other
    identifiers: hashed features, label, medical, and whether the rules took it."""
    text = record["text"]
    profile = PrivacyProfile.from_eval(record.get("profile") or {})
    found, numbers = _hooked(text, profile, rules)
    med = record.get("medical") or []
    out = []
    for c in A.candidates(text):
        a, b = c.start, c.end
        if any(x < b and a < y for x, y in numbers):
            continue
        mine = [s for s in found if s.start < b and a < s.end]
        if any(s.type is not SpanType.AGE for s in mine):
            continue  # a date's, a phone's or an ID's digits: the rules' own
        gold = _overlap(record["spans"], a, b)
        if gold and gold["type"] != "AGE":
            continue
        close = [s for s in found if s not in mine and s.end > a - 30 and s.start < b + 30]
        out.append(
            {
                "x": [
                    zlib.crc32(f.encode()) & A._MASK
                    for f in A.features(text, c, close, rules.lexicon)
                ],
                "ruled": bool(mine),
                "y": int(gold is not None),
                "med": _overlap(med, a, b) is not None,
            }
        )
    return out


def matrix(rows: list[dict]) -> tuple[sparse.csr_matrix, np.ndarray]:
    indptr = np.cumsum([0] + [len(r["x"]) for r in rows])
    idx = np.fromiter((j for r in rows for j in r["x"]), dtype=np.int64, count=indptr[-1])
    x = sparse.csr_matrix((np.ones(len(idx), np.float32), idx, indptr), shape=(len(rows), A.DIM))
    x.sum_duplicates()
    return x, np.array([r["y"] for r in rows], dtype=np.float64)


def fit(rows: list[dict], medical_cost: float = MEDICAL_COST) -> np.ndarray:
    """L2-regularised logistic regression by L-BFGS; weights over the hashed space."""
    x, y = matrix(rows)
    xt = x.T.tocsr()
    cost = np.array([medical_cost if r["med"] else 1.0 for r in rows])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        ll = np.sum(cost * (np.logaddexp(0, z) - y * z)) + 0.5 * L2 * (w @ w)
        return ll, xt @ (cost * (p - y)) + L2 * w

    res = minimize(loss, np.zeros(A.DIM), jac=True, method="L-BFGS-B", options={"maxiter": 400})
    return res.x


def predict(w: np.ndarray, rows: list[dict]) -> np.ndarray:
    x, _ = matrix(rows)
    return 1.0 / (1.0 + np.exp(-(x @ w)))


def _taken(name: str, rows: list[dict], p: np.ndarray) -> None:
    """Numbers the rules left readable and the scorer takes, per threshold."""
    left = [(r, q) for r, q in zip(rows, p, strict=True) if not r["ruled"]]
    ages = sum(r["y"] for r, _ in left)
    print(f"{name}: {len(left)} readable candidates, {ages} of them in gold ages")
    for thr in THRESHOLDS:
        got = [r for r, q in left if q >= thr]
        tp = sum(r["y"] for r in got)
        med = sum(r["med"] for r in got)
        print(
            f"  {thr:.2f}: taken {len(got):4d}  ages {tp:3d}  false {len(got) - tp:4d}  medical {med}"
        )


def cross_validate(
    files: list[Path], medical_cost: float, ends: bool, thresholds: tuple[float, ...]
) -> None:
    import bench_redact as B

    sets = tuning_sets()
    paths = {"pv_" + p.stem.removeprefix("patient_voice_"): p for p in files}
    for name, path in paths.items():
        if name in sets or "heldout" in str(path):
            raise SystemExit(f"{path}: a tuning set or a held-out set, not a validation file")
    everything = {**sets, **{n: _records(p) for n, p in paths.items()}}
    rules = Detector(rules_only=True)
    B._warm(rules)
    rows = {n: [row for r in recs for row in rows_of(r, rules)] for n, recs in everything.items()}
    groups = [list(paths)] if paths else folds(sets)
    weights = {}
    for group in groups:
        train = [row for n in sets if n not in group for row in rows[n]]
        w = fit(train, medical_cost)
        flat = [row for n in group for row in rows[n]]
        _taken("+".join(group) if paths else f"fold {group}", flat, predict(w, flat))
        weights.update(dict.fromkeys(group, w))
    if not (ends and paths):
        return
    scorer = B._scorer()
    detector = Detector()
    original = engine.find_possible_ages
    try:
        for thr in (None, *thresholds):
            print(f"\nend to end, age scorer threshold {thr or 'off'}:")
            out = []
            for n, path in paths.items():
                engine.find_possible_ages = _with_scorer(original, weights[n], thr, rules.lexicon)
                out.append(B.measure(n, path, detector, scorer))
            if all(r["medical_kept"] is not None for r in out):
                _brief(out)  # the pools' record-weighted totals
            _ages(out)
    finally:
        engine.find_possible_ages = original


def _with_scorer(original, w: np.ndarray, thr: float | None, lexicon):  # noqa: ANN001, ANN202
    """``find_possible_ages`` and then the scorer on what the rules left, as the engine
    runs them (the scorer's hook is the next line), without the shipped weights."""
    if thr is None:
        return original
    scorer = A.AgeScorer(w, thr)

    def both(text, found, medical_word, name_word, numbers):  # noqa: ANN001, ANN202
        ages = list(original(text, found, medical_word, name_word, numbers))
        return [*ages, *scorer.new_spans(text, [*found, *ages], lexicon, numbers)]

    return both


def _ages(rows: list[dict]) -> None:
    """AGE recall and readable ages by set, as the benchmark counts them."""
    for r in rows:
        rec = r["by_type"].get("AGE", {}).get("recall", float("nan"))
        readable = r["leaked_by_type"].get("AGE", 0)
        print(
            f"  {r['set']:14} recall {r['recall']:.3f} precision {r['precision']:.3f} "
            f"AGE recall {rec:.3f}  AGE readable {readable}"
        )
    readable = sum(r["leaked_by_type"].get("AGE", 0) for r in rows)
    print(f"  all            AGE readable {readable}", flush=True)


def train(threshold: float, out: Path, medical_cost: float) -> None:
    """The shipped weights: every tuning set, float16, compressed, with the feature
    version, the hash width and the threshold."""
    sets = tuning_sets()
    rules = Detector(rules_only=True)
    rows = [row for recs in sets.values() for r in recs for row in rows_of(r, rules)]
    w = fit(rows, medical_cost).astype(np.float16)
    np.savez_compressed(
        out,
        w=w,
        threshold=np.float32(threshold),
        version=np.int32(A.FEATURE_VERSION),
        bits=np.int32(A.BITS),
    )
    records = sum(len(r) for r in sets.values())
    print(f"{records} records, {len(rows)} numbers, {out} ({out.stat().st_size} bytes)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("cv", "train"))
    parser.add_argument("--threshold", type=float, default=0.7)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--medical-cost", type=float, default=MEDICAL_COST)
    parser.add_argument("--no-end-to-end", action="store_true")
    parser.add_argument(
        "--thresholds", nargs="*", type=float, default=THRESHOLDS, help="end to end at these"
    )
    parser.add_argument(
        "--test-files",
        nargs="*",
        type=Path,
        default=[],
        help="train on every tuning set, test on these other files (validation pools)",
    )
    args = parser.parse_args(argv)
    if args.mode == "cv":
        cross_validate(
            args.test_files, args.medical_cost, not args.no_end_to_end, tuple(args.thresholds)
        )
    else:
        train(args.threshold, args.out, args.medical_cost)
    return 0


if __name__ == "__main__":
    sys.exit(main())
