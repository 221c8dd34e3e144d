"""Safe HTML for the editor's live preview.

The preview is a Qt rich-text view inside a private journal, so it must never
load anything from the network (an image or stylesheet fetch would tell a
server that this entry is being read), never run anything, and never make a
link that opens a local file. Markdown is rendered with ``markdown`` and then
everything not on a short allowlist is removed by ``nh3`` (ammonia), which
parses the HTML properly instead of pattern-matching it. Images become their
alt text before sanitising, so the user still sees that one was there.

The same link rules as the post sanitiser apply (``app.posts.links``); the UI
should call ``safe_link_target`` and ``link_needs_confirmation`` before
opening a clicked link.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as etree
from functools import lru_cache

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from app.posts.blocks import split_blocks
from app.posts.links import link_needs_confirmation, safe_link_target

__all__ = ["link_needs_confirmation", "render_markdown", "safe_link_target"]

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "strong", "em", "b", "i", "del", "s", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "ol": {"start"},
    "th": {"align"},
    "td": {"align"},
}
# Removed together with everything inside them, not just unwrapped.
_DROP_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "textarea", "title",
     "svg", "math", "form", "select", "button", "head"}
)  # fmt: skip
_SCHEMES = frozenset({"http", "https", "mailto"})
_ALIGN_VALUES = frozenset({"left", "right", "center"})


class _ImagesToAltText(Treeprocessor):
    """Replace every ``<img>`` with its alt text: nothing is fetched, nothing silently vanishes."""

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            # Backwards, so removing a child does not shift the ones still to visit.
            for index in range(len(parent) - 1, -1, -1):
                child = parent[index]
                if child.tag != "img":
                    continue
                alt = child.get("alt", "")
                tail = child.tail or ""
                parent.remove(child)
                self._insert_text(parent, index, alt + tail)

    @staticmethod
    def _insert_text(parent: etree.Element, index: int, text: str) -> None:
        if index == 0:
            parent.text = (parent.text or "") + text
        else:
            previous = parent[index - 1]
            previous.tail = (previous.tail or "") + text


class _NoImages(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # After inline parsing (priority 20) so images from every syntax are seen.
        md.treeprocessors.register(_ImagesToAltText(md), "fettle_no_images", 5)


def _new_markdown() -> markdown.Markdown:
    """Extensions given as objects, not names: a name makes ``markdown`` read every
    installed package's entry points, 24 ms of the journal's first page (issue 19)."""
    from markdown.extensions.fenced_code import FencedCodeExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    return markdown.Markdown(
        extensions=[
            FencedCodeExtension(),
            SaneListExtension(),
            TableExtension(use_align_attribute=True),
            _NoImages(),
        ],
        output_format="html",
    )


_local = threading.local()


_generation = 0  # raised by forget_cache: every thread then builds a fresh instance


def _markdown() -> markdown.Markdown:
    """One Markdown instance per thread: building one costs more than rendering a short entry."""
    md: markdown.Markdown | None = getattr(_local, "md", None)
    if md is None or getattr(_local, "generation", -1) != _generation:
        md = _local.md = _new_markdown()
        _local.generation = _generation
    return md


def prepare() -> None:
    """Make this thread's converter now (its extensions load with it), so that the first
    entry shown does not wait for it; nothing is rendered or cached."""
    _markdown()


def _filter_attribute(element: str, attribute: str, value: str) -> str | None:
    if attribute == "href":
        return safe_link_target(value)
    if attribute == "align":
        return value if value in _ALIGN_VALUES else None
    if attribute == "start":
        return value if value.isdigit() and len(value) < 10 else None
    return value


@lru_cache(maxsize=4096)
def _render_block(block: str) -> str:
    """One independent run of blocks, rendered and sanitised; cached by its text."""
    converter = _markdown()
    try:
        raw = converter.convert(block)
    finally:
        converter.reset()
        converter.lines = []  # reset() keeps the source lines of the last conversion
    return nh3.clean(
        raw,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_filter_attribute,
        url_schemes=set(_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def forget_cache() -> None:
    """Drop every cached rendering (they hold entry text); called on lock. The
    per-thread Markdown instances are replaced on their next use."""
    global _generation
    _render_block.cache_clear()
    _generation += 1
    _local.__dict__.clear()  # this thread's at once


def render_markdown(md: str) -> str:
    """Markdown to HTML that is safe to show in the preview. Fast enough for every keystroke.

    The document is rendered in independent blocks, each cached, so a
    keystroke re-renders only the paragraph being typed in. Every block's HTML
    has been through ``nh3`` on its own, so joining them cannot form a tag.
    """
    html = "\n".join(_render_block(block) for block in split_blocks(md))
    return html.strip("\n")
