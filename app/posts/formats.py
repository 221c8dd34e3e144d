"""The community sites a post can be written for, each with its own counter.

Every format sanitises (``app.posts.sanitise``) before measuring, so the number
the user sees is the number of the text that will actually leave. ``count`` is
called on every keystroke and does the same work as ``render`` minus building
the ``Post``; both are linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.posts.errors import PostFormatError
from app.posts.model import Count, Post
from app.posts.pipeline import SEPARATOR, Body, cached_length, clean_body, measure_blocks
from app.posts.sanitise import sanitise_text
from app.posts.thread import split_thread
from app.posts.urls import (
    bluesky_length,
    code_point_length,
    mastodon_length,
    x_weighted_length,
)

_WHITESPACE_RUN = re.compile(r"\s+")


_DANGLING_TAG = re.compile(r"<(?=[A-Za-z/!?])")


def clean_title(title: str) -> str:
    """A title is one line of plain text.

    A ``<`` that opens a tag left unclosed in the title is turned into ``‹``: once
    the title is joined to the body, a ``>`` there could otherwise complete it.
    """
    line = _WHITESPACE_RUN.sub(" ", sanitise_text(title)).strip()
    return _DANGLING_TAG.sub("‹", line)


def _dropped_content_warnings(body: Body) -> list[str]:
    """Tell the user when the sanitiser left something out, so nothing vanishes silently."""
    warnings: list[str] = []
    if body.dropped_images:
        warnings.append(
            "Pictures are left out. A picture is fetched from another website, "
            "which would learn that someone is reading your post."
        )
    if body.dropped_links:
        warnings.append(
            "A link was removed because it was not an ordinary web or e-mail link. "
            "Its words are kept."
        )
    return warnings


@dataclass(frozen=True)
class Composed:
    """A sanitised post before it is packaged: the pieces ``count`` measures and ``render`` posts."""

    title: str
    text: str
    blocks: tuple[str, ...]
    body: Body


class PostFormat:
    """One destination. Subclasses set the class attributes and ``measure``."""

    id: str = ""
    display_name: str = ""
    limit: int | None = None
    markdown: bool = False
    separate_title: bool = False

    length: Callable[[str], int] = staticmethod(code_point_length)
    """The site's own length of a text."""

    def notes(self, text: str, title: str) -> list[str]:
        """Warnings about this site that depend on the finished text."""
        return []

    def compose(self, title: str, body_markdown: str) -> Composed:
        """Sanitise; fold the title into the text if the site has no title field."""
        clean = clean_title(title)
        body = clean_body(body_markdown, as_markdown=self.markdown)
        if self.separate_title:
            return Composed(clean, body.text, body.blocks, body)
        blocks = ((clean,) if clean else ()) + body.blocks
        return Composed(clean, SEPARATOR.join(blocks), blocks, body)

    def measure(self, composed: Composed) -> int:
        return measure_blocks(self.length, composed.blocks)

    def count(self, title: str, body_markdown: str) -> Count:
        """The live counter. Fast enough for every keystroke (see ``app.posts.pipeline``)."""
        composed = self.compose(title, body_markdown)
        used = self.measure(composed)
        over = self.limit is not None and used > self.limit
        warnings = self.notes(composed.text, composed.title)
        warnings += _dropped_content_warnings(composed.body)
        if over:
            warnings.insert(0, self.over_warning(used))
        return Count(used=used, limit=self.limit, over=over, warnings=warnings)

    def over_warning(self, used: int) -> str:
        assert self.limit is not None
        return (
            f"This is {used - self.limit:,} characters too long for {self.display_name}, "
            f"which allows {self.limit:,}."
        )

    def render(self, title: str, body_markdown: str) -> Post:
        """The finished, sanitised post."""
        composed = self.compose(title, body_markdown)
        return Post(
            format_id=self.id,
            text=composed.text,
            parts=[composed.text] if composed.text else [],
            title=composed.title if self.separate_title else "",
            warnings=self.count(title, body_markdown).warnings,
        )


class PlainTextFormat(PostFormat):
    id = "plain"
    display_name = "Plain text"


