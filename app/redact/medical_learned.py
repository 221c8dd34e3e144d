"""The learned medical verifier: gives back medicine the rules' guesses took.

Why: most medical terms lost from posts were taken by guesses, not by cued finds: an
unknown capitalised word read as a name ("Sebizole", "HeartMate"), a number read as an
age ("on 75 now"), a word after "at" or "from" read as a place. Hand-written vetoes
already run before this; more listed words did not transfer to unseen text. A small
logistic regression over hashed features of each guess span (its words, their shapes,
endings and letter trigrams, their lexicon flags and frequency, the words around it,
a dose or a number after it, the drug frames of ``medical_context``, the span's type
and source) scores whether the span is medicine; the engine drops the guesses it
scores above the threshold, last, after every rule. Only guesses are scored
(``guess``): never a profile term, a pattern (IDs, phones, emails, dates), an address,
the word tagger's spans, or a find whose words a name or place list holds.

Trained by ``tests/benchmarks/train_medical.py`` on every tuning set (1,511 records; a
released identifier weighs five times a kept medicine). Threshold 0.6, chosen on the
four validation pools (200 records, record-weighted, tagger and rules of ab4b835):
medical terms kept 97.51% -> 97.91% (37 lost -> 31), values readable 1.99% -> 1.99%,
recall 0.959 -> 0.959, precision 0.920 -> 0.923; 0.4 and 0.5 kept one term more
(97.97%) but 0.5 cost physionet_deid recall (0.968 -> 0.967), 0.3 released a value. Scored, ages gave a child's age back first, so they are left to the rules;
shouted guesses ("TRANSFER TO QUARTERMAIN 2") are not scored: in physionet_deid's
capitals the verifier gave back a ward in 17 places.
The weights are loaded once per process, on first use; nothing here keeps a word of an
entry between calls.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from app.redact.lexicon import DRUG, DRUG_OR_NAME, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.medical_context import elided_eponym, medicine_frame
from app.redact.spans import Source, Span, SpanType

__all__ = ["BITS", "DIM", "FEATURE_VERSION", "Verifier", "VerifierMismatch", "default_verifier"]

# Bump when ``features`` change: weights of another version refuse to load.
FEATURE_VERSION = 1
BITS = 18
DIM = 1 << BITS
_MASK = DIM - 1
WEIGHTS = "medical_learned.npz"
TOKEN = re.compile(r"\w+")
_REACH = 60  # characters either side read for the neighbouring words
_GUESS_TYPES = (SpanType.NAME, SpanType.PLACE)
_LISTED = FIRST | LAST | PLACE
_ACRONYM = 5  # longer and all in capitals, a guess is shouted text, not an acronym
_MEDICINE = MEDICAL | DRUG | DRUG_OR_NAME
_FLAGS = (
    ("F", FIRST),
    ("L", LAST),
    ("P", PLACE),
    ("M", MEDICAL),
    ("Dr", DRUG),
    ("DN", DRUG_OR_NAME),
)
_SHAPE_TABLE = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "x" * 26 + "X" * 26 + "d" * 10
)
_RUNS = re.compile(r"(.)\1{2,}")
# A strength, an amount or a count of something taken, right after the span.
_DOSE_AFTER = re.compile(
    r"\s*(?:\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|g|ml|l|units?|iu|u|%|mmol|mm|cm|kg|"
    r"tabs?|tablets?|puffs?|x)\b|x\s?\d)",
    re.IGNORECASE,
)
_NUMBER_AFTER = re.compile(r"[\s-]*\d")
_UNIT_AFTER = re.compile(r"\s?([a-zA-Zµ%/]+)")
_SENTENCE_END = re.compile(r"(?:^|[.!?:\n\"“(•*-])\s*$")


def guess(span: Span, lexicon: Lexicon) -> bool:
    """Whether the rules guessed ``span`` (the verifier may give it back): an uncertain,
    unknown-word or cued name or place none of whose words a name or place list holds
    ("Ella 2" is a child, whatever brand shares the name). Never the user's own terms,
    patterns, addresses, employers, the word tagger's spans (OTHER), nor ages: scored,
    the guessed ages gave back a child's age ("Isla 5") before they gave back a dose."""
    if span.type not in _GUESS_TYPES or span.source in (Source.PROFILE, Source.PATTERN):
        return False
    if span.source is Source.USER:
        return False
    if not (span.uncertain or span.source in (Source.UNKNOWN_WORD, Source.CONTEXT)):
        return False
    if len(span.text) > _ACRONYM and span.text.isupper():
        return False  # shouted ("TRANSFER TO QUARTERMAIN 2"): its case says nothing
    flags = lexicon.flags
    return not any(flags.get(w.casefold(), 0) & _LISTED for w in TOKEN.findall(span.text))


