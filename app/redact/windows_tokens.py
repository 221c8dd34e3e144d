"""A text's tokens, read once for every finder that asks.

The finders run one after another on the same text, and most of them ask the same
questions first: which words occur ("does any of these words occur", before a costly
pass), where the tokens that start with a digit or a capital are, where a set of words
starts, the text in lower case. One table per text answers them all; it is made at the
first question and kept while the same text object is asked about, per thread (the
detections may run on workers at once), with the last text any thread made read first
(a global is read faster than a thread-local). The table also carries the per-text
memos of ``windows.Triggered`` and ``windows_at``, which ask of the same text.
"""

from __future__ import annotations

import re
import threading
from collections.abc import KeysView

_TOKEN = re.compile(r"[^\W_]+")
_LAST = threading.local()  # per thread: detections may run on workers at once


class _Tokens:
    """Where each lower-cased token starts, and which start with a digit or a capital."""

    __slots__ = ("at", "digits", "capitals", "by_first", "low", "starts_of", "openings")

    def __init__(self, text: str) -> None:
        self.at: dict[str, list[int]] = {}
        self.digits: list[int] = []
        self.capitals: list[int] = []
        self.by_first: tuple[int, dict[int, list[int]]] = (-1, {})
        self.low: str | None = None
        self.starts_of: dict[frozenset[str], list[int] | None] = {}
        self.openings: list[int] | None = None  # see windows_at._openings
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
    last = _SHARED[0]  # any thread's last text: a table of this very text is right
    if last[0] is text:
        return last[1]
    last = getattr(_LAST, "value", None)
    if last is None or last[0] is not text:
        last = (text, _Tokens(text))
        _LAST.value = last
    _SHARED[0] = last
    return last[1]


# The last (text, table) any thread made, read before the per-thread one: a global is
# read faster than a thread-local, and holding the text keeps its identity unique.
_SHARED: list[tuple[str, _Tokens]] = [("", _Tokens(""))]


def token_set(text: str) -> KeysView[str]:
    """The lower-cased tokens of ``text`` (shared with the triggered patterns), for a
    quick "does any of these words occur" test before a costly pass."""
    last = _SHARED[0]  # _tokens' own first step, without a call (asked ~40 times a text)
    return (last[1] if last[0] is text else _tokens(text)).at.keys()


# The letters other than ASCII ones that a regex ignoring case takes for an ASCII letter:
# "İ" and "ı" for "i", "ſ" for "s" ("K", the kelvin sign, lowers to "k" by itself).
_ASCII_LOOKALIKES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def caseless(piece: str) -> str:
    """``piece`` in lower case, for a quick "does any of these words occur" test before
    a costly regex that ignores case: every ASCII word such a regex can match in
    ``piece`` is in it (the length may differ: never use offsets)."""
    if "\u0130" in piece or "\u0131" in piece or "\u017f" in piece:
        return piece.translate(_ASCII_LOOKALIKES).lower()
    # nothing to translate (most texts, beyond ASCII too: "’", "é"); str.translate
    # walked every character of such a text through the dict, at six times a lower()
    return piece.lower()


def lowered(text: str) -> str:
    """``caseless(text)``, made once per text."""
    toks = _tokens(text)
    if toks.low is None:
        toks.low = caseless(text)
    return toks.low


def forget_last_text() -> None:
    """Drop the last text every thread read, and its table (locking calls this: the
    text is an entry's). A worker thread's own copy goes with the replaced object."""
    global _LAST
    _LAST = threading.local()
    _SHARED[0] = ("", _Tokens(""))
