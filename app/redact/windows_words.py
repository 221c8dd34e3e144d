"""Split a first-word pattern into its plain words and the rest.

``windows`` asks, for every new word of a text, which first-word patterns it matches
in full. Most alternatives of those patterns are plain words ("age|aged|at|..."), and
a regex tries them one by one: a word that matches none cost a few microseconds, and a
post brings hundreds of new words. A pattern fullmatches a word exactly when one of
its top-level alternatives does, so the plain words become a set lookup and only the
other alternatives ("sugars?", "jan(?:uary)?", ".*[^\\x00-\\x7f].*") stay a regex.
"""

from __future__ import annotations

import re

_FLAGS = re.compile(r"\(\?[aiLmsux-]|\\[1-9]|\(\?P=")  # inline flags, backreferences


def _alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern``; None if it cannot be read safely."""
    out: list[str] = []
    depth = 0
    in_class = False
    start = i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                i = j  # a "]" first in a class is the character itself
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth or in_class or i > n:
        return None
    out.append(pattern[start:])
    return out


def _group_inner(piece: str) -> str | None:
    """``A|B`` of a piece that is one whole non-capturing group ``(?:A|B)``."""
    if not piece.startswith("(?:") or not piece.endswith(")"):
        return None
    inner = piece[3:-1]
    return inner if _alternatives(inner) is not None else None


def _plain(piece: str) -> bool:
    return bool(piece) and all(c.isalnum() or c == " " for c in piece)


def split_words(pattern: str) -> tuple[frozenset[str], str | None]:
    """The plain words among ``pattern``'s alternatives and a pattern of the others
    (None if there are none): ``re.fullmatch(pattern, w)`` is ``w in words or
    re.fullmatch(rest, w)``. A pattern with inline flags or backreferences is left
    whole."""
    if _FLAGS.search(pattern):
        return frozenset(), pattern
    pieces = _alternatives(pattern)
    if pieces is None:
        return frozenset(), pattern
    words: set[str] = set()
    rest: list[str] = []
    while pieces:
        piece = pieces.pop(0)
        inner = _group_inner(piece)
        if inner is not None:
            pieces[:0] = _alternatives(inner) or [piece]
        elif _plain(piece):
            words.add(piece)
        else:
            rest.append(piece)
    return frozenset(words), "|".join(f"(?:{p})" for p in rest) if rest else None
