"""The edges of a name span: the name, not the title before it.

"Dr", "Nurse" or "Mrs" before a name identifies no one, and redacting it makes a post
harder to read ("[name] said" loses that it was the doctor). The transformations keep a
title written just before a name span ("Dr A"), so it can stay outside the span, for a
profile term written with its title ("Dr Sutherland") as for a guessed name. Only the
user's own selections are left as they are. A possessive stays: "Addenbrooke's" and
"Jimmy's" are hospitals, and a name finder cannot always tell.

A name, place or workplace span covers whole words: one that stops inside a word
("Kilbrannagh" of "Kilbrannaghs", "Brum" of "Brummie") would leave the rest readable,
and that rest is often enough to tell who or where.
"""

from __future__ import annotations

import re

from app.redact.spans import Source, Span, SpanType

_TITLE = re.compile(
    r"(?:dr|doctor|prof|professor|mr|mrs|ms|miss|mx|nurse|sister|dame|sir|rev)\.?\s+(?=\w)",
    re.IGNORECASE,
)


def trim_titles(spans: list[Span], text: str) -> list[Span]:
    """Name spans without a leading title ("Dr Okafor" -> "Okafor")."""
    out = []
    for s in spans:
        if s.type is SpanType.NAME and s.source is not Source.USER:
            title = _TITLE.match(text, s.start, s.end)
            if title and title.end() < s.end:
                s = s.moved(title.end(), s.end, text)
        out.append(s)
    return out


_WORDISH = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER)


def whole_words(spans: list[Span], text: str) -> list[Span]:
    """Name, place and workplace spans grown to the edges of the words they cut."""
    out: list[Span] = []
    for s in spans:
        if s.type in _WORDISH and s.source is not Source.USER:
            start, end = s.start, s.end
            while start > 0 and _spaced(text[start - 1]) and _spaced(text[start]):
                start -= 1
            while end < len(text) and _spaced(text[end]) and _spaced(text[end - 1]):
                end += 1
            if s.type is SpanType.NAME:
                start, end = _hyphened(text, start, end)
            if (start, end) != (s.start, s.end) and not any(
                o is not s and o.start < end and start < o.end for o in spans
            ):
                s = s.moved(start, end, text)
        out.append(s)
    return out


# A name's other half across a hyphen ("Ji-[hoon]", "Te-[Aroha]", "[Sung]-min"): a short
# run of letters that is no word a compound ends or opens with ("Covid-related", "anti-").
_HALF_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]{1,7})-$")
_HALF_AFTER = re.compile(r"-([^\W\d_]{1,7})(?![\w-])")
_NOT_HALF = frozenset(
    """based like related free ish year years old born style type led run owned made
    friendly shaped sized induced positive negative specific dependent resistant
    sensitive linked ridden prone sided term time day days week weeks month months
    anti pre post non ex co self semi mid multi sub un re over under in out up on off
    the a an and or de""".split()
)


def _hyphened(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``, ``end`` grown over a short half joined by a hyphen on either side."""
    before = _HALF_BEFORE.search(text, max(0, start - 9), start)
    if before and before.group(1).lower() not in _NOT_HALF:
        start = before.start(1)
    after = _HALF_AFTER.match(text, end)
    if after and after.group(1).lower() not in _NOT_HALF:
        end = after.end(1)
    return start, end


def _spaced(ch: str) -> bool:
    """A letter of a script that spaces its words (Latin, Greek, Cyrillic): Chinese or
    Thai run words together, so a name there is not grown to its neighbours."""
    return ch.isalpha() and ord(ch) < 0x0590
