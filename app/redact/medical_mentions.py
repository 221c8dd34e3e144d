"""Every other mention of a word the same text showed to be medicine.

A writer glosses a new brand once ("Firazyr (icatibant) 30 mg") and then names it
bare ("first aid knows where the Firazyr lives"); spells a condition out once
("multiple system atrophy (MSA-P)") and then writes "MSA" alone; names a test once
beside colposcopy and then says "do your Pap". The later mentions carry no cue of
their own, and the unknown-word net takes them for names. So where the later kinds of
medicine (``medical_kinds_more``) found a word in a text, another guess of the same
word is medicine too where the weakest net made it (the unknown-word net) or, for
capitals ("MSA"), any cue of place or name; never a given name ("Echo showed a murmur"
says nothing of "coffee with Echo"), never after a person cue, and never inside a
longer name ("the MSA Trust").
"""

from __future__ import annotations

from app.redact.lexicon import FIRST, Lexicon
from app.redact.normalise import fold_term
from app.redact.person_cue import person_cue_before
from app.redact.spans import SURE_SOURCES, Source, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)


def word_of(span: Span) -> str:
    """The word a guess is, without its possessive and its trailing punctuation."""
    word = span.text.strip(" .,;:!?\"'()")
    for end in ("'s", "’s"):
        word = word.removesuffix(end)
    return word


def mention(span: Span, text: str, lex: Lexicon, words: set[str]) -> bool:
    """Whether a guess is another mention of one of ``words`` (see above)."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    word = word_of(span)
    if word not in words or " " in word:
        return False
    capitals = word.isupper() and len(word) >= 2
    if not capitals and (
        span.source is not Source.UNKNOWN_WORD or lex.flag(fold_term(word)) & FIRST
    ):
        return False
    return not person_cue_before(text, span.start)
