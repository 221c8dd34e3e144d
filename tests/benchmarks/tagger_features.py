"""Features and inference of the experimental tagger measured by ``train_tagger.py``.

An experiment, not shipped: could a small logistic regression over hashed sparse
features (the word, its shape, its lexicon flags and frequency, its neighbours,
whether the rules took the words beside it) find what the hand-written rules miss?
Out of fold it did not pay (see ``train_tagger.py``), so nothing in ``app`` uses it.
Medical lexicon words, doses, lab values, weekdays, kin words and German nouns are
never scored: the rules' own vetoes.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from app.redact.german import german_word, is_german
from app.redact.lexicon import (
    COMPANY,
    COUNTRY,
    DICT_WORD,
    DRUG,
    DRUG_OR_NAME,
    FIRST,
    LAST,
    MEDICAL,
    PLACE,
    REGION,
    STREET,
    Lexicon,
)
from app.redact.medical import medical_number_ranges
from app.redact.names_context import CALENDAR
from app.redact.names_cues import KIN, NOT_NAMES, TEXTSPEAK
from app.redact.spans import Source, Span, SpanType

BITS = 18
DIM = 1 << BITS
TOKEN = re.compile(r"\w+")  # the scorer's tokens: a span is whole words of these
_FLAGS = (
    ("F", FIRST),
    ("L", LAST),
    ("P", PLACE),
    ("M", MEDICAL),
    ("D", DICT_WORD),
    ("C", COUNTRY),
    ("Co", COMPANY),
    ("S", STREET),
    ("R", REGION),
    ("Dr", DRUG),
    ("DN", DRUG_OR_NAME),
)
_NEVER = MEDICAL | DRUG | DRUG_OR_NAME  # medicine is never taken, whatever the score
_SENTENCE_END = re.compile(r"(?:^|[.!?:\n\"“(•*-])\s*$")


@dataclass(frozen=True, slots=True)
class Word:
    """One token and what the lexicon says of it."""

    start: int
    end: int
    raw: str
    folded: str
    flags: int
    zipf: float
    initial: bool  # opens a sentence, a line or a bracket

    @property
    def capital(self) -> bool:
        return self.raw[:1].isupper()


def words(text: str, lexicon: Lexicon) -> list[Word]:
    out = []
    for m in TOKEN.finditer(text):
        raw = m.group()
        folded = raw.casefold()
        before = text[max(0, m.start() - 3) : m.start()]
        out.append(
            Word(
                m.start(),
                m.end(),
                raw,
                folded,
                lexicon.flag(folded),
                lexicon.zipf_of(folded),
                bool(_SENTENCE_END.search(before)),
            )
        )
    return out


@lru_cache(maxsize=4096)
def _shape(raw: str) -> str:
    s = re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"\d", "d", raw)))
    return re.sub(r"(.)\1{2,}", r"\1\1", s)[:8]


def _flagstr(flags: int) -> str:
    return "".join(n for n, f in _FLAGS if flags & f) or "-"


def _kind(w: Word | None) -> str:
    if w is None:
        return "<>"
    if w.raw.isdigit():
        return "d"
    return ("C" if w.capital else "l") + _flagstr(w.flags) + str(min(int(w.zipf), 6))


def features(ws: Sequence[Word], i: int, covered: Sequence[int], text: str) -> list[str]:
    """Feature names for word ``i``; ``covered`` holds, per word, 0 (left readable) or
    1 + the index of the rules' span type that took it."""
    w = ws[i]
    prev = [ws[j] if j >= 0 else None for j in (i - 1, i - 2)]
    nxt = [ws[j] if j < len(ws) else None for j in (i + 1, i + 2)]
    flags = _flagstr(w.flags)
    zipf = str(min(int(w.zipf * 2), 14))
    shape = _shape(w.raw)
    gap_before = text[prev[0].end : w.start].strip()[-2:] if prev[0] else "^"
    gap_after = text[w.end : nxt[0].start].strip()[:2] if nxt[0] else "$"
    cov = [covered[j] if 0 <= j < len(ws) else -1 for j in (i - 2, i - 1, i + 1, i + 2)]
    low = w.folded if w.zipf >= 3 or not w.capital else "<rare>"
    f = [
        "b",
        "w=" + w.folded,
        "sh=" + shape,
        "fl=" + flags,
        "z=" + zipf,
        "in=" + str(w.initial),
        "cap=" + str(w.capital) + flags + str(w.initial),
        "capz=" + str(w.capital) + zipf + str(w.initial),
        "p3=" + w.folded[:3],
        "s3=" + w.folded[-3:],
        "len=" + str(min(len(w.raw), 12)),
        "gb=" + gap_before,
        "ga=" + gap_after,
        "gbs=" + gap_before + shape,
        "gas=" + gap_after + shape,
        "cov=" + ",".join(map(str, cov)),
        "cp=" + str(cov[1]) + "|" + str(cov[2]),
        "cpk=" + str(cov[1]) + _kind(w),
        "cnk=" + str(cov[2]) + _kind(w),
    ]
    for tag, o in (("p1", prev[0]), ("p2", prev[1]), ("n1", nxt[0]), ("n2", nxt[1])):
        f.append(tag + "=" + (o.folded if o else "<>"))
        f.append(tag + "k=" + _kind(o))
    f.append("p1w=" + (prev[0].folded if prev[0] else "<>") + "|" + _kind(w))
    f.append("n1w=" + (nxt[0].folded if nxt[0] else "<>") + "|" + _kind(w))
    f.append("p1n1=" + (prev[0].folded if prev[0] else "<>") + "|" + low)
    f.append("p2p1=" + "|".join(o.folded if o else "<>" for o in prev[::-1]) + "|" + _kind(w))
    return f


