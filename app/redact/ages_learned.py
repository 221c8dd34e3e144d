"""A learned age scorer: numbers and number words the age rules left readable.

Why: ages were the largest kind of identifier still readable in unseen posts (others'
ages, children's ages, ages in passing), and rounds of hand-written phrasings
(``ages*.py``, ``numbers_age*.py``) did not transfer. The word tagger (``tagger.py``)
scores letter words only: numbers there were thousands of false spans on clinical
notes. This is its counterpart for ages alone: one regex finds the numbers of a text
that could be an age (1-3 digits up to 120, "40th", "7yo", "30s", "seventy-two",
"forties"); those no rule took and no dose, lab value, score or schedule holds
(``medical_number_ranges``) are scored by a logistic regression over hashed features
of their shape, size and the words, punctuation and rules' spans around them, in one
numpy step. Trained on the tuning sets by ``tests/benchmarks/train_ages.py`` (labels:
inside a gold AGE span or not; numbers inside gold medical terms weigh ten).

Not hooked into ``Detector.detect``: on the four validation pools (totals only) no
threshold lowered readable ages without losing medicine. Of 198 numbers the rules
left readable there, 3 lay in gold ages, and the scorer ranks none of them above 0.2;
at 0.1 it takes one (readable ages 5 -> 4) for 3 more medical terms lost (97.51% ->
97.30% kept) and physionet_deid precision 0.299 -> 0.252. Out of fold on the tuning
sets it takes 7 of 12 readable ages at 0.7 for 7 false numbers (3 medical): the
leftovers of the tuning sets and of unseen text are not alike. Kept, with its
training script, to be measured again when new pools come; hooking it is one line
after ``find_possible_ages`` (``new_spans(text, found, lexicon, numbers)``). Spans
are uncertain AGE spans. The weights are loaded once per process; nothing here keeps
a word of an entry between calls.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import numpy as np

from app.redact.lexicon import DRUG, DRUG_OR_NAME, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.numbers_age import lower_keeping_offsets
from app.redact.overlap_index import OverlapIndex
from app.redact.spans import Source, Span, SpanType

__all__ = ["AgeScorer", "Candidate", "candidates", "default_age_scorer", "features"]

# Bump when ``features`` or ``candidates`` change: weights of another version refuse
# to load (their hashes would mean other features).
FEATURE_VERSION = 1
BITS = 16
DIM = 1 << BITS
_MASK = DIM - 1
WEIGHTS = "ages_learned.npz"

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_DECADES = "teens twenties thirties forties fifties sixties seventies eighties nineties"
_VALUES = {w: n for n, w in enumerate(_UNITS, 1)} | {w: n for n, w in enumerate(_TEENS.split(), 10)}
_VALUES |= {w: n for n, w in enumerate(_TENS, 2)}  # tens by index: times ten below
_DECADE_VALUES = {w: (n + 1) * 10 for n, w in enumerate(_DECADES.split())}
# "one" alone is left out: nearly always a pronoun or an article ("one of them").
_WORD_NUMBER = (
    rf"(?:{'|'.join(_TENS)})(?:[ -]?(?:{'|'.join(_UNITS)})\b)?"
    rf"|{'|'.join(reversed(_TEENS.split()))}|{'|'.join(_UNITS[1:])}"
)
# One pattern per text (on its lower-case copy: cheaper than ignoring case): a number
# not inside a word, a decimal, a code or a range.
_CANDIDATE = re.compile(
    r"(?<![\w.,/:£$€#+^=@&*~])(?<!\d-)(?<!\d–)"
    r"(?:(\d{1,3})(st|nd|rd|th|s|['’]s|yo|y/o|y|yrs?|m|f|w|mo|mos|ish)?"
    rf"|({_DECADES.replace(' ', '|')})|({_WORD_NUMBER}))"
    r"(?![\w%°]|[.,:/]\d|-\d|–\d)",
)
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_REACH = 60  # characters either side read for the context words
_KIN = frozenset(
    """mum mom mam mother dad father nan nana gran granny grandma grandad grandpa
    grandmother grandfather son sons daughter daughters wife husband partner brother
    sister brothers sisters aunt auntie uncle cousin baby kid kids child children boy
    girl niece nephew grandson granddaughter stepson stepdaughter friend neighbour
    neighbor""".split()
)
_MEASURE_UNITS = frozenset(
    """mg mcg µg g kg ml l mmol iu units unit u % lbs lb st cm mm bpm mmhg kcal""".split()
)
_SENTENCE_END = frozenset(".!?\n:;")


class Candidate(NamedTuple):
    """A number that could be an age: where, its value and its written shape."""

    start: int
    end: int
    value: int
    shape: str


def _candidate(m: re.Match[str]) -> Candidate | None:
    digits, suffix, decade, word = m.groups()
    if digits is not None:
        if len(digits) > 1 and digits[0] == "0":
            return None  # "07": a code or a clock, never an age
        value = int(digits)
        low = (suffix or "").lower().replace("’", "'")
        shape = {"st": "ord", "nd": "ord", "rd": "ord", "th": "ord", "s": "dec", "'s": "dec"}
        kind = shape.get(low, "age" if low else "d")
    elif decade is not None:
        value, kind = _DECADE_VALUES[decade.lower()], "wdec"
    else:
        parts = re.split(r"[ -]", word.lower())
        value = _VALUES[parts[0]] * (10 if parts[0] in _TENS else 1)
        value += _VALUES[parts[1]] if len(parts) > 1 else 0
        kind = "w"
    if value > 120:
        return None
    return Candidate(m.start(), m.end(), value, kind)


def candidates(text: str) -> list[Candidate]:
    """Every number in ``text`` that could be an age, by one pattern."""
    out = []
    for m in _CANDIDATE.finditer(lower_keeping_offsets(text)):
        c = _candidate(m)
        if c is not None:
            out.append(c)
    return out


def _bucket(value: int) -> str:
    for top, name in ((1, "0-1"), (4, "2-4"), (9, "5-9"), (12, "10-12"), (17, "13-17")):
        if value <= top:
            return name
    for top in (29, 49, 69, 89):
        if value <= top:
            return f"<{top + 1}"
    return "90+"


def _norm(tok: str) -> str:
    if tok.isdigit():
        return "#" * min(len(tok), 4)
    return tok.lower()


def _kind(tok: str, lexicon: Lexicon) -> str:
    """A context word's kind: medicine, a name, a place, a plural, capitalised or not."""
    if not tok[:1].isalpha():
        return tok if not tok.isdigit() else "#"
    flags = lexicon.flags.get(tok.casefold(), 0)
    if flags & (MEDICAL | DRUG | DRUG_OR_NAME):
        return "med"
    if flags & (FIRST | LAST):
        return "name"
    if flags & PLACE:
        return "place"
    low = tok.lower()
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return "plural"
    return "Cap" if tok[:1].isupper() else "low"


