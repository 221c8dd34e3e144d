"""Run a costly regex only near the places it can match.

The age, dose and lab-value patterns are long alternations of cue words, and trying
them at every position of an entry costs more than all the other finders together.
Each of them needs a number, so we look for numbers first and search small windows
around them: the same matches, in a fraction of the time. The tokens the triggers
start at are read once per text for every finder (``windows_tokens``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator

from app.redact.windows_tokens import _SHARED, _Tokens, _tokens
from app.redact.windows_words import split_words

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


# The first-word patterns of every ``Triggered``, each once (many finders share one), and
# for each word seen, which of them it matches in full: learnt once per word for all the
# patterns, instead of once per pattern and text.
_FIRSTS: dict[str, int] = {}
_FIRST_RES: list[re.Pattern[str]] = []
# Each pattern split (see ``windows_words``): the patterns holding each plain word, and
# for each pattern a regex of its other alternatives, or None.
_WORD_AT: dict[str, list[int]] = {}
_REST_RES: list[re.Pattern[str] | None] = []
_ANY_FIRST: list[tuple[int, re.Pattern[str] | None]] = [(0, None)]
_WORD_FIRSTS: dict[str, tuple[int, tuple[int, ...]]] = {}
_NONE: tuple[int, ...] = ()
_REGISTER = threading.Lock()


def _first_index(first: str) -> int:
    """The index of the first-word pattern ``first``, registered once."""
    k = _FIRSTS.get(first)
    if k is None:
        with _REGISTER:
            k = _FIRSTS.get(first)
            if k is None:
                regex = re.compile(first)
                k = len(_FIRST_RES)
                words, rest = split_words(first)
                _REST_RES.append(re.compile(rest) if rest is not None else None)
                for word in words:
                    _WORD_AT.setdefault(word, []).append(k)
                _FIRST_RES.append(regex)  # last: a reader counting it finds the rest
                _FIRSTS[first] = k
    return k


def _any_first(n: int) -> re.Pattern[str] | None:
    """One regex matching a word in full if the other alternatives of any of the first
    ``n`` patterns do (a word most reject is rejected in one call); None if they cannot
    be joined."""
    built, regex = _ANY_FIRST[-1]
    if built != n:
        rests = [r.pattern for r in _REST_RES[:n] if r is not None]
        try:
            regex = re.compile("|".join(f"(?:{r})" for r in rests) or "(?!)")
        except re.error:
            regex = None
        _ANY_FIRST.append((n, regex))
        del _ANY_FIRST[:-1]
    return regex


def _firsts_of(word: str, n: int) -> tuple[int, ...]:
    """Which of the first ``n`` first-word patterns ``word`` matches in full."""
    known = _WORD_FIRSTS.get(word)
    if known is not None and known[0] == n:
        return known[1]
    done, hits = known if known is not None else (0, _NONE)
    found = {k for k in _WORD_AT.get(word, _NONE) if done <= k < n}
    any_first = _any_first(n)
    if any_first is None or any_first.fullmatch(word):
        for k in range(done, n):
            rest = _REST_RES[k]
            if rest is not None and rest.fullmatch(word):
                found.add(k)
    if found:
        hits += tuple(sorted(found))
    if len(_WORD_FIRSTS) < 200_000:  # remember, within bounds
        _WORD_FIRSTS[word] = (n, hits)
    return hits


def _starts_by_first(toks: _Tokens) -> dict[int, list[int]]:
    """Where a word matching each first-word pattern starts, for one text."""
    n = len(_FIRST_RES)
    done, found = toks.by_first
    if done != n:  # first time for this text, or a pattern registered since
        found = {}
        known = _WORD_FIRSTS.get
        for word, where in toks.at.items():
            hits = known(word)  # _firsts_of's own first step, without a call per word
            for k in hits[1] if hits is not None and hits[0] == n else _firsts_of(word, n):
                found[k] = found[k] + where if k in found else where
        for where in found.values():
            where.sort()  # once here, so a pattern with no other starts needs no sort
        toks.by_first = (n, found)
    return found


def word_starts(text: str, words: frozenset[str]) -> list[int] | None:
    """Where the tokens of ``text`` that are among ``words`` (lower case) start, in
    order, found once per text for each set: a regex ignoring case that must open with
    one of them needs trying only there. None where lower case is no guide (the text
    holds "İ", "ı" or "ſ", which such a regex takes for "i" or "s")."""
    toks = _tokens(text)
    found = toks.starts_of.get(words, _NONE)
    if found is _NONE:
        if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
            found = None
        else:
            # the smaller side is walked: "&" with the text's words walks all of a
            # frozenset, ``intersection`` with the table only the text's words
            at = toks.at
            common = words & at.keys() if len(words) <= len(at) else words.intersection(at)
            if len(common) > 1:
                found = sorted(p for word in common for p in at[word])
            else:  # none or one word (most sets): its starts are in order already
                found = [p for word in common for p in at[word]]
        toks.starts_of[words] = found
    return found


class Triggered:
    """A regex tried only where one of its possible first words starts.

    ``first`` is a regex that a token (letters and digits, lower-cased) must match in
    full for a match to start there; ``digits`` also lets any token starting with a
    digit start one, ``capitals`` any capitalised token. Either may instead be a regex
    that must match at such a token for a match to start there: a cheap necessary
    condition (what must follow the number; "Karabo is") spares the costly regex most
    numbers and capitalised words. ``words_if(text, start)``, if given, is a cheap
    necessary condition for a match at a first word's start, checked before the costly
    regex there. ``finditer`` then gives the same non-overlapping matches as the
    regex's own, for a fraction of the cost.
    """

    def __init__(
        self,
        regex: re.Pattern[str],
        first: str,
        *,
        digits: bool | str = False,
        capitals: bool | str = False,
        words_if: Callable[[str, int], bool] | None = None,
    ) -> None:
        self.regex = regex
        self._words_if = words_if
        self._digits = digits
        self._capitals = capitals
        self._digits_if = re.compile(digits).match if isinstance(digits, str) else None
        self._capitals_if = re.compile(capitals).match if isinstance(capitals, str) else None
        self._first_pattern = first
        self._k = _first_index(first)
        # only first words (most patterns): their starts are all there is to try
        self._words_only = words_if is None and not digits and not capitals

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        # A plain function, not a generator: most calls find no start, and then return
        # at once (a generator per call, and one more for ``matches_at``, cost more
        # than the rest of the call). The starts are the same whenever they are read.
        last = _SHARED[0]  # _tokens' own first step, without a call
        toks = last[1] if last[0] is text else _tokens(text)
        done, found = toks.by_first
        if done != len(_FIRST_RES):
            found = _starts_by_first(toks)
        starts = found.get(self._k, _NONE)  # sorted, shared: not changed
        if self._words_only:
            return matches_at(self.regex, text, starts) if starts else iter(_NONE)
        if self._words_if is not None and starts:
            words_if = self._words_if
            starts = [s for s in starts if words_if(text, s)]
        # the digit and capital starts (each list ascending), merged with the first
        # words' only when two kinds are there: one kind is used as it is (no copy, no
        # sort; matches_at only reads it)
        digits: list[int] | tuple[int, ...] = _NONE
        if self._digits_if is not None:
            digits = [s for s in toks.digits if self._digits_if(text, s)]
        elif self._digits:
            digits = toks.digits
        capitals: list[int] | tuple[int, ...] = _NONE
        if self._capitals_if is not None:
            capitals = [s for s in toks.capitals if self._capitals_if(text, s)]
        elif self._capitals:
            capitals = toks.capitals
        if digits or capitals:
            if starts or digits and capitals:
                starts = sorted([*digits, *capitals, *starts])
            else:
                starts = digits or capitals
        if not starts:
            return iter(_NONE)
        return matches_at(self.regex, text, starts)


def matches_at(
    regex: re.Pattern[str], text: str, starts: Iterable[int], subject: str | None = None
) -> Iterator[re.Match[str]]:
    """``regex`` tried at each of ``starts`` (ascending) on ``subject`` (else ``text``),
    skipping starts inside the last match, as ``finditer`` does: exactly its matches
    when every match begins at one of ``starts`` (and none is empty)."""
    end = 0
    match = regex.match
    target = text if subject is None else subject
    for start in starts:
        if start < end:
            continue
        m = match(target, start)
        if m is not None and m.end() > start:
            end = m.end()
            yield m


_STARTS = threading.local()  # per thread: (text, {start regex: positions})
_SHARED_STARTS: list[tuple[str, dict[re.Pattern[str], list[int]]]] = [("", {})]


def forget_last_text() -> None:
    """Drop the last text every thread read, and its start tables (locking calls this
    and ``windows_tokens.forget_last_text``: the text is an entry's). A worker thread's
    own copy goes with the replaced object."""
    global _STARTS
    _STARTS = threading.local()
    _SHARED_STARTS[0] = ("", {})


# Start patterns as scans that find the same starts faster: Python's engine skips
# ahead with a quick test only when a pattern opens with a character set, not with a
# repeat ("\\d+" is "\\d\\d*"), and an alternation of a set and a run is two scans
# whose starts are merged ("'|\\d+": every "'" and every run of digits).
_FASTER = {
    r"\d+": (r"\d\d*",),
    r"[A-Z]+": (r"[A-Z][A-Z]*",),
    r"'|\d+": (r"'", r"\d\d*"),
    r"[+(]|\d+": (r"[+(]", r"\d\d*"),
}
_NOT_UNICODE = int(~re.UNICODE)  # every other flag, as a plain int: "&" on it is quick
_PARTS: dict[str, tuple[re.Pattern[str], ...]] = {}
_SCANS: dict[str, re.Pattern[str]] = {}


def _space_bracket_or_comma_digit(text: str) -> list[int]:
    """The starts of ``\\s\\(|,\\s\\d`` ("Ellie (8)", "Tom, 9"), found by looking for
    the brackets and commas, which a scan finds fast, and the characters beside them
    (``\\s`` is ``str.isspace``, ``\\d`` ``str.isdecimal``). The two shapes cannot
    overlap: a bracket is no digit."""
    out = []
    find = text.find
    i = find("(", 1)
    while i != -1:
        if text[i - 1].isspace():
            out.append(i - 1)
        i = find("(", i + 1)
    i = find(",")
    while i != -1:
        if text[i + 1 : i + 2].isspace() and text[i + 2 : i + 3].isdecimal():
            out.append(i)
        i = find(",", i + 1)
    out.sort()
    return out


_BY_HAND = {r"\s\(|,\s\d": _space_bracket_or_comma_digit}


def _compiled(pattern: str) -> re.Pattern[str]:
    """One compiled scan per pattern, so every start pattern using it shares its starts."""
    found = _SCANS.get(pattern)
    if found is None:
        found = _SCANS[pattern] = re.compile(pattern)
    return found


def _parts(starts: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The scans whose starts, merged, are ``starts``'s (itself if none is known)."""
    found = _PARTS.get(starts.pattern)
    if found is None:
        faster = _FASTER.get(starts.pattern) if not starts.flags & _NOT_UNICODE else None
        found = tuple(_compiled(p) for p in faster) if faster else (starts,)
        _PARTS[starts.pattern] = found
    return found


def _starts_in(text: str, starts: re.Pattern[str]) -> list[int]:
    """Where ``starts`` matches in ``text``, found once per text for every pattern that
    shares it (most share "a run of digits")."""
    last = _SHARED_STARTS[0]  # as in _tokens: a global first, then the thread's own
    if last[0] is text:
        found = last[1].get(starts)
        if found is not None:
            return found
    else:
        last = getattr(_STARTS, "value", None)
        if last is None or last[0] is not text:
            last = (text, {})
            _STARTS.value = last
        _SHARED_STARTS[0] = last
        found = last[1].get(starts)
    if found is None and starts.pattern in _BY_HAND and not starts.flags & _NOT_UNICODE:
        found = last[1][starts] = _BY_HAND[starts.pattern](text)
    if found is None:
        parts = _parts(starts)
        if len(parts) == 1:
            part = parts[0]
            found = last[1].get(part) if part is not starts else None
            if found is None:
                found = [m.start() for m in part.finditer(text)]
                last[1][part] = found
        else:
            found = sorted(p for part in parts for p in _starts_in(text, part))
        last[1][starts] = found
    return found


# Start scans sharper than a run of capitals, for patterns tried at capitals: each
# matches one capital opening a run (``(?<![A-Z][A-Z])`` after it: no capital before),
# so it runs over no other start, and looks ahead for what the pattern needs next.
# A letters-and-digits shape (a postcode, "AB123456", a PAN, an NI number): a digit
# within the five characters after the capital.
CAPS_NEAR_DIGIT = r"[A-Z](?<![A-Z][A-Z])(?=\D{0,4}\d)"


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
        starts = _starts_in(text, self._starts)
        return matches_at(self.regex, text, starts) if starts else iter(_NONE)


class BeforeDigits:
    """A regex tried only ``offset`` characters before each run of digits.

    For a pattern whose matches all have non-digits for their first ``offset``
    characters and a digit right after them (an IBAN's "GB82"): each match then starts
    that far before the start of a run, and the runs are found once per text for every
    ``Started`` pattern that opens with one. Scanning every letter of a text for the
    pattern's opening cost more. ``finditer`` gives exactly the regex's own matches.
    """

    def __init__(self, regex: re.Pattern[str], offset: int) -> None:
        self.regex = regex
        self._offset = offset

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        offset = self._offset
        runs = _starts_in(text, DIGITS)
        if not runs:
            return iter(_NONE)
        return matches_at(self.regex, text, (d - offset for d in runs if d >= offset))
