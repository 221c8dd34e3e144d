"""Profile-term variants found by hand, as their regexes would find them.

A profile per record (``fettle detect`` on a JSONL file, a user editing the profile)
compiled a regex for every term each time, and compiling cost more than all the
matching. A variant has one of four shapes, so it is matched here with ``str.find``
and the same greedy, backtracking order its pattern used, and only an odd shape (an
initial that is not a letter or digit) falls back to a compiled regex:

- words: ``w1[\\s.\\-]+w2...`` (a single word is the one-word case)
- initial: ``[a-z]\\.?\\s+word`` ("S. Jones")
- initials: ``a\\.?b\\.?...`` ("S.J.")

each inside ``(?<![\\w'’])(?:...)(?!\\w)``. ``\\w`` is a letter, digit or underscore and
``\\s`` is what ``str.isspace`` says, as in ``re`` on ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _free_before(text: str, i: int) -> bool:
    """``(?<![\\w'’])`` at ``i``."""
    return i == 0 or not (_word_char(text[i - 1]) or text[i - 1] in "'’")


def _free_after(text: str, i: int) -> bool:
    """``(?!\\w)`` at ``i``."""
    return i >= len(text) or not _word_char(text[i])


def _separator(ch: str) -> bool:
    return ch.isspace() or ch in ".-"


@dataclass(frozen=True, slots=True)
class Shape:
    """One variant: ``kind`` is "words", "initial", "initials", "literal" or "regex"."""

    kind: str
    parts: tuple[str, ...]
    pattern: str

    def search(self, text: str, pos: int) -> tuple[int, int] | None:
        """The first match starting at ``pos`` or later, as ``regex.search`` finds it."""
        if self.kind == "words":
            return _search_words(text, pos, self.parts)
        if self.kind == "initial":
            return _search_initial(text, pos, self.parts[0])
        if self.kind == "initials":
            return _search_initials(text, pos, self.parts)
        if self.kind == "literal":
            return _search_literal(text, pos, *self.parts)
        m = _compiled(self.pattern).search(text, pos)
        return m.span() if m else None


def words_shape(words: list[str], pattern: str) -> Shape:
    return Shape("words", tuple(words), pattern)


def initial_shape(word: str, pattern: str) -> Shape:
    return Shape("initial", (word,), pattern)


def initials_shape(initials: str, pattern: str) -> Shape:
    if all(c.isalnum() for c in initials):
        return Shape("initials", tuple(initials), pattern)
    return Shape("regex", (), pattern)


def literal_shape(form: str, not_before: str, not_after: str) -> Shape:
    r"""``(?<![\w<not_before>])form(?![\w<not_after>])`` with ``form`` literal."""
    return Shape("literal", (form, not_before, not_after), "")


def _search_literal(
    text: str, pos: int, form: str, not_before: str, not_after: str
) -> tuple[int, int] | None:
    s = text.find(form, pos)
    while s >= 0:
        end = s + len(form)
        if (s == 0 or not (_word_char(text[s - 1]) or text[s - 1] in not_before)) and (
            end >= len(text) or not (_word_char(text[end]) or text[end] in not_after)
        ):
            return s, end
        s = text.find(form, s + 1)
    return None


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?:{pattern})(?!\w)")


def _words_end(text: str, words: tuple[str, ...], i: int, p: int) -> int:
    """End of ``words[i + 1:]`` after ``words[i]`` ended at ``p``; -1 if none. Each
    separator run is taken greedily and given back one character at a time."""
    if i == len(words) - 1:
        return p if _free_after(text, p) else -1
    q = p
    while q < len(text) and _separator(text[q]):
        q += 1
    nxt = words[i + 1]
    for k in range(q, p, -1):
        if text.startswith(nxt, k):
            end = _words_end(text, words, i + 1, k + len(nxt))
            if end >= 0:
                return end
    return -1


def _search_words(text: str, pos: int, words: tuple[str, ...]) -> tuple[int, int] | None:
    first = words[0]
    s = text.find(first, pos)
    while s >= 0:
        if _free_before(text, s):
            end = _words_end(text, words, 0, s + len(first))
            if end >= 0:
                return s, end
        s = text.find(first, s + 1)
    return None


def _search_initial(text: str, pos: int, word: str) -> tuple[int, int] | None:
    """``[a-z]\\.?\\s+word``: each place ``word`` stands gives one possible start."""
    p = text.find(word, pos)
    while p >= 0:
        q = p
        while q > 0 and text[q - 1].isspace():
            q -= 1
        start = -1
        if q < p:
            if q >= 2 and text[q - 1] == "." and "a" <= text[q - 2] <= "z":
                start = q - 2
            elif q >= 1 and "a" <= text[q - 1] <= "z":
                start = q - 1
        end = p + len(word)
        if start >= pos and _free_before(text, start) and _free_after(text, end):
            return start, end
        p = text.find(word, p + 1)
    return None


def _initials_end(text: str, letters: tuple[str, ...], i: int, p: int) -> int:
    if p >= len(text) or text[p] != letters[i]:
        return -1
    p += 1
    for q in (p + 1, p) if text[p : p + 1] == "." else (p,):
        if i == len(letters) - 1:
            if _free_after(text, q):
                return q
        else:
            end = _initials_end(text, letters, i + 1, q)
            if end >= 0:
                return end
    return -1


def _search_initials(text: str, pos: int, letters: tuple[str, ...]) -> tuple[int, int] | None:
    s = text.find(letters[0], pos)
    while s >= 0:
        if _free_before(text, s):
            end = _initials_end(text, letters, 0, s)
            if end >= 0:
                return s, end
        s = text.find(letters[0], s + 1)
    return None


def leftmost(text: str, shapes: list[Shape]) -> Iterator[tuple[int, int, int]]:
    """``(start, end, index)`` as ``finditer`` of the alternation of ``shapes`` (in that
    order) finds them: at the leftmost start any matches, the first that matches
    there, then on from its end. Each shape searches again only once passed."""
    found = [shape.search(text, 0) for shape in shapes]
    pos = 0
    while True:
        best: tuple[int, int] | None = None
        which = -1
        for i, hit in enumerate(found):
            if hit is not None and hit[0] < pos:
                hit = found[i] = shapes[i].search(text, pos)
            if hit is not None and (best is None or hit[0] < best[0]):
                best, which = hit, i
        if best is None:
            return
        yield best[0], best[1], which
        pos = best[1]
