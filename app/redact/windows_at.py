"""Regexes tried only where they can match, found from the shared token table.

A pattern that opens with ``\\b`` or a lookbehind is tried at every place of a text by
its own ``finditer``. These wrappers give exactly its matches while trying it only
where a sentence opens (``AtOpenings``) or where one of its first words starts a token
(``AtWords``); ``may_hold`` and ``case_traps`` tell a finder that a case-insensitive
search for some words cannot succeed, before it scans the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from app.redact.sentences import SENTENCE_MARK
from app.redact.windows import _starts_in, matches_at
from app.redact.windows_tokens import _SHARED, _tokens


def digit_starts(text: str) -> list[int]:
    """Where each token starting with a digit starts (shared with the patterns): every
    ``\\d`` after a non-word character starts one."""
    return _tokens(text).digits


# The only characters beyond ASCII that an ASCII letter matches under ``re.IGNORECASE``
# ("ſ" is an "s", "K" a "k"): where none occurs, a case-insensitive ASCII word matches
# only a token that lower-cases to it.
def case_traps(text: str) -> bool:
    """Whether ``text`` holds a character that an ASCII letter matches under
    ``re.IGNORECASE`` without being that letter in either case: "İ", "ı", "ſ" or "K"
    (each asked in C, no generator: a finder asks this of every text)."""
    return not text.isascii() and (
        "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text
    )


def may_hold(text: str, words: frozenset[str]) -> bool:
    """False only if no token of ``text`` lower-cases to one of ``words``: then a
    case-insensitive regex (or one run on ``text.lower()``) that must match one of them
    whole, between ``\\b``s, cannot match (see ``case_traps`` for the exceptions)."""
    if not text.isascii() and case_traps(text):
        return True
    last = _SHARED[0]  # _tokens' own first step, without a call
    return not words.isdisjoint((last[1] if last[0] is text else _tokens(text)).at)


def _openings(text: str) -> list[int]:
    """0 and every place a sentence-opening lookbehind holds at: after a line break
    (``(?<=\\n)``), after a ".", "!", "?" or line break and one space
    (``(?<=[.!?\\n]\\s)``) or after a ".", "!" or "?" and two (``(?<=[.!?]\\s\\s)``),
    before a character. Found once per text for every such pattern (``\\s`` is
    ``str.isspace``)."""
    toks = _tokens(text)
    if toks.openings is not None:
        return toks.openings
    n = len(text)
    found = {0} if n else set()
    for b in _starts_in(text, SENTENCE_MARK):
        mark = text[b]
        if mark == "\n" and b + 1 < n:
            found.add(b + 1)
        if b + 2 < n and text[b + 1].isspace():
            found.add(b + 2)
            if mark != "\n" and b + 3 < n and text[b + 2].isspace():
                found.add(b + 3)
    toks.openings = sorted(found)
    return toks.openings


class AtOpenings:
    """A regex whose matches all start where a sentence can open (see ``_openings``),
    tried only there: such a regex opens with lookbehinds, so its own ``finditer``
    tried every place of the text. With ``first``, the characters a match must open
    with ("ABC...Z" for ``[A-Z]``), only openings at one of them are tried (most
    openings are a capital or a space, and a name pattern rejects spaces).
    ``finditer`` gives exactly the regex's own matches (none of these patterns
    matches the empty string)."""

    def __init__(self, regex: re.Pattern[str], first: str = "") -> None:
        if regex.flags & re.MULTILINE:
            raise ValueError("a MULTILINE ^ opens at every line")  # not in _openings
        self.regex = regex
        self._first = frozenset(first)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        # a plain function, not a generator (see ``Triggered.finditer``)
        starts = _openings(text)
        if self._first:
            first = self._first
            starts = [s for s in starts if text[s] in first]
        return matches_at(self.regex, text, starts) if starts else iter(())


class AtWords:
    """A regex whose every match opens, at a ``\\b``, with one of ``words`` (lower case,
    whole: a space, a bracket or the end after it) or, with ``digits``, with a digit
    starting a token; tried only where such a token of the text starts, found in the
    shared token table, not at every place of the text.

    ``finditer(text, subject)`` runs the regex on ``subject``, a copy of ``text`` with
    every offset kept (``lower_keeping_offsets``), and gives exactly its own matches
    there (none of these patterns matches the empty string). A text holding a letter
    that lower-cases across ASCII (see ``case_traps``) is searched whole.
    """

    def __init__(
        self,
        regex: re.Pattern[str],
        words: Iterable[str],
        *,
        digits: bool = False,
        unless: str = "",
    ) -> None:
        self.regex = regex
        self._words = frozenset(words)
        self._digits = digits
        # characters that, just before a start, may join it to an earlier match (a
        # word run over "&" or "'"): a text with one there is searched whole
        self._unless = unless

    def finditer(self, text: str, subject: str | None = None) -> Iterator[re.Match[str]]:
        # a plain function, not a generator (see ``Triggered.finditer``)
        subject = text if subject is None else subject
        if not text.isascii() and case_traps(text):
            return self.regex.finditer(subject)
        last = _SHARED[0]  # _tokens' own first step, without a call
        toks = last[1] if last[0] is text else _tokens(text)
        at = toks.at
        starts = [s for w in self._words.intersection(at) for s in at[w]]
        if self._digits:
            starts += toks.digits
        if not starts:
            return iter(())
        unless = self._unless
        if unless and any(s and text[s - 1] in unless for s in starts):
            return self.regex.finditer(subject)
        starts.sort()
        return matches_at(self.regex, text, starts, subject)
