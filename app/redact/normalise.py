"""Fold text for matching while remembering where every folded character came from.

Profile terms must match "Zoë", "ZOE", "zoe" and "Zo\u200be" alike, but the spans
we return must point into the text the user wrote. ``fold`` applies NFKC, case
folding, accent stripping, zero-width removal and Latin look-alikes of other scripts
("Ѕаrаh"), and keeps an index map back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters that render as nothing but split a word for a naive matcher.
ZERO_WIDTH = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067"
    "\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05"
    "\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff"
)


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text plus, for each folded character, the index of its source character.

    ``index`` is ``None`` when folding kept positions unchanged (plain ASCII), so the
    common case costs one ``str.lower``.
    """

    text: str
    index: tuple[int, ...] | None
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded range back to the smallest original range that produced it."""
        if self.index is None:
            return start, end
        if end <= start:
            raise ValueError("empty range")
        return self.index[start], self.index[end - 1] + 1


# Letters of other scripts that look like Latin ones ("Ѕаrаh" in Cyrillic): a profile
# term written with them must still match. Lower case, as after casefold.
HOMOGLYPHS = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "һ": "h",
        "ԛ": "q",
        "ԝ": "w",
        "ɡ": "g",
        "ı": "i",
        "ȷ": "j",
        "α": "a",
        "β": "b",
        "ε": "e",
        "ζ": "z",
        "η": "h",
        "ι": "i",
        "κ": "k",
        "μ": "m",
        "ν": "n",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "y",
        "χ": "x",
        "ϲ": "c",
        "ϳ": "j",
        "ℓ": "l",
        "ǀ": "l",
        "ӏ": "l",
        "ɑ": "a",
        "ɩ": "i",
        # Latin letters with a stroke or a ligature, which no decomposition takes apart
        # ("Økafor" must match "Okafor", "Łukasz" "Lukasz")
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ħ": "h",
        "ŧ": "t",
        "ð": "d",
        "ƀ": "b",
        "ɨ": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)


def fold_char(ch: str) -> str:
    """The folded form of one character (may be empty or several characters)."""
    if ch in ZERO_WIDTH:
        return ""
    out = unicodedata.normalize("NFKC", ch).casefold()
    if out.isascii():
        return out
    decomposed = unicodedata.normalize("NFKD", out)
    out = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in ZERO_WIDTH)
    return out.translate(HOMOGLYPHS)


@lru_cache(maxsize=16)
def fold(text: str) -> Folded:
    """``text`` folded. Cached: the profile matcher, the mention spreader and others fold
    the same entry one after another (a ``Folded`` is immutable)."""
    if text.isascii():
        return Folded(text.lower(), None, len(text))
    parts: list[str] = []
    index: list[int] = []
    done = 0
    # each run of ASCII characters lowered at once (one character each, in place), and
    # only the other characters one by one: most texts hold a few of them ("’", "é")
    for run in _ASCII_RUN.finditer(text):
        start, end = run.span()
        for i in range(done, start):
            out = fold_char(text[i])
            parts.append(out)
            index.extend([i] * len(out))
        parts.append(run.group().lower())
        index.extend(range(start, end))
        done = end
    for i in range(done, len(text)):
        out = fold_char(text[i])
        parts.append(out)
        index.extend([i] * len(out))
    return Folded("".join(parts), tuple(index), len(text))


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


@lru_cache(maxsize=1 << 15)
def fold_term(text: str) -> str:
    """Fold a profile term or list word the same way as the text it must match. Cached:
    the finders fold the same words over and over (27,000 calls over 600 entries)."""
    return fold.__wrapped__(text).text.strip()
