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
from itertools import compress
from operator import itemgetter
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
from app.redact.tagger_words import Columns, Word

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
    (zeros unless stacked); ``columns``, the words field by field if ``split_words``
    gave them (``indices`` reads those)."""

    text: str
    ws: Sequence[Word]
    seen: Sequence[int]
    columns: Columns | None = None


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


# -- the same names' hashes, for many words at once (``Tagger.scores``) --------------------
#
# ``indices`` gives, for each word to score, ``crc32`` of each name ``_features`` builds,
# in the same order, without building the names: a name made of classes alone (flags,
# frequency band, capital, shape of an ASCII word, ASCII punctuation between words,
# coverage, the neighbours' kinds) is hashed once per process and kept in the tables below,
# keyed by those classes; a name holding a word of the entry is hashed in the call, its
# constant prefix's crc carried in (``crc32(word, crc32(prefix))`` is ``crc32(prefix +
# word)``), and forgotten with the call. A word beyond ASCII has its shape and gaps hashed
# in the call too (its shape keeps its letters), never kept.

_crc = zlib.crc32
_B = _crc(b"b")
_W, _P3, _S3, _P1, _P2, _N1, _N2 = (
    _crc(p) for p in (b"w=", b"p3=", b"s3=", b"p1=", b"p2=", b"n1=", b"n2=")
)
_P1W, _N1W, _P1N1, _P2P1 = (_crc(p) for p in (b"p1w=", b"n1w=", b"p1n1=", b"p2p1="))
_LEN = [_crc(b"len=%d" % n) for n in range(13)]
_NONE = b"<>"  # the folded word and the kind of a neighbour beyond the text


def _named(*names: str) -> tuple[int, ...]:
    return tuple(_crc(n.encode()) for n in names)


def _word_class(capital: bool, flags: int, z2: int, initial: bool) -> tuple[int, ...]:
    """fl=, z=, in=, cap=, capz= of a word of these classes."""
    f, z, c, i = _flagstr(flags), str(z2), str(capital), str(initial)
    return _named("fl=" + f, "z=" + z, "in=" + i, "cap=" + c + f + i, "capz=" + c + z + i)


def _around(gb: str, ga: str, shape: str) -> tuple[int, ...]:
    """sh=, gb=, ga=, gbs=, gas= of a word of this shape between these gaps."""
    return _named("sh=" + shape, "gb=" + gb, "ga=" + ga, "gbs=" + gb + shape, "gas=" + ga + shape)


def _covered(c: tuple[int, int, int, int], k: str) -> tuple[int, ...]:
    """cov=, cp=, cpk=, cnk= of a word of kind ``k`` with this coverage around it
    (-1: beyond the text)."""
    cov = [str(x) for x in c]
    return _named(
        "cov=" + ",".join(cov),
        "cp=" + cov[1] + "|" + cov[2],
        "cpk=" + cov[1] + k,
        "cnk=" + cov[2] + k,
    )


def _roles(k: str) -> tuple:
    """Kind ``k``; "|" + ``k`` (for the names that join it to words); and p1k=, p2k=, n1k=,
    n2k= of a neighbour of kind ``k``."""
    return k, ("|" + k).encode(), *_named("p1k=" + k, "p2k=" + k, "n1k=" + k, "n2k=" + k)


_WORD_CLASSES: dict[tuple[bool, int, int, bool], tuple[int, ...]] = {}
_AROUND: dict[tuple[str, str, str], tuple[int, ...]] = {}  # gaps and translated shape, ASCII
_COVERED: dict[tuple[int, int, int, int, str], tuple[int, ...]] = {}
_ROLES: dict[tuple[bool, int, int], tuple] = {}  # (capital, flags, whole zipf) -> _roles
_DIGITS = _roles("d")
_EDGE = _roles("<>")
_START, _END, _RAW, _FOLDED, _FLAGS_OF, _ZIPF = (itemgetter(n) for n in range(6))
_FIRST = itemgetter(0)  # of a string: its first character


def _columns(at: Around) -> Columns:
    if at.columns is not None:
        return at.columns
    text, ws = at.text, at.ws
    gaps = list(map(text.__getitem__, map(slice, [0, *map(_END, ws)], [*map(_START, ws), None])))
    fields = (list(map(f, ws)) for f in (_RAW, _FOLDED, _FLAGS_OF, _ZIPF))
    return Columns(gaps, *fields)


def _roles_of(raws: list[str], flags: list[int], zipf: list[float]) -> list[tuple]:
    """``_roles`` of each word's kind (``_kind``), looked up by its classes in C, with
    two words beyond the text at each end."""
    keys = zip(map(str.isupper, map(_FIRST, raws)), flags, map(int, zipf))
    roles = [_EDGE, _EDGE, *map(_ROLES.get, keys), _EDGE, _EDGE]
    if None in roles:
        keys = zip(map(str.isupper, map(_FIRST, raws)), flags, map(int, zipf))
        for j, key in enumerate(keys):
            if roles[j + 2] is None:
                cap, flag, whole = key
                kind = ("C" if cap else "l") + _flagstr(flag) + str(min(whole, 6))
                roles[j + 2] = _ROLES[key] = _roles(kind)
    for j in compress(range(len(raws)), map(str.isdigit, raws)):
        roles[j + 2] = _DIGITS
    return roles


def indices(at: Around, todo: Sequence[int]) -> tuple[list[int], list[int]]:
    """``crc32`` of each name of ``_features(at, i, ...)`` for each ``i`` of ``todo``, in
    that order, all in one list, and where each word's run starts in it."""
    ws, seen = at.ws, at.seen
    columns = _columns(at)
    gaps = columns.gaps
    n = len(ws)
    roles = _roles_of(columns.raws, columns.flags, columns.zipf)
    enc = [_NONE, _NONE, *map(str.encode, columns.folded), _NONE, _NONE]
    cover = [-1, -1, *seen, -1, -1]
    out: list[int] = []
    starts: list[int] = []
    for i in todo:
        _, _, raw, folded, flags, zipf, initial = ws[i]
        q = i + 2
        capital = raw[:1].isupper()
        z2 = int(zipf * 2)
        key = (capital, flags, z2 if z2 < 14 else 14, initial)
        wc = _WORD_CLASSES.get(key) or _WORD_CLASSES.setdefault(key, _word_class(*key))
        gb = gaps[i].strip()[-2:] if i else "^"
        ga = gaps[i + 1].strip()[:2] if i + 1 < n else "$"
        if raw.isascii() and gb.isascii() and ga.isascii():
            s = raw.translate(_SHAPE_TABLE)
            akey = (gb, ga, s)
            ar = _AROUND.get(akey)
            if ar is None:
                ar = _AROUND[akey] = _around(
                    gb, ga, (_RUNS.sub(r"\1\1", s) if len(s) > 2 else s)[:8]
                )
        else:
            ar = _around(gb, ga, _shape(raw))  # holds letters of the entry: not kept
        k, kb = roles[q][:2]
        ckey = (cover[q - 2], cover[q - 1], cover[q + 1], cover[q + 2], k)
        cv = _COVERED.get(ckey) or _COVERED.setdefault(ckey, _covered(ckey[:4], k))
        e, ep1, ep2, en1, en2 = enc[q], enc[q - 1], enc[q - 2], enc[q + 1], enc[q + 2]
        low = e if zipf >= 3 or not capital else b"<rare>"
        starts.append(len(out))
        out += (
            _B,
            _crc(e, _W),
            ar[0],
            *wc,
            _crc(folded[:3].encode(), _P3),
            _crc(folded[-3:].encode(), _S3),
            _LEN[min(len(raw), 12)],
            ar[1],
            ar[2],
            ar[3],
            ar[4],
            *cv,
            _crc(ep1, _P1),
            roles[q - 1][2],
            _crc(ep2, _P2),
            roles[q - 2][3],
            _crc(en1, _N1),
            roles[q + 1][4],
            _crc(en2, _N2),
            roles[q + 2][5],
            _crc(ep1 + kb, _P1W),
            _crc(en1 + kb, _N1W),
            _crc(ep1 + b"|" + low, _P1N1),
            _crc(ep2 + b"|" + ep1 + kb, _P2P1),
        )
    return out, starts
