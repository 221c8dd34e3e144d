"""After lock, no object the process can still reach holds entry text or the key.

A review scan of a locked process found the derived key (as hex, in the ``PRAGMA key``
text) and entry text (the per-thread Markdown instances keep their last source). The
walk here visits every object the garbage collector tracks and the strings, bytes and
buffers they refer to.
"""

from __future__ import annotations

import gc
import secrets
import threading

from app import markdown_render
from app.journal import kdf
from app.journal.journal import Journal
from app.memory import forget_caches
from app.models import Entry
from tests.support.journals import PASSPHRASE, make_journal


def _holders(parts: tuple[bytes, ...]) -> list[str]:
    """Type names of reachable objects holding the text ``b"".join(parts)`` (as str,
    bytes or bytearray). The needle is built here and skipped by identity."""
    needle = b"".join(parts)
    text = needle.decode("ascii")
    found: list[str] = []
    gc.collect()
    seen: set[int] = set()
    for obj in gc.get_objects():
        # a container of strings alone (a dict of word -> bool) is not tracked by the
        # collector, so its strings are reached only through what holds it; and the
        # collector never lists a dict's string keys (they cannot form a cycle)
        todo = [(obj, item) for item in (obj, *_referents(obj))]
        while todo:
            holder, item = todo.pop()
            if id(item) in seen or item is needle or item is text:
                continue
            seen.add(id(item))
            if isinstance(item, str) and text in item:
                found.append(f"str in {type(holder).__name__}")
            elif isinstance(item, (bytes, bytearray)) and needle in item:
                found.append(f"{type(item).__name__} in {type(holder).__name__}")
            elif item is not obj and not gc.is_tracked(item):
                todo.extend((item, inner) for inner in _referents(item))
    return found


def _referents(obj: object) -> list[object]:
    inner = gc.get_referents(obj)
    return [*obj, *inner] if isinstance(obj, dict) else inner


def _split(value: str) -> tuple[bytes, ...]:
    raw = value.encode("ascii")
    return raw[: len(raw) // 2], raw[len(raw) // 2 :]


def test_lock_leaves_no_entry_text_or_key_in_reachable_memory(tmp_path) -> None:
    canary = _split("Canary" + secrets.token_hex(12))
    journal = make_journal(tmp_path / "j.fettle")
    key_hex = _split(journal.key.hex())  # the form the PRAGMA key text carried
    body = "An entry about " + b"".join(canary).decode() + " and *more*."
    journal.entries.add(Entry("note", __import__("datetime").date(2026, 3, 1), body=body))
    markdown_render.render_markdown(body)  # on this thread
    worker = threading.Thread(target=markdown_render.render_markdown, args=(body,))
    worker.start()  # and on another, as the app's workers do
    worker.join()
    del body
    journal.lock()
    forget_caches()
    assert _holders(canary) == []
    assert _holders(key_hex) == []
    again = Journal.open(tmp_path / "j.fettle", PASSPHRASE)  # still opens after all that
    again.lock()


def test_key_material_is_a_wipeable_buffer() -> None:
    key, salt = secrets.token_bytes(kdf.KEY_SIZE), b"FTL" + secrets.token_bytes(13)
    material = kdf.sqlcipher_key_material(key, salt)
    assert bytes(material) == f"x'{key.hex()}{salt.hex()}'".encode()
    kdf.wipe(material)
    assert material == bytearray(len(material))


def test_lock_leaves_nothing_the_redactor_or_the_post_read(tmp_path) -> None:
    """The redactor, the default post and the profile behind them keep caches of their
    own (folded texts, word tables, matchers, per-finder state). Whatever new cache a
    module adds, locking must leave no entry text or profile term behind: this walk does
    not trust ``app.memory``'s list (a profile cache and a finder's last text were missed
    by it)."""
    from app.profile import PrivacyProfile, ProfileTerm
    from app.redact.detect_cli import default_post
    from app.redact.engine import Detector, detect

    canary = _split(
        "Qz" + secrets.token_hex(6).translate(str.maketrans("0123456789", "ghijklmnop"))
    )
    word = b"".join(canary).decode().capitalize()
    text = (
        f"My friend {word} drove me to {word}ham Royal on 14 March; ferritin 12, "
        f"{word}'s disease ruled out. {word} M/41, shifts at {word} Warehouse, "
        f"@{word.lower()} on Mastodon. {word} 35 and {word}son 7 at {word}ley; "
        f"{word}ol 40mg twice."
    )
    profile = PrivacyProfile.of(
        [
            ProfileTerm("person", f"{word}son"),
            ProfileTerm("place", f"{word}by"),
            ProfileTerm("employer", f"{word} & Co"),
        ]
    )
    default_post(text, profile)
    detect(text, profile)  # the shared detector the app keeps for its whole run
    worker = threading.Thread(target=Detector().detect, args=(text, profile))
    worker.start()
    worker.join()
    del word, text, profile
    lowered = tuple(part.lower() for part in canary)  # the handle, folded texts and words
    assert _holders(canary) and _holders(lowered), "the walk sees the word before the lock"
    forget_caches()
    assert _holders(canary) == []
    assert _holders(lowered) == []
