"""What a redaction test asks of the detector: the spans it finds and the default post.

One detector serves every test module that imports this, so the lexicon loads once.
"""

from __future__ import annotations

from functools import cache

from app.profile import EMPTY_PROFILE, PrivacyProfile
from app.redact.detect_cli import default_post
from app.redact.engine import Detector
from app.redact.spans import SpanType


@cache
def detector() -> Detector:
    return Detector()


def spans(text: str, region: str = "GB") -> list[tuple[str, SpanType]]:
    """Each span's text and type, for ``text`` with an empty profile of ``region``."""
    found = detector().detect(text, PrivacyProfile.of([], region=region))
    return [(text[s.start : s.end], s.type) for s in found]


def untouched(text: str, term: str, region: str = "GB") -> bool:
    """``term`` is in the post ``fettle share`` makes by default, as written."""
    post, _ = default_post(text, PrivacyProfile.of([], region=region), None, detector())
    return term in post


def types_at(detector: Detector, text: str, word: str, nth: int = 0) -> list[str]:
    """The types of the spans ``detector`` finds touching the ``nth`` occurrence of
    ``word`` in ``text``, with an empty profile."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    end = start + len(word)
    found = detector.detect(text, EMPTY_PROFILE)
    return [s.type.value for s in found if s.start < end and start < s.end]
