"""Locking forgets cached renderings, post blocks and profile matchers."""

from __future__ import annotations

from app import markdown_render
from app.memory import forget_caches
from app.posts import get_format, pipeline
from app.profile import PrivacyProfile, ProfileTerm
from app.redact import profile_match


def test_forget_caches_empties_every_cache_holding_entry_text() -> None:
    markdown_render.render_markdown("Secret **entry** text")
    get_format("mastodon").count("Title", "Secret entry text for a post")
    profile_match.matcher_for(PrivacyProfile.of([ProfileTerm("self", "Alex Morgan")]))
    caches = [
        markdown_render._render_block,
        pipeline._clean_block,
        pipeline._measure,
        profile_match.matcher_for,
    ]
    assert all(c.cache_info().currsize > 0 for c in caches)
    forget_caches()
    assert [c.cache_info().currsize for c in caches] == [0, 0, 0, 0]
