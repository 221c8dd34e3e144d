"""Ratios that are eye tests, not dates.

A Snellen fraction ("6/9", "6/60", "20/40") reads like a day and a month, and a date
finder takes it; beside a word of sight ("vision 6/9", "my left eye was 6/12") it is
the result of an eye test, which the post keeps.
"""

from __future__ import annotations

import re

from app.redact.spans import Span, SpanType

_SNELLEN = re.compile(r"(?:6/(?:3|4|5|6|7\.5|9|12|18|24|36|60)|20/(?:1[05]|[2-9]0|100|200|400))")
_SIGHT = re.compile(
    r"\b(?:vision|visual|acuity|eyes?|sight|snellen|va|optician|ophthalmologist|"
    r"optometrist|glasses|lens|cataract|retina|macular|reading)\b",
    re.IGNORECASE,
)
_REACH = 30
_WHEN_BEFORE = re.compile(
    r"\b(?:on|by|until|till|til|from|since|before|after|for|due|next|at|of|"
    r"appointment|appt|review|booked)\s+$",
    re.IGNORECASE,
)


def eye_test(span: Span, text: str) -> bool:
    """Whether a date span is a Snellen fraction after a word of sight, and no
    word of time right before it."""
    if span.type is not SpanType.DATE or not _SNELLEN.fullmatch(span.text.strip()):
        return False
    before = text[max(0, span.start - _REACH) : span.start]
    if _WHEN_BEFORE.search(before):
        return False  # "appointment on 6/9 at the eye clinic": a date
    return _SIGHT.search(before) is not None


def drop_eye_tests(spans: list[Span], text: str) -> list[Span]:
    """``spans`` without the eye-test fractions (``eye_test``)."""
    return [s for s in spans if not eye_test(s, text)]
