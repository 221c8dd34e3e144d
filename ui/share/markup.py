"""The draft post as people read it: Markdown emphasis shown, not its markers.

Entries are written in light Markdown, so the draft holds ``**15 mg**``. The review
pane shows "15 mg" in bold instead; the post itself (and its preview) is untouched.
``Readable`` keeps the map between the two, so a click or a selection in the pane
still lands on the right span. Plain Python: no Qt here, so it is tested directly.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# Paired emphasis on one line: **bold**, __bold__, *italic*, _italic_, `code`. An
# underscore pair must stand at word edges, so snake_case and "2_3" stay as written.
_EMPHASIS = re.compile(
    r"(?P<m>\*\*|__)(?=\S)(?P<b>[^\n]*?\S)(?P=m)"
    r"|(?<![\w*])(?P<s>\*)(?=[^\s*])(?P<i>[^\n*]*?[^\s*])\*(?!\*)"
    r"|(?<!\w)(?P<u>_)(?=[^\s_])(?P<j>[^\n_]*?[^\s_])_(?!\w)"
    r"|(?P<t>`)(?P<c>[^`\n]+)`"
)


@dataclass(frozen=True)
class Readable:
    """``text`` without emphasis markers; ``bold`` and ``italic`` are ranges in it."""

    text: str
    bold: tuple[tuple[int, int], ...]
    italic: tuple[tuple[int, int], ...]
    _kept: tuple[int, ...]  # for each shown character, its offset in the original
    _length: int  # length of the original

    def to_shown(self, offset: int) -> int:
        """An offset of the original text, in the shown text."""
        return bisect_left(self._kept, offset)

    def to_original(self, offset: int) -> int:
        """An offset of the shown text, in the original."""
        return self._kept[offset] if offset < len(self._kept) else self._length


def readable(text: str) -> Readable:
    dropped: set[int] = set()
    bold: list[tuple[int, int]] = []
    italic: list[tuple[int, int]] = []
    for m in _EMPHASIS.finditer(text):
        marker = m.group("m") or m.group("s") or m.group("u") or m.group("t")
        inner = next(g for g in ("b", "i", "j", "c") if m.group(g) is not None)
        start, end = m.start(inner), m.end(inner)
        dropped.update(range(m.start(), start))
        dropped.update(range(end, m.end()))
        (bold if len(marker) == 2 else italic if marker != "`" else []).append((start, end))
    if not dropped:
        return Readable(text, (), (), tuple(range(len(text))), len(text))
    kept = tuple(i for i in range(len(text)) if i not in dropped)
    shown = "".join(text[i] for i in kept)

    def move(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
        return tuple((bisect_left(kept, a), bisect_left(kept, b)) for a, b in ranges)

    return Readable(shown, move(bold), move(italic), kept, len(text))


def _joins(text: str, i: int) -> bool:
    """Whether ``text[i]`` belongs to the word around it: a letter or digit, or an
    apostrophe or hyphen between two of them ("James's", "four-year-old")."""
    if not 0 <= i < len(text):
        return False
    c = text[i]
    if c.isalnum():
        return True
    return c in "'’-" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection grown to whole words and trimmed of the spaces at its ends, so a
    drag that stops mid-word never redacts half of one ("four[redacted] the")."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, end
    while start > 0 and _joins(text, start - 1) and _joins(text, start):
        start -= 1
    while end < len(text) and _joins(text, end) and _joins(text, end - 1):
        end += 1
    return start, end