def features(text: str, c: Candidate, spans: Sequence[Span], lexicon: Lexicon) -> list[str]:
    """Feature names of candidate ``c``: its shape and size, the words and punctuation
    around it and their kinds (medicine, names, places, plurals: ``lexicon``), brackets,
    capitalised and kin words before it, units near it and the types of the rules'
    spans (``spans``: those within reach) next to it."""
    a, b = c.start, c.end
    left = _TOKEN.findall(text, max(0, a - _REACH), a)[-4:]
    right = _TOKEN.findall(text, b, b + _REACH)[:4]
    before = [_norm(t) for t in left]
    after = [_norm(t) for t in right]
    p = ["<>"] * (4 - len(before)) + before
    n = after + ["<>"] * (4 - len(after))
    bucket = _bucket(c.value)
    out = [
        "bias",
        "s:" + c.shape,
        "b:" + bucket,
        f"sb:{c.shape}{bucket}",
        "tens" if c.value % 10 == 0 else "units",
        "p1:" + p[3],
        "p2:" + p[2],
        "p3:" + p[1],
        "n1:" + n[0],
        "n2:" + n[1],
        "n3:" + n[2],
        f"p21:{p[2]}_{p[3]}",
        f"n12:{n[0]}_{n[1]}",
        f"p1n1:{p[3]}_{n[0]}",
        f"p1s:{p[3]}_{c.shape}",
        f"n1b:{n[0]}_{bucket}",
        "k1:" + (_kind(left[-1], lexicon) if left else "<>"),
        "k2:" + (_kind(left[-2], lexicon) if len(left) > 1 else "<>"),
        "j1:" + (_kind(right[0], lexicon) if right else "<>"),
        "j2:" + (_kind(right[1], lexicon) if len(right) > 1 else "<>"),
        "ga:" + text[b : b + 2].strip()[:1],
        "gb:" + text[max(0, a - 2) : a].strip()[-1:],
    ]
    out.extend("w:" + t for t in {*before, *after} if t.isalpha())
    if p[3] == "(" and n[0] == ")":
        out.append("bracketed")
    if p[3] == "," and n[0] in (",", ".", "<>", ")"):
        out.append("apposed")
    if left and left[-1][:1].isupper() and left[-1].isalpha():
        opens = len(left) < 2 or left[-2] in _SENTENCE_END
        out.append("cap1:" + ("open" if opens else "mid"))
    if any(t in _KIN for t in before[-3:]):
        out.append("kin")
    if not left or left[-1] in _SENTENCE_END or "\n" in text[max(0, a - 3) : a]:
        out.append("opens")
    if any(t in _MEASURE_UNITS for t in (*before[-2:], *after[:2])):
        out.append("unit_near")
    if any(_kind(t, lexicon) == "med" for t in (*left, *right)):
        out.append("med_near")
    if n[0] == "/" and n[1].startswith("#"):
        out.append("out_of")
    for s in spans:
        if s.end <= a and a - s.end <= 25:
            out.append("rule<" + s.type.value)
        elif s.start >= b and s.start - b <= 25:
            out.append("rule>" + s.type.value)
    return out


