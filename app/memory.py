"""Forget what the core keeps in memory between calls.

Some functions cache their results for speed (rendered Markdown blocks, cleaned
post blocks and their lengths, compiled privacy-profile matchers). Those results
contain entry text or the user's names, so locking the journal drops them all.
"""

from __future__ import annotations

import sys

# module → names of its cached functions holding entry text or profile terms
_CACHES = {
    "app.markdown_render": ("_render_block",),
    "app.posts.pipeline": ("_clean_block", "_measure"),
    "app.redact.profile_match": ("matcher_for",),
}


def forget_caches() -> None:
    """Clear every such cache in the modules loaded so far (loading none)."""
    for module_name, functions in _CACHES.items():
        module = sys.modules.get(module_name)
        for name in functions if module is not None else ():
            getattr(module, name).cache_clear()
    renderer = sys.modules.get("app.markdown_render")
    if renderer is not None:
        renderer.forget_cache()  # also the per-thread Markdown instances
