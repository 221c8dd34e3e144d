"""The learned tagger's features: the names a word is scored by (inference: ``tagger.py``).

A word is scored by the names of its hashed features: the word, its shape, its lexicon
flags and frequency, its neighbours and the gaps between them, and what tells medicine
from a name or a place: a dose or a strength beside it, a medicine's frame around it
("started on X", "my X injection"), a drug's ending or a brand's letters, a capital
followed by a number or a single capital ("Liv 52", "Factor V"), and which of the
rules' spans stand beside it. ``FEATURE_VERSION`` names this set, and the shipped
weights carry it. Nothing here keeps a word of an entry between calls.
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
from app.redact.medical_context import medicine_frame
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
# A strength or an amount: "20mg", "0.5 ml", "2 tablets", "40 units".
_UNITS = (
    r"(?:mg|mcg|µg|ug|g|ml|l|iu|units?|u|%|mmol|tabs?|tablets?|pills?|caps(?:ules)?|"
    r"puffs?|drops|sachets?|pens?|shots?|injections?|doses?|x)"
)
_DOSE_AFTER = re.compile(r"[ \t]*\d+(?:[.,]\d+)?[ \t]?" + _UNITS + r"\b", re.IGNORECASE)
_DOSE_BEFORE = re.compile(r"\d+(?:[.,]\d+)?[ \t]?" + _UNITS + r"\s*(?:of\s+)?$", re.IGNORECASE)
# The endings of generic drug names (the WHO's stems) and the letters brands favour.
_DRUG_END = re.compile(
    r"(?:mab|nib|zole|pril|sartan|statin|olol|dipine|pam|lam|oxacin|cycline|mycin|cillin|"
    r"vir|tide|flozin|gliptin|parin|lukast|afil|triptan|semide|thiazide|tidine|setron|"
    r"dronate|sone|olone|caine|azine|apine|idone|oxetine|aline|amine|profen|fenac|"
    r"umab|ximab|zumab|cept|ase|platin|taxel|rubicin|lutamide|relin|gliflozin)$"
)
_BRAND_LETTERS = re.compile(r"[xzqy]|ph|[aeiou]{2}")
# Nouns of a medicine's taking after the word ("my X injection").
_FORMS = frozenset(
    """injection injections jab jabs shot shots tablet tablets tabs pill pills pen pens
    patch patches cream creams gel infusion infusions dose doses capsule capsules spray
    inhaler inhalers drops syrup ointment liquid sachets script prescription refill
    refills""".split()
)
# Verbs and nouns of taking before the word ("started X", "a course of X").
_TAKING = frozenset(
    """started starting start taking take takes took taken tried trying try prescribed
    stopped stopping quit weaned tapering switched upped lowered increased reduced
    doubled halved on off dose course""".split()
)


class Around(NamedTuple):
    """What a word is scored in: the text, its words, the coverage the features see
    (zeros unless stacked), the rules' own coverage, and the doses' and lab values'
    ranges (``medical_number_ranges``)."""

    text: str
    ws: Sequence[Word]
    seen: Sequence[int]
    rules: Sequence[int]
    numbers: Sequence[tuple[int, int]]


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
    if "dose" in GROUPS:
        out.append("dose=" + _dose(at, w))
    if "frame" in GROUPS:
        out.append("mf=" + str(medicine_frame(text, w.start, w.end)))
        out.append("form=" + str(fn1 in _FORMS) + capital)
        out.append("take=" + str(fp1 in _TAKING or fp2 in _TAKING) + capital)
    if "sfx" in GROUPS:
        out.append("dend=" + str(bool(_DRUG_END.search(folded))))
        out.append("brand=" + str(min(len(_BRAND_LETTERS.findall(folded)), 3)) + capital)
    if "next" in GROUPS:
        sn1 = _shape(n1.raw)[:3] if n1 and n1.start - w.end <= 1 else "<>"
        out.append("capn=" + capital + "|" + sn1)
        out.append("kk=" + k + "|" + kn1)
        out.append("pk=" + kp1 + "|" + k)
    if "glue" in GROUPS:
        out.append(
            "glue=" + _glued(text, w.start - 1, w.start - 2) + _glued(text, w.end, w.end + 1)
        )
    if "rules" in GROUPS:
        r = at.rules
        out.append("rp=" + (str(r[i - 1]) if p1 else "<>"))
        out.append("rn=" + (str(r[i + 1]) if n1 else "<>"))
    return out


GROUPS: set[str] = set()


def _glued(text: str, at: int, beyond: int) -> str:
    """Whether a dot, an at sign or a slash joins the word to another with no space, as
    in a handle or an address ("spoonie.meg", "@ibd_dave", "forum/threads")."""
    inside = 0 <= at < len(text) and 0 <= beyond < len(text)
    return "1" if inside and text[at] in ".@/" and text[beyond].isalnum() else "0"


def _dose(at: Around, w: Word) -> str:
    """Whether a strength or an amount, or a dose or lab value the rules found, sits
    just after or just before the word."""
    after = any(w.end <= a <= w.end + 3 for a, _ in at.numbers) or bool(
        _DOSE_AFTER.match(at.text, w.end)
    )
    before = any(w.start - 6 <= b <= w.start for _, b in at.numbers) or bool(
        _DOSE_BEFORE.search(at.text, max(0, w.start - 16), w.start)
    )
    return str(after) + str(before)


def hashed(names: Sequence[str]) -> list[int]:
    return [zlib.crc32(n.encode()) & _MASK for n in names]
