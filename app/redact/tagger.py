"""The learned last net: a word tagger that scores what the hand-written rules left readable.

Why: ten rounds of rules each lifted their own fresh records a lot and text nobody had
tuned on by about 0.002. A small logistic regression over hashed sparse features
(``tagger_features.py``: the word, its shape, its lexicon flags and frequency, its
neighbours and the gaps between them) generalises where enumerated phrasings do not.
Session 11 (two pools): readable values 3.53% -> 2.07%. On four validation pools of 50
records no rule and no tagger was tuned on (pool13_a, pool13_b, pool15_c, pool15_d;
totals only, record-weighted; recall, precision, values readable in the default post,
records leaking one, medical terms kept):
    rules alone                       0.948 0.923 3.19% 20.5% 97.63%
    shipped (1,211 records) at 0.5    0.963 0.916 1.87% 13.0% 97.14%
                               0.6    0.962 0.918 1.92% 13.5% 97.33%
                               0.7    0.959 0.920 1.99% 14.0% 97.51%  <- shipped
                               0.8    0.959 0.922 2.07% 14.5% 97.51%
                               0.9    0.957 0.924 2.29% 15.5% 97.63%
0.5 and 0.6 take medicine and a handle in four redaction tests ("Liv 52 and Himalaya",
"Factor V Leiden", "spoonie.meg", a shared post's dates). Features that tell medicine
apart (a dose beside the word, medicine's frames, drug endings and brand letters, a
capital before a number, a handle's glue, the rules' spans beside; 1,511 records) kept
those at 0.5 (0.962 0.917 1.94% 13.5% 97.45%) but took Hindi and German function words
("ek", "ho", "Bei") in two other tests, and at 0.7 read more (2.12%): not shipped (see
``tests/benchmarks/train_tagger.py``). Words of two letters or more only (numbers were
2,900 false words of physionet_deid).

Session 22 trained it on the probe gate's files too (``tests/app/data/redact_probes``:
9,594 short records reviewers wrote where rules meet, most of them medicine beside
people; then also session 22's four new tuning sets and its two reviewers' files, 13,410
records in all), and takes words from 0.5. Cross-fitted, each half of
the probe files measured by weights that never saw it: readable values 806 -> 715 and
medical terms kept 17,917 -> 17,914 (trained on the tuning sets alone: 748, 17,811). On
sixteen validation pools (totals): readable 1.74% -> 1.47%, records leaking 11.24% ->
9.66%, medical kept 98.54% -> 98.65%, recall 0.974 -> 0.977, precision 0.925 -> 0.924. After
it, a guess followed by a product's form ("Himalaya tablets"; not a verb, not an app), a word
of the text's other language ("pichle saal") and, in a text written in capitals, an
everyday word that is no listed name or town ("HOPE AWARE"; not "SAW GRACE") are left;
guesses on two lines are two spans.

It runs inside ``Detector.detect`` after the last finder and before the vetoes that
protect medicine, so a drug by context, a dose or a medical word it took is dropped
again like any guess; its spans are uncertain (redacted by default, shown as such in
review), never seed the spreading of mentions, and give way to the late cued names
("Nurse T."). Scoring is one gather on the weights and one ``np.add.reduceat`` per
text. The weights are loaded once per process, on first use; nothing here keeps a
word of an entry between calls.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from app.redact.lexicon import FIRST, LAST, PLACE, Lexicon
from app.redact.medical_context import elided_eponym, medicine_frame
from app.redact.other_tongues import tongue_word
from app.redact.spans import Source, Span, SpanType
from app.redact.tagger_features import (
    _MASK,
    BITS,
    DIM,
    FEATURE_VERSION,
    Around,
    indices,
)
from app.redact.tagger_words import (
    Word,
    candidates,
    coverage,
    split_words,
    untouched,
    unvetoed,
)

# A product's form right after the guess: a brand, not who or where; not a verb ("Sipho
# drops me at the clinic", "Kelechi drops in"), and no app (a firm's: "the Vitality app").
_PRODUCT_AFTER = re.compile(
    r"[ \t]+(?:tablets?|tabs|capsules?|syrup|drops|cream|gel|ointment|spray|sachets?|"
    r"lozenges?|gummies)\b(?![ \t]+(?:me|him|her|us|them|you|it|in|off|by|round|over|out|"
    r"back|the|a|an|my|his|our|their)\b)",
    re.IGNORECASE,
)
_NAMED = FIRST | LAST | PLACE  # a listed name or town is no brand's guess to leave

_EVERYDAY_ZIPF = 4.5  # "aware" 4.8, "sent" 5.2; "leeds" 4.3


def _in_capitals(text: str) -> bool:
    """A text written in capitals (notes, shouting): nine letters in ten or more."""
    letters = sum(map(str.isalpha, text))
    return letters > 0 and sum(map(str.isupper, text)) >= 0.9 * letters


__all__ = ["BITS", "DIM", "FEATURE_VERSION", "Tagger", "TaggerMismatch", "default_tagger"]


class Tagger:
    """Scores the words the rules left readable; ``new_spans`` gives the confident ones
    as uncertain spans. Holds weights only, no text."""

    def __init__(self, weights: np.ndarray, threshold: float, stacked: bool = False) -> None:
        self.weights = np.asarray(weights, dtype=np.float32)
        self.threshold = threshold
        self.stacked = stacked  # trained with the rules' coverage as features

    def _scored(
        self,
        text: str,
        spans: Sequence[Span],
        lexicon: Lexicon,
        numbers: Sequence[tuple[int, int]],
        german: bool,
    ) -> tuple[Around, list[int]]:
        """The words in their surroundings and the indices of the words to score."""
        ws, columns = split_words(text, lexicon)
        if self.stacked:
            seen = coverage(ws, spans)
            left = [i for i in candidates(ws, columns) if not seen[i]]
        else:
            seen = [0] * len(ws)
            left = untouched(ws, candidates(ws, columns), spans)
        return Around(text, ws, seen, columns), unvetoed(text, ws, left, numbers, german, lexicon)

    def scores(
        self,
        text: str,
        spans: Sequence[Span],
        lexicon: Lexicon,
        numbers: Sequence[tuple[int, int]] = (),
        german: bool = False,
    ) -> list[tuple[Word, float]]:
        """Every candidate word and its probability of being an identifier."""
        at, todo = self._scored(text, spans, lexicon, numbers, german)
        p = self._probabilities(at, todo)
        return [(at.ws[i], q) for i, q in zip(todo, p.tolist(), strict=True)]

    def _probabilities(self, at: Around, todo: list[int]) -> np.ndarray:
        """The probability of each word of ``todo``, from one gather on the weights and
        one ``np.add.reduceat``."""
        if not todo:
            return np.empty(0)
        index, starts = indices(at, todo)
        idx = np.fromiter(index, dtype=np.int64, count=len(index)) & _MASK
        z = np.add.reduceat(self.weights[idx], np.array(starts, dtype=np.int64))
        return 1.0 / (1.0 + np.exp(-z.astype(np.float64)))

    def new_spans(
        self,
        spans: Sequence[Span],
        text: str,
        lexicon: Lexicon,
        numbers: Sequence[tuple[int, int]] = (),
        german: bool = False,
    ) -> list[Span]:
        """Runs of confident words no span touches, as uncertain spans."""
        at, todo = self._scored(text, spans, lexicon, numbers, german)
        p = self._probabilities(at, todo)
        # the confident words picked in numpy: most words scored are not
        taken = [at.ws[todo[k]] for k in np.flatnonzero(p >= self.threshold).tolist()]
        if taken and _in_capitals(text):  # "PT SENT TO GH. HOPE AWARE.": case says nothing
            taken = [w for w in taken if w.zipf < _EVERYDAY_ZIPF or w.flags & _NAMED]
        runs: list[list[Word]] = []
        for w in taken:
            if runs and text[runs[-1][-1].end : w.start].strip(" \t") in ("", "-", "'", "’"):
                runs[-1].append(w)
            else:
                runs.append([w])
        out = []
        for r in runs:
            a, b = r[0].start, r[-1].end
            guess = Span(a, b, SpanType.NAME, Source.UNKNOWN_WORD, 0.5, text[a:b], uncertain=True)
            if medicine_frame(text, a, b) or elided_eponym(guess, text):
                continue  # "started Zelvoxa", "it's Still's": medicine's frames
            if (len(r) == 1 and not r[0].flags & _NAMED and _PRODUCT_AFTER.match(text, b)) or (
                tongue_word(guess, text, german)
            ):
                continue  # "Himalaya tablets" (not "Arjun drops me"); Hinglish "pichle saal"
            out.append(replace(guess, type=SpanType.OTHER))
        return out


class TaggerMismatch(ValueError):
    """Shipped weights built for other features than this code computes."""


WEIGHTS = "tagger.npz"


def load_tagger(path: Path | None = None) -> Tagger:
    """The weights in ``path`` (default: the shipped ``data/tagger.npz``)."""
    if path is None:
        with resources.as_file(resources.files("app.redact.data").joinpath(WEIGHTS)) as file:
            return load_tagger(file)
    with np.load(path) as data:
        version = int(data["version"])
        if version != FEATURE_VERSION or int(data["bits"]) != BITS:
            raise TaggerMismatch(f"weights of feature version {version}, code {FEATURE_VERSION}")
        return Tagger(data["w"], float(data["threshold"]), bool(data["stacked"]))


_LOCK = threading.Lock()


@cache
def _shared() -> Tagger:
    return load_tagger()


def default_tagger() -> Tagger:
    """The shipped tagger, loaded once per process on first use (weights only)."""
    with _LOCK:
        return _shared()
