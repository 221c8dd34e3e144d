"""Settling overlapping spans into one clean list: the merge the detector ends with.

Overlapping detections are merged rather than picked between, because leaving half of
an identifier readable is worse than redacting a word too many; the merged span takes
the type of its strongest part. Split from ``engine`` so the detector's module holds
the finders' order and this one the rules of a merge.
"""

from __future__ import annotations

import re
from operator import attrgetter

from app.redact.spans import Source, Span, SpanType

_SOURCE_RANK = {
    Source.USER: 6,
    Source.PROFILE: 5,
    Source.PATTERN: 4,
    Source.CONTEXT: 3,
    Source.LEXICON: 2,
    Source.UNKNOWN_WORD: 1,
}
# Words of one name, place or organisation found separately ("St" "Mary's") are one span.
_JOINABLE = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER)
# Structured types beat names when they overlap ("Apt 12" is an address, not a name).
_TYPE_RANK = {
    SpanType.EMAIL: 9,
    SpanType.URL: 9,
    SpanType.HANDLE: 9,
    SpanType.ID: 8,
    SpanType.ADDRESS: 7,
    SpanType.PHONE: 6,
    SpanType.DATE: 5,
    SpanType.AGE: 5,
}


# The strength of every source and type (a strong source first, then the type's rank,
# then the source's), as one number that orders as that tuple does (each part below
# 10): one dict lookup per span in ``merge_spans``, not a call.
_STRENGTH = {
    (source, kind): 100 * (_SOURCE_RANK[source] >= 5)
    + 10 * _TYPE_RANK.get(kind, 0)
    + _SOURCE_RANK[source]
    for source in Source
    for kind in SpanType
}
_BY_START = attrgetter("start")
_BY_END = attrgetter("end")


_AMPERSAND = re.compile(r" & [A-Z][a-z][\w'’]*(?: [A-Z][a-z][\w'’]*)?")


def _join_ampersands(spans: list[Span], text: str) -> list[Span]:
    """ "Baylor Scott & White", "Marks & Spencer": a place or organisation goes on over
    an ampersand and the capitalised words after it."""
    out: list[Span] = []
    for span in spans:
        m = (
            _AMPERSAND.match(text, span.end)
            if span.type in (SpanType.PLACE, SpanType.EMPLOYER)
            else None
        )
        if m and not (out and out[-1].end > span.start):
            end = m.end()
            span = Span(
                span.start,
                end,
                span.type,
                span.source,
                span.confidence,
                text[span.start : end],
                span.uncertain,
                span.term,
            )
        if out and span.start < out[-1].end:  # it now covers the next span: merge them
            last = out[-1]
            out[-1] = Span(
                last.start,
                max(last.end, span.end),
                last.type,
                last.source,
                last.confidence,
                text[last.start : max(last.end, span.end)],
                last.uncertain,
                last.term,
            )
            continue
        out.append(span)
    return out


def merge_spans(spans: list[Span], text: str) -> list[Span]:
    """Union overlapping spans; join names split only by a space ("Sarah" "Jones")."""
    if not spans:
        return []
    # by start, the longer first, ties as given: two stable sorts by C-level keys, as
    # ``sorted(spans, key=lambda s: (s.start, -s.end))``
    spans = sorted(spans, key=_BY_END, reverse=True)
    spans.sort(key=_BY_START)
    strength = _STRENGTH
    merged: list[Span] = []
    for span in spans:
        if merged:
            last = merged[-1]
            # the gap is read only between two words of one joinable type
            touching = span.start < last.end or (
                span.type is last.type
                and span.type in _JOINABLE
                and (
                    (gap := text[last.end : span.start]) == " "
                    or gap == ". "
                    and len(last.text.split()[-1]) <= 3
                )
            )
            if touching:
                best = (
                    last
                    if strength[last.source, last.type] >= strength[span.source, span.type]
                    else span
                )
                end = max(last.end, span.end)
                merged[-1] = Span(
                    last.start,
                    end,
                    best.type,
                    best.source,
                    max(last.confidence, span.confidence),
                    text[last.start : end],
                    last.uncertain and span.uncertain,
                    best.term or last.term,
                )
                continue
        merged.append(span)
    return merged
