"""Build the patient-voice evaluation sets from their marked-up source.

    python tests/benchmarks/make_patient_voice.py           # rebuild every JSONL file
    python tests/benchmarks/make_patient_voice.py --check   # fail if a JSONL is stale

Writing offsets by hand is where gold sets go wrong, so the records are written as
plain text with inline marks and this script computes every offset::

    @@ pvd-017 2024-02-11 US reddit
    self: Jordan Reyes | Jordan
    people: Marisol
    places: Tucson
    employers:
    other:
    My sister [[NAME:Marisol]] drove me to [[PLACE:Banner UMC]] on {{Humira}} day.

``[[TYPE:text]]`` is an identifier of a type in ``shared/eval/README.md``;
``{{text}}`` is a medical term (drug, device, dose, lab value, condition) that the
post must keep. The header names the id, the entry date (or ``-``), the region and
the register. Profile lines are optional; values are separated by ``|``.

The output is the format of ``shared/eval`` plus ``medical`` (spans of the kept
terms, with their text) and ``register``. The dev set lives in ``tests/app/data``;
the held-back set in ``tests/benchmarks/heldout`` is only ever measured, never tuned
against (see the README there).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_SRC = REPO / "tests" / "benchmarks" / "patient_voice_src"
_DATA = REPO / "tests" / "app" / "data"
_HELDOUT = REPO / "tests" / "benchmarks" / "heldout"
SETS = {
    **{
        _SRC / f"{name}.txt": _DATA / f"patient_voice_{name}.jsonl"
        for name in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6_a", "dev6_c", "dev6_b")
    },
    _SRC / "dev7_a.txt": _DATA / "patient_voice_dev7_a.jsonl",
    _SRC / "dev7_b.txt": _DATA / "patient_voice_dev7_b.jsonl",
    _SRC / "dev7_c.txt": _DATA / "patient_voice_dev7_c.jsonl",
    _SRC / "dev8_e.txt": _DATA / "patient_voice_dev8_e.jsonl",
    _SRC / "dev9_g.txt": _DATA / "patient_voice_dev9_g.jsonl",
    _SRC / "dev9_f.txt": _DATA / "patient_voice_dev9_f.jsonl",
    _SRC / "dev9_h.txt": _DATA / "patient_voice_dev9_h.jsonl",
    _SRC / "dev10_n.txt": _DATA / "patient_voice_dev10_n.jsonl",
    _SRC / "dev10_e.txt": _DATA / "patient_voice_dev10_e.jsonl",
    _SRC / "dev11_n.txt": _DATA / "patient_voice_dev11_n.jsonl",
    _SRC / "dev11_e.txt": _DATA / "patient_voice_dev11_e.jsonl",
    _SRC / "dev11_m.txt": _DATA / "patient_voice_dev11_m.jsonl",
    _SRC / "dev11_d.txt": _DATA / "patient_voice_dev11_d.jsonl",
    _SRC / "dev12_e.txt": _DATA / "patient_voice_dev12_e.jsonl",
    _SRC / "dev12_m.txt": _DATA / "patient_voice_dev12_m.jsonl",
    _SRC / "dev12_n.txt": _DATA / "patient_voice_dev12_n.jsonl",
    _SRC / "dev12_f.txt": _DATA / "patient_voice_dev12_f.jsonl",
    _SRC / "pool13_a.txt": _DATA / "patient_voice_pool13_a.jsonl",
    _SRC / "pool13_b.txt": _DATA / "patient_voice_pool13_b.jsonl",
    _SRC / "dev14_tb.txt": _DATA / "patient_voice_dev14_tb.jsonl",
    _SRC / "dev14_ta.txt": _DATA / "patient_voice_dev14_ta.jsonl",
    _SRC / "dev14_tc.txt": _DATA / "patient_voice_dev14_tc.jsonl",
    _SRC / "dev13_e.txt": _DATA / "patient_voice_dev13_e.jsonl",
    _SRC / "dev13_m.txt": _DATA / "patient_voice_dev13_m.jsonl",
    **{
        _HELDOUT / f"patient_voice_{name}.src.txt": _HELDOUT / f"patient_voice_{name}.jsonl"
        for name in (
            "heldout",
            "heldout2",
            "heldout3",
            "heldout4",
            "heldout5",
            "heldout6",
            "heldout7",
            "heldout8",
            "heldout9",
            "heldout10",
            "heldout11",
            "heldout12",
            "heldout13",
            "heldout14",
            "heldout15",
            "heldout16",
            "heldout17",
            "heldout18",
            "heldout19",
        )
    },
    _SRC / "pool15_c.txt": _DATA / "patient_voice_pool15_c.jsonl",
    _SRC / "pool15_d.txt": _DATA / "patient_voice_pool15_d.jsonl",
    _SRC / "pool16_e.txt": _DATA / "patient_voice_pool16_e.jsonl",
    _SRC / "pool16_f.txt": _DATA / "patient_voice_pool16_f.jsonl",
    _SRC / "pool17_g.txt": _DATA / "patient_voice_pool17_g.jsonl",
    _SRC / "dev16_o.txt": _DATA / "patient_voice_dev16_o.jsonl",
    _SRC / "dev15_tf.txt": _DATA / "patient_voice_dev15_tf.jsonl",
    _SRC / "dev15_te.txt": _DATA / "patient_voice_dev15_te.jsonl",
    _SRC / "dev15_td.txt": _DATA / "patient_voice_dev15_td.jsonl",
    **{_SRC / f"dev17_{k}.txt": _DATA / f"patient_voice_dev17_{k}.jsonl" for k in "abc"},
    **{_SRC / f"dev19_{k}.txt": _DATA / f"patient_voice_dev19_{k}.jsonl" for k in "ab"},
    **{_SRC / f"pool19_{k}.txt": _DATA / f"patient_voice_pool19_{k}.jsonl" for k in "hi"},
    _SRC / "pool20_j.txt": _DATA / "patient_voice_pool20_j.jsonl",
    _SRC / "pool20_k.txt": _DATA / "patient_voice_pool20_k.jsonl",
    _SRC / "dev20_a.txt": _DATA / "patient_voice_dev20_a.jsonl",
    _SRC / "dev20_b.txt": _DATA / "patient_voice_dev20_b.jsonl",
    _SRC / "dev20_c.txt": _DATA / "patient_voice_dev20_c.jsonl",
    _SRC / "dev20_d.txt": _DATA / "patient_voice_dev20_d.jsonl",
    **{_SRC / f"dev21_{k}.txt": _DATA / f"patient_voice_dev21_{k}.jsonl" for k in "abcde"},
    **{_SRC / f"pool21_{k}.txt": _DATA / f"patient_voice_pool21_{k}.jsonl" for k in "lmn"},
    **{_SRC / f"dev22_{k}.txt": _DATA / f"patient_voice_dev22_{k}.jsonl" for k in "abcdef"},
    **{_SRC / f"pool22_{k}.txt": _DATA / f"patient_voice_pool22_{k}.jsonl" for k in "op"},
    _SRC / "pool23_q.txt": _DATA / "patient_voice_pool23_q.jsonl",
    _SRC / "pool24_r.txt": _DATA / "patient_voice_pool24_r.jsonl",
}
TYPES = frozenset(
    {"NAME", "PLACE", "ADDRESS", "DATE", "AGE", "PHONE", "EMAIL", "URL", "ID", "EMPLOYER", "HANDLE"}
)
REGIONS = frozenset({"GB", "US", "CA", "IE", "AU", "NZ", "IN", "ZA", "DE"})
PROFILE_KEYS = ("self", "people", "places", "employers", "other")
_HEADER = re.compile(r"^@@ (\S+) (\d{4}-\d{2}-\d{2}|-) ([A-Z]{2}) (\S+)\s*$")
_PROFILE_LINE = re.compile(r"^(self|people|places|employers|other):[ \t]*(.*)$")
_MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}", re.S)


class SourceError(ValueError):
    """A malformed record in a source file; the message names the file and line."""


@dataclass
class Record:
    rid: str
    entry_date: str | None
    region: str
    register: str
    where: str
    profile: dict[str, list[str]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        text, spans, medical = strip_marks("\n".join(self.lines).strip(), self.where)
        if not text:
            raise SourceError(f"{self.where}: record {self.rid} has no text")
        profile = {k: self.profile.get(k, []) for k in PROFILE_KEYS}
        return {
            "id": self.rid,
            "entry_date": self.entry_date,
            "profile": {**profile, "region": self.region},
            "register": self.register,
            "text": text,
            "spans": spans,
            "medical": medical,
        }


def strip_marks(marked: str, where: str) -> tuple[str, list[dict], list[dict]]:
    """Plain text, identifier spans and medical spans from marked-up text."""
    out: list[str] = []
    spans: list[dict] = []
    medical: list[dict] = []
    pos = length = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        value = m.group(2) if m.group(1) else m.group(3)
        if m.group(1) and m.group(1) not in TYPES:
            raise SourceError(f"{where}: unknown type {m.group(1)!r}")
        if value != value.strip() or not value:
            raise SourceError(f"{where}: mark {m.group(0)!r} has spaces at its edges")
        start, length = length, length + len(value)
        out.append(value)
        if m.group(1):
            spans.append({"start": start, "end": length, "type": m.group(1)})
        else:
            medical.append({"start": start, "end": length, "text": value})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in text:
            raise SourceError(f"{where}: a mark is not closed ({bad!r} left in the text)")
    return text, spans, medical


def parse(path: Path) -> list[Record]:
    records: list[Record] = []
    current: Record | None = None
    in_profile = False
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        if line.startswith("@@"):
            m = _HEADER.match(line)
            if not m:
                raise SourceError(f"{where}: bad header {line!r}")
            rid, day, region, register = m.groups()
            if region not in REGIONS:
                raise SourceError(f"{where}: unknown region {region}")
            if day != "-":
                dt.date.fromisoformat(day)
            current = Record(rid, None if day == "-" else day, region, register, where)
            records.append(current)
            in_profile = True
            continue
        if current is None:
            if line.strip() and not line.startswith("#"):
                raise SourceError(f"{where}: text before the first record")
            continue
        m = _PROFILE_LINE.match(line) if in_profile else None
        if m:
            current.profile[m.group(1)] = [v.strip() for v in m.group(2).split("|") if v.strip()]
            continue
        in_profile = False
        current.lines.append(line)
    ids = [r.rid for r in records]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SourceError(f"{path.name}: ids used twice: {sorted(dupes)}")
    return records


def render(path: Path) -> str:
    return "".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in parse(path))


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for source, target in SETS.items():
        if not source.exists():
            print(f"skipped: {source.relative_to(REPO)} is not there")
            continue
        text = render(source)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(str(target.relative_to(REPO)))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"{target.relative_to(REPO)}: {text.count(chr(10))} records")
    if stale:
        print("out of date (run make_patient_voice.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
