"""Forget what the core keeps in memory between calls.

Some functions cache their results for speed (rendered Markdown blocks, cleaned
post blocks and their lengths, compiled privacy-profile matchers, the redactor's folded
texts and words and its memory of the last text it read). Those results
contain entry text or the user's names, so locking the journal drops them all.
"""

from __future__ import annotations

import re
import sys
import threading

# module → names of its cached functions holding entry text or profile terms
_CACHES = {
    "app.markdown_render": ("_render_block",),
    "app.posts.pipeline": ("_clean_block", "_measure"),
    "app.redact.profile_match": ("matcher_for",),
    "app.redact.profile_extra": ("_nickname_regex", "_acronym_forms", "_nickname_forms"),
    "app.redact.normalise": ("fold", "fold_term"),
    "app.redact.german": ("german_word",),
    "app.redact.profile_scan": ("_compiled",),
}
# module → its dicts of words seen in entries (emptied) and its per-thread memories of
# the last text (replaced: a worker thread's copy goes with the old object)
_WORD_TABLES = {"app.redact.names_tokens": ("_KEYS",), "app.redact.windows": ("_WORD_FIRSTS",)}
_LAST_TEXTS = {
    "app.redact.date_grow": ("_SEEN",),
    "app.redact.medical_eponyms": ("_EPONYMS_SEEN",),
}


def forget_caches() -> None:
    """Clear every such cache in the modules loaded so far (loading none)."""
    for module_name, functions in _CACHES.items():
        module = sys.modules.get(module_name)
        for name in functions if module is not None else ():
            getattr(module, name).cache_clear()
    for module_name, names in _WORD_TABLES.items():
        module = sys.modules.get(module_name)
        for name in names if module is not None else ():
            getattr(module, name).clear()
    for module_name, names in _LAST_TEXTS.items():
        module = sys.modules.get(module_name)
        for name in names if module is not None else ():
            setattr(module, name, threading.local())
    re.purge()  # a pattern built from entry words anywhere would be kept there
    for module_name in ("app.redact.windows_tokens", "app.redact.windows"):
        module = sys.modules.get(module_name)
        if module is not None:
            module.forget_last_text()  # its per-thread and global copies of the last text
    renderer = sys.modules.get("app.markdown_render")
    if renderer is not None:
        renderer.forget_cache()  # also the per-thread Markdown instances
