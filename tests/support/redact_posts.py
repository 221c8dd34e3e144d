"""What a redaction test asks of the detector: the spans it finds and the default post.

One detector serves every test module that imports this, so the lexicon loads once.
"""

from __future__ import annotations

from functools import cache

from app.profile import PrivacyProfile
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
