"""What a redaction test asks of the detector: the spans it finds and the default post.

One detector serves every test module that imports this, so the lexicon loads once.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from app.cli.share import policy_from_args
from app.models import Entry
from app.posts import get_format
from app.profile import EMPTY_PROFILE, PrivacyProfile
from app.redact.detect_cli import default_post, share_defaults
from app.redact.engine import Detector
from app.redact.spans import SpanType
from app.share import ShareDraft, final_text, redact_everything

# The day every entry of these helpers is written on.
ENTRY_DAY = date(2025, 6, 15)


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


def found(
    detector: Detector, text: str, profile: PrivacyProfile = EMPTY_PROFILE
) -> list[tuple[str, str]]:
    """Each span's text and type name."""
    return [(s.text, s.type.name) for s in detector.detect(text, profile)]


def post(detector: Detector, text: str, profile: PrivacyProfile = EMPTY_PROFILE) -> str:
    """The default post of ``text`` written on ``ENTRY_DAY`` (its heading lines too)."""
    return default_post(text, profile, ENTRY_DAY, detector)[0]


def german_post(detector: Detector, text: str) -> str:
    """The default post of a German entry, in German, as the share dialog makes it."""
    draft = ShareDraft(
        [Entry("note", ENTRY_DAY, body=text)],
        PrivacyProfile(region="DE"),
        title="",
        policy=policy_from_args(share_defaults()),
        detector=detector,
        lang="de",
    )
    redact_everything(draft)
    return final_text(draft.post(get_format(share_defaults().format)))
