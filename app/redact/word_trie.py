"""Long alternations of words as tries, for patterns tried at many places.

The regex engine tries the alternatives of ``(?:son|daughter|...)`` one after another,
and under ``re.IGNORECASE`` it enters each of them (it skips ahead only on a literal
that must match as written): a hundred kin words or several hundred street types cost
microseconds at every place a pattern is tried. A trie ("s(?:on|ister)|d(?:ad|aughter)")
enters one branch per letter. Where what follows the alternation can never continue a
longer word (a space after "gran" never runs on into "grandma"), only one word can
match there, so the trie matches exactly where the plain alternation does, whatever the
order of its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as _ops
from re import _parser

_Node = dict[str, "_Node"]


def word_trie(words: list[str]) -> str:
    """An alternation of ``words`` (plain text) as a trie, without an outer group."""
    root: _Node = {}
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        alts = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return emit(root)


def exact_trie(words: list[str], follows: Callable[[str], bool]) -> str | None:
    """``(?:trie)`` of ``words`` for a pattern whose next character after them is one
    ``follows`` accepts; None if a word runs on into a longer one by such a character
    ("gran" and "gran ma" before a space), where the order of the words could matter.
    Words are compared in lower case, as a pattern ignoring case would."""
    low = {w.lower() for w in words}
    for word in low:
        for i in range(1, len(word)):
            if follows(word[i]) and word[:i] in low:
                return None
    return "(?:" + word_trie(words) + ")"


def as_trie(pattern: str, follows: Callable[[str], bool]) -> str:
    """``pattern``, a finite alternation of words, as ``exact_trie`` writes it; the
    pattern itself where that could match otherwise (see ``exact_trie``)."""
    words = finite_words(pattern)
    trie = exact_trie(words, follows) if words else None
    return pattern if trie is None else trie


def finite_words(pattern: str) -> list[str] | None:
    """Every string ``pattern`` matches, if it is a finite alternation of plain pieces
    (letters, "[eé]", "s?", "(?:a|b)"); None for anything else (then keep the pattern)."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    return _expand(list(parsed))


def _expand(items: list[tuple[object, object]]) -> list[str] | None:  # noqa: C901
    out = [""]
    for op, av in items:
        choices: list[str] | None
        if op is _ops.LITERAL:
            choices = [chr(av)]  # type: ignore[arg-type]
        elif op is _ops.IN and all(o is _ops.LITERAL for o, _ in av):  # type: ignore[attr-defined]
            choices = [chr(v) for _, v in av]  # type: ignore[attr-defined]
        elif op is _ops.SUBPATTERN and av[0] is None and not av[1] and not av[2]:  # type: ignore[index]
            choices = _expand(list(av[3]))  # type: ignore[index]
        elif op is _ops.BRANCH:
            choices = []
            for branch in av[1]:  # type: ignore[index]
                words = _expand(list(branch))
                if words is None:
                    return None
                choices += words
        elif op is _ops.MAX_REPEAT and av[0] == 0 and av[1] == 1:  # type: ignore[index]
            inner = _expand(list(av[2]))  # type: ignore[index]
            choices = None if inner is None else ["", *inner]
        else:
            return None
        if choices is None or len(out) * len(choices) > 10_000:
            return None
        out = [a + b for a in out for b in choices]
    return out
