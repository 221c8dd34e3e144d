"""After locking, nothing the core keeps between calls still holds entry text.

``test_memory.py`` checks the caches ``app.memory`` knows by name. This test does not
trust that list: it runs the redactor, the default post and the Markdown renderer on a
made-up word, locks (``forget_caches``), and then searches every object the garbage
collector tracks for that word. A new cache that keeps entry text or the profile, in
any module, fails here even if nobody remembered to name it in ``app.memory``.
"""

from __future__ import annotations

import gc
import threading
import uuid

from app.memory import forget_caches


def _secret_word() -> tuple[int, ...]:
    """A word no word list holds, kept as code points so that this test's own frames
    hold no string of it between the work and the search."""
    letters = uuid.uuid4().hex[:10].translate(str.maketrans("0123456789", "ghijklmnop"))
    return tuple(map(ord, "Qz" + letters))


def _work(codes: tuple[int, ...]) -> None:
    from app import markdown_render
    from app.profile import PrivacyProfile, ProfileTerm
    from app.redact.detect_cli import default_post
    from app.redact.engine import Detector

    word = "".join(map(chr, codes))
    text = (
        f"My friend {word} drove me to {word}ham Royal on 14 March; ferritin 12, "
        f"{word}'s disease ruled out. {word} M/41, shifts at {word} Warehouse, "
        f"@{word.lower()} on Mastodon, {word.lower()}@example.org."
    )
    profile = PrivacyProfile.of(
        [
            ProfileTerm("person", f"{word}son"),
            ProfileTerm("place", f"{word}by"),
            ProfileTerm("employer", f"{word} & Co"),
        ]
    )
    markdown_render.render_markdown(f"**{text}**")
    default_post(text, profile)

    def in_a_worker() -> None:
        Detector().detect(text, profile)

    worker = threading.Thread(target=in_a_worker)
    worker.start()
    worker.join(60)


def _holders(codes: tuple[int, ...]) -> list[str]:
    needle = "".join(map(chr, codes)).casefold()
    found = []
    for obj in gc.get_objects():
        for ref in gc.get_referents(obj):
            if isinstance(ref, str) and needle in ref.casefold():
                found.append(f"{type(obj).__name__}: {str(obj)[:160]}")
                break
    return found


def test_locking_leaves_no_entry_text_or_profile_term_in_memory() -> None:
    codes = _secret_word()
    _work(codes)
    gc.collect()
    assert _holders(codes), "the search must see the word before locking"
    forget_caches()
    gc.collect()
    assert _holders(codes) == []