def hashed(names: Iterable[str]) -> list[int]:
    return [zlib.crc32(n.encode()) & (DIM - 1) for n in names]


_TYPE_INDEX = {t: n for n, t in enumerate(SpanType)}


def coverage(ws: Sequence[Word], spans: Sequence[Span]) -> list[int]:
    """Per word: 0 if no span touches it, else 1 + the index of the first such span's type."""
    out = [0] * len(ws)
    j = 0
    ordered = sorted(spans, key=lambda s: s.start)
    for i, w in enumerate(ws):
        while j < len(ordered) and ordered[j].end <= w.start:
            j += 1
        k = j
        while k < len(ordered) and ordered[k].start < w.end:
            if ordered[k].end > w.start:
                out[i] = 1 + _TYPE_INDEX[ordered[k].type]
                break
            k += 1
    return out


LETTERS_ONLY = False  # score no word with a digit in it (set by ``--letters-only``)


def candidate(w: Word) -> bool:
    """Words worth scoring: not medicine, not a common lower-case word."""
    if w.flags & _NEVER or (LETTERS_ONLY and not w.raw.isalpha()):
        return False
    return not (w.raw.islower() and w.zipf >= 5.0)


_NOT_IDENTIFIERS = CALENDAR | KIN | NOT_NAMES | TEXTSPEAK


def vetoed(text: str, ws: Sequence[Word]) -> list[bool]:
    """Words the rules already decided are no identifier, whatever a score says: a
    dose or a lab value, a weekday ("Tues", "Fridays"), a kin word or language, and
    an ordinary German noun in German text."""
    numbers = medical_number_ranges(text)
    german = is_german(text)
    out = []
    for w in ws:
        word = w.folded
        out.append(
            word in _NOT_IDENTIFIERS
            or word.removesuffix("s") in CALENDAR
            or (
                any(a <= w.start and w.end <= b for a, b in numbers)
                if w.raw[0].isdigit()
                else False
            )
            or (german and german_word(w.raw))
        )
    return out


class Tagger:
    """Scores the words the rules left readable, with weights from ``fit``."""

    def __init__(self, weights: np.ndarray, threshold: float, stacked: bool = True) -> None:
        self.weights = weights.astype(np.float32)
        self.threshold = threshold
        self.stacked = stacked  # trained with the rules' coverage as features

    def scores(
        self, text: str, spans: Sequence[Span], lexicon: Lexicon
    ) -> list[tuple[Word, float]]:
        ws = words(text, lexicon)
        cov = coverage(ws, spans)
        seen = cov if self.stacked else [0] * len(ws)
        veto = vetoed(text, ws)
        out = []
        for i, w in enumerate(ws):
            if cov[i] or veto[i] or not candidate(w):
                continue
            z = float(self.weights[hashed(features(ws, i, seen, text))].sum())
            out.append((w, 1.0 / (1.0 + np.exp(-z))))
        return out

    def new_spans(self, spans: Sequence[Span], text: str, lexicon: Lexicon) -> list[Span]:
        """Runs of confident words no span touches, as uncertain spans."""
        taken = [w for w, p in self.scores(text, spans, lexicon) if p >= self.threshold]
        runs: list[list[Word]] = []
        for w in taken:
            if runs and text[runs[-1][-1].end : w.start].strip() in ("", "-", "'", "’"):
                runs[-1].append(w)
            else:
                runs.append([w])
        return [
            Span(
                r[0].start,
                r[-1].end,
                SpanType.OTHER,
                Source.UNKNOWN_WORD,
                0.5,
                text[r[0].start : r[-1].end],
                uncertain=True,
            )
            for r in runs
        ]

    def add(self, spans: list[Span], text: str, lexicon: Lexicon) -> list[Span]:
        """``spans`` plus the tagger's, in order."""
        new = self.new_spans(spans, text, lexicon)
        return sorted([*spans, *new], key=lambda s: s.start) if new else spans
