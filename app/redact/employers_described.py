"""Organisations named where the sentence says what they are.

A firm the lists never heard of is still plain from what is said of it: "Lumora is a
design agency based in Leeds", "Collective Ip is the brainchild of our 3 founders",
"it's on the Brightwell website". Each frame says the name belongs to an organisation,
so a made-up or rare name needs no list; the name itself is read as
``employers_actors`` reads the subject of a payer's verb (no national body, title,
given name alone, day or medicine), and the frame's words are looked up in the text's
tokens before any pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.employers_actors import _NAME, _organisation
from app.redact.lexicon import Lexicon
from app.redact.spans import Span
from app.redact.windows_tokens import token_set

# What an organisation is: "a design agency", "an independent record label", "a
# start-up"; charities and unions are left to the group finders.
_KINDS = (
    r"agency|company|firm|start-?up|consultancy|studio|corporation|business|retailer|"
    r"manufacturer|supplier|publisher|label|employer|insurer|chain|franchise|brand"
)
_IS_A = re.compile(
    rf"(?<![\w’'.-]){_NAME}\s+(?:is|was|are|were)\s+an?\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{_KINDS})\b"
)
_BRAINCHILD = re.compile(rf"(?<![\w’'.-]){_NAME}\s+(?:is|was)\s+the\s+brainchild\s+of\b")
# Only what a firm has: "the Brightwell website", "The Kestrel office is at ...".
_ITS_OWN = re.compile(
    rf"(?<![\w’'.-])[Tt]he\s+{_NAME}\s+(?:website|web\s+site|head\s+office|offices?|headquarters)\b"
)
_KIND_WORDS = frozenset(
    "agency company firm startup start-up start consultancy studio corporation business "
    "retailer manufacturer supplier publisher label employer insurer chain franchise "
    "brand".split()
)
_OWN_WORDS = frozenset("website web office offices headquarters".split())


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """Names of organisations in the three frames, each name once."""
    if text.isupper():
        return
    words = token_set(text)
    frames = []
    if "brainchild" in words:
        frames.append((_BRAINCHILD, True))
    if not _KIND_WORDS.isdisjoint(words) and ("a" in words or "an" in words):
        frames.append((_IS_A, True))
    if not _OWN_WORDS.isdisjoint(words):
        frames.append((_ITS_OWN, False))
    seen: set[int] = set()
    for regex, strong in frames:
        for m in regex.finditer(text):
            span = _organisation(text, m, lex, after_cue=strong)
            if span is not None and span.start not in seen:
                seen.add(span.start)
                yield span
