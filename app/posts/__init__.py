"""Community post formats: render a redacted entry for a site, count it live, sanitise it.

Usage from the UI::

    fmt = get_format("mastodon", mastodon_limit=settings.mastodon_limit)
    counter = fmt.count(title, body_markdown)    # every keystroke
    post = fmt.render(title, body_markdown)      # on "Copy" / "Save"
"""

from __future__ import annotations

from app.posts.errors import PostFormatError, UnknownFormat
from app.posts.formats import (
    BlueskyFormat,
    FacebookGroupFormat,
    HealthUnlockedFormat,
    InspireFormat,
    MastodonFormat,
    PatientsLikeMeFormat,
    PlainTextFormat,
    PostFormat,
    RedditFormat,
    XFormat,
)
from app.posts.links import link_needs_confirmation, safe_link_target
from app.posts.model import Count, Post
from app.posts.plain import markdown_to_plain
from app.posts.sanitise import sanitise_markdown, sanitise_text, strip_hidden
from app.posts.thread import split_thread, strip_numbering
from app.posts.urls import bluesky_length, grapheme_count, mastodon_length, x_weighted_length

DEFAULT_MASTODON_LIMIT = 500

_SIMPLE: tuple[type[PostFormat], ...] = (
    PlainTextFormat,
    RedditFormat,
    XFormat,
    BlueskyFormat,
    FacebookGroupFormat,
    HealthUnlockedFormat,
    PatientsLikeMeFormat,
    InspireFormat,
)
FORMAT_IDS: tuple[str, ...] = (
    "plain", "reddit", "mastodon", "x", "bluesky", "facebook_group", "healthunlocked",
    "patientslikeme", "inspire",
)  # fmt: skip


def get_format(format_id: str, *, mastodon_limit: int = DEFAULT_MASTODON_LIMIT) -> PostFormat:
    """The format with this id; ``mastodon_limit`` is the user's per-instance setting."""
    if format_id == MastodonFormat.id:
        return MastodonFormat(mastodon_limit)
    for cls in _SIMPLE:
        if cls.id == format_id:
            return cls()
    raise UnknownFormat(format_id)


def all_formats(*, mastodon_limit: int = DEFAULT_MASTODON_LIMIT) -> list[PostFormat]:
    """Every format, in the order the UI lists them."""
    return [get_format(fid, mastodon_limit=mastodon_limit) for fid in FORMAT_IDS]


__all__ = [
    "DEFAULT_MASTODON_LIMIT",
    "FORMAT_IDS",
    "BlueskyFormat",
    "Count",
    "FacebookGroupFormat",
    "HealthUnlockedFormat",
    "InspireFormat",
    "MastodonFormat",
    "PatientsLikeMeFormat",
    "PlainTextFormat",
    "Post",
    "PostFormat",
    "PostFormatError",
    "RedditFormat",
    "UnknownFormat",
    "XFormat",
    "all_formats",
    "bluesky_length",
    "get_format",
    "grapheme_count",
    "link_needs_confirmation",
    "markdown_to_plain",
    "mastodon_length",
    "safe_link_target",
    "sanitise_markdown",
    "sanitise_text",
    "split_thread",
    "strip_hidden",
    "strip_numbering",
    "x_weighted_length",
]  # fmt: skip
