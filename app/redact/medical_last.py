"""The last word on medicine: the settled spans are asked the kinds of medicine again.

The medicine vetoes run before the spans settle, and some steps after them add words
again: every other mention of a name found once ("Dr Bell says Bell's palsy"), a place
listed after a place ("in der Charité, Kolektomie"), an organisation trimmed to its
first word ("OGTT"). So the settled spans the earlier vetoes did not judge as they stand
are asked ``medical_kinds`` again, and a disease's eponym before its own noun ("Bell's
palsy", "Wilson disease") is taken out. The later kinds (``medical_kinds_more``) are
asked here only, once, of every settled guess: the settled spans are fewer than the
guesses before them, and a word they find is taken out at its other mentions too. A
guess the user, the profile or a checked pattern made is never touched.
"""

from __future__ import annotations

from app.redact.lexicon import Lexicon
from app.redact.medical_eponyms import EPONYM
from app.redact.medical_kinds import drop_medical_kinds
from app.redact.medical_kinds_more import drop_more
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)


def drop_last(spans: list[Span], judged: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """``spans`` without the guesses that are medicine after all. The earlier kinds are
    asked only of a span they did not judge as it stands (one of ``judged``: same place
    and type); the later kinds of every guess (``medical_kinds_more.drop_more``)."""
    if not spans:
        return spans
    seen = {(s.start, s.end, s.type) for s in judged}
    late = [s for s in spans if (s.start, s.end, s.type) not in seen]
    if late:
        kept = {id(s) for s in drop_medical_kinds(late, text, lex) if not _disease_eponym(s, text)}
        if len(kept) < len(late):
            mine = {id(s) for s in late}
            spans = [s for s in spans if id(s) not in mine or id(s) in kept]
    return drop_more(spans, text, lex)


def _disease_eponym(span: Span, text: str) -> bool:
    """A guess that is the name of "Bell's palsy" or "Wilson disease": a disease's own
    noun straight after it (``medical_eponyms.EPONYM``), which no person is followed by."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES or not span.text[:1].isupper():
        return False
    m = EPONYM.match(text, span.start)
    return m is not None and m.group(3) is not None and span.end <= m.end(2 if m.group(2) else 1)
