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


def test_forget_caches_empties_the_redactors_memory_of_entries_too() -> None:
    """The redactor's folded texts and words, and its per-thread memory of the last text,
    hold entry text and names: locking drops them (the review of session 7 found the
    speed caches left out)."""
    import threading

    from app.redact import (
        date_grow,
        medical_eponyms,
        names_tokens,
        normalise,
        windows,
        windows_tokens,
    )
    from app.redact.engine import Detector

    secret = "Qvzjx drove me to Kessingham on 14 March; ferritin 12, Wilson's disease."
    profile = PrivacyProfile.of([ProfileTerm("person", "Qvzjx")])
    done = threading.Event()

    def in_a_worker() -> None:
        Detector().detect(secret, profile)
        done.set()

    threading.Thread(target=in_a_worker).start()
    assert done.wait(60)
    Detector().detect(secret, profile)
    assert normalise.fold.cache_info().currsize > 0 and "Qvzjx" in names_tokens._KEYS
    old_locals = [
        windows_tokens._LAST,
        windows._STARTS,
        date_grow._SEEN,
        medical_eponyms._EPONYMS_SEEN,
    ]
    forget_caches()
    assert normalise.fold.cache_info().currsize == 0
    assert normalise.fold_term.cache_info().currsize == 0
    assert not names_tokens._KEYS and not windows._WORD_FIRSTS
    now = [windows_tokens._LAST, windows._STARTS, date_grow._SEEN, medical_eponyms._EPONYMS_SEEN]
    assert all(new is not old for new, old in zip(now, old_locals, strict=True))
    assert not any(hasattr(local, "value") for local in now)
