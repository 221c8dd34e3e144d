"""What a post format produces: the post itself and the live count shown while typing."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Count:
    """The counter under the editor.

    ``used`` and ``limit`` are in the site's own units (weighted characters for
    X, graphemes for Bluesky); ``limit`` is ``None`` where the site has none.
    ``over`` means it will not fit in one post: for Mastodon it becomes a thread
    of ``parts`` posts instead of being refused. ``warnings`` are sentences to
    show the user as they are.
    """

    used: int
    limit: int | None
    over: bool
    warnings: list[str] = field(default_factory=list)
    parts: int = 1
    title_used: int | None = None
    title_limit: int | None = None


@dataclass(frozen=True)
class Post:
    """A post ready to copy, already sanitised.

    ``text`` is what to paste (for a thread, the parts joined by blank lines, for
    saving to a file); ``parts`` holds one string per post to send. ``title`` is
    set only for sites with a separate title field (Reddit, HealthUnlocked), in
    which case it is not repeated in ``text``. ``public_excerpt`` is what
    strangers can see even when the post is in a private group.
    """

    format_id: str
    text: str
    parts: list[str]
    title: str = ""
    public_excerpt: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def is_thread(self) -> bool:
        return len(self.parts) > 1