class AgeScorer:
    """Scores the numbers the rules left readable; ``new_spans`` gives the likely ages
    as uncertain AGE spans. Holds weights only, no text."""

    def __init__(self, weights: np.ndarray, threshold: float) -> None:
        self.weights = np.asarray(weights, dtype=np.float32)
        self.threshold = threshold

    def scores(
        self,
        text: str,
        spans: Sequence[Span],
        lexicon: Lexicon,
        numbers: Sequence[tuple[int, int]] = (),
    ) -> list[tuple[Candidate, float]]:
        """Each readable candidate and its probability of being an age."""
        found = candidates(text)
        if not found:
            return []
        taken = OverlapIndex([*((s.start, s.end) for s in spans), *numbers])
        todo = [c for c in found if not taken.overlaps(c.start, c.end)]
        if not todo:
            return []
        near = sorted(spans, key=lambda s: s.start)
        crc, encode = zlib.crc32, str.encode
        index: list[int] = []
        starts = []
        for c in todo:
            starts.append(len(index))
            close = [s for s in near if s.end > c.start - 30 and s.start < c.end + 30]
            index.extend(map(crc, map(encode, features(text, c, close, lexicon))))
        idx = np.fromiter(index, dtype=np.int64, count=len(index)) & _MASK
        z = np.add.reduceat(self.weights[idx], np.array(starts, dtype=np.int64))
        p = 1.0 / (1.0 + np.exp(-z.astype(np.float64)))
        return list(zip(todo, p.tolist(), strict=True))

    def new_spans(
        self,
        text: str,
        spans: Sequence[Span],
        lexicon: Lexicon,
        numbers: Sequence[tuple[int, int]] = (),
    ) -> list[Span]:
        """Uncertain AGE spans for the candidates scored at or over the threshold."""
        return [
            Span(
                c.start, c.end, SpanType.AGE, Source.UNKNOWN_WORD, 0.3, text[c.start : c.end], True
            )
            for c, p in self.scores(text, spans, lexicon, numbers)
            if p >= self.threshold
        ]


class AgeWeightsMismatch(ValueError):
    """Shipped weights built for other features than this code computes."""


def load_age_scorer(path: Path | None = None) -> AgeScorer:
    """The weights in ``path`` (default: the shipped ``data/ages_learned.npz``)."""
    if path is None:
        with resources.as_file(resources.files("app.redact.data").joinpath(WEIGHTS)) as file:
            return load_age_scorer(file)
    with np.load(path) as data:
        version = int(data["version"])
        if version != FEATURE_VERSION or int(data["bits"]) != BITS:
            raise AgeWeightsMismatch(
                f"weights of feature version {version}, code {FEATURE_VERSION}"
            )
        return AgeScorer(data["w"], float(data["threshold"]))


_LOCK = threading.Lock()


@cache
def _shared() -> AgeScorer:
    return load_age_scorer()


def default_age_scorer() -> AgeScorer:
    """The shipped scorer, loaded once per process on first use (weights only)."""
    with _LOCK:
        return _shared()
