"""Warnings before cross-posting: a passage already shared on another site.

The same paragraph on Reddit and on a Facebook group lets anyone who reads both link
the two accounts, and with them everything each one says. The share log holds every
post word for word, so before a post leaves we compare its passages (paragraphs of at
least ``MIN_WORDS`` words) with the passages of every post logged for another site.

Near-duplicates count too: two passages match when the Jaccard similarity of their
sets of character 5-grams (``shingles``, of the folded text with single spaces) is
``THRESHOLD`` (0.8) or more, so fixing a typo or swapping a word still warns. Why not
MinHash (``datasketch``)? It estimates this same number, and pays off when millions of
documents must be indexed; a journal's log holds hundreds of posts, a few thousand
passages, and comparing exact sets in Python takes milliseconds there (500 posts of
five passages: about 40 ms, see tests/app/giveback/test_giveback_crosspost.py), with no false
negatives and no extra dependency. A size filter skips pairs that cannot reach 0.8.

Everything runs inside the journal's process on the log it already holds; nothing is
written anywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.models import ShareRecord
from app.redact.normalise import fold

THRESHOLD = 0.8
SHINGLE = 5
MIN_WORDS = 8
SITE_NAMES = {
    "plain": "as plain text",
    "reddit": "on Reddit",
    "mastodon": "on Mastodon",
    "x": "on X",
    "bluesky": "on Bluesky",
    "facebook_group": "in a Facebook group",
    "healthunlocked": "on HealthUnlocked",
    "patientslikeme": "on PatientsLikeMe",
    "inspire": "on Inspire",
}


@dataclass(frozen=True)
class CrossPost:
    """One passage of the new post found in an earlier post for another site."""

    passage: str
    destination: str
    shared_at: str
    similarity: float
    share_id: int | None

    def message(self, now: dt.datetime | None = None) -> str:
        where = SITE_NAMES.get(self.destination, f"on {self.destination}")
        start = " ".join(self.passage.split()[:6])
        return (
            f"This passage (“{start}…”) was shared {where} {ago(self.shared_at, now)}; "
            "posting it here lets readers link the two accounts."
        )


def ago(iso: str, now: dt.datetime | None = None) -> str:
    """ "today", "yesterday", "5 days ago", "3 weeks ago", "2 months ago"."""
    try:
        then = dt.datetime.fromisoformat(iso)
    except ValueError:
        return "before"
    now = now or dt.datetime.now(dt.UTC)
    if then.tzinfo is None:
        then = then.replace(tzinfo=dt.UTC)
    days = max(0, (now - then).days)
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    # whole phrases, so each can be translated (ui/core_text.py); always plural here
    if days >= 730:
        return f"{days // 365} years ago"
    if days >= 60:
        return f"{days // 30} months ago"
    if days >= 14:
        return f"{days // 7} weeks ago"
    return f"{days} days ago"


def passages(text: str) -> list[str]:
    """Paragraphs with at least ``MIN_WORDS`` words (headings and sign-offs are not
    worth a warning)."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        words = block.split()
        if len(words) >= MIN_WORDS:
            out.append(" ".join(words))
    return out


def shingles(passage: str) -> frozenset[str]:
    text = " ".join(re.sub(r"[^\w\s]", " ", fold(passage).text).split())
    if len(text) <= SHINGLE:
        return frozenset((text,))
    return frozenset(text[i : i + SHINGLE] for i in range(len(text) - SHINGLE + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def cross_posts(text: str, destination: str, log: Iterable[ShareRecord]) -> list[CrossPost]:
    """The passages of ``text`` already shared for a site other than ``destination``:
    for each, its most recent match (the log comes newest first)."""
    mine = [(p, shingles(p)) for p in passages(text)]
    if not mine:
        return []
    found: dict[int, CrossPost] = {}
    for record in log:
        if record.destination == destination:
            continue
        theirs = [shingles(p) for p in passages(record.final_text)]
        for i, (passage, a) in enumerate(mine):
            if i in found:
                continue
            for b in theirs:
                small, big = sorted((len(a), len(b)))
                if small < THRESHOLD * big:  # cannot reach the threshold
                    continue
                score = jaccard(a, b)
                if score >= THRESHOLD:
                    found[i] = CrossPost(
                        passage, record.destination, record.shared_at, score, record.id
                    )
                    break
        if len(found) == len(mine):
            break
    return [found[i] for i in sorted(found)]


def warnings(
    text: str, destination: str, log: Sequence[ShareRecord], now: dt.datetime | None = None
) -> list[str]:
    return [c.message(now) for c in cross_posts(text, destination, log)]


__all__ = [
    "THRESHOLD",
    "CrossPost",
    "ago",
    "cross_posts",
    "jaccard",
    "passages",
    "shingles",
    "warnings",
]
