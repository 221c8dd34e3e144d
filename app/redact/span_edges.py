"""The edges of a name span: the name, not the title before it.

"Dr", "Nurse" or "Mrs" before a name identifies no one, and redacting it makes a post
harder to read ("[name] said" loses that it was the doctor). The transformations keep a
title written just before a name span ("Dr A"), so it can stay outside the span, for a
profile term written with its title ("Dr Sutherland") as for a guessed name. Only the
user's own selections are left as they are. A possessive stays: "Addenbrooke's" and
"Jimmy's" are hospitals, and a name finder cannot always tell.
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
