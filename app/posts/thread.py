"""Split a long post into a numbered thread whose every part fits.

Breaks are chosen the way a person would: between paragraphs if possible,
then between sentences (or lines, so lists stay intact), then between words.
A URL or a word is never cut; only a single "word" longer than a whole post
(which no real word is) is cut by characters. Each part ends with "i/n".
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from app.posts.errors import PostFormatError
from app.posts.urls import grapheme_count

LengthFn = Callable[[str], int]

_PARAGRAPH, _SENTENCE, _WORD = 0, 1, 2
_SEPARATORS = (
    regex.compile(r"(\n[ \t]*\n\s*)"),
    regex.compile(r"""((?<=[.!?…]["'”’)\]]*)[ \t]+|[ \t]*\n\s*)"""),
    regex.compile(r"(\s+)"),
)
_NUMBERING = regex.compile(r"\n\n(\d+)/(\d+)\Z")


def numbering(index: int, total: int) -> str:
    """The marker appended to part ``index`` (1-based) of ``total``."""
    return f"\n\n{index}/{total}"


def strip_numbering(part: str) -> str:
    """A thread part without its "i/n" marker. Only a marker ``numbering`` could have
    written counts (1 <= i <= n, n >= 2): a post whose last paragraph is "0/0" or a
    score such as "7/10" keeps it."""
    found = _NUMBERING.search(part)
    if found is None:
        return part
    index, total = int(found[1]), int(found[2])
    return part[: found.start()] if 1 <= index <= total and total >= 2 else part


def _pieces(text: str, level: int) -> list[tuple[str, str]]:
    """(separator before, piece) pairs; pieces are never empty."""
    tokens = _SEPARATORS[level].split(text)
    out: list[tuple[str, str]] = []
    sep = ""
    for i, token in enumerate(tokens):
        if i % 2:
            sep += token
        elif token:
            out.append((sep, token))
            sep = ""
    return out


class _Packer:
    """Greedy filling of parts with the largest units that fit."""

    def __init__(self, budget: int, length: LengthFn) -> None:
        self.budget = budget
        self.length = length
        self.parts: list[str] = [""]
        self.used = 0

    def _start(self, piece: str, size: int) -> None:
        if self.parts[-1]:
            self.parts.append("")
        self.parts[-1] = piece
        self.used = size

    def fill(self, text: str, level: int, lead: str = "") -> None:
        for i, (sep, piece) in enumerate(_pieces(text, level)):
            sep = lead + sep if i == 0 else sep
            size = self.length(piece)
            joined = self.used + self.length(sep) + size
            if self.parts[-1] and joined <= self.budget:
                self.parts[-1] += sep + piece
                self.used = joined
            elif size <= self.budget:
                self._start(piece, size)
            elif level < _WORD:
                # Too big for any part: break it finer, topping up the current part first.
                self.fill(piece, level + 1, sep if self.parts[-1] else "")
            else:
                self._cut_word(piece)

    def _cut_word(self, word: str) -> None:
        """Last resort for a single unbroken run longer than a whole part."""
        self._start("", 0)
        for cluster in regex.findall(r"\X", word):
            size = self.length(cluster)
            if self.used + size > self.budget and self.parts[-1]:
                self._start(cluster, size)
            else:
                self.parts[-1] += cluster
                self.used += size


def split_thread(text: str, limit: int, length: LengthFn = grapheme_count) -> list[str]:
    """Parts of at most ``limit`` (as measured by ``length``), numbered "i/n" if more than one.

    Raises ``PostFormatError`` if the limit is too small to hold a word and a number.
    """
    text = text.strip()
    if length(text) <= limit:
        return [text] if text else []
    width = 1
    while True:
        widest = numbering(10**width - 1, 10**width - 1)
        budget = limit - length(widest)
        if budget < 10:
            raise PostFormatError(f"A limit of {limit} is too small to split into a thread.")
        packer = _Packer(budget, length)
        packer.fill(text, _PARAGRAPH)
        chunks = [chunk.strip() for chunk in packer.parts if chunk.strip()]
        if len(str(len(chunks))) <= width:
            total = len(chunks)
            return [chunk + numbering(i, total) for i, chunk in enumerate(chunks, start=1)]
        width = len(str(len(chunks)))
