"""Run a costly regex only near the places it can match.

The age, dose and lab-value patterns are long alternations of cue words, and trying
them at every position of an entry costs more than all the other finders together.
Each of them needs a number, so we look for numbers first and search small windows
around them: the same matches, in a fraction of the time.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, KeysView

DIGITS = re.compile(r"\d+")


def windows(
    anchors: Iterable[tuple[int, int]], length: int, before: int, after: int
) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` ranges reaching ``before`` and ``after`` past each anchor."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(anchors):
        lo, hi = max(0, a - before), min(length, b + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def finditer_near(
    regex: re.Pattern[str], text: str, ranges: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """``regex.finditer`` over each range; lookbehinds still see the text before it."""
    for lo, hi in ranges:
        yield from regex.finditer(text, lo, hi)


_TOKEN = re.compile(r"[^\W_]+")
_LAST = threading.local()  # per thread: detections may run on workers at once


class _Tokens:
    """Where each lower-cased token starts, and which start with a digit or a capital."""

    __slots__ = ("at", "digits", "capitals")

    def __init__(self, text: str) -> None:
        self.at: dict[str, list[int]] = {}
        self.digits: list[int] = []
        self.capitals: list[int] = []
        for m in _TOKEN.finditer(text):
            tok, start = m.group(), m.start()
            self.at.setdefault(tok.lower(), []).append(start)
            if tok[0].isdigit():
                self.digits.append(start)
            elif tok[0].isupper():
                self.capitals.append(start)


def _tokens(text: str) -> _Tokens:
    """The tokens of ``text``, computed once however many patterns ask (the finders run
    one after another on the same text)."""
    last = getattr(_LAST, "value", None)
    if last is not None and last[0] is text:
        return last[1]
    toks = _Tokens(text)
    _LAST.value = (text, toks)
    return toks


def token_set(text: str) -> KeysView[str]:
    """The lower-cased tokens of ``text`` (shared with the triggered patterns), for a
    quick "does any of these words occur" test before a costly pass."""
    return _tokens(text).at.keys()


class Triggered:
    """A regex tried only where one of its possible first words starts.

    ``first`` is a regex that a token (letters and digits, lower-cased) must match in
    full for a match to start there; ``digits`` also lets any token starting with a
    digit start one, ``capitals`` any capitalised token. Either may instead be a regex
    that must match at such a token for a match to start there: a cheap necessary
    condition (what must follow the number; "Karabo is") spares the costly regex most
    numbers and capitalised words. ``finditer`` then gives the same non-overlapping
    matches as the regex's own, for a fraction of the cost.
    """

    def __init__(
        self,
        regex: re.Pattern[str],
        first: str,
        *,
        digits: bool | str = False,
        capitals: bool | str = False,
    ) -> None:
        self.regex = regex
        self._first = re.compile(first)
        self._digits = digits
        self._capitals = capitals
        self._digits_if = re.compile(digits).match if isinstance(digits, str) else None
        self._capitals_if = re.compile(capitals).match if isinstance(capitals, str) else None
        self._yes: set[str] = set()
        self._seen: set[str] = set()

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        toks = _tokens(text)
        words = toks.at.keys()
        new = words - self._seen
        if new:
            hits = {w for w in new if self._first.fullmatch(w)}
            if len(self._seen) < 100_000:  # remember, within bounds
                self._yes |= hits
                self._seen |= new
            firsts = (words & self._yes) | hits
        else:
            firsts = words & self._yes
        starts = [start for low in firsts for start in toks.at[low]]
        if self._digits_if is not None:
            starts += [s for s in toks.digits if self._digits_if(text, s)]
        elif self._digits:
            starts += toks.digits
        if self._capitals_if is not None:
            starts += [s for s in toks.capitals if self._capitals_if(text, s)]
        elif self._capitals:
            starts += toks.capitals
        starts.sort()
        end = 0
        match = self.regex.match
        for start in starts:
            if start < end:
                continue
            m = match(text, start)
            if m is not None and m.end() > start:
                end = m.end()
                yield m


_STARTS = threading.local()  # per thread: (text, {start regex: positions})


def _starts_in(text: str, starts: re.Pattern[str]) -> list[int]:
    """Where ``starts`` matches in ``text``, found once per text for every pattern that
    shares it (most share "a run of digits")."""
    last = getattr(_STARTS, "value", None)
    if last is None or last[0] is not text:
        last = (text, {})
        _STARTS.value = last
    found = last[1].get(starts)
    if found is None:
        found = last[1][starts] = [m.start() for m in starts.finditer(text)]
    return found


class Started:
    """A regex tried only where a cheap one says it can start.

    A regex that opens with ``\\b`` or a lookbehind is tried at every position of the
    text: Python's engine only skips ahead when a pattern opens with a plain character.
    ``starts`` is such a plain pattern (``\\d+``, ``[A-Z]+``, ``[+(]|\\d+``) whose
    matches begin at every place a match of ``regex`` can begin, and which never runs
    over one of those places; ``finditer`` then gives exactly the regex's own matches
    (none of these patterns matches the empty string).
    """

    def __init__(self, regex: re.Pattern[str], starts: str) -> None:
        self.regex = regex
        self._starts = re.compile(starts)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        end = 0
        match = self.regex.match
        for start in _starts_in(text, self._starts):
            if start < end:
                continue
            m = match(text, start)
            if m is not None and m.end() > start:
                end = m.end()
                yield m
