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
            if (start, end) != (s.start, s.end) and not any(
                o is not s and o.start < end and start < o.end for o in spans
            ):
                s = s.moved(start, end, text)
        out.append(s)
    return out


def _spaced(ch: str) -> bool:
    """A letter of a script that spaces its words (Latin, Greek, Cyrillic): Chinese or
    Thai run words together, so a name there is not grown to its neighbours."""
    return ch.isalpha() and ord(ch) < 0x0590