def _shape(raw: str) -> str:
    """ "Xxx" for "Sebizole", "dd" for "75": classes of characters, runs cut to two."""
    s = raw.translate(_SHAPE_TABLE)
    if len(s) > 2:
        s = _RUNS.sub(r"\1\1", s)
    return s[:8]


def _flagstr(flags: int) -> str:
    return "".join(n for n, f in _FLAGS if flags & f) or "-"


def _kind(word: str, lexicon: Lexicon) -> str:
    """A neighbour's class: a number, or its case, flags and frequency band."""
    if word.isdigit():
        return "d"
    folded = word.casefold()
    zipf = min(int(lexicon.zipf.get(folded, 0.0)), 6)
    return ("C" if word[:1].isupper() else "l") + _flagstr(lexicon.flags.get(folded, 0)) + str(zipf)


def features(
    span: Span, text: str, lexicon: Lexicon, numbers: Sequence[tuple[int, int]]
) -> list[str]:
    """Feature names of one guess span; ``numbers`` are the medical number ranges."""
    a, b = span.start, span.end
    flags, zipfs = lexicon.flags, lexicon.zipf
    kind = span.type.value[0] + span.source.value[:2] + ("u" if span.uncertain else "c")
    out = ["b", "k=" + kind, "kc=" + kind + str(int(span.confidence * 10))]
    toks = TOKEN.findall(text, a, b)
    out.append("n=" + str(min(len(toks), 4)))
    medical_inside = 0
    for j, raw in enumerate(toks[:4]):
        low = raw.casefold()
        fl = flags.get(low, 0)
        medical_inside |= fl & _MEDICINE
        pos = "f" if j == 0 else "o"
        out.extend(
            (
                "w=" + low,
                "sh=" + _shape(raw),
                "fl=" + _flagstr(fl),
                "z=" + str(min(int(zipfs.get(low, 0.0) * 2), 14)),
                pos + "s2=" + low[-2:],
                "s3=" + low[-3:],
                "s4=" + low[-4:],
                "p3=" + low[:3],
                "len=" + str(min(len(raw), 14)),
            )
        )
        if raw.isdigit():
            value = int(raw) if len(raw) < 5 else 9999
            out.append("v=" + str(min(value // 10, 12) if value >= 10 else "u" + raw))
        else:
            padded = "<" + low + ">"
            out.extend("g=" + padded[i : i + 3] for i in range(len(padded) - 2))
    lo = max(0, a - _REACH)
    left_raw = TOKEN.findall(text, lo, a)[-3:]
    right = TOKEN.findall(text, b, min(len(text), b + _REACH))[:3]
    left = ["<>"] * (3 - len(left_raw)) + [
        w.casefold() if not w.isdigit() else "#" for w in left_raw
    ]
    right = [w.casefold() if not w.isdigit() else "#" for w in right] + ["<>"] * (3 - len(right))
    out.extend(("l1=" + left[2], "l2=" + left[1], "l3=" + left[0]))
    out.extend(("r1=" + right[0], "r2=" + right[1], "r3=" + right[2]))
    out.extend(("l12=" + left[1] + "|" + left[2], "r12=" + right[0] + "|" + right[1]))
    out.append("l1r1=" + left[2] + "|" + right[0])
    near = [w for w in (*left, *right) if w not in ("<>", "#")]
    med_near = sum(1 for w in near if flags.get(w, 0) & _MEDICINE)
    out.append("mn=" + str(min(med_near, 2)))
    r1 = TOKEN.findall(text, b, min(len(text), b + 30))[:1]
    out.append("l1k=" + (_kind(left_raw[-1], lexicon) if left_raw else "<>"))
    out.append("r1k=" + (_kind(r1[0], lexicon) if r1 else "<>"))
    gap_before = text[max(0, a - 3) : a].strip()[-2:] or ("^" if a == 0 else "_")
    gap_after = text[b : b + 3].strip()[:2] or ("$" if b == len(text) else "_")
    out.extend(("gb=" + gap_before, "ga=" + gap_after))
    out.append("init=" + str(bool(_SENTENCE_END.search(text, max(0, a - 3), a))))
    if _DOSE_AFTER.match(text, b):
        out.append("dose")
    elif _NUMBER_AFTER.match(text, b):
        out.append("num_after")
    if toks and toks[-1].isdigit():
        unit = _UNIT_AFTER.match(text, b)
        out.append("unit=" + (unit.group(1).casefold()[:4] if unit else "-"))
    if medical_inside:
        out.append("med_inside")
    if toks and not toks[0].isdigit() and toks[0][:1].isupper():
        low = toks[0].casefold()
        at = text.find(low)  # the word in lower case elsewhere: names are never written so
        whole = at >= 0 and not text[at - 1 : at].isalnum()
        out.append(
            "lowseen=" + str(whole and not text[at + len(low) : at + len(low) + 1].isalnum())
        )
    if any(x <= a < y or x < b <= y for x, y in numbers):
        out.append("mednum")
    if medicine_frame(text, a, b, bool(medical_inside)):
        out.append("frame")
    if elided_eponym(span, text):
        out.append("eponym")
    return out


class Verifier:
    """Scores guess spans; ``keep`` drops those it reads as medicine. Weights only."""

    def __init__(self, weights: np.ndarray, threshold: float) -> None:
        self.weights = np.asarray(weights, dtype=np.float32)
        self.threshold = threshold

    def scores(
        self,
        spans: Sequence[Span],
        text: str,
        lexicon: Lexicon,
        numbers: Sequence[tuple[int, int]] = (),
    ) -> list[tuple[int, float]]:
        """Index and probability of being medicine of each guess in ``spans``, from one
        gather on the weights and one ``np.add.reduceat``."""
        todo = [i for i, s in enumerate(spans) if guess(s, lexicon)]
        if not todo:
            return []
        crc, encode = zlib.crc32, str.encode
        index: list[int] = []
        starts = []
        for i in todo:
            starts.append(len(index))
            index.extend(map(crc, map(encode, features(spans[i], text, lexicon, numbers))))
        idx = np.fromiter(index, dtype=np.int64, count=len(index)) & _MASK
        z = np.add.reduceat(self.weights[idx], np.array(starts, dtype=np.int64))
        p = 1.0 / (1.0 + np.exp(-z.astype(np.float64)))
        return list(zip(todo, p.tolist(), strict=True))

    def keep(
        self,
        spans: list[Span],
        text: str,
        lexicon: Lexicon,
        numbers: Sequence[tuple[int, int]] = (),
    ) -> list[Span]:
        """``spans`` less the guesses scored as medicine at or above the threshold."""
        drop = {i for i, p in self.scores(spans, text, lexicon, numbers) if p >= self.threshold}
        return [s for i, s in enumerate(spans) if i not in drop] if drop else spans


class VerifierMismatch(ValueError):
    """Shipped weights built for other features than this code computes."""


def load_verifier(path: Path | None = None) -> Verifier:
    """The weights in ``path`` (default: the shipped ``data/medical_learned.npz``)."""
    if path is None:
        with resources.as_file(resources.files("app.redact.data").joinpath(WEIGHTS)) as file:
            return load_verifier(file)
    with np.load(path) as data:
        version = int(data["version"])
        if version != FEATURE_VERSION or int(data["bits"]) != BITS:
            raise VerifierMismatch(f"weights of feature version {version}, code {FEATURE_VERSION}")
        return Verifier(data["w"], float(data["threshold"]))


_LOCK = threading.Lock()


@cache
def _shared() -> Verifier:
    return load_verifier()


def default_verifier() -> Verifier:
    """The shipped verifier, loaded once per process on first use (weights only)."""
    with _LOCK:
        return _shared()
