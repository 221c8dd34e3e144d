"""CPU time of the two safety nets that ask, per candidate, whether a span already
took it (``names_unknown.find``, ``numbers_age.find_possible_ages``), at 10, 50 and
100 KB of patient-voice text or of any JSONL set given: the best of three runs each,
on the very inputs one ``detect`` call hands them. Linear growth says the overlap
index holds; it printed quadratic growth before (see ``app/redact/overlap_index.py``).

    .venv/bin/python tests/benchmarks/bench_overlaps.py [SET.jsonl ...]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import app.redact.engine as engine  # noqa: E402 - after the path is set
from app.profile import PrivacyProfile  # noqa: E402


def _best(function: Any, args: tuple) -> float:
    times = []
    for _ in range(3):
        start = time.process_time()
        list(function(*args))
        times.append(time.process_time() - start)
    return min(times)


def main(paths: list[str]) -> None:
    files = paths or sorted(
        str(p) for p in (REPO / "tests/app/data").glob("patient_voice_dev*.jsonl")
    )
    texts = [json.loads(line)["text"] for f in files for line in open(f) if line.strip()]
    corpus = "\n\n".join(texts)
    detector = engine.Detector()
    detector.detect("warm up: Tavish said", PrivacyProfile())
    calls: dict[str, tuple] = {}
    net, ages = engine.find_unknown_words, engine.find_possible_ages

    def spy_net(text: str, found: Any, lex: Any) -> Any:
        calls["net"] = (text, list(found), lex)
        return net(*calls["net"])

    def spy_ages(text: str, found: Any, *rest: Any) -> Any:
        calls["ages"] = (text, list(found), *rest)
        return list(ages(*calls["ages"]))

    engine.find_unknown_words, engine.find_possible_ages = spy_net, spy_ages
    for kb in (10, 50, 100):
        text = (corpus * (kb * 1000 // len(corpus) + 1))[: kb * 1000]
        detector.detect(text, PrivacyProfile())
        a, b = _best(net, calls["net"]), _best(ages, calls["ages"])
        print(
            f"{kb:4d} KB: names_unknown.find {a * 1000:7.1f} ms CPU, "
            f"find_possible_ages {b * 1000:7.1f} ms CPU ({len(calls['net'][1])} spans taken)"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
