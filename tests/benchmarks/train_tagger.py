"""Experiment: does a small trained tagger, as one more net after the rules, pay?

    python tests/benchmarks/train_tagger.py cv [--independent] [--inside]
        5 folds, whole sets per fold: words added, their cost, then the benchmark's
        end-to-end figures with the tagger's confident words as uncertain spans
    python tests/benchmarks/train_tagger.py cv --independent --test SET ...
        one split: test on these sets, train on the rest
    python tests/benchmarks/train_tagger.py train --out FILE   # weights, every set

Why: the hand-written rules miss phrasings nobody enumerated; this measures, out of
fold, whether a logistic regression stacked on the rules' output finds what they miss
without taking medicine. Only the made-up tuning sets (tests/app/data/
patient_voice_dev*.jsonl) are read; deterministic (crc32 hashing, L-BFGS from zeros).

A word is labelled 1 inside a gold NAME, PLACE, EMPLOYER, AGE, DATE or ADDRESS span,
0 outside every gold span; words inside other identifiers (IDs, phones) are left out.
Stacked (default): trained on the words the rules left readable, the rules' coverage
of the neighbours as features. ``--independent``: trained on every word, no rules'
features, then applied to the words the rules left readable. ``--inside``: the
tagger's spans join the rules' before their vetoes (drugs by context, medical words)
instead of after the detector. Features: ``tagger_features.py``.

Result (23:25 UTC, rules of commit f263ada; record-weighted over the sets tested): it
does not pay, so nothing in ``app`` uses it. Stacked: the rules leave 31-38 labelled
words readable in all 606 records (they were tuned on them), too few to learn from;
it is never confident (0 words added at 0.5/0.7/0.9). Independent, alone, out of
fold: word recall 0.875/0.798/0.642, precision 0.933/0.957/0.983 at 0.5/0.7/0.9;
after the rules (``--inside``, 5 folds) it adds 16/11/4 words (+0.3/+0.2/+0.1 points
of recall) for 168/85/17 false words (5.9/3.0/0.6 per 1,000) of which 57/30/8
medical; end to end recall 0.987 -> 0.990/0.989/0.987, precision 0.960 ->
0.931/0.945/0.957, readable values 0.76% -> 0.38/0.49/0.68%, medical terms lost
18 -> 59/41/23. On sets the rules had never been tuned on (rules of 95a633b, before
dev7..dev9 existed; test dev7_a..dev9_h, train on the rest): recall 0.940 ->
0.953/0.950/0.943, precision 0.929 -> 0.892/0.913/0.927, medical lost 17 ->
24/21/18. ``--letters-only`` costs less and adds less (+0.7 points at 0.7 there,
still one medical term lost). The words it finds are the rules' residue; the ones
it wrongly takes (unknown drug brands, lab values, weekdays, German nouns) look the
same to a word-level model trained on 600 records. Scoring costs about a quarter of
the rules' own time (pure-Python features).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import tagger_features as T  # noqa: E402

from app.profile import PrivacyProfile  # noqa: E402
from app.redact.engine import Detector  # noqa: E402

DATA = REPO / "tests" / "app" / "data"
LABELLED = {"NAME", "PLACE", "EMPLOYER", "AGE", "DATE", "ADDRESS"}
THRESHOLDS = (0.5, 0.7, 0.9)
L2 = 1.0
MEDICAL_COST = 5.0  # a medical word taken is the costliest mistake: it weighs five


def tuning_sets() -> dict[str, list[dict]]:
    out = {}
    for path in sorted(DATA.glob("patient_voice_dev*.jsonl")):
        name = "pv_" + path.stem.removeprefix("patient_voice_")
        out[name] = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
    return out


def folds(sets: dict[str, list[dict]], k: int = 5) -> list[list[str]]:
    """Whole sets per fold, biggest first into the lightest fold."""
    groups: list[list[str]] = [[] for _ in range(k)]
    sizes = [0] * k
    for name in sorted(sets, key=lambda n: (-len(sets[n]), n)):
        j = sizes.index(min(sizes))
        groups[j].append(name)
        sizes[j] += len(sets[name])
    return groups


def _inside(spans: list[dict], a: int, b: int) -> dict | None:
    return next((s for s in spans if s["start"] <= a and b <= s["end"]), None)


def rows_of(record: dict, detector: Detector, stacked: bool) -> list[dict]:
    """One row per scored word: hashed features, label, medical, gold type, and
    whether the rules took it (an independent tagger also learns from those)."""
    text = record["text"]
    profile = PrivacyProfile.from_eval(record["profile"])
    spans = detector.detect(text, profile)
    ws = T.words(text, detector.lexicon)
    cov = T.coverage(ws, spans)
    med = record.get("medical") or []
    seen = cov if stacked else [0] * len(ws)
    veto = T.vetoed(text, ws)
    out = []
    for i, w in enumerate(ws):
        if (stacked and cov[i]) or veto[i] or not T.candidate(w):
            continue
        gold = _inside(record["spans"], w.start, w.end)
        if gold and gold["type"] not in LABELLED:
            continue
        out.append(
            {
                "x": T.hashed(T.features(ws, i, seen, text)),
                "ruled": bool(cov[i]),
                "y": int(gold is not None),
                "med": _inside(med, w.start, w.end) is not None,
                "type": gold["type"] if gold else "",
            }
        )
    return out


def matrix(rows: list[dict]) -> tuple[sparse.csr_matrix, np.ndarray]:
    indptr = np.cumsum([0] + [len(r["x"]) for r in rows])
    idx = np.fromiter((j for r in rows for j in r["x"]), dtype=np.int64, count=indptr[-1])
    x = sparse.csr_matrix((np.ones(len(idx), np.float32), idx, indptr), shape=(len(rows), T.DIM))
    x.sum_duplicates()
    return x, np.array([r["y"] for r in rows], dtype=np.float64)


def fit(rows: list[dict]) -> np.ndarray:
    """L2-regularised logistic regression by L-BFGS; weights over the hashed space."""
    x, y = matrix(rows)
    xt = x.T.tocsr()
    cost = np.array([MEDICAL_COST if r["med"] else 1.0 for r in rows])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        ll = np.sum(cost * (np.logaddexp(0, z) - y * z)) + 0.5 * L2 * (w @ w)
        return ll, xt @ (cost * (p - y)) + L2 * w

    res = minimize(loss, np.zeros(T.DIM), jac=True, method="L-BFGS-B", options={"maxiter": 300})
    return res.x


def predict(w: np.ndarray, rows: list[dict]) -> np.ndarray:
    x, _ = matrix(rows)
    return 1.0 / (1.0 + np.exp(-(x @ w)))


class StackedDetector(Detector):
    """The rules, then a tagger: what the engine hook would do. ``INSIDE``: the tagger
    runs after the rules' last finder instead, so that every veto after it (drugs
    by context, medical words, doses) applies to its spans too."""

    tagger: T.Tagger | None = None

    def detect(self, text: str, profile: PrivacyProfile, **kw: Any) -> list:
        spans = super().detect(text, profile, **kw)
        if INSIDE or not self.tagger:
            return spans
        return self.tagger.add(spans, text, self.lexicon)


INSIDE = False


def _inside_hook(detector: StackedDetector) -> None:
    from app.redact import engine

    last_finder = engine.find_possible_ages  # the last finder before the vetoes

    def both(text: str, found: list, *args: Any) -> list:
        out = list(last_finder(text, found, *args))
        if detector.tagger:
            out = out + detector.tagger.new_spans([*found, *out], text, detector.lexicon)
        return out

    engine.find_possible_ages = both


def extra_rows(names: list[str], detector: Detector, stacked: bool) -> list[dict]:
    """Training words from the shared evaluation sets (another register), never scored."""
    out = []
    for name in names:
        path = REPO.parent / "shared" / "eval" / f"{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.extend(rows_of(json.loads(line), detector, stacked))
    return out


def cross_validate(stacked: bool, ends: bool, extra: list[str], test: list[str]) -> None:
    import bench_redact as B

    sets = tuning_sets()
    detector = StackedDetector()
    if INSIDE:
        _inside_hook(detector)
    B._warm(detector)
    rows = {n: [rows_of(r, detector, stacked) for r in recs] for n, recs in sets.items()}
    more = extra_rows(extra, detector, stacked)
    weights = {}
    probs: dict[str, list] = {}
    alone: list = []
    for k, group in enumerate([test] if test else folds(sets)):
        train = [row for n in sets if n not in group for rec in rows[n] for row in rec] + more
        w = fit(train)
        for n in group:
            weights[n] = w
            flat = [row for rec in rows[n] for row in rec]
            both = list(zip(flat, predict(w, flat), strict=True)) if flat else []
            probs[n] = [(row, p) for row, p in both if not row["ruled"]]
            alone.extend(both)
        print(f"fold {k}: {group} trained on {len(train)} words", flush=True)
    scored = [n for n in sets if n in probs]
    tokens = sum(len(T.TOKEN.findall(r["text"])) for n in scored for r in sets[n])
    gold_tokens = sum(
        len(T.TOKEN.findall(r["text"][s["start"] : s["end"]]))
        for n in scored
        for r in sets[n]
        for s in r["spans"]
    )
    missed = sum(row["y"] for n in scored for rec in rows[n] for row in rec if not row["ruled"])
    print(
        f"\n{tokens} tokens, {gold_tokens} gold identifier tokens, {missed} scored words "
        f"inside labelled gold spans the rules left readable"
    )
    print(
        "residual (labelled words the rules left readable) per set:",
        {n: sum(row["y"] for rec in rows[n] for row in rec if not row["ruled"]) for n in scored},
    )
    if not stacked:
        for thr in THRESHOLDS:
            tp = sum(row["y"] for row, p in alone if p >= thr)
            pos = sum(row["y"] for row, _ in alone)
            taken = sum(1 for _, p in alone if p >= thr)
            print(
                f"tagger alone, out of fold, threshold {thr}: word recall {tp / pos:.3f}, "
                f"precision {tp / max(1, taken):.3f} (scored words only)"
            )
    print("thr   added  +recall  fp  fp/1k tok  medical taken  added by type")
    for thr in THRESHOLDS:
        tp = fp = medt = 0
        types: dict[str, int] = {}
        for n in scored:
            for row, p in probs[n]:
                if p < thr:
                    continue
                tp += row["y"]
                fp += 1 - row["y"]
                medt += row["med"]
                if row["y"]:
                    types[row["type"]] = types.get(row["type"], 0) + 1
        print(
            f"{thr:.1f} {tp:6d} {tp / gold_tokens:8.3f} {fp:4d} {1000 * fp / tokens:9.2f} "
            f"{medt:14d}  {types}"
        )
    if not ends:
        return
    scorer = B._scorer()
    for thr in (None, *THRESHOLDS):
        print(f"\nend to end, tagger threshold {thr or 'off (rules alone)'}:")
        out = []
        for n in scored:
            detector.tagger = T.Tagger(weights[n], thr, stacked) if thr else None
            out.append(
                B.measure(n, B.SETS.get(n, DATA / f"patient_voice_{n[3:]}.jsonl"), detector, scorer)
            )
        _brief(out)


def _brief(rows: list[dict]) -> None:
    tot: dict[str, float] = {}
    for r in rows:
        print(
            f"  {r['set']:11} rec {r['recall']:.3f} full {r['span_full']:.3f} "
            f"prec {r['precision']:.3f} readable {100 * r['post_readable_values']:4.1f}% "
            f"leak {100 * r['post_leaking_records']:4.1f}% med {100 * r['medical_kept']:5.1f}% "
            f"lost {r['medical_lost']} det {r['detect_ms_per_1000']:.2f} ms"
        )
        for key in (
            "recall",
            "precision",
            "post_readable_values",
            "post_leaking_records",
            "medical_kept",
        ):
            tot[key] = tot.get(key, 0) + r[key] * r["records"]
        tot["n"] = tot.get("n", 0) + r["records"]
        tot["lost"] = tot.get("lost", 0) + r["medical_lost"]
    n = tot["n"]
    print(
        f"  ALL (record-weighted) rec {tot['recall'] / n:.3f} prec {tot['precision'] / n:.3f} "
        f"readable {100 * tot['post_readable_values'] / n:.2f}% "
        f"leak {100 * tot['post_leaking_records'] / n:.2f}% "
        f"med {100 * tot['medical_kept'] / n:.2f}% lost {tot['lost']:.0f}",
        flush=True,
    )


def train(threshold: float, stacked: bool, out: Path) -> None:
    """Weights from every tuning set, for a later experiment (nothing ships them)."""
    sets = tuning_sets()
    detector = Detector()
    rows = [row for recs in sets.values() for r in recs for row in rows_of(r, detector, stacked)]
    w = fit(rows).astype(np.float16)
    np.savez_compressed(out, w=w, threshold=np.float32(threshold), stacked=stacked)
    print(f"{len(rows)} words, {out} ({out.stat().st_size} bytes)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("cv", "train"))
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--out", type=Path, default=Path("tagger_weights.npz"))
    parser.add_argument(
        "--independent",
        action="store_true",
        help="learn from every word, without the rules' coverage (else: only the words "
        "the rules left readable, with their coverage as features)",
    )
    parser.add_argument("--no-end-to-end", action="store_true")
    parser.add_argument("--letters-only", action="store_true", help="score no digits")
    parser.add_argument("--inside", action="store_true", help="hook beside the last safety net")
    parser.add_argument(
        "--test",
        nargs="*",
        default=[],
        help="one split instead of 5 folds: test on these sets, train on the rest",
    )
    parser.add_argument(
        "--extra",
        nargs="*",
        default=[],
        choices=("physionet_deid", "presidio_synth"),
        help="also train on these shared sets (cv: training folds only)",
    )
    args = parser.parse_args()
    global INSIDE
    INSIDE = args.inside
    T.LETTERS_ONLY = args.letters_only
    if args.mode == "cv":
        cross_validate(not args.independent, not args.no_end_to_end, args.extra, args.test)
    else:
        train(args.threshold, not args.independent, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