class RedditFormat(PostFormat):
    """Reddit renders Markdown, so formatting is kept (sanitised)."""

    id = "reddit"
    display_name = "Reddit"
    limit = 40_000
    title_limit = 300
    markdown = True
    separate_title = True

    def count(self, title: str, body_markdown: str) -> Count:
        base = super().count(title, body_markdown)
        clean = clean_title(title)
        warnings = list(base.warnings)
        title_over = len(clean) > self.title_limit
        if title_over:
            warnings.insert(
                0,
                f"The title is {len(clean) - self.title_limit:,} characters too long; "
                f"Reddit allows {self.title_limit}.",
            )
        elif not clean:
            warnings.append("Reddit posts need a title.")
        return Count(
            used=base.used,
            limit=base.limit,
            over=base.over or title_over,
            warnings=warnings,
            title_used=len(clean),
            title_limit=self.title_limit,
        )


class MastodonFormat(PostFormat):
    """Mastodon; servers choose their own limit, so it is a setting (500 by default)."""

    id = "mastodon"
    display_name = "Mastodon"

    def __init__(self, limit: int = 500) -> None:
        if limit < 50:
            raise PostFormatError(f"A Mastodon limit of {limit} is too small to be real.")
        self.limit = limit

    length = staticmethod(mastodon_length)

    def _parts(self, text: str) -> list[str]:
        assert self.limit is not None
        return split_thread(text, self.limit, cached_length(mastodon_length))

    def count(self, title: str, body_markdown: str) -> Count:
        composed = self.compose(title, body_markdown)
        used = self.measure(composed)
        assert self.limit is not None
        warnings = _dropped_content_warnings(composed.body)
        parts = 1
        if used > self.limit:
            parts = len(self._parts(composed.text))
            warnings.insert(
                0,
                f"This is longer than one Mastodon post ({self.limit:,} characters), "
                f"so it will be sent as a thread of {parts} posts, numbered 1/{parts} onwards.",
            )
        return Count(used, self.limit, used > self.limit, warnings, parts=parts)

    def render(self, title: str, body_markdown: str) -> Post:
        composed = self.compose(title, body_markdown)
        parts = self._parts(composed.text)
        return Post(
            format_id=self.id,
            text=SEPARATOR.join(parts),
            parts=parts,
            warnings=self.count(title, body_markdown).warnings,
        )


class XFormat(PostFormat):
    id = "x"
    display_name = "X (Twitter)"
    limit = 280

    length = staticmethod(x_weighted_length)

    def over_warning(self, used: int) -> str:
        return (
            f"This is {used - 280:,} characters too long for one post on X, which allows 280. "
            "Emoji and letters such as Chinese or Japanese count as 2, and every link as 23."
        )


class BlueskyFormat(PostFormat):
    id = "bluesky"
    display_name = "Bluesky"
    limit = 300

    length = staticmethod(bluesky_length)


class FacebookGroupFormat(PostFormat):
    id = "facebook_group"
    display_name = "Facebook group"
    limit = 63_206
    preview_chars = 477

    def notes(self, text: str, title: str) -> list[str]:
        if len(text) <= self.preview_chars:
            return []
        return [
            (
                f"Only about the first {self.preview_chars} characters show before "
                "“See more”. Put what you most want people to read at the start."
            )
        ]


class HealthUnlockedFormat(PostFormat):
    id = "healthunlocked"
    display_name = "HealthUnlocked"
    separate_title = True
    public_chars = 247

    def notes(self, text: str, title: str) -> list[str]:
        return [
            (
                f"On HealthUnlocked the title and the first {self.public_chars} characters "
                "can be seen by anyone, even in a private community, and can turn up in "
                "search engines. Check them carefully."
            )
        ]

    def render(self, title: str, body_markdown: str) -> Post:
        post = super().render(title, body_markdown)
        excerpt = post.text[: self.public_chars]
        return Post(
            format_id=post.format_id,
            text=post.text,
            parts=post.parts,
            title=post.title,
            public_excerpt=f"{post.title}\n{excerpt}".strip(),
            warnings=post.warnings,
        )


class _NoPublishedLimit(PostFormat):
    """Sites whose length limit we could not find published anywhere: plain text, no limit."""

    def notes(self, text: str, title: str) -> list[str]:
        return [
            (
                f"{self.display_name} does not publish a length limit, so Fettle cannot check "
                "one. If the site cuts your post short, split it into parts yourself."
            )
        ]


class PatientsLikeMeFormat(_NoPublishedLimit):
    id = "patientslikeme"
    display_name = "PatientsLikeMe"


class InspireFormat(_NoPublishedLimit):
    id = "inspire"
    display_name = "Inspire"
