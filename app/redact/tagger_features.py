"""The learned tagger's features: the names a word is scored by (inference: ``tagger.py``).

A word is scored by the names of its hashed features: the word, its shape, its lexicon
flags and frequency, its neighbours and the gaps between them. ``FEATURE_VERSION`` names
this set, and the shipped weights carry it. Nothing here keeps a word of an entry
between calls.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import NamedTuple

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
)
from app.redact.tagger_words import Word

# Bump when ``features`` or ``candidate`` change: shipped weights of another version
# refuse to load (their hashes would mean other features).
FEATURE_VERSION = 2
BITS = 18
DIM = 1 << BITS
_MASK = DIM - 1
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
# ASCII letters and digits to their shape class; every other character stays itself
_SHAPE_TABLE = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "x" * 26 + "X" * 26 + "d" * 10
)
_RUNS = re.compile(r"(.)\1{2,}")


class Around(NamedTuple):
    """What a word is scored in: the text, its words, and the coverage the features see
    (zeros unless stacked)."""

    text: str
    ws: Sequence[Word]
    seen: Sequence[int]


def _shape(raw: str) -> str:
    """ "Xxx" for "Dunlavin", "dd" for "42": classes of characters, runs cut to two.
    No cache: its keys would be words of entries."""
    s = raw.translate(_SHAPE_TABLE)
    if len(s) > 2:
        s = _RUNS.sub(r"\1\1", s)
    return s[:8]


def _flagstr(flags: int) -> str:
    """The flags' letters; memoised by the flag bits alone (no word of an entry)."""
    got = _FLAGSTR.get(flags)
    if got is None:
        got = _FLAGSTR[flags] = "".join(n for n, f in _FLAGS if flags & f) or "-"
    return got


_FLAGSTR: dict[int, str] = {}


def _kind(w: Word | None) -> str:
    if w is None:
        return "<>"
    if w.raw.isdigit():
        return "d"
    return ("C" if w.capital else "l") + _flagstr(w.flags) + str(min(int(w.zipf), 6))


def features(at: Around, i: int) -> list[str]:
    """Feature names for word ``i`` (the reference; ``Tagger.scores`` builds the same
    names for all words at once); ``at.seen`` holds, per word, 0 (left readable) or
    1 + the index of the rules' span type that took it."""
    return _features(at, i, [_kind(w) for w in at.ws])


def _features(at: Around, i: int, kinds: Sequence[str]) -> list[str]:
    ws, covered, text = at.ws, at.seen, at.text
    w = ws[i]
    n = len(ws)
    p1 = ws[i - 1] if i >= 1 else None
    p2 = ws[i - 2] if i >= 2 else None
    n1 = ws[i + 1] if i + 1 < n else None
    n2 = ws[i + 2] if i + 2 < n else None
    k = kinds[i]
    kp1 = kinds[i - 1] if p1 else "<>"
    kp2 = kinds[i - 2] if p2 else "<>"
    kn1 = kinds[i + 1] if n1 else "<>"
    kn2 = kinds[i + 2] if n2 else "<>"
    fp1 = p1.folded if p1 else "<>"
    fp2 = p2.folded if p2 else "<>"
    fn1 = n1.folded if n1 else "<>"
    fn2 = n2.folded if n2 else "<>"
    flags = _flagstr(w.flags)
    zipf = str(min(int(w.zipf * 2), 14))
    shape = _shape(w.raw)
    gap_before = text[p1.end : w.start].strip()[-2:] if p1 else "^"
    gap_after = text[w.end : n1.start].strip()[:2] if n1 else "$"
    cov = [str(covered[j]) if 0 <= j < n else "-1" for j in (i - 2, i - 1, i + 1, i + 2)]
    capital = str(w.capital)
    initial = str(w.initial)
    folded = w.folded
    low = folded if w.zipf >= 3 or not w.capital else "<rare>"
    out = [
        "b",
        "w=" + folded,
        "sh=" + shape,
        "fl=" + flags,
        "z=" + zipf,
        "in=" + initial,
        "cap=" + capital + flags + initial,
        "capz=" + capital + zipf + initial,
        "p3=" + folded[:3],
        "s3=" + folded[-3:],
        "len=" + str(min(len(w.raw), 12)),
        "gb=" + gap_before,
        "ga=" + gap_after,
        "gbs=" + gap_before + shape,
        "gas=" + gap_after + shape,
        "cov=" + ",".join(cov),
        "cp=" + cov[1] + "|" + cov[2],
        "cpk=" + cov[1] + k,
        "cnk=" + cov[2] + k,
        "p1=" + fp1,
        "p1k=" + kp1,
        "p2=" + fp2,
        "p2k=" + kp2,
        "n1=" + fn1,
        "n1k=" + kn1,
        "n2=" + fn2,
        "n2k=" + kn2,
        "p1w=" + fp1 + "|" + k,
        "n1w=" + fn1 + "|" + k,
        "p1n1=" + fp1 + "|" + low,
        "p2p1=" + fp2 + "|" + fp1 + "|" + k,
    ]
    return out


def hashed(names: Sequence[str]) -> list[int]:
    return [zlib.crc32(n.encode()) & _MASK for n in names]
