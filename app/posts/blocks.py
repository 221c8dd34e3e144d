"""Work on a long entry one block at a time, so each keystroke costs one paragraph.

Counters and the preview run on every keystroke. Markdown cannot join text
across a blank line followed by an ordinary flush-left line (outside fenced
code, and when the document has no reference-style link definitions), so the
document is cut there and each block's result is cached by its text. Blocks
are joined back with the blank lines they had.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:", re.MULTILINE)
# A line that may continue the block above it even after a blank line.
_CONTINUES = re.compile(r"^(?:[ \t]|>|[*+-][ \t]|\d{1,9}[.)][ \t]|[*+-]$|\d{1,9}[.)]$)")


def split_blocks(md: str) -> list[str]:
    """Cut the document where Markdown cannot join what is above and below.

    A cut is made at a blank line followed by a line that starts flush left
    and is not a list item or quote (those can continue across blank lines),
    and never inside a fenced code block. Reference-style link definitions
    can be used from anywhere in the document, so a document that has any is
    not cut at all. ``"\\n".join(split_blocks(md)) == md``.
    """
    if _REFERENCE_DEFINITION.search(md):
        return [md]
    blocks: list[str] = []
    current: list[str] = []
    fence: str | None = None
    blank_before = False
    for line in md.split("\n"):
        if fence is None and blank_before and line.strip() and not _CONTINUES.match(line):
            blocks.append("\n".join(current))
            current = []
        current.append(line)
        opener = _FENCE.match(line)
        if opener:
            mark = opener.group(1)
            if fence is None:
                fence = mark
            elif mark[0] == fence[0] and len(mark) >= len(fence):
                fence = None
        blank_before = not line.strip()
    blocks.append("\n".join(current))
    return blocks
