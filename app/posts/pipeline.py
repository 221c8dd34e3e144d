"""Sanitise and convert a body block by block, with a cache, for keystroke-speed counters.

``render`` and ``count`` both go through here, so the number shown is always
the number of the text that will be posted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from app.posts.blocks import split_blocks
from app.posts.links import safe_link_target
from app.posts.plain import markdown_to_plain
from app.posts.sanitise import (
    AUTOLINK,
    INLINE_LINK,
    TAG_OPENER,
    remove_images,
    sanitise_markdown,
    sanitise_text,
    strip_html,
    unescape_destination,
)

SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Body:
    """A sanitised body: its final text, the plain-text blocks it was joined from, and what was dropped."""

    text: str
    blocks: tuple[str, ...]
    dropped_images: bool
    dropped_links: bool


@lru_cache(maxsize=8192)
def _clean_block(block: str, as_markdown: bool) -> tuple[str, bool, bool]:
    images = remove_images(block) != block
    targets = [unescape_destination(m.group(2)) for m in INLINE_LINK.finditer(block)]
    targets += [m.group(1) for m in AUTOLINK.finditer(block)]
    links = any(safe_link_target(t) is None for t in targets)
    cleaned = sanitise_markdown(block)
    if not as_markdown:
        cleaned = sanitise_text(markdown_to_plain(cleaned)).strip()
    return cleaned, images, links


def clean_body(body_markdown: str, *, as_markdown: bool) -> Body:
    """The body sanitised, as Markdown (Reddit) or converted to plain text (everyone else)."""
    results = [_clean_block(block, as_markdown) for block in split_blocks(body_markdown)]
    images = any(r[1] for r in results)
    links = any(r[2] for r in results)
    if as_markdown:
        joined = "\n".join(r[0] for r in results)
        # Blocks are safe one by one; this catches a tag formed across a join.
        final = TAG_OPENER.sub(r"\\<", strip_html(joined)).strip()
        return Body(final, (final,), images, links)
    blocks = tuple(r[0] for r in results if r[0])
    joined = SEPARATOR.join(blocks)
    final = strip_html(joined).strip()
    if final != joined:
        blocks = (final,)
    return Body(final, blocks, images, links)


@lru_cache(maxsize=16384)
def _measure(fn: Callable[[str], int], text: str) -> int:
    return fn(text)


def measure_blocks(fn: Callable[[str], int], blocks: tuple[str, ...]) -> int:
    """``fn(SEPARATOR.join(blocks))`` for the site counters, which all add up across a blank line."""
    if not blocks:
        return 0
    return sum(_measure(fn, b) for b in blocks) + fn(SEPARATOR) * (len(blocks) - 1)


def cached_length(fn: Callable[[str], int]) -> Callable[[str], int]:
    """``fn`` with the shared cache, for the thread splitter's many small measurements."""
    return lambda text: _measure(fn, text)
