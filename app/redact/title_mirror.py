"""A post's title is a copy of the body's first words: it is redacted as they are.

The default title is the entry's first sentence, cut at 90 characters with "…". Detected
on its own, the copy has lost the words after the cut that said what a number or a
word was: "I'm on 14 units now" becomes "I'm on 14…", and 14 reads as an age; "Zelvoxa
20mg" becomes "Zelvoxa…", a possible name. The body holds the same words with their
context, so the title takes the body's spans, clipped at the cut; the user's own
selections in the title stay. Redacting the same words the same way in both places
also means the title can never show what the body hid.
"""

from __future__ import annotations

from app.redact.spans import Source, Span

_SEPARATOR = "\n\n"
_CUT = "…"
# A title this short ("J.M.", "Mon.") is cut at its first full stop, where the body's
# context is lost; its own spans are kept and the body's are added, never replaced.
_SHORTEST = 20


def mirror_title(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with those of the title (the text before the first blank line) replaced
    by the spans of the same words where the body writes them at the start of a line
    (joined to them, for a short title)."""
    end = text.find(_SEPARATOR)
    if end <= 0:
        return spans
    title = text[:end]
    cut = title.endswith(_CUT)
    core = title.removesuffix(_CUT)
    at = _body_copy(text, core, end, cut)
    if at < 0:
        return spans
    if len(core) < _SHORTEST:  # "J.M." alone: the title's own spans stay, the body's join
        out = list(spans)
    else:
        out = [s for s in spans if s.start >= end or s.source is Source.USER]
    for s in spans:
        if s.end <= at or s.start >= at + len(core):
            continue
        a, b = max(s.start, at) - at, min(s.end, at + len(core)) - at
        if not any(u.start < b and a < u.end for u in out if u.start < end):
            out.append(s.moved(a, b, text))
    return sorted(out, key=lambda s: (s.start, s.end))


def _body_copy(text: str, core: str, after: int, cut: bool) -> int:
    """Where the body starts a line with ``core`` (and, for an uncut title, ends a word
    there too), or -1."""
    at = text.find(core, after)
    while at >= 0:
        line_start = text[at - 1] == "\n"
        tail = text[at + len(core) : at + len(core) + 1]
        if line_start and (cut or not (tail.isalnum() or tail == "_")):
            return at
        at = text.find(core, at + 1)
    return -1
